"""TaggedFeeModel: commission rate chosen by the order's tag (e.g. DOLPHIN's blended entry/exit rates)."""

from __future__ import annotations

from collections.abc import Mapping

from nautilus_trader.backtest.models import FeeModel
from nautilus_trader.model.enums import LiquiditySide
from nautilus_trader.model.objects import Money


class TaggedFeeModel(FeeModel):
    """
    Commission = notional x rate, where rate comes from the first order tag found in `rates`,
    else the instrument's maker/taker fee by liquidity side (exactly as MakerTakerFeeModel).

    The arithmetic mirrors MakerTakerFeeModel (backtest/models/fee.pyx): a float notional from
    ``instrument.notional_value(...)``, times the float rate, wrapped in ``Money`` in the quote
    currency (base currency for inverse instruments), which rounds to the currency precision.

    Parameters
    ----------
    rates : Mapping[str, float]
        Commission rate per tag, fractions of notional (e.g. ``{"entry": 0.000314, "exit": 0.00035}``).

    Raises
    ------
    ValueError
        When a rate is negative or not finite.

    """

    def __init__(self, rates: Mapping[str, float]) -> None:
        for tag, rate in rates.items():
            if not (0.0 <= float(rate) < float("inf")):
                raise ValueError(f"invalid rates.{tag}, not a finite non-negative number, was {rate!r}")
        self._rates = {str(tag): float(rate) for tag, rate in rates.items()}

    def get_commission(self, order, fill_qty, fill_px, instrument) -> Money:  # noqa: ANN001 (Cython signature)
        notional = instrument.notional_value(
            quantity=fill_qty,
            price=fill_px,
            use_quote_for_inverse=False,
        ).as_double()
        rate = self.rate_for(order.tags, order.liquidity_side, instrument)
        commission = notional * rate
        currency = instrument.base_currency if instrument.is_inverse else instrument.quote_currency
        return Money(commission, currency)

    def rate_for(self, tags: list[str] | None, liquidity_side: LiquiditySide, instrument) -> float:  # noqa: ANN001
        """The rate for an order: the first tag with a configured rate, else maker/taker by side."""
        for tag in tags or ():
            rate = self._rates.get(tag)
            if rate is not None:
                return rate
        if liquidity_side == LiquiditySide.MAKER:
            return float(instrument.maker_fee)
        if liquidity_side == LiquiditySide.TAKER:
            return float(instrument.taker_fee)
        raise ValueError(f"invalid liquidity_side, not MAKER or TAKER, was {liquidity_side!r}")
