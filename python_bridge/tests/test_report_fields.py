"""
The report field order the host engine copies (test/golden/reports/report-fields.json) against the
reports a Nautilus run writes: positions.json rows, account.json and its report rows and margins.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from conftest import BAR_TYPE
from test_backtest import NATIVE

from dolphin_bridge.backtest import position_rows, run_backtest
from dolphin_bridge.backtest_config import parse_backtest_config

GOLDEN = json.loads(
    (Path(__file__).parents[2] / "test" / "golden" / "reports" / "report-fields.json").read_text()
)


def test_nautilus_reports_have_the_golden_fields_in_order(bars_csv, tmp_path):
    raw = {
        "log_level": "OFF",
        "data": [{"kind": "csv", "path": str(bars_csv), "bar_type": BAR_TYPE}],
        "strategy": NATIVE,
    }
    run_backtest(parse_backtest_config(raw), tmp_path)
    positions = json.loads((tmp_path / "positions.json").read_text())
    account = json.loads((tmp_path / "account.json").read_text())
    assert positions, "the run opened no position: nothing to check"
    assert all(list(p) == GOLDEN["positions"] for p in positions)
    # Reopened NETTING positions are reported as numbered snapshots, the last lifecycle without.
    assert any(p["is_snapshot"] and "-snapshot-" in p["position_id"] for p in positions)
    assert list(account) == GOLDEN["account"]
    assert all(list(b) == GOLDEN["balance"] for b in account["balances"])
    states = account["report"]
    assert all(list(s) == GOLDEN["account_state"] for s in states)
    margins = [m for s in states for m in s["margins"]]
    assert margins, "no state carried a margin: nothing to check"
    assert all(list(m) == GOLDEN["margin"] for m in margins)
    # The venue's opening state is the only reported one.
    assert [s["reported"] for s in states[:2]] == [True, False]
    assert sum(s["reported"] for s in states) == 1


class _Snap:
    def __init__(self, position_id: str) -> None:
        self.id = position_id


def test_position_rows_number_snapshots_in_creation_order_whatever_their_uuids():
    # Three lifecycles of P opened and closed in the same minute, then P still open: Nautilus's
    # report orders the snapshots by their random UUID suffix (here the reverse of creation).
    uuids = [f"{c * 8}-{c * 4}-{c * 4}-{c * 4}-{c * 12}" for c in "fca"]
    rows = [
        {
            "position_id": f"P-{u}",
            "ts_opened": "2022-01-01T00:03:00.000000000Z",
            "ts_closed": "2022-01-01T00:03:00.000000000Z",
            "realized_pnl": pnl,
            "is_snapshot": True,
        }
        for u, pnl in zip(sorted(uuids), ["3", "2", "1"], strict=True)
    ]
    rows.append(
        {
            "position_id": "P",
            "ts_opened": "2022-01-01T00:03:00.000000000Z",
            "ts_closed": None,
            "realized_pnl": "4",
            "is_snapshot": False,
        }
    )
    frame = pd.DataFrame(rows).set_index("position_id")
    created = [_Snap(f"P-{u}") for u in uuids]  # f..., c..., a...: pnl 1, 2, 3
    out = position_rows(frame, created)
    assert [(r["position_id"], r["realized_pnl"]) for r in out] == [
        ("P-snapshot-1", "1"),
        ("P-snapshot-2", "2"),
        ("P-snapshot-3", "3"),
        ("P", "4"),
    ]
