"""The golden vectors of CPython set order (test/fixtures/py-set-order.json) are this Python's."""

from __future__ import annotations

from module_run import run_module


def test_py_set_order_vectors_are_current() -> None:
    result = run_module("py_set_vectors", "--check", timeout=120)
    assert result.returncode == 0, result.stderr


def test_py_set_order_refuses_a_random_hash_seed() -> None:
    result = run_module("py_set_vectors", "--check", hash_seed="1", timeout=120)
    assert result.returncode == 2
    assert "PYTHONHASHSEED=0" in result.stderr
