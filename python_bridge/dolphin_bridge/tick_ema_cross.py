"""
``TickEMACross``: the native Nautilus strategy that src/strategies/tick-ema-cross ports, rule for
rule (the reference of ``dolphin paired --strategy tick-ema-cross --reference native``, which
proves the bridge transparent on tick data):

- the EMAs update with every trade price (``source="trades"``) or quote mid (``"quotes"``) of the
  instrument, before the decision; no decision until both are initialized;
- fast >= slow: buy when flat; when short, close the position then buy; fast < slow: sell when
  flat; when long, close the position then sell;
- at most one decision per ``min_interval_ms`` of tick time (ts_init, whole milliseconds as the
  host sees it);
- ``trade_size`` through ``instrument.make_qty``; on stop, cancel all orders and close positions.

The instrument defaults to the only one in the cache.
"""

from __future__ import annotations

from decimal import Decimal

from nautilus_trader.config import StrategyConfig
from nautilus_trader.indicators import ExponentialMovingAverage
from nautilus_trader.model.data import QuoteTick, TradeTick
from nautilus_trader.model.enums import OrderSide
from nautilus_trader.model.identifiers import InstrumentId
from nautilus_trader.model.instruments import Instrument
from nautilus_trader.trading.strategy import Strategy


class TickEMACrossConfig(StrategyConfig, frozen=True):
    instrument_id: str | None = None
    source: str = "trades"
    trade_size: Decimal = Decimal("0.010")
    fast_ema_period: int = 20
    slow_ema_period: int = 60
    min_interval_ms: int = 0
    close_positions_on_stop: bool = True


class TickEMACross(Strategy):
    """See the module docstring."""

    def __init__(self, config: TickEMACrossConfig) -> None:
        super().__init__(config)
        if config.source not in ("trades", "quotes"):
            raise ValueError(f"source must be trades or quotes, was {config.source!r}")
        self.fast = ExponentialMovingAverage(config.fast_ema_period)
        self.slow = ExponentialMovingAverage(config.slow_ema_period)
        self._instrument: Instrument | None = None
        self._last_decision_ms: int | None = None

    def on_start(self) -> None:
        if self.config.instrument_id is not None:
            instrument = self.cache.instrument(InstrumentId.from_str(self.config.instrument_id))
        else:
            instruments = self.cache.instruments()
            if len(instruments) != 1:
                raise ValueError(f"instrument_id: missing; the cache has {len(instruments)} instruments")
            instrument = instruments[0]
        if instrument is None:
            raise ValueError(f"instrument_id: {self.config.instrument_id} is not in the cache")
        self._instrument = instrument
        if self.config.source == "trades":
            self.subscribe_trade_ticks(instrument.id)
        else:
            self.subscribe_quote_ticks(instrument.id)

    def _mine(self, source: str, instrument_id: InstrumentId) -> bool:
        return (
            self.config.source == source
            and self._instrument is not None
            and instrument_id == self._instrument.id
        )

    def on_trade_tick(self, tick: TradeTick) -> None:
        if self._mine("trades", tick.instrument_id):
            self._on_price(tick.price.as_double(), tick.ts_init)

    def on_quote_tick(self, tick: QuoteTick) -> None:
        if self._mine("quotes", tick.instrument_id):
            self._on_price((tick.bid_price.as_double() + tick.ask_price.as_double()) / 2, tick.ts_init)

    def _on_price(self, price: float, ts_init: int) -> None:
        assert self._instrument is not None
        self.fast.update_raw(price)
        self.slow.update_raw(price)
        if not (self.fast.initialized and self.slow.initialized):
            return
        ts_ms = ts_init // 1_000_000
        last = self._last_decision_ms
        if last is not None and ts_ms - last < self.config.min_interval_ms:
            return
        iid = self._instrument.id
        if self.fast.value >= self.slow.value:
            if self.portfolio.is_flat(iid):
                self._enter(OrderSide.BUY)
            elif self.portfolio.is_net_short(iid):
                self.close_all_positions(iid)
                self._enter(OrderSide.BUY)
            else:
                return
        elif self.portfolio.is_flat(iid):
            self._enter(OrderSide.SELL)
        elif self.portfolio.is_net_long(iid):
            self.close_all_positions(iid)
            self._enter(OrderSide.SELL)
        else:
            return
        self._last_decision_ms = ts_ms

    def _enter(self, side: OrderSide) -> None:
        assert self._instrument is not None
        order = self.order_factory.market(
            instrument_id=self._instrument.id,
            order_side=side,
            quantity=self._instrument.make_qty(self.config.trade_size),
        )
        self.submit_order(order)

    def on_stop(self) -> None:
        if self._instrument is None:
            return
        self.cancel_all_orders(self._instrument.id)
        if self.config.close_positions_on_stop:
            self.close_all_positions(self._instrument.id)
