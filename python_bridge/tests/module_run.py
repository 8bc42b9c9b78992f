"""Runs a dolphin_bridge module in a subprocess under a given hash seed (tests of Python-set-order output)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BRIDGE = Path(__file__).resolve().parents[1]


def run_module(
    module: str, *args: str, hash_seed: str = "0", timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """`python -m dolphin_bridge.<module> ARGS` run from python_bridge/ with PYTHONHASHSEED set."""
    return subprocess.run(
        [sys.executable, "-m", f"dolphin_bridge.{module}", *args],
        cwd=BRIDGE,
        env={**os.environ, "PYTHONHASHSEED": hash_seed},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
