"""A native test strategy for tick data: one market buy on the first trade (or quote) tick it sees."""

from __future__ import annotations

from decimal import Decimal

from nautilus_trader.config import StrategyConfig
from nautilus_trader.model.enums import OrderSide
from nautilus_trader.model.identifiers import InstrumentId
from nautilus_trader.trading.strategy import Strategy


class TickBuyerConfig(StrategyConfig, frozen=True):
    instrument_id: str
    quantity: Decimal
    quotes: bool = False


class TickBuyer(Strategy):
    def __init__(self, config: TickBuyerConfig) -> None:
        super().__init__(config)
        self._iid = InstrumentId.from_str(config.instrument_id)
        self._done = False

    def on_start(self) -> None:
        if self.config.quotes:
            self.subscribe_quote_ticks(self._iid)
        else:
            self.subscribe_trade_ticks(self._iid)

    def _buy(self) -> None:
        if self._done:
            return
        self._done = True
        instrument = self.cache.instrument(self._iid)
        self.submit_order(
            self.order_factory.market(self._iid, OrderSide.BUY, instrument.make_qty(self.config.quantity))
        )

    def on_trade_tick(self, tick) -> None:  # type: ignore[no-untyped-def]
        self._buy()

    def on_quote_tick(self, tick) -> None:  # type: ignore[no-untyped-def]
        self._buy()
