/**
 * A file-backed {@link FeatureFeed}: the feature columns of every row of a vbt dataset, looked up by
 * bar close time. Sequential reads (the normal case) cost O(1) through a cursor; anything else
 * falls back to a binary search.
 */
import { FEATURE_COLUMNS, type FeatureFeed, type FeatureRow } from '../features/feature-feed.js';

/** Feature columns over the whole dataset, rows ascending by close time. */
export class VbtFeatureFeed implements FeatureFeed {
  private cursor = 0;

  /**
   * @param tsMs close times of all rows, strictly ascending.
   * @param columns the seven feature columns in FEATURE_COLUMNS order, each as long as tsMs.
   * @throws Error when the shapes disagree.
   */
  constructor(
    readonly tsMs: Float64Array,
    readonly columns: readonly Float64Array[],
  ) {
    if (columns.length !== FEATURE_COLUMNS.length) throw new Error(`invalid feature columns, not ${FEATURE_COLUMNS.length}, was ${columns.length}`);
    for (const c of columns) if (c.length !== tsMs.length) throw new Error(`invalid feature column length, not ${tsMs.length}, was ${c.length}`);
  }

  /** Number of rows. */
  get length(): number {
    return this.tsMs.length;
  }

  /** Row index of the close time `tsMs`, or -1. */
  indexOf(tsMs: number): number {
    const ts = this.tsMs;
    const i = this.cursor;
    if (i < ts.length && ts[i] === tsMs) return i;
    if (i + 1 < ts.length && ts[i + 1] === tsMs) {
      this.cursor = i + 1;
      return i + 1;
    }
    let lo = 0;
    let hi = ts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = ts[mid] as number;
      if (v === tsMs) {
        this.cursor = mid;
        return mid;
      }
      if (v < tsMs) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  read(tsMs: number, out: FeatureRow): boolean {
    const i = this.indexOf(tsMs);
    if (i < 0) return false;
    const c = this.columns;
    out.velDiv = (c[0] as Float64Array)[i] as number;
    out.v50 = (c[1] as Float64Array)[i] as number;
    out.v150 = (c[2] as Float64Array)[i] as number;
    out.v300 = (c[3] as Float64Array)[i] as number;
    out.v750 = (c[4] as Float64Array)[i] as number;
    out.instability50 = (c[5] as Float64Array)[i] as number;
    out.instability150 = (c[6] as Float64Array)[i] as number;
    return true;
  }
}
