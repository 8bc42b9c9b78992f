"""Shared fixtures: short ipc endpoints, a small slice of the real BTCUSDT-PERP bars, runner configs."""

from __future__ import annotations

import itertools
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

REPO = Path(__file__).resolve().parents[2]
DATA_CSV = Path(
    os.environ.get("DOLPHIN_DATA_CSV", REPO.parent / "shared" / "data" / "btcusdt-perp-1m-2022-01.csv")
)
BAR_TYPE = "BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL"
_counter = itertools.count()


@pytest.fixture
def ipc_dir() -> Iterator[Path]:
    # ipc:// paths must stay under ~100 characters, so not pytest's tmp_path.
    path = Path(tempfile.mkdtemp(prefix="dbr-", dir="/tmp"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def endpoint(ipc_dir: Path) -> str:
    return f"ipc://{ipc_dir}/h{next(_counter)}.sock"


@pytest.fixture(scope="session")
def bars_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first 300 one-minute bars of the shared BTCUSDT-PERP file (2021-12-31 23:01 onwards)."""
    if not DATA_CSV.is_file():
        pytest.fail(f"the shared data file {DATA_CSV} is missing (set DOLPHIN_DATA_CSV)")
    out = tmp_path_factory.mktemp("data") / "bars300.csv"
    with DATA_CSV.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in itertools.islice(src, 301):
            dst.write(line)
    return out


def bridge_config(endpoint: str, bars_csv: Path, **strategy: Any) -> dict[str, Any]:
    """A runner config: default venue and instrument, the CSV bars, the bridge strategy."""
    return {
        "log_level": "OFF",
        "data": [{"kind": "csv", "path": str(bars_csv), "bar_type": BAR_TYPE}],
        "strategy": {"kind": "bridge", "endpoint": endpoint, "strategy": "fake", **strategy},
    }
