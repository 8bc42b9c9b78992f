/**
 * Online computation of the DOLPHIN eigenvalue-velocity features from raw multi-asset prices.
 *
 * This is OUR RECONSTRUCTION of the NG3 features (seed 002 sections 3.1-3.2), which the seed names
 * but does not define formula by formula. For each window w in (50, 150, 300, 750) bars:
 * 1. log returns r_i = ln(p_i(t) / p_i(t-1)) of every asset (0 when a price is missing);
 * 2. the Pearson correlation matrix C_w of the last w returns (rolling sums, exact recompute every
 *    w bars to bound floating-point drift; an asset with zero variance gets a unit diagonal and no
 *    correlation);
 * 3. lambda_max(C_w) by power iteration warm-started from the previous bar's eigenvector;
 * 4. the normalised eigenvalue l_w = lambda_max / n in [1/n, 1] (the absorption ratio of the first
 *    eigen-mode: the share of total variance one market factor explains);
 * 5. the velocity v_w(t) = l_w(t) - l_w(t-1), per bar.
 * Then `vel_div = v50 - v750` (seed section 3.1), `instability_50 = l_50` and
 * `instability_150 = l_150` (herding: a high absorption ratio is a fragile, unstable market).
 * A velocity is NaN until its window is full and one more bar has passed.
 *
 * Cost per bar: O(k n^2) for n assets and k windows; `maxAssets` (default 100) bounds n by using
 * only the first columns. Nothing is allocated per bar.
 */
import { InvariantError } from '../market/index.js';
import { clearFeatureRow, type FeatureRow } from './feature-feed.js';
import { fillStartVector, powerIterationLambdaMax } from './lambda-max.js';

/** Window lengths in bars of v50, v150, v300 and v750 (seed 002 section 3.1). */
export const DEFAULT_FEATURE_WINDOWS = [50, 150, 300, 750] as const;

export interface EigenVelocityOptions {
  /** Number of asset columns in each price vector given to {@link EigenVelocityEngine.update}. */
  readonly nAssets: number;
  /** Window lengths (bars) for v50, v150, v300, v750; default {@link DEFAULT_FEATURE_WINDOWS}. */
  readonly windows?: readonly [number, number, number, number];
  /** Only the first `maxAssets` columns enter the correlation matrices (default 100). */
  readonly maxAssets?: number;
  /** Power-iteration steps per bar once warm (default 3). */
  readonly iterations?: number;
  /** Power-iteration steps the first time a window is full (default 60). */
  readonly coldIterations?: number;
}

interface WindowState {
  readonly w: number;
  /** Full symmetric matrix of sums of r_i r_j over the window, row-major m x m. */
  readonly cross: Float64Array;
  readonly sums: Float64Array;
  readonly vec: Float64Array;
  count: number;
  sinceRecompute: number;
  prevLevel: number;
  warm: boolean;
}

/** Computes the feature row of each bar from the asset prices; see the module comment. */
export class EigenVelocityEngine {
  private readonly m: number;
  private readonly cap: number;
  private readonly windows: WindowState[];
  private readonly lastPrice: Float64Array;
  private readonly ring: Float64Array;
  private readonly ret: Float64Array;
  private readonly scratch: Float64Array;
  private readonly u: Float64Array;
  private readonly mu: Float64Array;
  private readonly invSd: Float64Array;
  private readonly levels = new Float64Array(4);
  private readonly vels = new Float64Array(4);
  private readonly iterations: number;
  private readonly coldIterations: number;
  private readonly nAssets: number;
  private t = 0;
  private seenFirst = false;
  private active: WindowState | null = null;

  /** @throws InvariantError for a non-positive asset count, window or iteration count. */
  constructor(options: EigenVelocityOptions) {
    const { nAssets } = options;
    if (!(Number.isInteger(nAssets) && nAssets > 0)) throw new InvariantError('nAssets', 'not a positive integer', nAssets);
    const windows = options.windows ?? DEFAULT_FEATURE_WINDOWS;
    for (const w of windows) if (!(Number.isInteger(w) && w >= 2)) throw new InvariantError('window', 'not an integer >= 2', w);
    const maxAssets = options.maxAssets ?? 100;
    if (!(Number.isInteger(maxAssets) && maxAssets > 0)) throw new InvariantError('maxAssets', 'not a positive integer', maxAssets);
    this.iterations = options.iterations ?? 3;
    this.coldIterations = options.coldIterations ?? 60;
    if (!(this.iterations >= 1 && this.coldIterations >= 1)) throw new InvariantError('iterations', 'not >= 1', this.iterations);
    this.nAssets = nAssets;
    const m = Math.min(nAssets, maxAssets);
    this.m = m;
    this.cap = Math.max(...windows);
    this.windows = windows.map((w) => ({
      w,
      cross: new Float64Array(m * m),
      sums: new Float64Array(m),
      vec: new Float64Array(m),
      count: 0,
      sinceRecompute: 0,
      prevLevel: NaN,
      warm: false,
    }));
    this.lastPrice = new Float64Array(m).fill(NaN);
    this.ring = new Float64Array(m * this.cap);
    this.ret = new Float64Array(m);
    this.scratch = new Float64Array(m);
    this.u = new Float64Array(m);
    this.mu = new Float64Array(m);
    this.invSd = new Float64Array(m);
  }

  /** Number of asset columns that enter the correlation matrices. */
  get assetsUsed(): number {
    return this.m;
  }

  /**
   * Consumes the close prices of one bar (`prices[i]` for asset column i; NaN or <= 0 = missing)
   * and writes that bar's features into `out` (NaN where a window is not yet warm).
   * @throws InvariantError when `prices` is shorter than nAssets.
   */
  update(prices: Float64Array, out: FeatureRow): void {
    if (prices.length < this.nAssets) throw new InvariantError('prices length', `not >= ${this.nAssets}`, prices.length);
    clearFeatureRow(out);
    const m = this.m;
    const ret = this.ret;
    for (let i = 0; i < m; i++) {
      const p = prices[i] as number;
      const last = this.lastPrice[i] as number;
      const valid = p > 0;
      ret[i] = valid && last > 0 ? Math.log(p / last) : 0;
      if (valid) this.lastPrice[i] = p;
    }
    if (!this.seenFirst) {
      this.seenFirst = true;
      return;
    }
    const slot = (this.t % this.cap) * m;
    for (const ws of this.windows) this.slide(ws);
    this.ring.set(ret, slot);
    this.t += 1;
    const levels = this.levels.fill(NaN);
    const vels = this.vels.fill(NaN);
    for (let k = 0; k < this.windows.length; k++) {
      const ws = this.windows[k] as WindowState;
      if (ws.count === ws.w && ++ws.sinceRecompute >= ws.w) this.recompute(ws);
      if (ws.count < ws.w) continue;
      const level = this.lambdaMax(ws) / m;
      levels[k] = level;
      vels[k] = level - ws.prevLevel;
      ws.prevLevel = level;
    }
    out.v50 = vels[0] as number;
    out.v150 = vels[1] as number;
    out.v300 = vels[2] as number;
    out.v750 = vels[3] as number;
    out.velDiv = out.v50 - out.v750;
    out.instability50 = levels[0] as number;
    out.instability150 = levels[1] as number;
  }

  /** Adds the new return vector to a window's sums and drops the one leaving it. */
  private slide(ws: WindowState): void {
    const m = this.m;
    const cross = ws.cross;
    const ret = this.ret;
    if (ws.count === ws.w) {
      const old = ((this.t - ws.w) % this.cap) * m;
      const ring = this.ring;
      for (let i = 0; i < m; i++) {
        const ri = ring[old + i] as number;
        ws.sums[i] = (ws.sums[i] as number) - ri;
        if (ri === 0) continue;
        const row = i * m;
        for (let j = 0; j < m; j++) cross[row + j] = (cross[row + j] as number) - ri * (ring[old + j] as number);
      }
    } else {
      ws.count += 1;
    }
    for (let i = 0; i < m; i++) {
      const ri = ret[i] as number;
      ws.sums[i] = (ws.sums[i] as number) + ri;
      if (ri === 0) continue;
      const row = i * m;
      for (let j = 0; j < m; j++) cross[row + j] = (cross[row + j] as number) + ri * (ret[j] as number);
    }
  }

  /** Rebuilds a full window's sums exactly from the ring buffer. */
  private recompute(ws: WindowState): void {
    const m = this.m;
    ws.cross.fill(0);
    ws.sums.fill(0);
    for (let k = this.t - ws.w; k < this.t; k++) {
      const base = (k % this.cap) * m;
      for (let i = 0; i < m; i++) {
        const ri = this.ring[base + i] as number;
        ws.sums[i] = (ws.sums[i] as number) + ri;
        if (ri === 0) continue;
        const row = i * m;
        for (let j = 0; j < m; j++) ws.cross[row + j] = (ws.cross[row + j] as number) + ri * (this.ring[base + j] as number);
      }
    }
    ws.sinceRecompute = 0;
  }

  private lambdaMax(ws: WindowState): number {
    const m = this.m;
    const w = ws.w;
    for (let i = 0; i < m; i++) {
      const mean = (ws.sums[i] as number) / w;
      this.mu[i] = mean;
      const variance = (ws.cross[i * m + i] as number) / w - mean * mean;
      this.invSd[i] = variance > 1e-18 ? 1 / Math.sqrt(variance) : 0;
    }
    this.active = ws;
    let iterations = this.iterations;
    if (!ws.warm) {
      fillStartVector(ws.vec);
      iterations = this.coldIterations;
      ws.warm = true;
    }
    return powerIterationLambdaMax(this.correlationProduct, ws.vec, this.scratch, iterations);
  }

  /** out = C v for the active window's correlation matrix, computed from its sums. */
  private readonly correlationProduct = (v: Float64Array, out: Float64Array): void => {
    const ws = this.active as WindowState;
    const m = this.m;
    const w = ws.w;
    const u = this.u;
    let muDotU = 0;
    for (let j = 0; j < m; j++) {
      const uj = (this.invSd[j] as number) * (v[j] as number);
      u[j] = uj;
      muDotU += (this.mu[j] as number) * uj;
    }
    const cross = ws.cross;
    for (let i = 0; i < m; i++) {
      const s = this.invSd[i] as number;
      if (s === 0) {
        out[i] = v[i] as number;
        continue;
      }
      const row = i * m;
      let acc = 0;
      for (let j = 0; j < m; j++) acc += (cross[row + j] as number) * (u[j] as number);
      out[i] = s * (acc / w - (this.mu[i] as number) * muDotU);
    }
  };
}
