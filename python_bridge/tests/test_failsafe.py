"""The fail-safe policies, against a fake strategy."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from dolphin_bridge.failsafe import apply_fail_safe


@dataclass
class FakeOrder:
    client_order_id: str
    is_reduce_only: bool


@dataclass
class FakeOps:
    orders: dict[str, list[FakeOrder]] = field(default_factory=dict)
    calls: list[tuple[str, str]] = field(default_factory=list)

    def fail_safe_instruments(self) -> list[Any]:
        return sorted(self.orders)

    def fail_safe_open_orders(self, instrument_id: Any) -> list[Any]:
        return self.orders[instrument_id]

    def fail_safe_cancel(self, order: Any) -> None:
        self.calls.append(("cancel", order.client_order_id))

    def fail_safe_cancel_all(self, instrument_id: Any) -> None:
        self.calls.append(("cancel_all", instrument_id))

    def fail_safe_close_all(self, instrument_id: Any) -> None:
        self.calls.append(("close_all", instrument_id))


def ops() -> FakeOps:
    return FakeOps(
        orders={
            "BTCUSDT-PERP.BINANCE": [
                FakeOrder("O-entry", False),
                FakeOrder("O-sl", True),
                FakeOrder("O-tp", True),
            ],
            "ETHUSDT-PERP.BINANCE": [FakeOrder("O-eth", False)],
        }
    )


def test_failsafe_hold_keeps_every_order():
    fake = ops()
    assert apply_fail_safe("hold", fake) == []
    assert fake.calls == []


def test_failsafe_cancel_entries_cancels_only_non_reduce_only_orders():
    fake = ops()
    apply_fail_safe("cancel_entries", fake)
    assert fake.calls == [("cancel", "O-entry"), ("cancel", "O-eth")]


def test_failsafe_flatten_cancels_and_closes_every_instrument_in_order():
    fake = ops()
    actions = apply_fail_safe("flatten", fake)
    assert fake.calls == [
        ("cancel_all", "BTCUSDT-PERP.BINANCE"),
        ("close_all", "BTCUSDT-PERP.BINANCE"),
        ("cancel_all", "ETHUSDT-PERP.BINANCE"),
        ("close_all", "ETHUSDT-PERP.BINANCE"),
    ]
    assert len(actions) == 4


def test_failsafe_unknown_policy_raises_naming_it():
    with pytest.raises(ValueError, match="invalid fail_safe.*'panic'"):
        apply_fail_safe("panic", ops())
