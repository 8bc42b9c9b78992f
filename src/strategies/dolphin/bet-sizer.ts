/**
 * AlphaBetSizer (seed 002 section 6): signal strength, cubic-convex leverage, signal buckets, the
 * Layer 7 alpha multipliers (bucket win rate, loss streak, vel_div trend) and the effective capital
 * fraction. The ACB/MC leverage ceiling that follows lives in {@link computeFinalLeverage}.
 */
import { directionExtreme, directionThreshold, isExtremeSignal, signalRatio, type SignalThresholds } from './signal.js';

/** Strength score in [0, 1]: 1 at or past the extreme, else the threshold-to-extreme ratio (6.1). */
export function signalStrength(velDiv: number, direction: number, p: SignalThresholds): number {
  return isExtremeSignal(velDiv, direction, p) ? 1 : signalRatio(velDiv, direction, p);
}

/** Leverage before ACB: min + strength^convexity x (max - min), in [0.5, 5.0] at the champion (6.2). */
export function dynamicLeverage(strength: number, p: { readonly min_leverage: number; readonly max_leverage: number; readonly leverage_convexity: number }): number {
  return p.min_leverage + strength ** p.leverage_convexity * (p.max_leverage - p.min_leverage);
}

/**
 * Signal bucket (6.3), SHORT: vel_div <= 1.5 x extreme (-0.075) -> 0 "extreme"; <= extreme (-0.05)
 * -> 1 "strong"; <= (threshold + extreme) / 2 (-0.035) -> 2 "moderate"; else 3 "weak". LONG mirrors
 * with its own threshold and extreme.
 */
export function signalBucket(velDiv: number, direction: number, p: SignalThresholds): 0 | 1 | 2 | 3 {
  const s = direction < 0 ? -1 : 1;
  const t = directionThreshold(direction, p);
  const e = directionExtreme(direction, p);
  const x = s * velDiv;
  if (x >= s * e * 1.5) return 0;
  if (x >= s * e) return 1;
  if (x >= (s * (t + e)) / 2) return 2;
  return 3;
}

/** Bucket boost from the bucket's win rate (6.4): > 0.60 1.3, > 0.55 1.1, < 0.40 0.7, < 0.45 0.85, else 1. */
export function bucketBoost(winRate: number): number {
  if (winRate > 0.6) return 1.3;
  if (winRate > 0.55) return 1.1;
  if (winRate < 0.4) return 0.7;
  if (winRate < 0.45) return 0.85;
  return 1;
}

/** Streak multiplier from the losses among the last 5 trades (6.4): >= 4 0.5, >= 3 0.7, <= 1 1.1, else 1. */
export function streakMultiplier(lossesInLast5: number): number {
  if (lossesInLast5 >= 4) return 0.5;
  if (lossesInLast5 >= 3) return 0.7;
  if (lossesInLast5 <= 1) return 1.1;
  return 1;
}

/**
 * Trend multiplier (6.4) on vd_trend = vel_div[-1] - vel_div[-10]: for a SHORT, < -0.01 (deepening)
 * 1.3 and > 0.01 (recovering) 0.7; a LONG mirrors the sign; 1 otherwise (and for NaN).
 */
export function trendMultiplier(vdTrend: number, direction: number): number {
  const x = direction < 0 ? vdTrend : -vdTrend;
  if (x < -0.01) return 1.3;
  if (x > 0.01) return 0.7;
  return 1;
}

/** Closed-trade statistics behind the bucket boost and the streak multiplier. */
export class TradeStats {
  private readonly wins = new Int32Array(4);
  private readonly totals = new Int32Array(4);
  private readonly last = new Uint8Array(5);
  private closed = 0;

  /** Records a closed trade of a bucket; a loss is net PnL <= 0. */
  record(bucket: number, win: boolean): void {
    this.totals[bucket] = (this.totals[bucket] as number) + 1;
    if (win) this.wins[bucket] = (this.wins[bucket] as number) + 1;
    this.last[this.closed % 5] = win ? 0 : 1;
    this.closed++;
  }

  /** Closed trades so far. */
  get count(): number {
    return this.closed;
  }

  /** Trades and win rate of a bucket (NaN win rate without trades). */
  bucketTrades(bucket: number): number {
    return this.totals[bucket] as number;
  }

  bucketWinRate(bucket: number): number {
    const t = this.totals[bucket] as number;
    return t > 0 ? (this.wins[bucket] as number) / t : NaN;
  }

  /** Losses among the last min(5, count) trades. */
  lossesInLast5(): number {
    let n = 0;
    for (let i = 0; i < Math.min(5, this.closed); i++) n += this.last[i] as number;
    return n;
  }
}

/** Sizing parameters (champion values in params.ts). */
export interface SizerParams extends SignalThresholds {
  readonly min_leverage: number;
  readonly max_leverage: number;
  readonly leverage_convexity: number;
  readonly fraction: number;
  readonly min_fraction: number;
  readonly bucket_min_trades: number;
  readonly streak_min_trades: number;
}

/** The sizer's answer, reused between calls. */
export interface SizeResult {
  strength: number;
  /** Leverage before ACB, [min_leverage, max_leverage]. */
  leverage: number;
  /** Effective capital fraction, [min_fraction, fraction]. */
  fraction: number;
  bucket: 0 | 1 | 2 | 3;
  bucketBoost: number;
  streakMult: number;
  trendMult: number;
  isExtreme: boolean;
}

/** A size record to reuse. */
export function createSizeResult(): SizeResult {
  return { strength: 0, leverage: 0, fraction: 0, bucket: 3, bucketBoost: 1, streakMult: 1, trendMult: 1, isExtreme: false };
}

/**
 * calculate_size (section 6): strength, leverage, bucket and the alpha multipliers, then
 * eff_fraction = clamp((min_fraction + strength (fraction - min_fraction)) x (conf / 0.95) x
 * extreme_boost x trend x bucket_boost x streak, min_fraction, fraction), with the sizer's own
 * confidence 0.70 (extreme) or 0.55 and extreme_boost 2.0 or 1.0. The bucket boost applies once the
 * bucket has bucket_min_trades trades, the streak multiplier once streak_min_trades trades closed
 * (both ours: the seed leaves the cold start open).
 */
export function computeSize(velDiv: number, vdTrend: number, direction: number, stats: TradeStats, p: SizerParams, out: SizeResult): SizeResult {
  const strength = signalStrength(velDiv, direction, p);
  const extreme = isExtremeSignal(velDiv, direction, p);
  const bucket = signalBucket(velDiv, direction, p);
  out.strength = strength;
  out.leverage = dynamicLeverage(strength, p);
  out.bucket = bucket;
  out.isExtreme = extreme;
  out.bucketBoost = stats.bucketTrades(bucket) >= p.bucket_min_trades ? bucketBoost(stats.bucketWinRate(bucket)) : 1;
  out.streakMult = stats.count >= p.streak_min_trades ? streakMultiplier(stats.lossesInLast5()) : 1;
  out.trendMult = trendMultiplier(vdTrend, direction);
  const confMult = (extreme ? 0.7 : 0.55) / 0.95;
  const baseFrac = p.min_fraction + strength * (p.fraction - p.min_fraction);
  const f = baseFrac * confMult * (extreme ? 2 : 1) * out.trendMult * out.bucketBoost * out.streakMult;
  out.fraction = f < p.min_fraction ? p.min_fraction : f > p.fraction ? p.fraction : f;
  return out;
}

/** Inputs of the leverage ceiling (section 6.5 / 13.3 step 5). */
export interface LeverageInput {
  /** Sizer leverage before ACB. */
  readonly leverage: number;
  readonly dcLeverageMult: number;
  readonly regimeSizeMult: number;
  readonly marketObMult: number;
  /** Posture cap (STALKER 2.0) or null. */
  readonly postureCap: number | null;
}

/**
 * final_leverage = clamp(leverage x dc_mult x regime_size_mult x market_ob_mult, min_leverage,
 * min(max_leverage x regime_size_mult x market_ob_mult, abs_max_leverage [, posture cap])). When
 * the ceiling falls under min_leverage the ceiling wins.
 */
export function computeFinalLeverage(x: LeverageInput, p: { readonly min_leverage: number; readonly max_leverage: number; readonly abs_max_leverage: number }): number {
  let ceiling = Math.min(p.max_leverage * x.regimeSizeMult * x.marketObMult, p.abs_max_leverage);
  if (x.postureCap !== null) ceiling = Math.min(ceiling, x.postureCap);
  const raw = x.leverage * x.dcLeverageMult * x.regimeSizeMult * x.marketObMult;
  return Math.min(Math.max(raw, p.min_leverage), ceiling);
}
