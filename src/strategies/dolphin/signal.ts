/**
 * The DOLPHIN signal layer (seed 002 section 4): the vel_div threshold gate and its confidence,
 * direction confirmation (DC) on the selected asset's price, and OB sub-2 imbalance confirmation.
 * SHORT (champion) and LONG share one formula: with (threshold, extreme) = (-0.02, -0.05) for SHORT
 * and (0.01, 0.04) for LONG, ratio = clamp((threshold - vel_div) / (threshold - extreme), 0, 1).
 */
import type { ObSignal } from './ob-provider.js';
import { effectiveImbalance } from './ob-provider.js';
import type { PriceHistory } from './price-history.js';

/** The threshold and extreme of a direction. */
export interface SignalThresholds {
  readonly vel_div_threshold: number;
  readonly vel_div_extreme: number;
  readonly long_threshold: number;
  readonly long_extreme: number;
}

/** Threshold of the direction: SHORT vel_div_threshold (-0.02), LONG long_threshold (0.01). */
export function directionThreshold(direction: number, p: SignalThresholds): number {
  return direction < 0 ? p.vel_div_threshold : p.long_threshold;
}

/** Extreme of the direction: SHORT vel_div_extreme (-0.05), LONG long_extreme (0.04). */
export function directionExtreme(direction: number, p: SignalThresholds): number {
  return direction < 0 ? p.vel_div_extreme : p.long_extreme;
}

/** The gate: SHORT vel_div < threshold, LONG vel_div > long_threshold (strict; NaN never passes). */
export function isSignalActive(velDiv: number, direction: number, p: SignalThresholds): boolean {
  return direction < 0 ? velDiv < p.vel_div_threshold : velDiv > p.long_threshold;
}

/** SHORT vel_div <= extreme, LONG vel_div >= long_extreme. */
export function isExtremeSignal(velDiv: number, direction: number, p: SignalThresholds): boolean {
  return direction < 0 ? velDiv <= p.vel_div_extreme : velDiv >= p.long_extreme;
}

/** clamp((threshold - vel_div) / (threshold - extreme), 0, 1) for the direction; 0 for NaN. */
export function signalRatio(velDiv: number, direction: number, p: SignalThresholds): number {
  const t = directionThreshold(direction, p);
  const r = (t - velDiv) / (t - directionExtreme(direction, p));
  return r > 0 ? (r < 1 ? r : 1) : 0;
}

/** Confidence = 0.50 + ratio x 0.40, in [0.50, 0.90] (section 4.1). */
export function signalConfidence(velDiv: number, direction: number, p: SignalThresholds): number {
  return 0.5 + signalRatio(velDiv, direction, p) * 0.4;
}

export const DcResult = { confirm: 'CONFIRM', contradict: 'CONTRADICT', neutral: 'NEUTRAL' } as const;
export type DcResult = (typeof DcResult)[keyof typeof DcResult];

/**
 * Direction confirmation (section 4.2) on the last `lookback + 1` prices of `asset`:
 * chg_bps = (p[n-1] - p[n-lookback-1]) / p[n-lookback-1] x 1e4. For a SHORT a fall beyond
 * -min_magnitude_bps confirms and a rise beyond +min_magnitude_bps contradicts; a LONG mirrors it.
 * NEUTRAL inside the band or when the history is too short.
 */
export function checkDirectionConfirmation(history: PriceHistory, asset: number, lookback: number, minMagnitudeBps: number, direction: number): DcResult {
  if (history.length(asset) < lookback + 1) return DcResult.neutral;
  const p0 = history.get(asset, lookback);
  const p1 = history.get(asset, 0);
  const chgBps = ((p1 - p0) / p0) * 10_000 * (direction < 0 ? 1 : -1);
  if (chgBps < -minMagnitudeBps) return DcResult.confirm;
  if (chgBps > minMagnitudeBps) return DcResult.contradict;
  return DcResult.neutral;
}

/** Why a signal was refused (null when valid). */
export type SignalSkip = 'NO_SIGNAL' | 'DC_CONTRADICT' | 'OB_CONTRADICT';

/** A generated signal, reused between bars. */
export interface DolphinSignal {
  valid: boolean;
  skip: SignalSkip | null;
  confidence: number;
  isExtreme: boolean;
  dc: DcResult;
  /** Leverage multiplier from DC (dc_leverage_boost on CONFIRM, else 1). */
  dcLeverageMult: number;
}

/** A signal record to reuse. */
export function createSignal(): DolphinSignal {
  return { valid: false, skip: null, confidence: 0, isExtreme: false, dc: DcResult.neutral, dcLeverageMult: 1 };
}

/** Parameters of {@link generateSignal}. */
export interface SignalParams extends SignalThresholds {
  readonly dc_enabled: boolean;
  readonly dc_lookback_bars: number;
  readonly dc_min_magnitude_bps: number;
  readonly dc_skip_contradicts: boolean;
  readonly dc_leverage_boost: number;
}

/**
 * OB sub-2 (section 4.3) on a confidence: eff = direction-adjusted imbalance_ma5, pers =
 * persistence. eff > 0.10: x (1 + min(0.15, eff x pers x 0.5)); eff < -0.15 and pers > 0.60: hard
 * skip (returns NaN); eff < -0.10: x max(0.85, 1 - |eff| x pers x 0.4).
 */
export function applyObConfirmation(confidence: number, ob: ObSignal, direction: number): number {
  const eff = effectiveImbalance(ob.imbalanceMa5, direction);
  const pers = ob.imbalancePersistence;
  if (eff > 0.1) return confidence * (1 + Math.min(0.15, eff * pers * 0.5));
  if (eff < -0.15 && pers > 0.6) return NaN;
  if (eff < -0.1) return confidence * Math.max(0.85, 1 - Math.abs(eff) * pers * 0.4);
  return confidence;
}

/**
 * The signal for the selected asset (section 4): gate, confidence and is_extreme from vel_div; DC
 * on the asset's price (a CONTRADICT skips when dc_skip_contradicts); OB sub-2 when `ob` is given.
 */
export function generateSignal(
  velDiv: number,
  direction: number,
  history: PriceHistory,
  asset: number,
  ob: ObSignal | null,
  p: SignalParams,
  out: DolphinSignal,
): DolphinSignal {
  out.valid = false;
  out.skip = null;
  out.dc = DcResult.neutral;
  out.dcLeverageMult = 1;
  out.isExtreme = isExtremeSignal(velDiv, direction, p);
  out.confidence = signalConfidence(velDiv, direction, p);
  if (!isSignalActive(velDiv, direction, p)) {
    out.skip = 'NO_SIGNAL';
    return out;
  }
  if (p.dc_enabled) {
    out.dc = checkDirectionConfirmation(history, asset, p.dc_lookback_bars, p.dc_min_magnitude_bps, direction);
    if (out.dc === DcResult.contradict && p.dc_skip_contradicts) {
      out.skip = 'DC_CONTRADICT';
      return out;
    }
    if (out.dc === DcResult.confirm) out.dcLeverageMult = p.dc_leverage_boost;
  }
  if (ob) {
    const c = applyObConfirmation(out.confidence, ob, direction);
    if (Number.isNaN(c)) {
      out.skip = 'OB_CONTRADICT';
      return out;
    }
    out.confidence = c;
  }
  out.valid = true;
  return out;
}
