"""
Nautilus objects -> wire messages, and wire enums -> Nautilus enums.

Decimal fields are written exactly as Nautilus prints them: ``str(price)``, ``str(quantity)``, and
Money amounts with the currency's precision (``"0.08362440"``, as ``str(money)`` without the code).
Timestamps are int64 nanoseconds. Market data travels as doubles.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

import pandas as pd
from nautilus_trader.model.enums import AggressorSide as NtAggressorSide
from nautilus_trader.model.enums import LiquiditySide as NtLiquiditySide
from nautilus_trader.model.enums import OrderSide as NtOrderSide
from nautilus_trader.model.enums import OrderType as NtOrderType
from nautilus_trader.model.enums import PositionSide as NtPositionSide
from nautilus_trader.model.enums import TimeInForce as NtTimeInForce
from nautilus_trader.model.enums import TradingState as NtTradingState
from nautilus_trader.model.enums import account_type_to_str
from nautilus_trader.model.events import AccountState as NtAccountState
from nautilus_trader.model.events import (
    OrderAccepted,
    OrderCanceled,
    OrderCancelRejected,
    OrderDenied,
    OrderExpired,
    OrderFilled,
    OrderModifyRejected,
    OrderRejected,
    OrderSubmitted,
    OrderTriggered,
    OrderUpdated,
    PositionChanged,
    PositionClosed,
    PositionOpened,
)
from nautilus_trader.model.objects import Money, Price, Quantity

from dolphin_bridge.gen.dolphin.bridge.v1 import bridge_pb2 as pb

# Nautilus -> wire enums --------------------------------------------------------------------------

ORDER_SIDE_TO_PB = {NtOrderSide.BUY: pb.ORDER_SIDE_BUY, NtOrderSide.SELL: pb.ORDER_SIDE_SELL}
ORDER_SIDE_FROM_PB = {pb.ORDER_SIDE_BUY: NtOrderSide.BUY, pb.ORDER_SIDE_SELL: NtOrderSide.SELL}

ORDER_TYPE_TO_PB = {
    NtOrderType.MARKET: pb.ORDER_TYPE_MARKET,
    NtOrderType.LIMIT: pb.ORDER_TYPE_LIMIT,
    NtOrderType.STOP_MARKET: pb.ORDER_TYPE_STOP_MARKET,
    NtOrderType.STOP_LIMIT: pb.ORDER_TYPE_STOP_LIMIT,
    NtOrderType.MARKET_IF_TOUCHED: pb.ORDER_TYPE_MARKET_IF_TOUCHED,
    NtOrderType.LIMIT_IF_TOUCHED: pb.ORDER_TYPE_LIMIT_IF_TOUCHED,
    NtOrderType.TRAILING_STOP_MARKET: pb.ORDER_TYPE_TRAILING_STOP_MARKET,
}

LIQUIDITY_TO_PB = {
    NtLiquiditySide.MAKER: pb.LIQUIDITY_SIDE_MAKER,
    NtLiquiditySide.TAKER: pb.LIQUIDITY_SIDE_TAKER,
    NtLiquiditySide.NO_LIQUIDITY_SIDE: pb.LIQUIDITY_SIDE_NO_LIQUIDITY_SIDE,
}

POSITION_SIDE_TO_PB = {
    NtPositionSide.FLAT: pb.POSITION_SIDE_FLAT,
    NtPositionSide.LONG: pb.POSITION_SIDE_LONG,
    NtPositionSide.SHORT: pb.POSITION_SIDE_SHORT,
}

AGGRESSOR_TO_PB = {
    NtAggressorSide.BUYER: pb.AGGRESSOR_SIDE_BUYER,
    NtAggressorSide.SELLER: pb.AGGRESSOR_SIDE_SELLER,
    NtAggressorSide.NO_AGGRESSOR: pb.AGGRESSOR_SIDE_NO_AGGRESSOR,
}

TIME_IN_FORCE_FROM_PB = {
    pb.TIME_IN_FORCE_GTC: NtTimeInForce.GTC,
    pb.TIME_IN_FORCE_IOC: NtTimeInForce.IOC,
    pb.TIME_IN_FORCE_FOK: NtTimeInForce.FOK,
    pb.TIME_IN_FORCE_GTD: NtTimeInForce.GTD,
    pb.TIME_IN_FORCE_DAY: NtTimeInForce.DAY,
}

TRADING_STATE_FROM_PB = {
    pb.TRADING_STATE_ACTIVE: NtTradingState.ACTIVE,
    pb.TRADING_STATE_HALTED: NtTradingState.HALTED,
    pb.TRADING_STATE_REDUCING: NtTradingState.REDUCING,
}


# Scalars -----------------------------------------------------------------------------------------


def money_text(money: Money | None) -> str:
    """Returns a Money amount with its currency's precision (``"0.08362440"``); ``""`` for None."""
    if money is None:
        return ""
    return format(money.as_decimal(), f".{money.currency.precision}f")


def optional_text(value: Price | Quantity | Decimal | None) -> str:
    """Returns ``str(value)`` (Nautilus's own printing) or ``""`` for None."""
    return "" if value is None else str(value)


def decimal_to_quantity(value: Decimal, precision: int) -> Quantity:
    """Builds a Quantity from an on-grid Decimal without rounding (the text is exact at `precision`)."""
    return Quantity.from_str(format(value, f".{precision}f"))


def decimal_to_price(value: Decimal, precision: int) -> Price:
    """Builds a Price from an on-grid Decimal without rounding (the text is exact at `precision`)."""
    return Price.from_str(format(value, f".{precision}f"))


def expire_time_from_ns(ts_ns: int) -> datetime | None:
    """Converts a GTD expiry in ns to the tz-aware datetime the OrderFactory takes; None for 0."""
    return None if ts_ns == 0 else pd.Timestamp(ts_ns, tz="UTC").to_pydatetime()


# Session -----------------------------------------------------------------------------------------


def encode_instrument(instrument: Any, max_leverage: str) -> pb.Instrument:
    """Encodes a Nautilus instrument with its filters, fees and the account leverage for Hello."""
    settlement = getattr(instrument, "settlement_currency", None) or instrument.quote_currency
    base = instrument.get_base_currency() if hasattr(instrument, "get_base_currency") else None
    return pb.Instrument(
        instrument_id=instrument.id.value,
        raw_symbol=instrument.raw_symbol.value,
        base_currency=base.code if base is not None else "",
        quote_currency=instrument.quote_currency.code,
        settlement_currency=settlement.code,
        is_inverse=instrument.is_inverse,
        price_precision=instrument.price_precision,
        size_precision=instrument.size_precision,
        price_increment=str(instrument.price_increment),
        size_increment=str(instrument.size_increment),
        multiplier=str(instrument.multiplier),
        lot_size=optional_text(instrument.lot_size),
        min_quantity=optional_text(instrument.min_quantity),
        max_quantity=optional_text(instrument.max_quantity),
        min_notional=money_text(instrument.min_notional),
        max_notional=money_text(instrument.max_notional),
        min_price=optional_text(instrument.min_price),
        max_price=optional_text(instrument.max_price),
        maker_fee=str(instrument.maker_fee),
        taker_fee=str(instrument.taker_fee),
        margin_init=str(instrument.margin_init),
        margin_maint=str(instrument.margin_maint),
        max_leverage=max_leverage,
    )


def fill_account_state(out: pb.AccountState, event: NtAccountState) -> None:
    """Fills a wire AccountState from a Nautilus AccountState event (balances and margins)."""
    out.account_id = event.account_id.value
    out.account_type = account_type_to_str(event.account_type)
    out.base_currency = event.base_currency.code if event.base_currency is not None else ""
    for balance in event.balances:
        out.balances.add(
            currency=balance.currency.code,
            total=money_text(balance.total),
            locked=money_text(balance.locked),
            free=money_text(balance.free),
        )
    for margin in event.margins:
        out.margins.add(
            instrument_id=margin.instrument_id.value if margin.instrument_id is not None else "",
            initial=money_text(margin.initial),
            maintenance=money_text(margin.maintenance),
            currency=margin.currency.code,
        )
    out.reported = event.is_reported
    out.ts_event_ns = event.ts_event


def account_state_envelope(event: NtAccountState) -> pb.Envelope:
    """Wraps an AccountState event in an Envelope (header fields are stamped at send time)."""
    env = pb.Envelope()
    fill_account_state(env.account_state, event)
    return env


# Market data -------------------------------------------------------------------------------------


def bar_envelope(bar: Any, bar_type_text: str, instrument_id_text: str) -> pb.Envelope:
    """Wraps a Bar; the caller passes the cached BarType/InstrumentId strings (hot path)."""
    env = pb.Envelope()
    out = env.bar
    out.bar_type = bar_type_text
    out.instrument_id = instrument_id_text
    out.open = bar.open.as_double()
    out.high = bar.high.as_double()
    out.low = bar.low.as_double()
    out.close = bar.close.as_double()
    out.volume = bar.volume.as_double()
    out.ts_event_ns = bar.ts_event
    out.ts_init_ns = bar.ts_init
    return env


def quote_tick_envelope(tick: Any) -> pb.Envelope:
    """Wraps a QuoteTick."""
    env = pb.Envelope()
    out = env.quote_tick
    out.instrument_id = tick.instrument_id.value
    out.bid = tick.bid_price.as_double()
    out.ask = tick.ask_price.as_double()
    out.bid_size = tick.bid_size.as_double()
    out.ask_size = tick.ask_size.as_double()
    out.ts_event_ns = tick.ts_event
    out.ts_init_ns = tick.ts_init
    return env


def trade_tick_envelope(tick: Any) -> pb.Envelope:
    """Wraps a TradeTick."""
    env = pb.Envelope()
    out = env.trade_tick
    out.instrument_id = tick.instrument_id.value
    out.price = tick.price.as_double()
    out.size = tick.size.as_double()
    out.aggressor_side = AGGRESSOR_TO_PB.get(tick.aggressor_side, pb.AGGRESSOR_SIDE_UNSPECIFIED)
    out.trade_id = tick.trade_id.value
    out.ts_event_ns = tick.ts_event
    out.ts_init_ns = tick.ts_init
    return env


def order_book_envelope(book: Any, depth: int) -> pb.Envelope:
    """Wraps the top `depth` levels per side of an OrderBook (0 = every level), best first."""
    env = pb.Envelope()
    out = env.order_book_depth
    out.instrument_id = book.instrument_id.value
    bids = book.bids()
    asks = book.asks()
    if depth > 0:
        bids = bids[:depth]
        asks = asks[:depth]
    for level in bids:
        out.bids.add(price=level.price.as_double(), size=level.size())
    for level in asks:
        out.asks.add(price=level.price.as_double(), size=level.size())
    out.ts_event_ns = book.ts_event
    out.ts_init_ns = book.ts_init
    return env


# Order events ------------------------------------------------------------------------------------

TagsLookup = Callable[[Any], list[str]]


def _basic(out: Any, event: Any) -> None:
    out.client_order_id = event.client_order_id.value
    out.instrument_id = event.instrument_id.value
    out.ts_event_ns = event.ts_event


def _submitted(env: pb.Envelope, event: Any, _tags: TagsLookup) -> None:
    _basic(env.order_submitted, event)


def _accepted(env: pb.Envelope, event: Any, _tags: TagsLookup) -> None:
    out = env.order_accepted
    _basic(out, event)
    out.venue_order_id = event.venue_order_id.value if event.venue_order_id is not None else ""


def _rejected(env: pb.Envelope, event: Any, _tags: TagsLookup) -> None:
    out = env.order_rejected
    _basic(out, event)
    out.reason = event.reason
    out.due_post_only = event.due_post_only


def _denied(env: pb.Envelope, event: Any, _tags: TagsLookup) -> None:
    out = env.order_denied
    _basic(out, event)
    out.reason = event.reason


def _filled(env: pb.Envelope, event: Any, tags: TagsLookup) -> None:
    out = env.order_filled
    _basic(out, event)
    out.venue_order_id = event.venue_order_id.value
    out.trade_id = event.trade_id.value
    out.position_id = event.position_id.value if event.position_id is not None else ""
    out.side = ORDER_SIDE_TO_PB.get(event.order_side, pb.ORDER_SIDE_UNSPECIFIED)
    out.order_type = ORDER_TYPE_TO_PB.get(event.order_type, pb.ORDER_TYPE_OTHER)
    out.last_qty = str(event.last_qty)
    out.last_px = str(event.last_px)
    out.commission = money_text(event.commission)
    out.commission_currency = event.commission.currency.code
    out.liquidity_side = LIQUIDITY_TO_PB.get(event.liquidity_side, pb.LIQUIDITY_SIDE_UNSPECIFIED)
    out.tags.extend(tags(event.client_order_id))


def _canceled(env: pb.Envelope, event: Any, _tags: TagsLookup) -> None:
    _basic(env.order_canceled, event)


def _expired(env: pb.Envelope, event: Any, _tags: TagsLookup) -> None:
    _basic(env.order_expired, event)


def _triggered(env: pb.Envelope, event: Any, _tags: TagsLookup) -> None:
    _basic(env.order_triggered, event)


def _updated(env: pb.Envelope, event: Any, _tags: TagsLookup) -> None:
    out = env.order_updated
    _basic(out, event)
    out.quantity = str(event.quantity)
    out.price = optional_text(event.price)
    out.trigger_price = optional_text(event.trigger_price)


def _modify_rejected(env: pb.Envelope, event: Any, _tags: TagsLookup) -> None:
    out = env.order_modify_rejected
    _basic(out, event)
    out.reason = event.reason


def _cancel_rejected(env: pb.Envelope, event: Any, _tags: TagsLookup) -> None:
    out = env.order_cancel_rejected
    _basic(out, event)
    out.reason = event.reason


_ORDER_EVENT_FILLERS: dict[type, Callable[[pb.Envelope, Any, TagsLookup], None]] = {
    OrderSubmitted: _submitted,
    OrderAccepted: _accepted,
    OrderRejected: _rejected,
    OrderDenied: _denied,
    OrderFilled: _filled,
    OrderCanceled: _canceled,
    OrderExpired: _expired,
    OrderTriggered: _triggered,
    OrderUpdated: _updated,
    OrderModifyRejected: _modify_rejected,
    OrderCancelRejected: _cancel_rejected,
}


def order_event_envelope(event: Any, tags: TagsLookup) -> pb.Envelope | None:
    """
    Wraps a forwarded order event; None for kinds the wire does not carry (initialized,
    emulated, released, pending update/cancel). `tags` maps a ClientOrderId to the order's tags.
    """
    filler = _ORDER_EVENT_FILLERS.get(type(event))
    if filler is None:
        return None
    env = pb.Envelope()
    filler(env, event, tags)
    return env


def fill_position_state(out: pb.PositionState, event: Any) -> None:
    """Fills a PositionState from a Nautilus PositionEvent (opened, changed or closed)."""
    out.position_id = event.position_id.value
    out.instrument_id = event.instrument_id.value
    out.side = POSITION_SIDE_TO_PB.get(event.side, pb.POSITION_SIDE_UNSPECIFIED)
    out.quantity = str(event.quantity)
    out.signed_qty = event.signed_qty
    out.avg_px_open = event.avg_px_open
    out.avg_px_close = event.avg_px_close
    out.realized_pnl = money_text(event.realized_pnl)
    out.unrealized_pnl = money_text(event.unrealized_pnl)
    out.opening_order_id = event.opening_order_id.value
    out.closing_order_id = event.closing_order_id.value if event.closing_order_id is not None else ""
    out.ts_opened_ns = event.ts_opened
    out.ts_closed_ns = event.ts_closed or 0
    out.ts_event_ns = event.ts_event
    out.last_px = str(event.last_px)
    out.last_qty = str(event.last_qty)


_POSITION_FIELDS: dict[type, str] = {
    PositionOpened: "position_opened",
    PositionChanged: "position_changed",
    PositionClosed: "position_closed",
}


def position_event_envelope(event: Any) -> pb.Envelope | None:
    """Wraps a PositionOpened / PositionChanged / PositionClosed event; None for other kinds."""
    field = _POSITION_FIELDS.get(type(event))
    if field is None:
        return None
    env = pb.Envelope()
    fill_position_state(getattr(env, field).position, event)
    return env
