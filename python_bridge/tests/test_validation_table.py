"""The shared command-validation table (test/golden/validation/commands.json) against validate_command."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from google.protobuf import json_format

from dolphin_bridge.gen.dolphin.bridge.v1 import bridge_pb2 as pb
from dolphin_bridge.validation import Approval, InstrumentRules, OrderView, Rejection, validate_command

TABLE_PATH = Path(__file__).resolve().parents[2] / "test" / "golden" / "validation" / "commands.json"
TABLE = json.loads(TABLE_PATH.read_text(encoding="utf-8"))
INSTRUMENTS = {
    spec["instrument_id"]: InstrumentRules.from_pb(json_format.ParseDict(spec, pb.Instrument()))
    for spec in TABLE["instruments"]
}


@dataclass
class TableState:
    """ValidationState from a table case's state."""

    last_prices: dict[str, str] = field(default_factory=dict)
    positions: dict[str, str] = field(default_factory=dict)
    orders: list[dict[str, Any]] = field(default_factory=list)
    seen_command_ids: list[str] = field(default_factory=list)
    fail_safe: bool = False
    trading_state_settable: bool = True

    def is_seen(self, command_id: str) -> bool:
        return command_id in self.seen_command_ids

    def fail_safe_active(self) -> bool:
        return self.fail_safe

    def last_price(self, instrument_id: str) -> Decimal | None:
        text = self.last_prices.get(instrument_id)
        return None if text is None else Decimal(text)

    def position_qty(self, instrument_id: str) -> Decimal:
        return Decimal(self.positions.get(instrument_id, "0"))

    def order(self, client_order_id: str) -> OrderView | None:
        for o in self.orders:
            if o["client_order_id"] == client_order_id:
                return OrderView(
                    client_order_id, o["instrument_id"], pb.OrderType.Value(o["order_type"]), o["open"]
                )
        return None

    def can_set_trading_state(self) -> bool:
        return self.trading_state_settable


def case_named(name: str) -> dict[str, Any]:
    return next(c for c in TABLE["cases"] if c["name"] == name)


def state_of(case: dict[str, Any]) -> TableState:
    merged = {**TABLE["default_state"], **case.get("state", {})}
    return TableState(
        last_prices=merged["last_prices"],
        positions=merged["positions"],
        orders=merged["orders"],
        seen_command_ids=merged["seen_command_ids"],
        fail_safe=merged["fail_safe_active"],
        trading_state_settable=merged["trading_state_settable"],
    )


@pytest.mark.parametrize("case", TABLE["cases"], ids=[c["name"] for c in TABLE["cases"]])
def test_validation_table_case_gets_expected_verdict(case):
    command = json_format.ParseDict(case["command"], pb.Command())
    verdict = validate_command(command, INSTRUMENTS, state_of(case))
    expected = case["expected"]
    if expected["accepted"]:
        assert isinstance(verdict, Approval), verdict
        assert list(verdict.client_order_ids) == expected["client_order_ids"]
    else:
        assert isinstance(verdict, Rejection), verdict
        assert pb.CommandRejectCode.Name(verdict.code) == expected["code"]
        assert verdict.reason


def test_validation_table_covers_every_command_kind_and_reject_code():
    kinds = {k for c in TABLE["cases"] for k in c["command"] if k != "commandId"}
    json_names = {f.json_name for f in pb.Command.DESCRIPTOR.oneofs_by_name["kind"].fields}
    assert kinds == json_names
    codes = {c["expected"].get("code") for c in TABLE["cases"]} - {None}
    all_codes = set(pb.CommandRejectCode.keys()) - {"COMMAND_REJECT_CODE_UNSPECIFIED"}
    # Command ids are deduplicated by the table's seen list; unknown orders etc. are all covered.
    assert codes == all_codes


def test_validation_reason_names_the_field_and_increment():
    command = json_format.ParseDict(case_named("market ok")["command"], pb.Command())
    command.submit_market.quantity = "0.0105"
    verdict = validate_command(command, INSTRUMENTS, state_of({}))
    assert isinstance(verdict, Rejection)
    assert "quantity 0.0105" in verdict.reason and "0.001" in verdict.reason


def test_validation_does_not_mutate_state_or_mark_the_id_seen():
    state = state_of({})
    command = json_format.ParseDict(case_named("market ok")["command"], pb.Command())
    assert isinstance(validate_command(command, INSTRUMENTS, state), Approval)
    assert isinstance(validate_command(command, INSTRUMENTS, state), Approval)
