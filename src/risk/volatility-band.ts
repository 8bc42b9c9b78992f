/**
 * Seed 000 B.2: volatility bands. A metric (see `sltp.vol_metric`) is compared with the active
 * mode's `vol_threshold`: VOL_HIGH at or above it, VOL_LOW below; with `medium_band` > 0, values
 * within threshold x (1 +/- medium_band) are VOL_MEDIUM.
 */
import { invariant } from '../market/index.js';
import type { SltpConfig } from './config.js';

export const VolBand = { low: 'VOL_LOW', medium: 'VOL_MEDIUM', high: 'VOL_HIGH' } as const;
export type VolBand = (typeof VolBand)[keyof typeof VolBand];

/** The volatility inputs a market snapshot offers; null when not (yet) known. */
export interface VolatilityInputs {
  /** Reference price (> 0). */
  readonly price: number;
  /** Average true range, price units. */
  readonly atr: number | null;
  /** Mean ATR over the baseline window, price units. */
  readonly atrBaseline: number | null;
  /** Realized volatility per bar (fraction). */
  readonly realizedVol: number | null;
}

/**
 * Classifies `metric` against `threshold`; see the module comment.
 * @throws InvariantError when metric is negative or not finite, threshold is not positive, or
 *   mediumBand is outside [0, 1).
 */
export function classifyVolatility(metric: number, threshold: number, mediumBand = 0): VolBand {
  invariant(Number.isFinite(metric) && metric >= 0, 'volatility metric', 'not a finite number >= 0', metric);
  invariant(Number.isFinite(threshold) && threshold > 0, 'vol_threshold', 'not positive', threshold);
  invariant(mediumBand >= 0 && mediumBand < 1, 'medium_band', 'not in [0, 1)', mediumBand);
  if (mediumBand > 0 && metric >= threshold * (1 - mediumBand) && metric < threshold * (1 + mediumBand)) return VolBand.medium;
  return metric >= threshold ? VolBand.high : VolBand.low;
}

/**
 * The configured volatility metric, or null when its inputs are missing or invalid (the engine
 * then refuses the entry with DATA_MISSING): `atr_ratio` = atr / atrBaseline, `atr_pct` =
 * 100 x atr / price, `realized_vol_pct` = 100 x realizedVol.
 */
export function computeVolMetric(kind: SltpConfig['vol_metric'], v: VolatilityInputs): number | null {
  const ok = (x: number | null): x is number => x !== null && Number.isFinite(x) && x > 0;
  switch (kind) {
    case 'atr_ratio':
      return ok(v.atr) && ok(v.atrBaseline) ? v.atr / v.atrBaseline : null;
    case 'atr_pct':
      return ok(v.atr) && ok(v.price) ? (100 * v.atr) / v.price : null;
    case 'realized_vol_pct':
      return ok(v.realizedVol) ? 100 * v.realizedVol : null;
  }
}

/** The active mode's threshold. */
export function volThreshold(cfg: SltpConfig): number {
  return cfg.mode === 'atr' ? cfg.atr.vol_threshold : cfg.percent.vol_threshold;
}
