/**
 * Time bars built from ticks for the host controls: on tick data the risk engine's volatility
 * estimates and the survival stack's evaluations run on these bars, as they run on the data's
 * bars otherwise. Pure and identical in both engines (they deliver the same ticks in the same
 * order). A bar of width W covers the ticks with T - W < ts <= T and is stamped T (the close time,
 * as Nautilus stamps time bars); it is complete, and returned, when the first tick after T
 * arrives. Buckets without a tick give no bar (a gap, as missing bars in bar data).
 */
import type { Bar } from '../strategy/index.js';

/** The bar type of the controls' bars: `<instrument>-<seconds>-SECOND-LAST-INTERNAL`. */
export function tickBarType(instrumentId: string, seconds: number): string {
  return `${instrumentId}-${seconds}-SECOND-LAST-INTERNAL`;
}

/** Aggregates one instrument's ticks into time bars of `seconds`. */
export class TickBars {
  private readonly widthMs: number;
  private readonly barType: string;
  /** Close time of the bar being built; NaN before the first tick. */
  private end = Number.NaN;
  private open = 0;
  private high = 0;
  private low = 0;
  private close = 0;
  private volume = 0;

  constructor(
    private readonly instrumentId: string,
    seconds: number,
  ) {
    if (!Number.isInteger(seconds) || seconds <= 0) throw new RangeError(`tick bar seconds must be a positive integer, was ${seconds}`);
    this.widthMs = seconds * 1000;
    this.barType = tickBarType(instrumentId, seconds);
  }

  /** Adds a tick; returns the previous bar when this tick is the first after its close time. */
  push(tsMs: number, price: number, size: number): Bar | null {
    const end = Math.ceil(tsMs / this.widthMs) * this.widthMs;
    // A tick of the current bar (or, were the data out of order, an earlier one: it joins it).
    if (end <= this.end) {
      if (price > this.high) this.high = price;
      if (price < this.low) this.low = price;
      this.close = price;
      this.volume += size;
      return null;
    }
    const done: Bar | null = Number.isNaN(this.end)
      ? null
      : { barType: this.barType, instrumentId: this.instrumentId, open: this.open, high: this.high, low: this.low, close: this.close, volume: this.volume, tsMs: this.end, tsEventMs: this.end };
    this.end = end;
    this.open = price;
    this.high = price;
    this.low = price;
    this.close = price;
    this.volume = size;
    return done;
  }
}
