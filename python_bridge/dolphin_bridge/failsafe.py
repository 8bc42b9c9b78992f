"""The async fail-safe: what the shim does on its own when the host is lost."""

from __future__ import annotations

from typing import Any, Protocol


class FailSafeOps(Protocol):
    """The strategy operations a fail-safe policy uses (BridgeStrategy implements them)."""

    def fail_safe_instruments(self) -> list[Any]:
        """Configured InstrumentIds, in a stable order."""
        ...

    def fail_safe_open_orders(self, instrument_id: Any) -> list[Any]:
        """Open orders of this strategy on the instrument."""
        ...

    def fail_safe_cancel(self, order: Any) -> None: ...

    def fail_safe_cancel_all(self, instrument_id: Any) -> None: ...

    def fail_safe_close_all(self, instrument_id: Any) -> None: ...


def apply_fail_safe(policy: str, ops: FailSafeOps) -> list[str]:
    """
    Applies a fail-safe policy once and returns what was done (one line per action, for the log).

    ``hold`` keeps every order (venue-side SL/TP stay) and only blocks new entries (the caller
    latches that); ``cancel_entries`` cancels open orders that are not reduce-only;
    ``flatten`` cancels every order and closes every position.

    Raises
    ------
    ValueError
        For an unknown policy.

    """
    actions: list[str] = []
    if policy == "hold":
        return actions
    if policy == "cancel_entries":
        for instrument_id in ops.fail_safe_instruments():
            for order in ops.fail_safe_open_orders(instrument_id):
                if not order.is_reduce_only:
                    ops.fail_safe_cancel(order)
                    actions.append(f"cancel {order.client_order_id}")
        return actions
    if policy == "flatten":
        for instrument_id in ops.fail_safe_instruments():
            ops.fail_safe_cancel_all(instrument_id)
            actions.append(f"cancel_all {instrument_id}")
            ops.fail_safe_close_all(instrument_id)
            actions.append(f"close_all {instrument_id}")
        return actions
    raise ValueError(f"invalid fail_safe, not one of hold, flatten, cancel_entries, was {policy!r}")
