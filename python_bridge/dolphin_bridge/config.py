"""Frozen configuration of the BridgeStrategy (a Nautilus StrategyConfig)."""

from __future__ import annotations

from nautilus_trader.config import StrategyConfig

from dolphin_bridge.endpoint import endpoint_problem

MODES = ("lockstep", "async")
FAIL_SAFES = ("hold", "flatten", "cancel_entries")
NODE_KINDS = ("backtest", "live")


class BridgeStrategyConfig(StrategyConfig, frozen=True):
    """
    Configuration of the shim strategy: where the host is and how to talk to it.

    Parameters
    ----------
    endpoint : str
        ZeroMQ endpoint of the host's ROUTER, e.g. ``ipc:///tmp/dolphin.sock`` or ``tcp://127.0.0.1:5555``.
    mode : str, default ``"lockstep"``
        ``"lockstep"`` (backtests: every request blocks until the host's Decision) or ``"async"`` (live).
    instrument_ids : list[str]
        Instruments reported in Hello and tradable by the host (must be in the cache at start).
    bar_types : list[str]
        Bar types offered to the host for subscription (BarType strings).
    strategy : str, default ``""``
        Host strategy to request; empty means the host's default.
    reply_timeout_ms : int, default 30000
        Lockstep: how long a request waits for its Decision before `LockstepTimeout`.
    handshake_timeout_ms : int, default 10000
        How long Hello waits for Welcome or Reject.
    heartbeat_interval_ms : int, default 1000
        Async: heartbeat period; the host is declared lost after three silent intervals.
    fail_safe : str, default ``"hold"``
        Async: policy when the host is lost: ``hold`` (keep orders, deny entries), ``flatten``
        (cancel all, close all) or ``cancel_entries`` (cancel non-reduce-only orders).
    spin_wait_us : int, default 300
        Microseconds to busy-poll for a reply before blocking (0 = block at once).
    node_kind : str, default ``"backtest"``
        Reported in Hello: ``"backtest"`` or ``"live"``.
    subscribe_quotes : bool, default False
        Subscribe quote ticks for every instrument even when the host does not ask for them
        (Nautilus's sandbox execution client fills orders only on quotes); they are forwarded
        to the host only when its Welcome subscribes them.

    Raises
    ------
    ValueError
        When a field is out of range; the message names the field.

    """

    endpoint: str
    mode: str = "lockstep"
    instrument_ids: list[str] = []
    bar_types: list[str] = []
    strategy: str = ""
    reply_timeout_ms: int = 30_000
    handshake_timeout_ms: int = 10_000
    heartbeat_interval_ms: int = 1_000
    fail_safe: str = "hold"
    spin_wait_us: int = 300
    node_kind: str = "backtest"
    subscribe_quotes: bool = False

    def __post_init__(self) -> None:
        if not self.endpoint:
            raise ValueError(
                "invalid endpoint, empty; give the host's ROUTER endpoint, e.g. ipc:///tmp/x.sock"
            )
        problem = endpoint_problem(self.endpoint, "connect")
        if problem is not None:
            raise ValueError(f"invalid endpoint, {problem}, was {self.endpoint!r}")
        _one_of("mode", self.mode, MODES)
        _one_of("fail_safe", self.fail_safe, FAIL_SAFES)
        _one_of("node_kind", self.node_kind, NODE_KINDS)
        if not self.instrument_ids:
            raise ValueError("invalid instrument_ids, empty; list at least one instrument id")
        for name in ("reply_timeout_ms", "handshake_timeout_ms", "heartbeat_interval_ms"):
            value = getattr(self, name)
            if value <= 0:
                raise ValueError(f"invalid {name}, not positive, was {value}")
        if self.spin_wait_us < 0:
            raise ValueError(f"invalid spin_wait_us, negative, was {self.spin_wait_us}")


def _one_of(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ValueError(f"invalid {name}, not one of {', '.join(allowed)}, was {value!r}")
