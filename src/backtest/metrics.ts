/**
 * Performance metrics computed the same way for every engine (Nautilus through the bridge, native,
 * in-process host): from the fills and from an equity series sampled at each bar close.
 *
 * Definitions:
 * - total_return: final_equity / starting_balance - 1 (a fraction; 0.05 = +5%).
 * - max_drawdown: the largest fall from a running peak of the equity series, as a positive fraction
 *   of that peak (0.12 = 12% below the peak at worst). The starting balance is the first peak.
 * - sharpe: daily returns of the equity (last sample of each UTC day, the first day against the
 *   starting balance), mean / sample standard deviation (n - 1), annualised by sqrt(365) because
 *   crypto trades every day; null with fewer than two days or no variance. No risk-free rate.
 * - trades: round trips of the netting position rebuilt from the fills (opened from flat, closed
 *   back to flat; a flip closes one and opens the next); pnl of a round trip = realized PnL net of
 *   its commissions (as Nautilus's Position.realized_pnl).
 * - profit_factor: gross profit / gross loss over round trips (null when nothing was lost);
 *   win_rate: winning round trips / trades (null without trades).
 * - fees: sum of commissions, settlement currency.
 */
import { InvariantError } from '../market/index.js';
import type { FillRecord } from './report.js';

/** Fills as columns: filled by the simulator without allocating per fill, or from FillRecords. */
export class FillLog {
  length = 0;
  tsMs: Float64Array;
  /** +1 BUY, -1 SELL. */
  side: Int8Array;
  qty: Float64Array;
  px: Float64Array;
  commission: Float64Array;
  /** Index of the instrument (position key) per fill. */
  instrument: Int32Array;

  constructor(capacity = 256) {
    this.tsMs = new Float64Array(capacity);
    this.side = new Int8Array(capacity);
    this.qty = new Float64Array(capacity);
    this.px = new Float64Array(capacity);
    this.commission = new Float64Array(capacity);
    this.instrument = new Int32Array(capacity);
  }

  /** Appends one fill (numbers as the wire's decimal strings read back). */
  push(tsMs: number, side: 1 | -1, qty: number, px: number, commission: number, instrument: number): void {
    if (this.length === this.tsMs.length) this.grow();
    const i = this.length;
    this.tsMs[i] = tsMs;
    this.side[i] = side;
    this.qty[i] = qty;
    this.px[i] = px;
    this.commission[i] = commission;
    this.instrument[i] = instrument;
    this.length = i + 1;
  }

  /** Empties the log, keeping its buffers. */
  clear(): void {
    this.length = 0;
  }

  private grow(): void {
    const n = this.tsMs.length * 2;
    const copy = <T extends Float64Array | Int8Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.tsMs = copy(this.tsMs, (k) => new Float64Array(k));
    this.side = copy(this.side, (k) => new Int8Array(k));
    this.qty = copy(this.qty, (k) => new Float64Array(k));
    this.px = copy(this.px, (k) => new Float64Array(k));
    this.commission = copy(this.commission, (k) => new Float64Array(k));
    this.instrument = copy(this.instrument, (k) => new Int32Array(k));
  }
}

/** Builds a {@link FillLog} from fills.json records (any engine). */
export function fillLogFromRecords(records: readonly FillRecord[]): FillLog {
  const log = new FillLog(Math.max(16, records.length));
  const ids = new Map<string, number>();
  for (const r of records) {
    let k = ids.get(r.instrument);
    if (k === undefined) ids.set(r.instrument, (k = ids.size));
    log.push(Number(BigInt(r.ts_ns) / 1_000_000n), r.side === 'BUY' ? 1 : -1, Number(r.qty), Number(r.price), Number(r.commission), k);
  }
  return log;
}

/** Equity sampled at bar closes: `length` points of (tsMs, equity). */
export interface EquitySeries {
  readonly length: number;
  readonly tsMs: Float64Array;
  readonly equity: Float64Array;
  /**
   * Optional: {@link dayRunEnds} of `tsMs` over `length`, computed once for times shared by many
   * series (a sweep's bars), so that {@link dailySharpe} reads one point per day, not every point.
   */
  readonly dayRunEnds?: Int32Array;
}

/**
 * The index of the last point of each run of consecutive points on the same UTC day (the points
 * {@link dailySharpe} takes as day closes), in order.
 */
export function dayRunEnds(tsMs: ArrayLike<number>, length: number): Int32Array {
  const ends: number[] = [];
  for (let i = 0; i < length; i++) {
    const d = Math.floor((tsMs[i] ?? 0) / DAY_MS);
    if (i + 1 === length || Math.floor((tsMs[i + 1] ?? 0) / DAY_MS) !== d) ends.push(i);
  }
  return Int32Array.from(ends);
}

/** What {@link computeMetrics} reads: fills, the equity series, the starting balance and the final equity. */
export interface MetricsInput {
  readonly fills: FillLog;
  readonly equity: EquitySeries;
  /** Settlement currency. */
  readonly startingBalance: number;
  /** Equity at the end of the run (final balance plus any position still open at the last close). */
  readonly finalEquity: number;
}

/** The metrics every engine reports (summary.json `metrics`). */
export interface Metrics {
  readonly total_return: number;
  readonly max_drawdown: number;
  readonly sharpe: number | null;
  readonly profit_factor: number | null;
  readonly win_rate: number | null;
  readonly trades: number;
  readonly fees: number;
  readonly final_equity: number;
}

const DAY_MS = 86_400_000;
const QTY_EPS = 1e-9;

/**
 * Computes {@link Metrics}; see the module comment for the definitions.
 * @throws InvariantError when the starting balance is not positive.
 */
export function computeMetrics(input: MetricsInput): Metrics {
  if (!(input.startingBalance > 0)) throw new InvariantError('startingBalance', 'not positive', input.startingBalance);
  const trips = roundTrips(input.fills);
  let fees = 0;
  for (let i = 0; i < input.fills.length; i++) fees += input.fills.commission[i] ?? 0;
  return {
    total_return: input.finalEquity / input.startingBalance - 1,
    max_drawdown: maxDrawdown(input.equity, input.startingBalance),
    sharpe: dailySharpe(input.equity, input.startingBalance),
    profit_factor: trips.loss > 0 ? trips.profit / trips.loss : null,
    win_rate: trips.count > 0 ? trips.wins / trips.count : null,
    trades: trips.count,
    fees,
    final_equity: input.finalEquity,
  };
}

/** Largest peak-to-trough fall as a positive fraction of the peak. */
export function maxDrawdown(equity: EquitySeries, startingBalance: number): number {
  let peak = startingBalance;
  let worst = 0;
  // Under one peak the fall (peak - e) / peak only grows as e gets lower: it is computed at each
  // new low since the peak (the same division as at every point, fewer times).
  let trough = Number.POSITIVE_INFINITY;
  const values = equity.equity;
  for (let i = 0; i < equity.length; i++) {
    const e = values[i] ?? 0;
    if (e > peak) {
      peak = e;
      trough = Number.POSITIVE_INFINITY;
    } else if (peak > 0 && e < trough) {
      trough = e;
      const dd = (peak - e) / peak;
      if (dd > worst) worst = dd;
    }
  }
  return worst;
}

/** Sharpe of daily (UTC) equity returns, x sqrt(365); null with < 2 returns or zero variance. */
export function dailySharpe(equity: EquitySeries, startingBalance: number): number | null {
  if (equity.dayRunEnds !== undefined) return dailySharpeAt(equity.equity, equity.dayRunEnds, startingBalance);
  // The loop is written out (no per-bar closure): a double captured by a closure is boxed on every
  // write, which allocated one number per bar here. Returns are added once per day.
  const returns = new DailyReturns(startingBalance);
  let day = Number.NaN;
  let dayClose = Number.NaN;
  for (let i = 0; i <= equity.length; i++) {
    const last = i === equity.length;
    const d = last ? Number.NaN : Math.floor((equity.tsMs[i] ?? 0) / DAY_MS);
    if (last || d !== day) {
      if (!Number.isNaN(dayClose)) returns.add(dayClose);
      if (last) break;
      day = d;
    }
    dayClose = equity.equity[i] ?? dayClose;
  }
  return returns.sharpe();
}

/**
 * {@link dailySharpe} from the day closes' indices: the same returns in the same order, the same
 * arithmetic (a NaN day close is skipped, as the point scan skips it).
 */
function dailySharpeAt(values: Float64Array, ends: Int32Array, startingBalance: number): number | null {
  const returns = new DailyReturns(startingBalance);
  for (let k = 0; k < ends.length; k++) {
    const dayClose = values[ends[k] as number] as number;
    if (!Number.isNaN(dayClose)) returns.add(dayClose);
  }
  return returns.sharpe();
}

/** Daily returns from successive day closes: Welford's running mean and variance, then Sharpe x sqrt(365). */
class DailyReturns {
  private prev: number;
  private n = 0;
  private mean = 0;
  private m2 = 0;

  constructor(startingBalance: number) {
    this.prev = startingBalance;
  }

  add(dayClose: number): void {
    const r = dayClose / this.prev - 1;
    this.prev = dayClose;
    this.n += 1;
    const delta = r - this.mean;
    this.mean += delta / this.n;
    this.m2 += delta * (r - this.mean);
  }

  /** null with fewer than two returns or zero variance. */
  sharpe(): number | null {
    if (this.n < 2) return null;
    const sd = Math.sqrt(this.m2 / (this.n - 1));
    if (!(sd > 0)) return null;
    return (this.mean / sd) * Math.sqrt(365);
  }
}

interface TripStats {
  count: number;
  wins: number;
  profit: number;
  loss: number;
}

/** Rebuilds netting round trips per instrument from the fills. */
function roundTrips(fills: FillLog): TripStats {
  const stats: TripStats = { count: 0, wins: 0, profit: 0, loss: 0 };
  const net = new Map<number, { qty: number; avg: number; pnl: number }>();
  const close = (s: { pnl: number }): void => {
    stats.count += 1;
    if (s.pnl > 0) {
      stats.wins += 1;
      stats.profit += s.pnl;
    } else if (s.pnl < 0) stats.loss -= s.pnl;
  };
  let lastK = -1;
  let lastS: { qty: number; avg: number; pnl: number } | undefined;
  for (let i = 0; i < fills.length; i++) {
    const k = fills.instrument[i] ?? 0;
    const side = fills.side[i] ?? 1;
    let qty = fills.qty[i] ?? 0;
    const px = fills.px[i] ?? 0;
    let commission = fills.commission[i] ?? 0;
    // Fills come in runs of one instrument: the last state is reused without a Map lookup.
    let s = k === lastK ? lastS : net.get(k);
    if (s === undefined) net.set(k, (s = { qty: 0, avg: 0, pnl: 0 }));
    lastK = k;
    lastS = s;
    if (s.qty !== 0 && Math.sign(s.qty) !== side) {
      const closing = Math.min(qty, Math.abs(s.qty));
      const share = qty > 0 ? closing / qty : 1;
      s.pnl += (px - s.avg) * closing * Math.sign(s.qty) - commission * share;
      commission -= commission * share;
      s.qty = roundQty(s.qty + side * closing);
      qty = roundQty(qty - closing);
      if (Math.abs(s.qty) < QTY_EPS) {
        s.qty = 0;
        close(s);
        s.pnl = 0;
      }
      if (qty < QTY_EPS) continue;
    }
    if (s.qty === 0) {
      s.avg = px;
      s.pnl = -commission;
      s.qty = side * qty;
    } else {
      const abs = Math.abs(s.qty);
      s.avg = (s.avg * abs + px * qty) / (abs + qty);
      s.pnl -= commission;
      s.qty = roundQty(s.qty + side * qty);
    }
  }
  return stats;
}

function roundQty(q: number): number {
  return Math.round(q * 1e12) / 1e12;
}
