"""The shared endpoint table (test/golden/endpoints/endpoints.json) against endpoint_problem."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dolphin_bridge.config import BridgeStrategyConfig
from dolphin_bridge.endpoint import endpoint_problem

TABLE_PATH = Path(__file__).resolve().parents[2] / "test" / "golden" / "endpoints" / "endpoints.json"
CASES: list[dict[str, Any]] = json.loads(TABLE_PATH.read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[repr(c["endpoint"][:48]) for c in CASES])
def test_endpoint_table_case_gets_the_same_message_for_bind_and_connect(case):
    assert endpoint_problem(case["endpoint"], "bind") == case["bind"]
    assert endpoint_problem(case["endpoint"], "connect") == case["connect"]


def test_endpoint_table_has_cases_refused_only_when_connecting():
    # The table must exercise the role: wildcards bind but cannot be connected to.
    assert any(c["bind"] is None and c["connect"] is not None for c in CASES)
    assert any(c["bind"] is None and c["connect"] is None for c in CASES)


def test_bridge_strategy_config_refuses_an_endpoint_it_cannot_connect_to():
    with pytest.raises(
        ValueError, match=r"invalid endpoint, port 99999 is out of range.*was 'tcp://127.0.0.1:99999'"
    ):
        BridgeStrategyConfig(endpoint="tcp://127.0.0.1:99999", instrument_ids=["BTCUSDT-PERP.BINANCE"])
    with pytest.raises(ValueError, match=r"port \* only binds"):
        BridgeStrategyConfig(endpoint="tcp://127.0.0.1:*", instrument_ids=["BTCUSDT-PERP.BINANCE"])
    config = BridgeStrategyConfig(endpoint="tcp://127.0.0.1:5555", instrument_ids=["BTCUSDT-PERP.BINANCE"])
    assert config.endpoint == "tcp://127.0.0.1:5555"


def test_endpoint_problem_refuses_an_unknown_role():
    with pytest.raises(ValueError, match="invalid role"):
        endpoint_problem("tcp://127.0.0.1:5555", "listen")
