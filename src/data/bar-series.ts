/**
 * Bars in typed-array columns, loaded once and shared (zero-copy) with workers: the input of the
 * in-process backtester and of sweeps. One series per bar type; several series are merged by
 * close time, ties in series order (the order the Nautilus runner adds the data).
 */

/** Column arrays of equal length; `tsMs` is each bar's close time (Nautilus ts_init), ascending. */
export interface BarColumns {
  readonly length: number;
  readonly tsMs: Float64Array;
  readonly open: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
  /** NaN where the source had no volume (Nautilus's wrangler then uses 1,000,000). */
  readonly volume: Float64Array;
}

export interface BarSeries {
  /** Nautilus BarType string, e.g. `BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL`. */
  readonly barType: string;
  readonly instrumentId: string;
  readonly columns: BarColumns;
}

/** Allocates columns of `length` bars, backed by SharedArrayBuffers when `shared` (default true). */
export function allocateBarColumns(length: number, shared = true): BarColumns {
  const make = (): Float64Array => (shared ? new Float64Array(new SharedArrayBuffer(length * 8)) : new Float64Array(length));
  return { length, tsMs: make(), open: make(), high: make(), low: make(), close: make(), volume: make() };
}

/** The instrument id part of a bar type string (everything before the step/aggregation suffix). */
export function instrumentIdOfBarType(barType: string): string {
  const m = /^(.+)-\d+-[A-Z]+-[A-Z]+-[A-Z]+$/.exec(barType);
  if (!m?.[1]) throw new Error(`invalid bar_type "${barType}", expected INSTRUMENT-STEP-AGGREGATION-PRICE-SOURCE`);
  return m[1];
}
