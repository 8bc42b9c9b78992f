/**
 * Bar series prepared once for any number of runs (a sweep prepares them once per worker): the
 * columns Nautilus's bar wrangler would hold (prices and volumes rounded to the instrument's
 * precisions), the same values as integer units for matching, and the merge order of several
 * series (by close time, ties in data-entry order, as the Python runner adds data).
 */
import { InvariantError } from '../market/index.js';
import type { BarSeries } from '../data/index.js';
import { roundHalfAway, unitsToDouble } from './fixed-point.js';
import { dayRunEnds } from './metrics.js';
import { barSizeUnits, type SimInstrument } from './sim-instrument.js';

/** A Nautilus bar type string, parsed. */
export interface BarTypeSpec {
  readonly instrumentId: string;
  readonly step: number;
  readonly aggregation: string;
  readonly priceType: string;
  readonly source: string;
  /** Step length in seconds (0 for MONTH, which never drives execution). */
  readonly stepSeconds: number;
}

const AGGREGATION_SECONDS: Readonly<Record<string, number>> = {
  MILLISECOND: 0.001,
  SECOND: 1,
  MINUTE: 60,
  HOUR: 3600,
  DAY: 86_400,
  WEEK: 604_800,
  MONTH: 0,
};

/**
 * Parses `INSTRUMENT-STEP-AGGREGATION-PRICE-SOURCE`.
 * @throws InvariantError for a malformed string or an aggregation that is not time based.
 */
export function parseBarType(barType: string): BarTypeSpec {
  const m = /^(.+)-(\d+)-([A-Z]+)-([A-Z]+)-([A-Z]+)$/.exec(barType);
  if (!m?.[1] || !m[2] || !m[3] || !m[4] || !m[5]) {
    throw new InvariantError('bar_type', 'not INSTRUMENT-STEP-AGGREGATION-PRICE-SOURCE', barType);
  }
  const unit = AGGREGATION_SECONDS[m[3]];
  if (unit === undefined) throw new InvariantError('bar_type aggregation', `not one of ${Object.keys(AGGREGATION_SECONDS).join(', ')}`, m[3]);
  return { instrumentId: m[1], step: Number(m[2]), aggregation: m[3], priceType: m[4], source: m[5], stepSeconds: Number(m[2]) * unit };
}

/** One series ready for the bar loop. */
export interface PreparedSeries {
  readonly barType: string;
  readonly spec: BarTypeSpec;
  readonly inst: SimInstrument;
  /** Whether its bars move the simulated market (EXTERNAL LAST/MID bars, not MONTH). */
  readonly drivesExecution: boolean;
  readonly length: number;
  readonly tsMs: Float64Array;
  /** Nautilus's doubles (`Price.as_double()`), what the strategy sees. */
  readonly open: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  readonly close: Float64Array;
  readonly volume: Float64Array;
  /** The same prices in units of the price increment precision. */
  readonly openUnits: Float64Array;
  readonly highUnits: Float64Array;
  readonly lowUnits: Float64Array;
  readonly closeUnits: Float64Array;
  /** Size of each of the bar's price points in size units (see {@link barSizeUnits}), computed once. */
  readonly barSizeUnits: Float64Array;
  /** dayRunEnds(tsMs, length): the day closes of an equity series sampled at these bars, computed once. */
  readonly dayRunEnds: Int32Array;
}

/** Everything the bar loop reads; immutable and shareable between runs. */
export interface PreparedData {
  readonly series: readonly PreparedSeries[];
  /** Total bars over all series. */
  readonly bars: number;
  /** For several series: the merged order as (series, index) pairs; null for one series. */
  readonly mergedSeries: Int32Array | null;
  readonly mergedIndex: Int32Array | null;
}

/**
 * The internalized copy of a string (V8 keeps one per content for property names; the original
 * becomes a thin reference to it). A strategy compares the bar's type and instrument id with its
 * parameters (source literals, internalized) on every bar: interned, that is a pointer comparison
 * instead of a scan of ~40 characters. Strings cloned into a worker thread are never internalized.
 */
export function internString(s: string): string {
  const holder: Record<string, true> = { [s]: true };
  return Object.keys(holder)[0] ?? s;
}

/** Nautilus's bar wrangler default volume when the data has none. */
export const DEFAULT_BAR_VOLUME = 1_000_000;

/**
 * Prepares series for the given instruments (ids must match the bar types' instruments).
 * Prices are rounded to the price precision as Price(x, p) does, volumes as Quantity(x, p).
 * @throws InvariantError for an unknown instrument or a BID/ASK bar type (not simulated).
 */
export function prepareData(series: readonly BarSeries[], instruments: ReadonlyMap<string, SimInstrument>): PreparedData {
  const prepared = series.map((s) => prepareSeries(s, instruments));
  let bars = 0;
  for (const s of prepared) bars += s.length;
  if (prepared.length <= 1) return { series: prepared, bars, mergedSeries: null, mergedIndex: null };
  const mergedSeries = new Int32Array(bars);
  const mergedIndex = new Int32Array(bars);
  const cursor = prepared.map(() => 0);
  for (let out = 0; out < bars; out++) {
    let best = -1;
    let bestTs = Number.POSITIVE_INFINITY;
    for (let k = 0; k < prepared.length; k++) {
      const s = prepared[k];
      const c = cursor[k] ?? 0;
      if (s === undefined || c >= s.length) continue;
      const ts = s.tsMs[c] ?? Number.POSITIVE_INFINITY;
      if (ts < bestTs) {
        best = k;
        bestTs = ts;
      }
    }
    mergedSeries[out] = best;
    mergedIndex[out] = cursor[best] ?? 0;
    cursor[best] = (cursor[best] ?? 0) + 1;
  }
  return { series: prepared, bars, mergedSeries, mergedIndex };
}

function prepareSeries(s: BarSeries, instruments: ReadonlyMap<string, SimInstrument>): PreparedSeries {
  const spec = parseBarType(s.barType);
  const inst = instruments.get(spec.instrumentId);
  if (!inst) throw new InvariantError(`instrument of ${s.barType}`, 'not in the venue config', spec.instrumentId);
  if (spec.priceType !== 'LAST' && spec.priceType !== 'MID') {
    throw new InvariantError(`${s.barType} price type`, 'not LAST or MID (BID/ASK bars are not simulated)', spec.priceType);
  }
  const c = s.columns;
  const n = c.length;
  const make = (): Float64Array => new Float64Array(n);
  const out = {
    open: make(),
    high: make(),
    low: make(),
    close: make(),
    volume: make(),
    openUnits: make(),
    highUnits: make(),
    lowUnits: make(),
    closeUnits: make(),
    barSizeUnits: make(),
  };
  const ps = inst.priceScale;
  const pr = inst.priceRaw;
  for (let i = 0; i < n; i++) {
    const o = roundHalfAway((c.open[i] ?? 0) * ps);
    const h = roundHalfAway((c.high[i] ?? 0) * ps);
    const l = roundHalfAway((c.low[i] ?? 0) * ps);
    const cl = roundHalfAway((c.close[i] ?? 0) * ps);
    out.openUnits[i] = o;
    out.highUnits[i] = h;
    out.lowUnits[i] = l;
    out.closeUnits[i] = cl;
    out.open[i] = unitsToDouble(o, pr);
    out.high[i] = unitsToDouble(h, pr);
    out.low[i] = unitsToDouble(l, pr);
    out.close[i] = unitsToDouble(cl, pr);
    const v = c.volume[i] ?? Number.NaN;
    const volumeUnits = roundHalfAway((Number.isNaN(v) ? DEFAULT_BAR_VOLUME : v) * inst.sizeScale);
    out.volume[i] = unitsToDouble(volumeUnits, inst.sizeRaw);
    out.barSizeUnits[i] = barSizeUnits(inst, out.volume[i] as number);
  }
  return {
    barType: s.barType,
    spec,
    inst,
    drivesExecution: spec.source === 'EXTERNAL' && spec.aggregation !== 'MONTH',
    length: n,
    tsMs: c.tsMs,
    ...out,
    dayRunEnds: dayRunEnds(c.tsMs, n),
  };
}
