/**
 * Tick series prepared against their instrument: prices and sizes as integer units (matching) and
 * as Nautilus's doubles (`Price.as_double()`, what the strategy sees). A tick that is not exact at
 * the instrument's precisions, or not positive, is refused naming its row, exactly as the Nautilus
 * runner refuses it (python_bridge/dolphin_bridge/backtest.py `load_ticks`): no silent rounding.
 */
import type { Aggressor, TickSeries } from '../data/index.js';
import { roundHalfAway, unitsToDouble } from './fixed-point.js';
import type { SimInstrument } from './sim-instrument.js';

export interface PreparedTicks {
  readonly kind: 'trades' | 'quotes';
  readonly inst: SimInstrument;
  readonly length: number;
  readonly tsMs: Float64Array;
  /** trades: price, size; quotes: bid, ask, bid size, ask size. Units. */
  readonly unitCols: readonly [Float64Array, Float64Array, Float64Array, Float64Array];
  /** The same values as the doubles a strategy sees. */
  readonly doubleCols: readonly [Float64Array, Float64Array, Float64Array, Float64Array];
  /** Trades only (empty for quotes). */
  readonly aggressor: readonly Aggressor[];
  readonly tradeId: readonly string[];
}

const EMPTY = new Float64Array(0);

/** @throws RangeError naming the row, the column and the instrument's precision. */
export function prepareTicks(series: TickSeries, inst: SimInstrument): PreparedTicks {
  const n = series.length;
  const price = (name: string, xs: Float64Array): [Float64Array, Float64Array] => exact(name, xs, inst.priceScale, inst.priceRaw, inst.pricePrecision, inst.id);
  const size = (name: string, xs: Float64Array): [Float64Array, Float64Array] => exact(name, xs, inst.sizeScale, inst.sizeRaw, inst.sizePrecision, inst.id);
  if (series.kind === 'trades') {
    const [pu, pd] = price('price', series.price);
    const [su, sd] = size('quantity', series.size);
    return { kind: 'trades', inst, length: n, tsMs: series.tsMs, unitCols: [pu, su, EMPTY, EMPTY], doubleCols: [pd, sd, EMPTY, EMPTY], aggressor: series.aggressor, tradeId: series.tradeId };
  }
  const [bu, bd] = price('bid', series.bid);
  const [au, ad] = price('ask', series.ask);
  const [bsu, bsd] = size('bid_size', series.bidSize);
  const [asu, asd] = size('ask_size', series.askSize);
  return { kind: 'quotes', inst, length: n, tsMs: series.tsMs, unitCols: [bu, au, bsu, asu], doubleCols: [bd, ad, bsd, asd], aggressor: [], tradeId: [] };
}

function exact(name: string, xs: Float64Array, scale: number, raw: number, precision: number, instrumentId: string): [Float64Array, Float64Array] {
  const units = new Float64Array(xs.length);
  const doubles = new Float64Array(xs.length);
  for (let r = 0; r < xs.length; r++) {
    const x = xs[r] as number;
    const scaled = x * scale;
    const u = roundHalfAway(scaled);
    // Exact means within the double's own error of a whole number of units.
    if (!(u > 0) || Math.abs(scaled - u) > Math.max(1e-6, Math.abs(scaled) * 1e-12)) {
      throw new RangeError(`row ${r + 1}: ${name} ${x} is not a positive number with at most ${precision} decimals (the precision of ${instrumentId}; give the instrument that precision in venue.instruments)`);
    }
    units[r] = u;
    doubles[r] = unitsToDouble(u, raw);
  }
  return [units, doubles];
}
