/**
 * The order-book intelligence layer as DOLPHIN consumes it (seed 002 section 9). The engine works
 * with or without a provider: without one it takes the seed's legacy path (no OB gates, the Monte
 * Carlo OB edge of section 8.3). Field meanings follow section 9; how they are computed from book
 * snapshots is our reconstruction (see {@link BookObTracker}).
 */
import { InvariantError, type Rng } from '../../market/index.js';
import type { OrderBookDepth } from '../../strategy/index.js';

/** Per-asset OB signal (section 9.1). */
export interface ObSignal {
  /** 5-bar moving average of the bid/ask size imbalance, in [-1, +1] (+ = bids dominate). */
  readonly imbalanceMa5: number;
  /** Share of the recent bars whose imbalance has the sign of the current MA, in [0, 1]. */
  readonly imbalancePersistence: number;
  /** Relative rate of depth change; negative = the book is thinning. */
  readonly withdrawalVelocity: number;
}

/** Market-wide OB state (section 9.2). */
export interface ObMacro {
  /** Number of assets in a liquidation cascade. */
  readonly cascadeCount: number;
  /** -1 calm / trending, 0 neutral, +1 liquidity-withdrawal stress. */
  readonly regimeSignal: -1 | 0 | 1;
}

/** Placement quality of an asset's book (section 9.3). */
export interface ObPlacement {
  /** Depth relative to the asset's own recent average ([0, 2+]; > 1 = deeper than usual). */
  readonly depthQuality: number;
  /** Estimated probability that a maker order at the touch fills, in [0, 1]. */
  readonly fillProbability: number;
}

/** What the engine asks of an order-book provider; instrument ids as in the session. */
export interface OrderBookProvider {
  /** Called by the engine at the start of each decision row (providers that sample per bar). */
  advance?(tsMs: number): void;
  signal(instrumentId: string): ObSignal | null;
  macro(): ObMacro;
  placement(instrumentId: string): ObPlacement | null;
  /**
   * OB-3: market-wide multiplier on the final leverage for a trade direction (-1 / +1). Default
   * (when absent): {@link computeMarketObMultiplier} over the provider's signals.
   */
  marketMultiplier?(direction: number, instrumentIds: readonly string[]): number;
}

/** Direction-adjusted imbalance (section 4.3): for a SHORT, sell pressure is positive. */
export function effectiveImbalance(imbalanceMa5: number, direction: number): number {
  return direction < 0 ? -imbalanceMa5 : imbalanceMa5;
}

/**
 * OB-3 (section 9.4, "±20%/15%"), our formula: the mean direction-adjusted imbalance m over the
 * assets with a signal gives clamp(1 + m, 0.85, 1.20); 1 when no asset has a signal.
 */
export function computeMarketObMultiplier(provider: OrderBookProvider, direction: number, instrumentIds: readonly string[]): number {
  let sum = 0;
  let n = 0;
  for (const id of instrumentIds) {
    const s = provider.signal(id);
    if (!s) continue;
    sum += effectiveImbalance(s.imbalanceMa5, direction);
    n++;
  }
  if (n === 0) return 1;
  const m = 1 + sum / n;
  return m < 0.85 ? 0.85 : m > 1.2 ? 1.2 : m;
}

/**
 * OB-1 (section 5.5, "ARS adjusted ±5%/10% by depth quality"), our thresholds: depth quality
 * >= 1.5 -> +10%, >= 1.0 -> +5%, < 0.5 -> -10%, < 0.8 -> -5%, applied as ars + |ars| x adj so a
 * boost always raises the score.
 */
export function adjustArsForDepth(ars: number, depthQuality: number): number {
  let adj = 0;
  if (depthQuality >= 1.5) adj = 0.1;
  else if (depthQuality >= 1.0) adj = 0.05;
  else if (depthQuality < 0.5) adj = -0.1;
  else if (depthQuality < 0.8) adj = -0.05;
  return ars + Math.abs(ars) * adj;
}

/** Options of {@link BookObTracker}. */
export interface BookObTrackerOptions {
  /** Levels per side summed into the imbalance and depth (default 10). */
  readonly depthLevels?: number;
  /** Bars in the persistence window (default 10). */
  readonly persistenceBars?: number;
  /** Bars over which withdrawal velocity is measured (default 5). */
  readonly velocityBars?: number;
  /** Bars in the depth average behind depth quality (default 60). */
  readonly depthAverageBars?: number;
}

const HIST = 64;
const NEUTRAL_MACRO: ObMacro = Object.freeze({ cascadeCount: 0, regimeSignal: 0 });

/**
 * An {@link OrderBookProvider} computed from book snapshots (Nautilus order-book data when the
 * strategy subscribes books, or {@link SyntheticObProvider} in tests). Our reconstruction of
 * section 9, sampled once per bar by `advance`:
 * - imbalance = (bid size - ask size) / (bid size + ask size) over the top `depthLevels` levels of
 *   the latest snapshot; imbalanceMa5 = mean of the last 5 samples;
 * - imbalancePersistence = share of the last `persistenceBars` samples with the sign of the MA;
 * - withdrawalVelocity = (depth now - depth `velocityBars` ago) / depth then, depth = bid + ask size;
 * - depthQuality = depth now / mean depth over `depthAverageBars` (1 = usual);
 * - fillProbability = clamp(0.95 - 0.25 max(0, 1 - depthQuality) - 0.25 |imbalanceMa5|, 0.05,
 *   0.95): a usual, balanced book fills a maker order at the touch almost surely, thinning and a
 *   one-sided book lower it. Scaled so that the seed's Cat3 (0.3 + 0.7 min(depth, fill)) reads a
 *   usual book as healthy (>= 0.9 up to |imbalanceMa5| 0.2) and a thin, one-sided one as degraded;
 * - macro: cascadeCount = assets with withdrawalVelocity < -0.5 and |imbalanceMa5| > 0.5;
 *   regimeSignal = +1 when the median withdrawal velocity < -0.2, -1 when it is >= 0 and the mean
 *   |imbalanceMa5| < 0.2, else 0.
 * An asset without a snapshot yet has no signal and no placement.
 */
export class BookObTracker implements OrderBookProvider {
  private readonly index = new Map<string, number>();
  private readonly bidSize: Float64Array;
  private readonly askSize: Float64Array;
  private readonly hasBook: Uint8Array;
  private readonly imb: Float64Array;
  private readonly depth: Float64Array;
  private readonly samples: Int32Array;
  private readonly depthLevels: number;
  private readonly persistenceBars: number;
  private readonly velocityBars: number;
  private readonly depthAverageBars: number;
  private readonly scratch: Float64Array;
  private t = 0;
  private macroState: ObMacro = NEUTRAL_MACRO;

  /** @throws InvariantError when a window exceeds the 64-sample history. */
  constructor(
    readonly instrumentIds: readonly string[],
    options: BookObTrackerOptions = {},
  ) {
    const n = instrumentIds.length;
    instrumentIds.forEach((id, i) => this.index.set(id, i));
    this.depthLevels = options.depthLevels ?? 10;
    this.persistenceBars = options.persistenceBars ?? 10;
    this.velocityBars = options.velocityBars ?? 5;
    this.depthAverageBars = options.depthAverageBars ?? 60;
    for (const w of [this.persistenceBars, this.velocityBars + 1, this.depthAverageBars]) {
      if (!(w >= 1 && w <= HIST)) throw new InvariantError('OB window', `not in [1, ${HIST}]`, w);
    }
    this.bidSize = new Float64Array(n);
    this.askSize = new Float64Array(n);
    this.hasBook = new Uint8Array(n);
    this.imb = new Float64Array(n * HIST);
    this.depth = new Float64Array(n * HIST);
    this.samples = new Int32Array(n);
    this.scratch = new Float64Array(n);
  }

  /** Records the latest book of an instrument (unknown instruments are ignored). */
  onBook(book: OrderBookDepth): void {
    const i = this.index.get(book.instrumentId);
    if (i === undefined) return;
    let b = 0;
    let a = 0;
    for (let k = 0; k < book.bids.length && k < this.depthLevels; k++) b += (book.bids[k] as { size: number }).size;
    for (let k = 0; k < book.asks.length && k < this.depthLevels; k++) a += (book.asks[k] as { size: number }).size;
    this.setTopOfBook(i, b, a);
  }

  /** Records summed bid and ask sizes of asset `i` directly (synthetic books). */
  setTopOfBook(i: number, bidSize: number, askSize: number): void {
    this.bidSize[i] = bidSize;
    this.askSize[i] = askSize;
    this.hasBook[i] = 1;
  }

  /** Takes one sample of every book and recomputes the macro state (once per bar). */
  advance(): void {
    const slot = this.t % HIST;
    for (let i = 0; i < this.instrumentIds.length; i++) {
      if (!this.hasBook[i]) continue;
      const b = this.bidSize[i] as number;
      const a = this.askSize[i] as number;
      const d = b + a;
      this.imb[i * HIST + slot] = d > 0 ? (b - a) / d : 0;
      this.depth[i * HIST + slot] = d;
      this.samples[i] = (this.samples[i] as number) + 1;
    }
    this.t += 1;
    this.macroState = this.computeMacro();
  }

  private back(arr: Float64Array, i: number, k: number): number {
    const idx = (((this.t - 1 - k) % HIST) + HIST) % HIST;
    return arr[i * HIST + idx] as number;
  }

  private sMa = 0;
  private sPers = 0;
  private sWv = 0;

  /** Computes asset i's signal into sMa / sPers / sWv; false when it has no sample yet. */
  private computeSignal(i: number): boolean {
    const n = this.samples[i] as number;
    if (n === 0) return false;
    const m5 = Math.min(5, n);
    let s = 0;
    for (let k = 0; k < m5; k++) s += this.back(this.imb, i, k);
    const ma = s / m5;
    const pw = Math.min(this.persistenceBars, n);
    let same = 0;
    for (let k = 0; k < pw; k++) {
      const v = this.back(this.imb, i, k);
      if ((ma >= 0 && v >= 0) || (ma < 0 && v < 0)) same++;
    }
    let wv = 0;
    if (n > this.velocityBars) {
      const then = this.back(this.depth, i, this.velocityBars);
      wv = then > 0 ? (this.back(this.depth, i, 0) - then) / then : 0;
    }
    this.sMa = ma;
    this.sPers = same / pw;
    this.sWv = wv;
    return true;
  }

  private signalAt(i: number): ObSignal | null {
    if (!this.computeSignal(i)) return null;
    return { imbalanceMa5: this.sMa, imbalancePersistence: this.sPers, withdrawalVelocity: this.sWv };
  }

  signal(instrumentId: string): ObSignal | null {
    const i = this.index.get(instrumentId);
    return i === undefined ? null : this.signalAt(i);
  }

  placement(instrumentId: string): ObPlacement | null {
    const i = this.index.get(instrumentId);
    if (i === undefined) return null;
    const n = this.samples[i] as number;
    if (n === 0) return null;
    const w = Math.min(this.depthAverageBars, n);
    let s = 0;
    for (let k = 0; k < w; k++) s += this.back(this.depth, i, k);
    const mean = s / w;
    const dq = mean > 0 ? this.back(this.depth, i, 0) / mean : 0;
    const ma = this.computeSignal(i) ? this.sMa : 0;
    const fp = 0.95 - 0.25 * (dq < 1 ? 1 - dq : 0) - 0.25 * Math.abs(ma);
    return { depthQuality: dq, fillProbability: fp < 0.05 ? 0.05 : fp > 0.95 ? 0.95 : fp };
  }

  macro(): ObMacro {
    return this.macroState;
  }

  private computeMacro(): ObMacro {
    let cascade = 0;
    let absImb = 0;
    let k = 0;
    for (let i = 0; i < this.instrumentIds.length; i++) {
      if (!this.computeSignal(i)) continue;
      if (this.sWv < -0.5 && Math.abs(this.sMa) > 0.5) cascade++;
      absImb += Math.abs(this.sMa);
      this.scratch[k++] = this.sWv;
    }
    if (k === 0) return NEUTRAL_MACRO;
    const sorted = this.scratch.subarray(0, k).sort();
    const median = k % 2 === 1 ? (sorted[k >> 1] as number) : ((sorted[(k >> 1) - 1] as number) + (sorted[k >> 1] as number)) / 2;
    const regime: -1 | 0 | 1 = median < -0.2 ? 1 : median >= 0 && absImb / k < 0.2 ? -1 : 0;
    return { cascadeCount: cascade, regimeSignal: regime };
  }
}

/**
 * A seeded synthetic order-book provider for tests and the host backtester: each asset's book is
 * an AR(1) imbalance and a log-AR(1) depth around `baseDepth`, sampled once per bar by `advance`
 * and fed to a {@link BookObTracker}. Deterministic for a given Rng.
 */
export class SyntheticObProvider implements OrderBookProvider {
  private readonly tracker: BookObTracker;
  private readonly imbState: Float64Array;
  private readonly logDepth: Float64Array;

  constructor(
    instrumentIds: readonly string[],
    private readonly rng: Rng,
    private readonly baseDepth = 1000,
    options: BookObTrackerOptions = {},
  ) {
    this.tracker = new BookObTracker(instrumentIds, options);
    this.imbState = new Float64Array(instrumentIds.length);
    this.logDepth = new Float64Array(instrumentIds.length);
  }

  private normal(): number {
    const u1 = 1 - this.rng.next();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * this.rng.next());
  }

  advance(): void {
    for (let i = 0; i < this.imbState.length; i++) {
      const x = 0.8 * (this.imbState[i] as number) + 0.2 * this.normal();
      this.imbState[i] = x < -0.95 ? -0.95 : x > 0.95 ? 0.95 : x;
      this.logDepth[i] = 0.9 * (this.logDepth[i] as number) + 0.1 * this.normal();
      const depth = this.baseDepth * Math.exp(this.logDepth[i] as number);
      const imb = this.imbState[i] as number;
      this.tracker.setTopOfBook(i, (depth * (1 + imb)) / 2, (depth * (1 - imb)) / 2);
    }
    this.tracker.advance();
  }

  signal(instrumentId: string): ObSignal | null {
    return this.tracker.signal(instrumentId);
  }

  macro(): ObMacro {
    return this.tracker.macro();
  }

  placement(instrumentId: string): ObPlacement | null {
    return this.tracker.placement(instrumentId);
  }
}
