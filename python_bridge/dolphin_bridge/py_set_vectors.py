"""Golden vectors for the host engine's model of CPython set order (src/backtest/py-set-order.ts).

Nautilus walks a position's orders in Python set order, which follows the string hash; the
Nautilus runner pins PYTHONHASHSEED=0, and the host engine reproduces that order. This writes
(or checks) test/fixtures/py-set-order.json from this interpreter: str hashes, and the iteration
order of sets of order ids built by adding ids in a seeded random sequence.

    PYTHONHASHSEED=0 python -m dolphin_bridge.py_set_vectors --write | --check
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from pathlib import Path

FIXTURE = Path(__file__).resolve().parents[2] / "test" / "fixtures" / "py-set-order.json"


def vectors() -> dict[str, object]:
    """Hashes of assorted ASCII strings and set orders of seeded id sequences."""
    words = ["", "a", "O-000001", "O-1234567", "C-000042", "BINANCE-1-001", "abcdefgh", "abcdefghi"]
    words += ["BTCUSDT-PERP.BINANCE-BridgeStrategy-000", "x" * 15, "x" * 16, "x" * 17]
    rng = random.Random(7)
    sets = []
    for size in (1, 2, 3, 5, 6, 9, 20, 40, 100, 300, 1000):
        pool = [f"O-{n:06d}" for n in range(1, 3 * size + 2)]
        added = [rng.choice(pool) for _ in range(size)]  # repeats included: set.add ignores them
        sets.append({"added": added, "order": list(dict.fromkeys(set_order(added)))})
    return {"hashes": [[w, str(hash(w))] for w in words], "sets": sets}


def set_order(added: list[str]) -> list[str]:
    s: set[str] = set()
    for key in added:
        s.add(key)
    return list(s)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dolphin_bridge.py_set_vectors")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", action="store_true")
    group.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    if os.environ.get("PYTHONHASHSEED") != "0":
        print("run with PYTHONHASHSEED=0", file=sys.stderr)
        return 2
    text = json.dumps(vectors(), indent=1) + "\n"
    if args.write:
        FIXTURE.write_text(text)
        return 0
    return 0 if FIXTURE.exists() and FIXTURE.read_text() == text else 1


if __name__ == "__main__":
    sys.exit(main())
