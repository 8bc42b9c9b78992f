"""The scenario table's expectations are Nautilus's own output: regenerate and compare.

Each test runs the reference (python -m dolphin_bridge.scenario_ref) in a subprocess with
PYTHONHASHSEED=0, the seed the committed files were written with.
"""

from __future__ import annotations

import json
import subprocess

from module_run import run_module

from dolphin_bridge import scenario_ref


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_module("scenario_ref", *args)


def test_scenario_ref_expected_files_up_to_date_match_nautilus() -> None:
    result = _run("--check")
    assert result.returncode == 0, result.stderr


def test_scenario_ref_btc_month_native_ema_cross_up_to_date_match_nautilus() -> None:
    result = _run("--check", "--btc-month")
    assert result.returncode == 0, result.stderr


def test_scenario_ref_every_scenario_has_expectations_committed() -> None:
    missing = [p.name for p in scenario_ref.scenario_paths() if not scenario_ref.expected_path(p).exists()]
    assert missing == []


def test_scenario_ref_market_order_fills_at_bar_close_same_timestamp() -> None:
    scenario = json.loads((scenario_ref.SCENARIO_DIR / "market-entry-fills-at-close.json").read_text())
    result = scenario_ref.run_scenario(scenario)
    events = result["events"]
    bar1 = next(e for e in events if e["kind"] == "bar" and e["index"] == 1)
    fill = next(e for e in events if e["kind"] == "order-filled")
    assert fill["ts"] == bar1["ts"]
    assert fill["px"] == "46420.0"
