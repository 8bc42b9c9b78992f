/**
 * A REFERENCE implementation of the MC-Forewarner (seed 002 section 12). The seed's forewarner is
 * a Prefect flow scoring configurations against correlation-matrix statistics; it is not
 * specified. This one is ours, documented as such: a plain Monte Carlo of trade sequences.
 *
 * Model, per path of `trades` trades (default 500, about two weeks of the champion's ~39 trades a
 * day): signal strength u ~ U(0, 1); leverage = min_leverage + u^convexity x (max_leverage -
 * min_leverage); fraction = min_fraction + u x (fraction - min_fraction); a win (probability
 * `winRate`, default 0.495, the champion's) returns +fixed_tp_pct, a loss returns
 * -min(stop_pct, Exp(mean `lossMean`)) with lossMean 0.0082 (so the profit factor is ~1.14, the
 * champion's); each trade pays `feeRate` (0.000664 = 0.000314 entry + 0.000350 exit) of notional.
 * Equity compounds by fraction x leverage x return. Over `paths` paths (default 400):
 * - catastrophic_probability = share of paths whose max drawdown exceeds `catastrophicDrawdown`
 *   (default 0.40);
 * - envelope_score = 1 - (90th percentile of max drawdown) / `drawdownBudget` (default 0.25):
 *   positive inside the budget, below -1 beyond twice the budget.
 * Each assess() restarts the RNG from `seed`, so a configuration always gets the same report.
 */
import type { Rng } from '../market/rng.js';
import type { McConfig, McForewarner, McReport } from './mc-forewarner.js';

/** Options of {@link ReferenceMcForewarner}; see the module comment for the defaults. */
export interface ReferenceMcOptions {
  /** RNG factory (src/market createRng); injected so this module stays free of implementations. */
  readonly createRng: (seed: number) => Rng;
  readonly seed?: number;
  readonly paths?: number;
  readonly trades?: number;
  readonly winRate?: number;
  readonly lossMean?: number;
  readonly feeRate?: number;
  readonly catastrophicDrawdown?: number;
  readonly drawdownBudget?: number;
}

/** Reference Monte Carlo forewarner; see the module comment. */
export class ReferenceMcForewarner implements McForewarner {
  private readonly o: Required<ReferenceMcOptions>;
  private readonly drawdowns: Float64Array;

  constructor(options: ReferenceMcOptions) {
    this.o = {
      seed: 42,
      paths: 400,
      trades: 500,
      winRate: 0.495,
      lossMean: 0.0082,
      feeRate: 0.000664,
      catastrophicDrawdown: 0.4,
      drawdownBudget: 0.25,
      ...options,
    };
    this.drawdowns = new Float64Array(this.o.paths);
  }

  assess(config: McConfig): McReport {
    const o = this.o;
    const rng = o.createRng(o.seed);
    let catastrophic = 0;
    const levSpan = Math.max(0, config.max_leverage - config.min_leverage);
    const fracSpan = Math.max(0, config.fraction - config.min_fraction);
    for (let p = 0; p < o.paths; p++) {
      let equity = 1;
      let peak = 1;
      let maxDd = 0;
      for (let t = 0; t < o.trades && equity > 0; t++) {
        const u = rng.next();
        const exposure = (config.min_fraction + u * fracSpan) * (config.min_leverage + u ** config.leverage_convexity * levSpan);
        const ret = rng.next() < o.winRate ? config.fixed_tp_pct : -Math.min(config.stop_pct, -o.lossMean * Math.log(1 - rng.next()));
        equity *= Math.max(0, 1 + exposure * (ret - o.feeRate));
        if (equity > peak) peak = equity;
        const dd = 1 - equity / peak;
        if (dd > maxDd) maxDd = dd;
      }
      this.drawdowns[p] = maxDd;
      if (maxDd > o.catastrophicDrawdown) catastrophic++;
    }
    const sorted = Float64Array.from(this.drawdowns).sort();
    const rank = 0.9 * (sorted.length - 1);
    const lo = Math.floor(rank);
    const hi = Math.ceil(rank);
    const p90 = (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (rank - lo);
    return { catastrophic_probability: catastrophic / o.paths, envelope_score: 1 - p90 / o.drawdownBudget };
  }
}
