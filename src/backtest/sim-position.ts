/**
 * A NETTING position, ported from Nautilus's Position (model/position.pyx@1.221) operation for
 * operation: the same doubles (`as_f64_c()` views of the fill's price, quantity and commission),
 * the same Money rounding of realized PnL, `round(signed_qty, size_precision)` after each fill.
 */
import { pyRound, roundHalfAway, unitsToDouble } from './fixed-point.js';
import type { SimInstrument } from './sim-instrument.js';

/** The parts of an OrderFilled a position reads; quantities and prices in units. Reused (mutable). */
export class PositionFill {
  side: 1 | -1 = 1;
  lastQty = 0;
  lastPx = 0;
  /** Commission in units of the settlement currency. */
  commission = 0;
  clientOrderId = '';
  tsMs = 0;

  set(side: 1 | -1, lastQty: number, lastPx: number, commission: number, clientOrderId: string, tsMs: number): this {
    this.side = side;
    this.lastQty = lastQty;
    this.lastPx = lastPx;
    this.commission = commission;
    this.clientOrderId = clientOrderId;
    this.tsMs = tsMs;
    return this;
  }
}

/** One instrument's netting position; reused after it goes flat, as Nautilus's NETTING cache does. */
export class SimPosition {
  /** +1 LONG, -1 SHORT, 0 FLAT. */
  side = 0;
  /** +1 BUY, -1 SELL: the side that opened the current position. */
  entry: 1 | -1 = 1;
  signedQty = 0;
  /** Units. */
  quantity = 0;
  peakQty = 0;
  buyQty = 0;
  sellQty = 0;
  avgPxOpen = 0;
  avgPxClose = 0;
  realizedReturn = 0;
  /** Money units, null before the first fill. */
  realizedPnl: number | null = null;
  commissions = 0;
  openingOrderId = '';
  closingOrderId = '';
  tsOpenedMs = 0;
  tsClosedMs = 0;
  tsLastMs = 0;
  /** True once any fill was applied (the position exists in Nautilus's cache). */
  exists = false;
  private readonly moneyScale: number;
  private readonly moneyRaw: number;

  constructor(
    readonly id: string,
    readonly instrument: SimInstrument,
  ) {
    this.moneyScale = instrument.currencyScale;
    this.moneyRaw = instrument.currencyRaw;
  }

  get isOpen(): boolean {
    return this.side !== 0;
  }

  /** Position.apply(fill). */
  apply(fill: PositionFill): void {
    const inst = this.instrument;
    if (this.side === 0) {
      this.buyQty = 0;
      this.sellQty = 0;
      this.commissions = 0;
      this.openingOrderId = fill.clientOrderId;
      this.closingOrderId = '';
      this.peakQty = 0;
      this.tsOpenedMs = fill.tsMs;
      this.tsClosedMs = 0;
      this.avgPxOpen = unitsToDouble(fill.lastPx, inst.priceRaw);
      this.avgPxClose = 0;
      this.realizedReturn = 0;
      this.realizedPnl = null;
    }
    this.exists = true;
    const commissionF64 = unitsToDouble(fill.commission, this.moneyRaw);
    this.commissions = roundHalfAway((unitsToDouble(this.commissions, this.moneyRaw) + commissionF64) * this.moneyScale);
    this.handleFill(fill, commissionF64);
    this.quantity = roundHalfAway(Math.abs(this.signedQty) * inst.sizeScale);
    if (this.quantity > this.peakQty) this.peakQty = this.quantity;
    if (this.signedQty > 0) {
      this.entry = 1;
      this.side = 1;
    } else if (this.signedQty < 0) {
      this.entry = -1;
      this.side = -1;
    } else {
      this.side = 0;
      this.closingOrderId = fill.clientOrderId;
      this.tsClosedMs = fill.tsMs;
    }
    this.tsLastMs = fill.tsMs;
  }

  /** Position.calculate_pnl(avg_px_open, avg_px_close, quantity) as a double (before Money rounding). */
  pnlDouble(avgPxOpen: number, avgPxClose: number, quantity: number): number {
    const q = Math.min(quantity, Math.abs(this.signedQty));
    return q * this.instrument.multiplierF64 * this.points(avgPxOpen, avgPxClose);
  }

  /** Money units of Position.unrealized_pnl(price units). */
  unrealizedPnlUnits(priceUnits: number): number {
    if (this.side === 0) return 0;
    const px = unitsToDouble(priceUnits, this.instrument.priceRaw);
    return roundHalfAway(this.pnlDouble(this.avgPxOpen, px, unitsToDouble(this.quantity, this.instrument.sizeRaw)) * this.moneyScale);
  }

  private points(open: number, close: number): number {
    if (this.side === 1) return close - open;
    if (this.side === -1) return open - close;
    return 0;
  }

  private handleFill(fill: PositionFill, commissionF64: number): void {
    const inst = this.instrument;
    let realized = -commissionF64;
    const lastPx = unitsToDouble(fill.lastPx, inst.priceRaw);
    const lastQty = unitsToDouble(fill.lastQty, inst.sizeRaw);
    const opening = fill.side === 1 ? this.signedQty > 0 : this.signedQty < 0;
    const closing = fill.side === 1 ? this.signedQty < 0 : this.signedQty > 0;
    if (opening) {
      this.avgPxOpen = avgPx(unitsToDouble(this.quantity, inst.sizeRaw), this.avgPxOpen, lastPx, lastQty);
    } else if (closing) {
      this.avgPxClose = this.avgPxCloseAfter(lastPx, lastQty);
      this.realizedReturn = this.avgPxOpen === 0 ? 0 : this.points(this.avgPxOpen, this.avgPxClose) / this.avgPxOpen;
      realized += this.pnlDouble(this.avgPxOpen, lastPx, lastQty);
    }
    this.realizedPnl =
      this.realizedPnl === null
        ? roundHalfAway(realized * this.moneyScale)
        : roundHalfAway((unitsToDouble(this.realizedPnl, this.moneyRaw) + realized) * this.moneyScale);
    if (fill.side === 1) {
      this.buyQty += fill.lastQty;
      this.signedQty = pyRound(this.signedQty + lastQty, inst.sizePrecision);
    } else {
      this.sellQty += fill.lastQty;
      this.signedQty = pyRound(this.signedQty - lastQty, inst.sizePrecision);
    }
  }

  private avgPxCloseAfter(lastPx: number, lastQty: number): number {
    if (!this.avgPxClose) return lastPx;
    const closeQty = this.side === 1 ? this.sellQty : this.buyQty;
    return avgPx(unitsToDouble(closeQty, this.instrument.sizeRaw), this.avgPxClose, lastPx, lastQty);
  }
}

function avgPx(qty: number, avg: number, lastPx: number, lastQty: number): number {
  return (avg * qty + lastPx * lastQty) / (qty + lastQty);
}
