"""
BridgeStrategy: the generic Nautilus strategy that forwards events to the Dolphin host and
executes its commands. It contains no strategy logic.

Lockstep (docs/wire-protocol.md): an event is a request when its kind is in
`Welcome.decision_events` (bars: only the last bar of a ts group when `group_bars_by_ts`); the
shim blocks inside the Nautilus handler until the Decision, executes it (one CommandAck per
command), then forwards the events that execution raised re-entrantly (OrderSubmitted,
OrderDenied...) in order, and only then returns control to Nautilus.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import nautilus_trader
import numpy as np
from nautilus_trader.model.data import BarType
from nautilus_trader.model.enums import BookType
from nautilus_trader.model.identifiers import InstrumentId
from nautilus_trader.trading.strategy import Strategy

from dolphin_bridge import __version__, codec
from dolphin_bridge.config import BridgeStrategyConfig
from dolphin_bridge.errors import BridgeError, ConfigError, HandshakeRejected
from dolphin_bridge.executor import CommandExecutor, TradableInstrument
from dolphin_bridge.failsafe import apply_fail_safe
from dolphin_bridge.gen.dolphin.bridge.v1 import bridge_pb2 as pb
from dolphin_bridge.transport import BridgeLink
from dolphin_bridge.validation import InstrumentRules

_MODES = {"lockstep": pb.MODE_LOCKSTEP, "async": pb.MODE_ASYNC}


class BridgeStrategy(Strategy):
    """
    Forwards market data, order/position/account events to the host; executes its Decisions.

    Hooks a runner may call before the run: `set_risk_engine` (enables SetTradingState),
    `set_bar_timestamps` (exact bar-group sizes when some bar types skip timestamps),
    `set_dispatch` (async: how the I/O thread reaches the loop; default
    ``loop.call_soon_threadsafe`` of the running loop) and `on_host_shutdown` (async: called
    after the host sent Shutdown). After a failure, `failure` holds the BridgeError.
    """

    def __init__(self, config: BridgeStrategyConfig) -> None:
        super().__init__(config=config)
        self._bridge_config = config
        self.link: BridgeLink | None = None
        self.welcome: pb.Welcome | None = None
        self.failure: BridgeError | None = None
        self.on_host_shutdown: Callable[[str], None] | None = None
        self.requests = 0
        self._lockstep = config.mode == "lockstep"
        self._reply_timeout_ms = config.reply_timeout_ms
        self._risk_engine: Any = None
        self._dispatch: Callable[..., Any] | None = None
        self._bar_timestamps: Mapping[str, Any] | None = None
        self._executor: CommandExecutor | None = None
        self._tradables: dict[str, TradableInstrument] = {}
        self._last_prices: dict[str, Any] = {}
        self._bar_texts: dict[Any, tuple[str, str]] = {}
        self._book_depths: dict[Any, int] = {}
        self._quote_ids: set[Any] = set()
        self._pending: deque[tuple[pb.Envelope, bool]] = deque()
        self._busy = False
        self._host_gone = False
        self._account_topic = "events.account.*"
        self._req_bar = self._req_quote = self._req_trade = self._req_book = False
        self._req_order = self._req_position = self._req_account = False
        self._group_bars = False
        self._group_size_default = 1
        self._group_sizes: dict[int, int] | None = None
        self._group_ts = -1
        self._group_count = 0

    # Runner hooks --------------------------------------------------------------------------------

    def set_risk_engine(self, risk_engine: Any) -> None:
        """Gives SetTradingState the node's RiskEngine (``engine.kernel.risk_engine``)."""
        self._risk_engine = risk_engine
        if self._executor is not None:
            self._executor.set_risk_engine(risk_engine)

    def set_bar_timestamps(self, timestamps: Mapping[str, Any]) -> None:
        """Gives the ts_init of every bar per BarType string (int sequences or int64 arrays), so bar
        groups know their exact size."""
        self._bar_timestamps = timestamps

    def set_dispatch(self, dispatch: Callable[..., Any]) -> None:
        """Async: how the I/O thread hands work to the Nautilus loop (``loop.call_soon_threadsafe``)."""
        self._dispatch = dispatch

    # Lifecycle -----------------------------------------------------------------------------------

    def on_start(self) -> None:
        try:
            self._start_session()
        except BridgeError as exc:
            self._fail(exc)
            raise

    def on_stop(self) -> None:
        link = self.link
        if link is None:
            return
        try:
            if not self._host_gone and self.failure is None:
                self._stop_session(link)
        except BridgeError as exc:
            self._fail(exc)
            raise
        finally:
            self._close_link(flush_ms=200)

    def on_dispose(self) -> None:
        self._close_link(flush_ms=0)

    # Handshake -----------------------------------------------------------------------------------

    def _start_session(self) -> None:
        cfg = self._bridge_config
        self._tradables = self._load_instruments(cfg.instrument_ids)
        venue = next(iter(self._tradables.values())).instrument_id.venue
        account = self.cache.account_for_venue(venue)
        hello = self._hello(account, venue.value)
        link = BridgeLink(cfg.endpoint, spin_wait_us=cfg.spin_wait_us, log=self.log)
        link.connect()
        self.link = link
        welcome = link.handshake(hello, self._now_ns(), cfg.handshake_timeout_ms)
        self.welcome = welcome
        self.log.info(
            f"bridge_ready endpoint={cfg.endpoint} session={welcome.session_id} "
            f"strategy={welcome.strategy_name}@{welcome.strategy_version}"
        )
        self._executor = CommandExecutor(self, self._tradables, self._last_prices, self.log)
        if self._risk_engine is not None:
            self._executor.set_risk_engine(self._risk_engine)
        self._apply_welcome(welcome)
        # A wildcard subscribed after its topic was first published never matches it (1.221's
        # MessageBus.subscribe tests existing topics against the pattern the wrong way round), and
        # the account was published before on_start: subscribe to the concrete topic when known.
        self._account_topic = f"events.account.{account.id}" if account is not None else "events.account.*"
        self.msgbus.subscribe(topic=self._account_topic, handler=self._on_account_state)
        if self._lockstep:
            link.batch_notifications(True)
        else:
            self._start_async(link, welcome)

    def _load_instruments(self, instrument_ids: Sequence[str]) -> dict[str, TradableInstrument]:
        out: dict[str, TradableInstrument] = {}
        for text in instrument_ids:
            instrument = self.cache.instrument(InstrumentId.from_str(text))
            if instrument is None:
                raise ConfigError("instrument_ids", f"{text} is not in the node's cache; add it to the venue")
            out[text] = TradableInstrument(
                instrument, instrument.id, InstrumentRules.from_pb(codec.encode_instrument(instrument, ""))
            )
        return out

    def _hello(self, account: Any, venue: str) -> pb.Envelope:
        cfg = self._bridge_config
        env = pb.Envelope()
        hello = env.hello
        hello.protocol_version = pb.PROTOCOL_VERSION_CURRENT
        hello.trader_id = self.trader_id.value
        hello.strategy_id = self.id.value
        hello.mode = _MODES[cfg.mode]
        for tradable in self._tradables.values():
            hello.instruments.append(
                codec.encode_instrument(tradable.instrument, _leverage_text(account, tradable))
            )
        if account is not None and account.last_event is not None:
            codec.fill_account_state(hello.account, account.last_event)
        hello.strategy = cfg.strategy
        hello.bar_types.extend(cfg.bar_types)
        hello.nautilus_version = nautilus_trader.__version__
        hello.shim_version = __version__
        hello.node_kind = cfg.node_kind
        hello.venue = venue
        return env

    def _apply_welcome(self, welcome: pb.Welcome) -> None:
        kinds = set(welcome.decision_events)
        self._req_bar = pb.EVENT_KIND_BAR in kinds
        self._req_quote = pb.EVENT_KIND_QUOTE in kinds
        self._req_trade = pb.EVENT_KIND_TRADE in kinds
        self._req_book = pb.EVENT_KIND_BOOK in kinds
        self._req_order = pb.EVENT_KIND_ORDER in kinds
        self._req_position = pb.EVENT_KIND_POSITION in kinds
        self._req_account = pb.EVENT_KIND_ACCOUNT in kinds
        if welcome.reply_timeout_ms > 0:
            self._reply_timeout_ms = welcome.reply_timeout_ms
        bar_types = [self._subscribe(sub) for sub in welcome.subscriptions]
        if self._bridge_config.subscribe_quotes:
            for tradable in self._tradables.values():
                if tradable.instrument_id not in self._quote_ids:
                    self.subscribe_quote_ticks(tradable.instrument_id)
        subscribed = [bt for bt in bar_types if bt is not None]
        self._group_bars = welcome.group_bars_by_ts and len(subscribed) > 1
        self._group_size_default = len(subscribed)
        if self._group_bars and self._bar_timestamps is not None:
            self._group_sizes = _group_sizes(self._bar_timestamps, subscribed)

    def _subscribe(self, sub: pb.Subscription) -> str | None:
        try:
            if sub.kind == pb.Subscription.KIND_BARS:
                bar_type = BarType.from_str(sub.bar_type)
                self._check_instrument(bar_type.instrument_id.value)
                self._bar_texts[bar_type] = (str(bar_type), bar_type.instrument_id.value)
                self.subscribe_bars(bar_type)
                return str(bar_type)
            instrument_id = InstrumentId.from_str(sub.instrument_id)
            self._check_instrument(sub.instrument_id)
            if sub.kind == pb.Subscription.KIND_QUOTES:
                self._quote_ids.add(instrument_id)
                self.subscribe_quote_ticks(instrument_id)
            elif sub.kind == pb.Subscription.KIND_TRADES:
                self.subscribe_trade_ticks(instrument_id)
            elif sub.kind == pb.Subscription.KIND_BOOK:
                self._book_depths[instrument_id] = sub.depth
                if sub.interval_ms > 0:
                    self.subscribe_order_book_at_interval(
                        instrument_id=instrument_id,
                        book_type=BookType.L2_MBP,
                        depth=sub.depth,
                        interval_ms=sub.interval_ms,
                    )
                else:
                    self.subscribe_order_book_deltas(
                        instrument_id=instrument_id, book_type=BookType.L2_MBP, depth=sub.depth
                    )
            else:
                raise ValueError(f"unknown subscription kind {sub.kind}")
        except BridgeError:
            raise
        except Exception as exc:
            reason = f"cannot honour the subscription {_sub_text(sub)}: {exc}"
            self._say_shutdown(reason)
            raise HandshakeRejected(self._bridge_config.endpoint, "BAD_SUBSCRIPTION", reason) from exc
        return None

    def _check_instrument(self, instrument_id: str) -> None:
        if instrument_id not in self._tradables:
            raise ValueError(f"instrument {instrument_id} is not one of the configured instrument_ids")

    def _start_async(self, link: BridgeLink, welcome: pb.Welcome) -> None:
        dispatch = self._dispatch
        if dispatch is None:
            dispatch = asyncio.get_running_loop().call_soon_threadsafe
        interval = welcome.heartbeat_interval_ms or self._bridge_config.heartbeat_interval_ms
        link.start_async(
            heartbeat_interval_ms=interval,
            dispatch=dispatch,
            on_message=self._on_host_message,
            on_host_lost=self._on_host_lost,
        )

    def _stop_session(self, link: BridgeLink) -> None:
        env = pb.Envelope()
        env.stop_requested.reason = "the node is stopping the strategy"
        if self._lockstep:
            decision = link.request(env, self._now_ns(), self._reply_timeout_ms)
            self._run_decision(decision)
        else:
            reply = link.request_async(env, min(self._reply_timeout_ms, 10_000))
            if reply is None:
                self.log.warning(f"stop_requested_unanswered endpoint={link.endpoint}")
            else:
                self._run_decision(reply)
        bye = pb.Envelope()
        bye.shutdown.reason = "strategy stopped"
        link.send(bye, self._now_ns())
        link.flush()

    def _say_shutdown(self, reason: str) -> None:
        link = self.link
        if link is not None and link.is_open:
            env = pb.Envelope()
            env.shutdown.reason = reason
            link.send(env, self._now_ns())
            link.flush()

    def _close_link(self, flush_ms: int) -> None:
        link, self.link = self.link, None
        if link is not None:
            link.close(flush_ms=flush_ms)
            try:
                self.msgbus.unsubscribe(topic=self._account_topic, handler=self._on_account_state)
            except Exception:  # never subscribed (failed handshake)
                pass

    def _fail(self, exc: BridgeError) -> None:
        self.failure = exc
        self._host_gone = True
        self._pending.clear()
        self.log.error(f"bridge_failed {exc}")

    # Forwarding ----------------------------------------------------------------------------------

    def _now_ns(self) -> int:
        return self.clock.timestamp_ns()

    def _emit(self, env: pb.Envelope, request: bool) -> None:
        if self._host_gone or self.link is None:
            return
        if self._busy:
            self._pending.append((env, request))
            return
        self._busy = True
        try:
            self._forward(env, request)
            self._drain()
        except BridgeError as exc:
            self._fail(exc)
            raise
        finally:
            self._busy = False

    def _drain(self) -> None:
        pending = self._pending
        while pending:
            env, request = pending.popleft()
            self._forward(env, request)

    def _forward(self, env: pb.Envelope, request: bool) -> None:
        link = self.link
        assert link is not None
        if not (request and self._lockstep):
            link.send(env, self._now_ns())
            return
        self.requests += 1
        decision = link.request(env, self._now_ns(), self._reply_timeout_ms)
        self._execute(decision)

    def _execute(self, decision: pb.Decision) -> None:
        executor = self._executor
        link = self.link
        assert executor is not None and link is not None
        for command in decision.commands:
            ack = pb.Envelope()
            ack.command_ack.CopyFrom(executor.execute(command))
            link.send(ack, self._now_ns())

    def _run_decision(self, decision: pb.Decision) -> None:
        # Executes outside an event handler (async Decision, StopRequested) with the same ordering.
        self._busy = True
        try:
            self._execute(decision)
            self._drain()
        finally:
            self._busy = False

    # Market data ---------------------------------------------------------------------------------

    def on_bar(self, bar: Any) -> None:
        texts = self._bar_texts.get(bar.bar_type)
        if texts is None:
            texts = (str(bar.bar_type), bar.bar_type.instrument_id.value)
            self._bar_texts[bar.bar_type] = texts
        self._last_prices[texts[1]] = bar.close
        request = self._req_bar and (not self._group_bars or self._closes_group(bar.ts_init))
        self._emit(codec.bar_envelope(bar, texts[0], texts[1]), request)

    def _closes_group(self, ts_init: int) -> bool:
        if ts_init != self._group_ts:
            self._group_ts = ts_init
            self._group_count = 0
        self._group_count += 1
        sizes = self._group_sizes
        expected = self._group_size_default if sizes is None else sizes.get(ts_init, self._group_size_default)
        return self._group_count >= expected

    def on_quote_tick(self, tick: Any) -> None:
        self._last_prices[tick.instrument_id.value] = tick.bid_price
        if tick.instrument_id in self._quote_ids:
            self._emit(codec.quote_tick_envelope(tick), self._req_quote)

    def on_trade_tick(self, tick: Any) -> None:
        self._last_prices[tick.instrument_id.value] = tick.price
        self._emit(codec.trade_tick_envelope(tick), self._req_trade)

    def on_order_book(self, order_book: Any) -> None:
        depth = self._book_depths.get(order_book.instrument_id, 0)
        self._emit(codec.order_book_envelope(order_book, depth), self._req_book)

    def on_order_book_deltas(self, deltas: Any) -> None:
        book = self.cache.order_book(deltas.instrument_id)
        if book is not None:
            self.on_order_book(book)

    # Execution events ----------------------------------------------------------------------------

    def on_order_event(self, event: Any) -> None:
        env = codec.order_event_envelope(event, self._tags_of)
        if env is not None:
            self._emit(env, self._req_order)

    def on_position_event(self, event: Any) -> None:
        env = codec.position_event_envelope(event)
        if env is not None:
            self._emit(env, self._req_position)

    def _on_account_state(self, event: Any) -> None:
        if self.link is None or not self.is_running:
            return
        self._emit(codec.account_state_envelope(event), self._req_account)

    def _tags_of(self, client_order_id: Any) -> list[str]:
        order = self.cache.order(client_order_id)
        return [] if order is None or not order.tags else list(order.tags)

    # Async host messages (on the loop) -----------------------------------------------------------

    def _on_host_message(self, env: pb.Envelope) -> None:
        body = env.WhichOneof("body")
        if body == "decision":
            self._run_decision(env.decision)
        elif body == "shutdown":
            self._on_host_shutdown(env.shutdown.reason)

    def _on_host_shutdown(self, reason: str) -> None:
        policy = self._bridge_config.fail_safe
        self._host_gone = True
        self._activate_fail_safe()
        self.log.warning(f"host_shutdown reason={reason or 'none'} policy={policy}")
        link = self.link
        if link is not None:
            bye = pb.Envelope()
            bye.shutdown.reason = "acknowledged host shutdown"
            link.send(bye, self._now_ns())
        self._close_link(flush_ms=200)
        if self.on_host_shutdown is not None:
            self.on_host_shutdown(reason)

    def _on_host_lost(self) -> None:
        policy = self._bridge_config.fail_safe
        actions = self._activate_fail_safe()
        interval = self.welcome.heartbeat_interval_ms if self.welcome is not None else 0
        self.log.error(
            f"host_lost endpoint={self._bridge_config.endpoint} silent_for>3x{interval}ms policy={policy} "
            f"actions={len(actions)}"
        )

    def _activate_fail_safe(self) -> list[str]:
        if self._executor is not None:
            self._executor.activate_fail_safe()
        return apply_fail_safe(self._bridge_config.fail_safe, self)

    # FailSafeOps -------------------------------------------------------------------------------

    def fail_safe_instruments(self) -> list[Any]:
        return [self._tradables[k].instrument_id for k in sorted(self._tradables)]

    def fail_safe_open_orders(self, instrument_id: Any) -> list[Any]:
        return self.cache.orders_open(venue=None, instrument_id=instrument_id, strategy_id=self.id)

    def fail_safe_cancel(self, order: Any) -> None:
        self.cancel_order(order)

    def fail_safe_cancel_all(self, instrument_id: Any) -> None:
        self.cancel_all_orders(instrument_id=instrument_id)

    def fail_safe_close_all(self, instrument_id: Any) -> None:
        self.close_all_positions(instrument_id=instrument_id)


def _leverage_text(account: Any, tradable: TradableInstrument) -> str:
    if account is None or not hasattr(account, "leverage"):
        return ""
    leverage = account.leverage(tradable.instrument_id) or getattr(account, "default_leverage", None)
    return "" if leverage is None else str(leverage)


def _group_sizes(timestamps: Mapping[str, Any], bar_types: Sequence[str]) -> dict[int, int]:
    arrays = [np.asarray(timestamps[bt], dtype=np.int64) for bt in bar_types if bt in timestamps]
    if not arrays:
        return {}
    unique, counts = np.unique(np.concatenate(arrays), return_counts=True)
    return dict(zip(unique.tolist(), counts.tolist(), strict=True))


def _sub_text(sub: pb.Subscription) -> str:
    kind = pb.Subscription.Kind.Name(sub.kind)
    return f"{kind} {sub.bar_type or sub.instrument_id}"
