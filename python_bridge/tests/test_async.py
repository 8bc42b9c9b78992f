"""Async mode: the I/O thread (heartbeats, liveness, dispatch) and the strategy's host-lost fail-safe."""

from __future__ import annotations

import queue
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from conftest import BAR_TYPE
from fake_host import FakeHost, Reply, decision, welcome_for
from nautilus_trader.backtest.engine import BacktestEngine, BacktestEngineConfig
from nautilus_trader.common.actor import Actor
from nautilus_trader.config import LoggingConfig
from nautilus_trader.model.currencies import USDT
from nautilus_trader.model.data import BarType
from nautilus_trader.model.enums import AccountType, OmsType
from nautilus_trader.model.identifiers import Venue
from nautilus_trader.model.objects import Money
from nautilus_trader.persistence.wranglers import BarDataWrangler
from nautilus_trader.test_kit.providers import TestInstrumentProvider
from test_lockstep import market

from dolphin_bridge.config import BridgeStrategyConfig
from dolphin_bridge.gen.dolphin.bridge.v1 import bridge_pb2 as pb
from dolphin_bridge.strategy import BridgeStrategy
from dolphin_bridge.transport import BridgeLink

INTERVAL_MS = 50


class Dispatch:
    """Stands in for loop.call_soon_threadsafe: the I/O thread queues, the test thread runs."""

    def __init__(self) -> None:
        self.items: queue.Queue[tuple[Any, tuple[Any, ...]]] = queue.Queue()

    def __call__(self, fn: Any, *args: Any) -> None:
        self.items.put((fn, args))

    def next(self, timeout_s: float = 2.0) -> tuple[Any, tuple[Any, ...]]:
        return self.items.get(timeout=timeout_s)


def hello() -> pb.Envelope:
    env = pb.Envelope()
    env.hello.protocol_version = pb.PROTOCOL_VERSION_CURRENT
    env.hello.mode = pb.MODE_ASYNC
    return env


def started_link(
    endpoint: str, dispatch: Dispatch, lost: list[str], messages: list[pb.Envelope]
) -> BridgeLink:
    link = BridgeLink(endpoint, spin_wait_us=0)
    link.connect()
    link.handshake(hello(), time.time_ns(), 2_000)
    link.start_async(
        heartbeat_interval_ms=INTERVAL_MS,
        dispatch=dispatch,
        on_message=messages.append,
        on_host_lost=lambda: lost.append("lost"),
    )
    return link


def test_async_heartbeats_flow_both_ways_and_keep_the_host_alive(endpoint):
    dispatch, lost, messages = Dispatch(), [], []
    with FakeHost(endpoint, welcome=welcome_for([]), heartbeat_ms=INTERVAL_MS) as host:
        link = started_link(endpoint, dispatch, lost, messages)
        try:
            assert host.wait_for(lambda: len(host.of("heartbeat")) >= 8, timeout_s=3)
            time.sleep(6 * INTERVAL_MS / 1000)
            assert not link.host_lost and dispatch.items.empty()
        finally:
            link.close()
    beats = [e for e in host.received if e.WhichOneof("body") == "heartbeat"]
    assert all(b.session_id == "S-1" and b.heartbeat.sent_ns > 0 for b in beats)
    assert [e.seq for e in host.received] == list(range(1, len(host.received) + 1))


def test_async_host_silent_for_three_intervals_is_declared_lost_once(endpoint):
    dispatch, lost, messages = Dispatch(), [], []
    with FakeHost(endpoint, welcome=welcome_for([])):
        link = started_link(endpoint, dispatch, lost, messages)
        started = time.monotonic()
        try:
            fn, args = dispatch.next(timeout_s=2)
            elapsed = time.monotonic() - started
            fn(*args)
            time.sleep(4 * INTERVAL_MS / 1000)
            assert dispatch.items.empty()
        finally:
            link.close()
    assert lost == ["lost"]
    assert 3 * INTERVAL_MS / 1000 <= elapsed < 1.0


def test_async_unsolicited_decision_and_shutdown_are_dispatched_to_the_loop(endpoint):
    dispatch, lost, messages = Dispatch(), [], []
    with FakeHost(endpoint, welcome=welcome_for([]), heartbeat_ms=INTERVAL_MS) as host:
        link = started_link(endpoint, dispatch, lost, messages)
        try:
            unsolicited = pb.Envelope()
            unsolicited.decision.commands.append(market("C-1", "O-000001"))
            host.push(unsolicited)
            bye = pb.Envelope()
            bye.shutdown.reason = "host stopping"
            host.push(bye)
            for _ in range(2):
                fn, args = dispatch.next()
                fn(*args)
        finally:
            link.close()
    assert [m.WhichOneof("body") for m in messages] == ["decision", "shutdown"]
    assert messages[0].decision.commands[0].command_id == "C-1"
    assert messages[1].shutdown.reason == "host stopping"


@pytest.mark.parametrize(
    ("frame", "code"),
    [
        (b"\xff\xff\xff", pb.PROTOCOL_ERROR_CODE_MALFORMED_FRAME),
        (pb.Envelope(seq=9).SerializeToString() + b"\xf8\x07\x01", pb.PROTOCOL_ERROR_CODE_UNKNOWN_MESSAGE),
        (
            pb.Envelope(seq=9, decision=pb.Decision(in_reply_to=12345)).SerializeToString(),
            pb.PROTOCOL_ERROR_CODE_UNEXPECTED_MESSAGE,
        ),
    ],
    ids=["malformed-frame", "unknown-message-type", "decision-for-nothing"],
)
def test_async_bad_frame_is_answered_with_protocol_error_and_the_link_keeps_serving(endpoint, frame, code):
    dispatch, lost, messages = Dispatch(), [], []
    with FakeHost(endpoint, welcome=welcome_for([]), heartbeat_ms=INTERVAL_MS) as host:
        link = started_link(endpoint, dispatch, lost, messages)
        try:
            host.push(frame)
            assert host.wait_for(lambda: bool(host.of("protocol_error")))
            later = pb.Envelope()
            later.decision.commands.append(market("C-2", "O-000002"))
            host.push(later)
            fn, args = dispatch.next()
            fn(*args)
        finally:
            link.close()
    assert [e.code for e in host.of("protocol_error")] == [code]
    assert messages[0].decision.commands[0].command_id == "C-2"


def test_async_request_gets_its_decision_on_the_calling_thread(endpoint):
    dispatch, lost, messages = Dispatch(), [], []

    def answer(request: pb.Envelope, _host: FakeHost) -> list[Reply]:
        return [decision(request, market("C-9", "O-000009"))]

    with FakeHost(endpoint, welcome=welcome_for([]), heartbeat_ms=INTERVAL_MS, script=answer):
        link = started_link(endpoint, dispatch, lost, messages)
        try:
            stop = pb.Envelope()
            stop.stop_requested.reason = "node stopping"
            reply = link.request_async(stop, 2_000)
        finally:
            link.close()
    assert reply is not None and reply.commands[0].command_id == "C-9"
    assert dispatch.items.empty()


# The strategy in async mode: a BacktestEngine in streaming mode stands in for the live node, and
# a pump actor plays the event loop (it runs what the I/O thread dispatched, on the engine thread).


class LoopPump(Actor):
    """Runs dispatched callbacks in on_bar; waits up to 2 s for one on the listed bar numbers."""

    def __init__(self, dispatch: Dispatch, wait_on: set[int]) -> None:
        super().__init__()
        self._dispatch = dispatch
        self._wait_on = wait_on
        self.bars = 0

    def on_start(self) -> None:
        self.subscribe_bars(BarType.from_str(BAR_TYPE))

    def on_bar(self, bar: Any) -> None:
        self.bars += 1
        if self.bars in self._wait_on:
            fn, args = self._dispatch.next()
            fn(*args)
        while not self._dispatch.items.empty():
            fn, args = self._dispatch.next()
            fn(*args)


def async_engine(bars_csv: Path, endpoint: str, dispatch: Dispatch, wait_on: set[int], fail_safe: str):
    engine = BacktestEngine(BacktestEngineConfig(logging=LoggingConfig(bypass_logging=True)))
    engine.add_venue(
        venue=Venue("BINANCE"),
        oms_type=OmsType.NETTING,
        account_type=AccountType.MARGIN,
        starting_balances=[Money(10_000, USDT)],
        base_currency=USDT,
        default_leverage=Decimal(1),
    )
    instrument = TestInstrumentProvider.btcusdt_perp_binance()
    engine.add_instrument(instrument)
    frame = pd.read_csv(bars_csv, nrows=20)
    frame.index = pd.DatetimeIndex(pd.to_datetime(frame.pop("timestamp"), utc=True)) + pd.Timedelta(minutes=1)
    engine.add_data(BarDataWrangler(BarType.from_str(BAR_TYPE), instrument).process(frame))
    strategy = BridgeStrategy(
        BridgeStrategyConfig(
            endpoint=endpoint,
            mode="async",
            node_kind="live",
            instrument_ids=["BTCUSDT-PERP.BINANCE"],
            bar_types=[BAR_TYPE],
            fail_safe=fail_safe,
            heartbeat_interval_ms=INTERVAL_MS,
            reply_timeout_ms=2_000,
        )
    )
    strategy.set_dispatch(dispatch)
    engine.add_strategy(strategy)
    engine.add_actor(LoopPump(dispatch, wait_on))
    return engine, strategy


def test_async_host_lost_applies_flatten_and_then_blocks_entries(endpoint, bars_csv):
    dispatch = Dispatch()
    seen = {"bars": 0}

    def notify(env: pb.Envelope, host: FakeHost) -> list[Reply]:
        if env.WhichOneof("body") == "bar":
            seen["bars"] += 1
            if seen["bars"] == 3:
                buy = pb.Envelope()
                buy.decision.commands.append(market("C-1", "O-000001"))
                host.push(buy)
            if seen["bars"] == 6:
                host.heartbeating = False  # the host goes quiet: lost after 3 intervals
            if seen["bars"] == 9:
                again = pb.Envelope()
                again.decision.commands.append(market("C-2", "O-000002"))
                host.push(again)
        return []

    def on_stop(request: pb.Envelope, _host: FakeHost) -> list[Reply]:
        return [decision(request)]

    welcome = welcome_for([BAR_TYPE], decision_events=[], heartbeat_interval_ms=INTERVAL_MS)
    with FakeHost(endpoint, welcome=welcome, notify=notify, script=on_stop, heartbeat_ms=INTERVAL_MS) as host:
        engine, strategy = async_engine(bars_csv, endpoint, dispatch, wait_on={4, 7, 10}, fail_safe="flatten")
        try:
            engine.run()
        finally:
            engine.dispose()
        # The shim's goodbye may still be in flight when the engine returns (seen on a loaded box).
        host.wait_for(lambda: host.bodies()[-1:] == ["shutdown"])
    fills = host.of("order_filled")
    assert [(f.client_order_id, f.side) for f in fills[:1]] == [("O-000001", pb.ORDER_SIDE_BUY)]
    assert fills[1].side == pb.ORDER_SIDE_SELL and fills[1].last_qty == "0.010"  # flattened by the shim
    acks = host.of("command_ack")
    assert [(a.command_id, a.accepted) for a in acks] == [("C-1", True), ("C-2", False)]
    assert acks[1].code == pb.COMMAND_REJECT_CODE_FAIL_SAFE_ACTIVE
    assert host.bodies()[-1] == "shutdown" and "stop_requested" in host.bodies()
    assert strategy.failure is None


def test_async_host_shutdown_is_acknowledged_and_the_strategy_goes_quiet(endpoint, bars_csv):
    dispatch = Dispatch()
    seen = {"bars": 0}

    def notify(env: pb.Envelope, host: FakeHost) -> list[Reply]:
        if env.WhichOneof("body") == "bar":
            seen["bars"] += 1
            if seen["bars"] == 3:
                bye = pb.Envelope()
                bye.shutdown.reason = "host stopping (SIGTERM)"
                host.push(bye)
        return []

    welcome = welcome_for([BAR_TYPE], decision_events=[], heartbeat_interval_ms=INTERVAL_MS)
    with FakeHost(endpoint, welcome=welcome, notify=notify, heartbeat_ms=INTERVAL_MS) as host:
        engine, strategy = async_engine(bars_csv, endpoint, dispatch, wait_on={4}, fail_safe="hold")
        shutdowns: list[str] = []
        strategy.on_host_shutdown = shutdowns.append
        try:
            engine.run()
        finally:
            engine.dispose()
        host.wait_for(lambda: host.bodies()[-1:] == ["shutdown"])
    assert shutdowns == ["host stopping (SIGTERM)"]
    assert host.bodies()[-1] == "shutdown" and host.of("shutdown")[-1].reason == "acknowledged host shutdown"
    assert "stop_requested" not in host.bodies()
    # The shutdown runs at bar 4 (before or after the shim forwards it): nothing after that.
    assert len(host.of("bar")) in (3, 4) and strategy.link is None and strategy.failure is None
