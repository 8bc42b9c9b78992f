"""The golden vectors of CPython set order (test/fixtures/py-set-order.json) are this Python's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def _check(hash_seed: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dolphin_bridge.py_set_vectors", "--check"],
        cwd=HERE,
        env={**os.environ, "PYTHONHASHSEED": hash_seed},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_py_set_order_vectors_are_current() -> None:
    result = _check("0")
    assert result.returncode == 0, result.stderr


def test_py_set_order_refuses_a_random_hash_seed() -> None:
    result = _check("1")
    assert result.returncode == 2
    assert "PYTHONHASHSEED=0" in result.stderr
