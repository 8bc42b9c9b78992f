/**
 * The DOLPHIN eigenvalue-velocity features of one bar close (seed 002 section 3.1) and the feed a
 * strategy reads them from. A feed is either file-backed (the vbt_cache_klines day files) or
 * computed online from the asset prices by {@link EigenVelocityEngine}.
 */

/** Names of the feature (meta) columns of a vbt_cache_klines day file, in file order. */
export const FEATURE_COLUMNS = [
  'vel_div',
  'v50_lambda_max_velocity',
  'v150_lambda_max_velocity',
  'v300_lambda_max_velocity',
  'v750_lambda_max_velocity',
  'instability_50',
  'instability_150',
] as const;
export type FeatureColumn = (typeof FEATURE_COLUMNS)[number];

/**
 * The features at one bar close; a mutable record so hot paths reuse one instance. NaN means
 * "not available" (warm-up, or no row): every threshold comparison with NaN is false, so a NaN
 * vel_div never produces a signal.
 */
export interface FeatureRow {
  /** v50 - v750 velocity divergence, the primary signal (dimensionless, per bar). */
  velDiv: number;
  v50: number;
  v150: number;
  v300: number;
  v750: number;
  /** Market instability index over 50 bars, in [0, 1]. */
  instability50: number;
  instability150: number;
}

/** A feature row with every field NaN. */
export function createFeatureRow(): FeatureRow {
  return { velDiv: NaN, v50: NaN, v150: NaN, v300: NaN, v750: NaN, instability50: NaN, instability150: NaN };
}

/** Sets every field of `row` to NaN and returns it. */
export function clearFeatureRow(row: FeatureRow): FeatureRow {
  row.velDiv = NaN;
  row.v50 = NaN;
  row.v150 = NaN;
  row.v300 = NaN;
  row.v750 = NaN;
  row.instability50 = NaN;
  row.instability150 = NaN;
  return row;
}

/** Where a strategy reads the features of a bar close. */
export interface FeatureFeed {
  /**
   * Copies the features of the row closing at `tsMs` (ms since epoch, UTC) into `out`. Returns
   * false, leaving `out` untouched, when the feed has no row at exactly that time.
   */
  read(tsMs: number, out: FeatureRow): boolean;
}
