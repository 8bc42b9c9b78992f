/**
 * ACB v6, the Adaptive Circuit Breaker (seed 002 section 10): three scales that scale DOLPHIN's
 * size and leverage ceiling.
 * - Scale 1 (daily): external macro factors -> signal count -> base_boost = 1 + 0.5 ln(1 + signals)
 *   when signals >= 1, else 1 (1 / 2 / 3 signals give 1.347 / 1.549 / 1.693).
 * - Scale 3 (daily): the date's w750 eigenvalue velocity against the 60th percentile of all
 *   dates' values -> beta 0.8 (at or above) or 0.2 (below).
 * - Scale 2 (per bar): meta-boost regime_size_mult = base_boost x (1 + beta x strength^3) x
 *   mc_scale (section 10.4), see {@link computeRegimeSizeMult}.
 * Mid-day {boost, beta} updates travel through a PendingUpdate and apply at the next bar (section
 * 10.5); {@link isSubdayForceExit} tells when such an update forces an exit (section 7.3).
 * Pure: no I/O, no clock; the factors come from a file the data module reads.
 */
import { z } from 'zod';

/** ACB v6 parameters; defaults are the frozen values of seed 002 section 18.2 and 10.2. */
export const acbParamsSchema = z
  .object({
    beta_high: z.number().min(0).default(0.8),
    beta_low: z.number().min(0).default(0.2),
    /** Percentile (0..100) of all dates' w750 velocities that switches beta. */
    w750_threshold_pct: z.number().min(0).max(100).default(60),
    funding_very_bearish: z.number().default(-0.0001),
    funding_bearish: z.number().default(0),
    dvol_extreme: z.number().default(80),
    dvol_elevated: z.number().default(55),
    fng_extreme_fear: z.number().default(25),
    fng_fear: z.number().default(40),
    taker_selling: z.number().default(0.8),
    taker_mild: z.number().default(0.9),
    /** Sub-day force exit when the old boost was >= this ... (section 7.3; ARBITRARY per the seed). */
    subday_exit_old_boost_min: z.number().default(1.25),
    /** ... and the new boost is < this. */
    subday_exit_new_boost_max: z.number().default(1.1),
    /** OB-4: beta multiplier under macro withdrawal stress (regime_signal = +1), "+25% max". */
    ob_stress_beta_mult: z.number().min(1).max(1.25).default(1.25),
  })
  .strict();
export type AcbParams = z.infer<typeof acbParamsSchema>;

/** Default ACB parameters. */
export const DEFAULT_ACB_PARAMS: AcbParams = Object.freeze(acbParamsSchema.parse({}));

/** One date's external factors (NaN or missing = no signal from that factor). */
export interface AcbFactors {
  readonly funding_btc: number;
  readonly dvol_btc: number;
  readonly fng: number;
  readonly taker: number;
}

/** The day-level ACB output. */
export interface AcbDayInfo {
  readonly date: string;
  /** Scale 1 base boost, >= 1. */
  readonly boost: number;
  /** Scale 3 dynamic beta. */
  readonly beta: number;
  /** Weighted signal count behind the boost. */
  readonly signals: number;
  /** The date's w750 velocity (NaN when unknown). */
  readonly w750: number;
  /** The percentile threshold over all dates (NaN when no date has a w750). */
  readonly w750Threshold: number;
}

/** A mid-day ACB update (section 10.5): both values replace the day's. */
export interface AcbUpdate {
  readonly boost: number;
  readonly beta: number;
}

/** Market-wide order-book context for OB-4 (+1 = withdrawal stress). */
export interface AcbObContext {
  readonly regimeSignal: number;
}

/** Anything that gives the day-level ACB values of a date (the reference is {@link AcbV6}). */
export interface AcbProvider {
  dayInfo(date: string, ob?: AcbObContext | null): AcbDayInfo;
}

/**
 * Weighted count of bearish external signals (section 10.2): funding < -0.0001 -> 1.0, < 0 -> 0.5;
 * DVOL > 80 -> 1.0, > 55 -> 0.5; taker ratio < 0.8 -> 1.0, < 0.9 -> 0.5; Fear & Greed < 25 -> 1.0,
 * < 40 -> 0.5, counted only when confirmed, i.e. when another factor already signals (our reading
 * of the seed's "requires confirmation"). NaN factors give nothing.
 */
export function computeAcbSignals(f: AcbFactors, p: AcbParams = DEFAULT_ACB_PARAMS): number {
  let s = 0;
  if (f.funding_btc < p.funding_very_bearish) s += 1;
  else if (f.funding_btc < p.funding_bearish) s += 0.5;
  if (f.dvol_btc > p.dvol_extreme) s += 1;
  else if (f.dvol_btc > p.dvol_elevated) s += 0.5;
  if (f.taker < p.taker_selling) s += 1;
  else if (f.taker < p.taker_mild) s += 0.5;
  if (s > 0) {
    if (f.fng < p.fng_extreme_fear) s += 1;
    else if (f.fng < p.fng_fear) s += 0.5;
  }
  return s;
}

/** Scale 1 base boost: 1 + 0.5 ln(1 + signals) when signals >= 1, else exactly 1. */
export function computeBaseBoost(signals: number): number {
  return signals >= 1 ? 1 + 0.5 * Math.log1p(signals) : 1;
}

/**
 * The p-th percentile (0..100) with linear interpolation between order statistics (numpy's
 * default), ignoring NaN; NaN for no finite value.
 */
export function percentileLinear(values: readonly number[], pct: number): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const rank = (pct / 100) * (v.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = v[lo] as number;
  const b = v[hi] as number;
  return a + (b - a) * (rank - lo);
}

/** Scale 3 beta: beta_high when w750 >= threshold, else beta_low (also for an unknown w750). */
export function computeDynamicBeta(w750: number, threshold: number, p: AcbParams = DEFAULT_ACB_PARAMS): number {
  return w750 >= threshold ? p.beta_high : p.beta_low;
}

/** Inputs of the per-bar meta-boost (section 6.5 / 10.4). */
export interface RegimeSizeInput {
  readonly baseBoost: number;
  readonly beta: number;
  /** 1, or 0.5 on an MC ORANGE day. */
  readonly mcScale: number;
  readonly velDiv: number;
  /** Signal threshold and extreme of the traded direction (SHORT: -0.02, -0.05). */
  readonly threshold: number;
  readonly extreme: number;
  /** Exponent of the strength curve (3: cubic). */
  readonly convexity: number;
}

/**
 * Scale 2 regime_size_mult: base_boost x (1 + beta x clamp((threshold - vel_div) / (threshold -
 * extreme), 0, 1)^convexity) x mc_scale when beta > 0, else base_boost x mc_scale. The ratio form
 * works for both directions (LONG passes its own threshold and extreme). A NaN vel_div counts as
 * strength 0.
 */
export function computeRegimeSizeMult(x: RegimeSizeInput): number {
  if (!(x.beta > 0)) return x.baseBoost * x.mcScale;
  const ratio = (x.threshold - x.velDiv) / (x.threshold - x.extreme);
  const strength = ratio > 0 ? (ratio < 1 ? ratio : 1) : 0;
  return x.baseBoost * (1 + x.beta * strength ** x.convexity) * x.mcScale;
}

/** Section 7.3: a mid-day update from boost >= 1.25 to < 1.10 forces the open position out. */
export function isSubdayForceExit(oldBoost: number, newBoost: number, p: AcbParams = DEFAULT_ACB_PARAMS): boolean {
  return oldBoost >= p.subday_exit_old_boost_min && newBoost < p.subday_exit_new_boost_max;
}

/** The reference ACB v6 over external factors and w750 velocities known per date. */
export class AcbV6 implements AcbProvider {
  /** The w750 percentile threshold over every date given (NaN when none). */
  readonly w750Threshold: number;
  readonly params: AcbParams;

  /**
   * @param factorsByDate external factors by `YYYY-MM-DD` (a date without factors gets boost 1).
   * @param w750ByDate the date's w750 velocity (the threshold is the percentile over all of them,
   *   preloaded as in the seed).
   */
  constructor(
    private readonly factorsByDate: Readonly<Record<string, AcbFactors>>,
    private readonly w750ByDate: Readonly<Record<string, number>>,
    params: Partial<AcbParams> = {},
  ) {
    this.params = acbParamsSchema.parse(params);
    this.w750Threshold = percentileLinear(Object.values(w750ByDate), this.params.w750_threshold_pct);
  }

  /**
   * The mid-day update for new external factors of `date` (section 10.5): the boost recomputed from
   * `factors`, the beta from `w750` (default: the date's preloaded value). The caller stores it in
   * the strategy's PendingUpdate; it applies at the next bar.
   */
  updateFor(date: string, factors: AcbFactors, w750: number = this.w750ByDate[date] ?? NaN): AcbUpdate {
    return { boost: computeBaseBoost(computeAcbSignals(factors, this.params)), beta: computeDynamicBeta(w750, this.w750Threshold, this.params) };
  }

  /** Scale 1 and 3 for a date; OB-4 raises beta by ob_stress_beta_mult under withdrawal stress. */
  dayInfo(date: string, ob?: AcbObContext | null): AcbDayInfo {
    const f = this.factorsByDate[date];
    const signals = f ? computeAcbSignals(f, this.params) : 0;
    const w750 = this.w750ByDate[date] ?? NaN;
    let beta = computeDynamicBeta(w750, this.w750Threshold, this.params);
    if (ob && ob.regimeSignal === 1) beta *= this.params.ob_stress_beta_mult;
    return { date, boost: computeBaseBoost(signals), beta, signals, w750, w750Threshold: this.w750Threshold };
  }
}
