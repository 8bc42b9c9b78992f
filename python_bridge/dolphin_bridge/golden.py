"""
Golden wire vectors, Python side: ``python -m dolphin_bridge.golden [--check] [--dir DIR]``.

Reads ``test/golden/wire/cases.json`` (one Envelope per case, proto3 JSON) and writes
``py/<name>.bin`` with this package's protobuf runtime. With ``--check`` nothing is written and
the exit code is 1 when a committed file differs or is missing. The TypeScript side writes
``ts/<name>.bin`` (test/golden/write-ts-vectors.ts); both test suites decode the other side's bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from google.protobuf import json_format

from dolphin_bridge.gen.dolphin.bridge.v1 import bridge_pb2 as pb

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "test" / "golden" / "wire"


def load_cases(directory: Path = DEFAULT_DIR) -> list[dict[str, Any]]:
    """The cases of ``cases.json``: ``[{"name": ..., "envelope": {...}}, ...]``."""
    return json.loads((directory / "cases.json").read_text(encoding="utf-8"))["cases"]


def encode_case(case: dict[str, Any]) -> bytes:
    """Encodes one case's Envelope (proto3 JSON -> bytes)."""
    return json_format.ParseDict(case["envelope"], pb.Envelope()).SerializeToString()


def write_vectors(directory: Path = DEFAULT_DIR, check: bool = False) -> list[str]:
    """Writes (or, with `check`, compares) ``py/<name>.bin``; returns the names that differ."""
    out = directory / "py"
    out.mkdir(parents=True, exist_ok=True)
    stale: list[str] = []
    for case in load_cases(directory):
        path = out / f"{case['name']}.bin"
        data = encode_case(case)
        if check:
            if not path.is_file() or path.read_bytes() != data:
                stale.append(case["name"])
        else:
            path.write_bytes(data)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dolphin_bridge.golden", description="Write py/*.bin wire vectors."
    )
    parser.add_argument("--check", action="store_true", help="compare instead of writing; exit 1 when stale")
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="folder holding cases.json")
    args = parser.parse_args(argv)
    stale = write_vectors(args.dir, check=args.check)
    if stale:
        print(
            f"golden: stale py vectors: {', '.join(stale)} (run python -m dolphin_bridge.golden)",
            file=sys.stderr,
        )
        return 1
    print(f"golden: py vectors {'up to date' if args.check else 'written'} in {args.dir / 'py'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
