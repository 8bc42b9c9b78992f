"""Codec: wire round trips (hypothesis edge values) and Nautilus objects -> wire messages."""

from __future__ import annotations

import math
import struct
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st
from nautilus_trader.model.currencies import USDT
from nautilus_trader.model.data import Bar, BarType
from nautilus_trader.model.enums import LiquiditySide, OrderSide
from nautilus_trader.model.identifiers import PositionId, TradeId, VenueOrderId
from nautilus_trader.model.objects import Money, Price, Quantity
from nautilus_trader.model.position import Position
from nautilus_trader.test_kit.providers import TestInstrumentProvider
from nautilus_trader.test_kit.stubs.events import TestEventStubs
from nautilus_trader.test_kit.stubs.execution import TestExecStubs

from dolphin_bridge import codec
from dolphin_bridge.gen.dolphin.bridge.v1 import bridge_pb2 as pb

BTC = TestInstrumentProvider.btcusdt_perp_binance()
UINT64_MAX = 2**64 - 1
INT64 = st.integers(min_value=-(2**63), max_value=2**63 - 1)
UINT64 = st.integers(min_value=0, max_value=UINT64_MAX)
DOUBLES = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -0.0, math.nan, math.inf, -math.inf, 5e-324, 1.7976931348623157e308]),
)


def same_double(a: float, b: float) -> bool:
    return struct.pack("<d", a) == struct.pack("<d", b) or (math.isnan(a) and math.isnan(b))


@given(seq=UINT64, ack=UINT64, ts=INT64, session=st.text(max_size=20), await_decision=st.booleans())
def test_codec_envelope_header_round_trips_at_the_edges(seq, ack, ts, session, await_decision):
    env = pb.Envelope(seq=seq, ack=ack, ts_ns=ts, session_id=session, await_decision=await_decision)
    env.heartbeat.sent_ns = ts
    back = pb.Envelope.FromString(env.SerializeToString())
    assert (back.seq, back.ack, back.ts_ns, back.session_id, back.await_decision) == (
        seq,
        ack,
        ts,
        session,
        await_decision,
    )
    assert back.WhichOneof("body") == "heartbeat" and back.heartbeat.sent_ns == ts


@given(o=DOUBLES, h=DOUBLES, lo=DOUBLES, c=DOUBLES, v=DOUBLES, ts_event=INT64, ts_init=INT64)
def test_codec_bar_doubles_round_trip_bit_for_bit(o, h, lo, c, v, ts_event, ts_init):
    env = pb.Envelope()
    env.bar.open, env.bar.high, env.bar.low, env.bar.close, env.bar.volume = o, h, lo, c, v
    env.bar.ts_event_ns, env.bar.ts_init_ns = ts_event, ts_init
    back = pb.Envelope.FromString(env.SerializeToString()).bar
    for a, b in ((o, back.open), (h, back.high), (lo, back.low), (c, back.close), (v, back.volume)):
        assert same_double(a, b)
    assert (back.ts_event_ns, back.ts_init_ns) == (ts_event, ts_init)


@given(present=st.booleans(), value=st.booleans())
def test_codec_optional_tp_post_only_keeps_present_false_apart_from_absent(present, value):
    cmd = pb.Command(command_id="C-1")
    cmd.submit_bracket.quantity = "0.010"
    if present:
        cmd.submit_bracket.tp_post_only = value
    back = pb.Command.FromString(cmd.SerializeToString()).submit_bracket
    assert back.HasField("tp_post_only") == present
    if present:
        assert back.tp_post_only == value


@given(units=st.integers(min_value=1, max_value=10**12), precision=st.integers(min_value=0, max_value=9))
def test_codec_decimal_to_quantity_is_exact_for_on_grid_values(units, precision):
    value = Decimal(units).scaleb(-precision)
    quantity = codec.decimal_to_quantity(value, precision)
    assert quantity.as_decimal() == value
    assert str(quantity) == format(value, f".{precision}f")


@given(units=st.integers(min_value=1, max_value=10**12), precision=st.integers(min_value=0, max_value=9))
def test_codec_decimal_to_price_is_exact_for_on_grid_values(units, precision):
    value = Decimal(units).scaleb(-precision)
    assert str(codec.decimal_to_price(value, precision)) == format(value, f".{precision}f")


@given(cents=st.integers(min_value=-(10**14), max_value=10**14))
def test_codec_money_text_is_money_str_without_the_code(cents):
    money = Money(Decimal(cents).scaleb(-8), USDT)
    assert codec.money_text(money) == str(money).rsplit(" ", 1)[0]


def test_codec_instrument_is_reported_as_nautilus_prints_it():
    msg = codec.encode_instrument(BTC, "1")
    assert (msg.instrument_id, msg.raw_symbol, msg.base_currency, msg.quote_currency) == (
        "BTCUSDT-PERP.BINANCE",
        "BTCUSDT",
        "BTC",
        "USDT",
    )
    assert (msg.price_precision, msg.size_precision, msg.price_increment, msg.size_increment) == (
        1,
        3,
        "0.1",
        "0.001",
    )
    assert (msg.min_quantity, msg.max_quantity, msg.min_notional, msg.max_notional) == (
        "0.001",
        "1000.000",
        "10.00000000",
        "",
    )
    assert (msg.min_price, msg.max_price, msg.maker_fee, msg.taker_fee) == (
        "261.1",
        "809484.0",
        "0.000200",
        "0.000180",
    )
    assert (msg.margin_init, msg.margin_maint, msg.multiplier, msg.max_leverage) == (
        "0.0500",
        "0.0250",
        "1",
        "1",
    )


def test_codec_bar_envelope_carries_nautilus_doubles_and_times():
    bar_type = BarType.from_str("BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL")
    bar = Bar(
        bar_type,
        Price.from_str("46319.0"),
        Price.from_str("46385.0"),
        Price.from_str("46319.0"),
        Price.from_str("46377.1"),
        Quantity.from_str("2300413.729"),
        1640991660000000000,
        1640991720000000000,
    )
    env = pb.Envelope.FromString(
        codec.bar_envelope(bar, str(bar_type), "BTCUSDT-PERP.BINANCE").SerializeToString()
    )
    assert env.bar.bar_type == "BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL"
    # Exactly the doubles Nautilus's own indicators see (Price.as_double(), 46377.100000000006 for
    # 46377.1), so a TypeScript port through the bridge computes what the native strategy computes.
    assert (env.bar.open, env.bar.high, env.bar.low) == (46319.0, 46385.0, 46319.0)
    assert env.bar.close == bar.close.as_double() and abs(env.bar.close - 46377.1) < 1e-9
    assert env.bar.volume == bar.volume.as_double()
    assert (env.bar.ts_event_ns, env.bar.ts_init_ns) == (1640991660000000000, 1640991720000000000)


def _filled_event():
    order = TestExecStubs.market_order(
        instrument=BTC, order_side=OrderSide.BUY, quantity=Quantity.from_str("0.010")
    )
    order.apply(TestEventStubs.order_submitted(order))
    return TestEventStubs.order_filled(
        order,
        BTC,
        venue_order_id=VenueOrderId("V-1"),
        trade_id=TradeId("T-1"),
        position_id=PositionId("P-1"),
        last_px=Price.from_str("46458.0"),
        liquidity_side=LiquiditySide.TAKER,
        ts_event=1640992860000000000,
    )


def test_codec_order_filled_uses_nautilus_decimal_strings_and_order_tags():
    event = _filled_event()
    env = codec.order_event_envelope(event, lambda _coid: ["entry"])
    assert env is not None
    f = env.order_filled
    assert (f.client_order_id, f.venue_order_id, f.trade_id, f.position_id) == (
        event.client_order_id.value,
        "V-1",
        "T-1",
        "P-1",
    )
    assert (f.side, f.order_type, f.liquidity_side) == (
        pb.ORDER_SIDE_BUY,
        pb.ORDER_TYPE_MARKET,
        pb.LIQUIDITY_SIDE_TAKER,
    )
    assert (f.last_qty, f.last_px, f.commission_currency) == ("0.010", "46458.0", "USDT")
    assert f.commission == str(event.commission).rsplit(" ", 1)[0]
    assert list(f.tags) == ["entry"] and f.ts_event_ns == 1640992860000000000


def test_codec_order_events_without_a_wire_message_are_skipped():
    order = TestExecStubs.market_order(instrument=BTC)
    assert codec.order_event_envelope(order.init_event, lambda _c: []) is None


def test_codec_position_opened_reports_side_and_signed_quantity():
    position = Position(BTC, _filled_event())
    env = codec.position_event_envelope(TestEventStubs.position_opened(position))
    assert env is not None
    p = env.position_opened.position
    assert (p.position_id, p.side, p.quantity, p.signed_qty) == ("P-1", pb.POSITION_SIDE_LONG, "0.010", 0.01)
    assert (p.avg_px_open, p.last_px, p.last_qty) == (46458.0, "46458.0", "0.010")
    assert p.realized_pnl == str(position.realized_pnl).rsplit(" ", 1)[0]
    assert p.closing_order_id == "" and p.ts_closed_ns == 0


def test_codec_account_state_lists_balances_as_money_texts():
    event = TestEventStubs.margin_account_state()
    env = codec.account_state_envelope(event)
    a = env.account_state
    assert a.account_type == "MARGIN" and a.account_id == event.account_id.value
    assert [(b.currency, b.total) for b in a.balances] == [
        (b.currency.code, codec.money_text(b.total)) for b in event.balances
    ]
