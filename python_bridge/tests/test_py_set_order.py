"""The golden vectors of CPython set order (test/fixtures/py-set-order.json) are this Python's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def test_py_set_order_vectors_are_current() -> None:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    result = subprocess.run(
        [sys.executable, "-m", "dolphin_bridge.py_set_vectors", "--check"],
        cwd=HERE,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_py_set_order_refuses_a_random_hash_seed() -> None:
    env = {**os.environ, "PYTHONHASHSEED": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "dolphin_bridge.py_set_vectors", "--check"],
        cwd=HERE,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "PYTHONHASHSEED=0" in result.stderr
