"""
Executes host commands inside a Nautilus Strategy with Nautilus's own order factory.

Every command gets exactly one CommandAck. A command id is executed at most once per session
(a repeat is answered DUPLICATE_COMMAND_ID and logged). Validation is the pure
`dolphin_bridge.validation` (exact Decimals, never re-rounding); execution passes every argument
by keyword so the shim also runs on nautilus_trader 1.231 (which inserts parameters).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from nautilus_trader.model.enums import OrderSide as NtOrderSide
from nautilus_trader.model.enums import OrderType as NtOrderType
from nautilus_trader.model.enums import PositionSide as NtPositionSide
from nautilus_trader.model.enums import PriceType
from nautilus_trader.model.enums import TimeInForce as NtTimeInForce
from nautilus_trader.model.identifiers import ClientOrderId, InstrumentId

from dolphin_bridge import codec
from dolphin_bridge.gen.dolphin.bridge.v1 import bridge_pb2 as pb
from dolphin_bridge.validation import Approval, InstrumentRules, OrderView, Rejection, validate_command


@dataclass(frozen=True, slots=True)
class TradableInstrument:
    """A configured instrument: the Nautilus object, its id and its validation rules."""

    instrument: Any
    instrument_id: InstrumentId
    rules: InstrumentRules


class CommandExecutor:
    """
    Validates and executes Commands for one strategy; implements `ValidationState` on its cache.

    Parameters
    ----------
    strategy : Strategy
        The running Nautilus strategy (order_factory, cache, submit/cancel/modify methods).
    instruments : dict[str, TradableInstrument]
        Configured instruments by id string.
    last_prices : dict[str, Any]
        Last Price per instrument id string, kept up to date by the strategy (market orders'
        notional check uses it; falls back to the cache's LAST price).
    log : Any
        Logger with ``warning``/``info`` (rejections are logged as ``command_rejected``).

    """

    def __init__(
        self,
        strategy: Any,
        instruments: dict[str, TradableInstrument],
        last_prices: dict[str, Any],
        log: Any,
    ) -> None:
        self._strategy = strategy
        self._instruments = instruments
        self._rules = {iid: t.rules for iid, t in instruments.items()}
        self._last_prices = last_prices
        self._log = log
        self._seen: set[str] = set()
        self._fail_safe = False
        self._risk_engine: Any = None
        self.executed = 0
        self.rejected = 0
        self._run: dict[str, Callable[[Any, Approval], None]] = {
            "submit_market": self._submit_market,
            "submit_limit": self._submit_limit,
            "submit_stop_market": self._submit_stop_market,
            "submit_bracket": self._submit_bracket,
            "cancel_order": self._cancel_order,
            "cancel_all": self._cancel_all,
            "modify_order": self._modify_order,
            "close_position": self._close_position,
            "close_all": self._close_all,
            "set_trading_state": self._set_trading_state,
        }

    # Wiring ------------------------------------------------------------------------------------

    def set_risk_engine(self, risk_engine: Any) -> None:
        """Gives SetTradingState the node's RiskEngine (``engine.kernel.risk_engine``)."""
        self._risk_engine = risk_engine

    def activate_fail_safe(self) -> None:
        """Blocks new entries from now on (reduce-only orders, cancels and closes still run)."""
        self._fail_safe = True

    # ValidationState -----------------------------------------------------------------------------

    def is_seen(self, command_id: str) -> bool:
        return command_id in self._seen

    def fail_safe_active(self) -> bool:
        return self._fail_safe

    def last_price(self, instrument_id: str) -> Decimal | None:
        price = self._last_prices.get(instrument_id)
        if price is None:
            tradable = self._instruments.get(instrument_id)
            if tradable is None:
                return None
            price = self._strategy.cache.price(
                instrument_id=tradable.instrument_id, price_type=PriceType.LAST
            )
        return None if price is None else price.as_decimal()

    def position_qty(self, instrument_id: str) -> Decimal:
        total = Decimal(0)
        for position in self._open_positions(instrument_id):
            total += position.signed_decimal_qty()
        return total

    def order(self, client_order_id: str) -> OrderView | None:
        order = self._strategy.cache.order(ClientOrderId(client_order_id))
        if order is None or order.strategy_id != self._strategy.id:
            return None
        return OrderView(
            client_order_id=client_order_id,
            instrument_id=order.instrument_id.value,
            order_type=codec.ORDER_TYPE_TO_PB.get(order.order_type, pb.ORDER_TYPE_OTHER),
            is_open=not (order.is_closed or order.is_pending_cancel),
        )

    def can_set_trading_state(self) -> bool:
        return self._risk_engine is not None

    # Execution -----------------------------------------------------------------------------------

    def execute(self, command: pb.Command) -> pb.CommandAck:
        """Validates and executes one command; returns its CommandAck (never raises for bad input)."""
        verdict = validate_command(command, self._rules, self)
        if command.command_id:
            self._seen.add(command.command_id)
        if isinstance(verdict, Rejection):
            return self._reject(command, verdict.code, verdict.reason)
        kind = command.WhichOneof("kind")
        assert kind is not None  # validated
        try:
            self._run[kind](getattr(command, kind), verdict)
        except Exception as exc:  # Nautilus refused a call the table let through
            return self._reject(
                command, pb.COMMAND_REJECT_CODE_INVALID_COMMAND, f"Nautilus refused {kind}: {exc}"
            )
        self.executed += 1
        return pb.CommandAck(
            command_id=command.command_id, accepted=True, client_order_ids=verdict.client_order_ids
        )

    def _reject(self, command: pb.Command, code: pb.CommandRejectCode, reason: str) -> pb.CommandAck:
        self.rejected += 1
        code_name = pb.CommandRejectCode.Name(code)
        self._log.warning(
            f"command_rejected command_id={command.command_id} code={code_name} reason={reason}"
        )
        return pb.CommandAck(command_id=command.command_id, accepted=False, code=code, reason=reason)

    def _tradable(self, instrument_id: str) -> TradableInstrument:
        return self._instruments[instrument_id]

    def _open_positions(self, instrument_id: str) -> list[Any]:
        tradable = self._instruments.get(instrument_id)
        if tradable is None:
            return []
        return self._strategy.cache.positions_open(
            venue=None, instrument_id=tradable.instrument_id, strategy_id=self._strategy.id
        )

    def _submit_market(self, c: pb.SubmitMarket, ok: Approval) -> None:
        t = self._tradable(c.instrument_id)
        order = self._strategy.order_factory.market(
            instrument_id=t.instrument_id,
            order_side=codec.ORDER_SIDE_FROM_PB[c.side],
            quantity=codec.decimal_to_quantity(ok.values["quantity"], t.instrument.size_precision),
            time_in_force=codec.TIME_IN_FORCE_FROM_PB[c.time_in_force],
            reduce_only=c.reduce_only,
            tags=list(c.tags) or None,
            client_order_id=ClientOrderId(c.client_order_id),
        )
        self._strategy.submit_order(order)

    def _submit_limit(self, c: pb.SubmitLimit, ok: Approval) -> None:
        t = self._tradable(c.instrument_id)
        order = self._strategy.order_factory.limit(
            instrument_id=t.instrument_id,
            order_side=codec.ORDER_SIDE_FROM_PB[c.side],
            quantity=codec.decimal_to_quantity(ok.values["quantity"], t.instrument.size_precision),
            price=codec.decimal_to_price(ok.values["price"], t.instrument.price_precision),
            time_in_force=codec.TIME_IN_FORCE_FROM_PB[c.time_in_force],
            expire_time=codec.expire_time_from_ns(c.expire_time_ns),
            post_only=c.post_only,
            reduce_only=c.reduce_only,
            tags=list(c.tags) or None,
            client_order_id=ClientOrderId(c.client_order_id),
        )
        self._strategy.submit_order(order)

    def _submit_stop_market(self, c: pb.SubmitStopMarket, ok: Approval) -> None:
        t = self._tradable(c.instrument_id)
        order = self._strategy.order_factory.stop_market(
            instrument_id=t.instrument_id,
            order_side=codec.ORDER_SIDE_FROM_PB[c.side],
            quantity=codec.decimal_to_quantity(ok.values["quantity"], t.instrument.size_precision),
            trigger_price=codec.decimal_to_price(ok.values["trigger_price"], t.instrument.price_precision),
            time_in_force=codec.TIME_IN_FORCE_FROM_PB[c.time_in_force],
            expire_time=codec.expire_time_from_ns(c.expire_time_ns),
            reduce_only=c.reduce_only,
            tags=list(c.tags) or None,
            client_order_id=ClientOrderId(c.client_order_id),
        )
        self._strategy.submit_order(order)

    def _submit_bracket(self, c: pb.SubmitBracket, ok: Approval) -> None:
        t = self._tradable(c.instrument_id)
        price_precision = t.instrument.price_precision
        is_limit = c.entry_type == pb.ORDER_TYPE_LIMIT
        entry_price = ok.values.get("entry_price")
        order_list = self._strategy.order_factory.bracket(
            instrument_id=t.instrument_id,
            order_side=codec.ORDER_SIDE_FROM_PB[c.side],
            quantity=codec.decimal_to_quantity(ok.values["quantity"], t.instrument.size_precision),
            entry_order_type=NtOrderType.LIMIT if is_limit else NtOrderType.MARKET,
            entry_price=None if entry_price is None else codec.decimal_to_price(entry_price, price_precision),
            time_in_force=codec.TIME_IN_FORCE_FROM_PB[c.time_in_force],
            entry_post_only=c.entry_post_only,
            entry_tags=list(c.entry_tags) or None,
            entry_client_order_id=ClientOrderId(c.entry_client_order_id),
            tp_price=codec.decimal_to_price(ok.values["tp_price"], price_precision),
            tp_post_only=c.tp_post_only if c.HasField("tp_post_only") else True,
            tp_tags=list(c.tp_tags) or None,
            tp_client_order_id=ClientOrderId(c.tp_client_order_id),
            sl_trigger_price=codec.decimal_to_price(ok.values["sl_trigger_price"], price_precision),
            sl_tags=list(c.sl_tags) or None,
            sl_client_order_id=ClientOrderId(c.sl_client_order_id),
        )
        self._strategy.submit_order_list(order_list)

    def _cancel_order(self, c: pb.CancelOrder, _ok: Approval) -> None:
        order = self._strategy.cache.order(ClientOrderId(c.client_order_id))
        self._strategy.cancel_order(order)

    def _cancel_all(self, c: pb.CancelAll, _ok: Approval) -> None:
        side = codec.ORDER_SIDE_FROM_PB.get(c.side, NtOrderSide.NO_ORDER_SIDE)
        targets = [c.instrument_id] if c.instrument_id else sorted(self._instruments)
        for iid in targets:
            self._strategy.cancel_all_orders(instrument_id=self._tradable(iid).instrument_id, order_side=side)

    def _modify_order(self, c: pb.ModifyOrder, ok: Approval) -> None:
        order = self._strategy.cache.order(ClientOrderId(c.client_order_id))
        instrument = self._tradable(order.instrument_id.value).instrument
        qty = ok.values.get("quantity")
        price = ok.values.get("price")
        trigger = ok.values.get("trigger_price")
        self._strategy.modify_order(
            order,
            quantity=None if qty is None else codec.decimal_to_quantity(qty, instrument.size_precision),
            price=None if price is None else codec.decimal_to_price(price, instrument.price_precision),
            trigger_price=None
            if trigger is None
            else codec.decimal_to_price(trigger, instrument.price_precision),
        )

    def _close_position(self, c: pb.ClosePosition, ok: Approval) -> None:
        position = self._open_positions(c.instrument_id)[0]
        self._submit_close(position, ok.client_order_ids[0], list(c.tags))

    def _close_all(self, c: pb.CloseAll, ok: Approval) -> None:
        open_ids = [iid for iid in sorted(self._instruments) if self.position_qty(iid) != 0]
        for iid, client_order_id in zip(open_ids, ok.client_order_ids, strict=True):
            for position in self._open_positions(iid):
                self._submit_close(position, client_order_id, list(c.tags))

    def _submit_close(self, position: Any, client_order_id: str, tags: list[str]) -> None:
        # Exactly Strategy.close_position (trading/strategy.pyx), but with the host's client order id.
        closing_side = NtOrderSide.SELL if position.side == NtPositionSide.LONG else NtOrderSide.BUY
        order = self._strategy.order_factory.market(
            instrument_id=position.instrument_id,
            order_side=closing_side,
            quantity=position.quantity,
            time_in_force=NtTimeInForce.GTC,
            reduce_only=True,
            quote_quantity=False,
            exec_algorithm_id=None,
            exec_algorithm_params=None,
            tags=tags or None,
            client_order_id=ClientOrderId(client_order_id),
        )
        self._strategy.submit_order(order, position_id=position.id)

    def _set_trading_state(self, c: pb.SetTradingState, _ok: Approval) -> None:
        state = codec.TRADING_STATE_FROM_PB[c.state]
        self._log.info(f"trading_state_set state={pb.TradingState.Name(c.state)} reason={c.reason}")
        self._risk_engine.set_trading_state(state)
