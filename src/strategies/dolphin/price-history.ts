/**
 * Per-asset price histories in one typed-array ring buffer. The seed keeps Python lists capped at
 * 200-500 prices (section 13.1) but only ever reads the last `irp_window` (50) and the DC lookback
 * (8) of them: a ring of `capacity` >= both gives the same reads with no allocation per bar.
 */
import { InvariantError } from '../../market/index.js';

/** Ring buffers of the last `capacity` positive prices of each asset. */
export class PriceHistory {
  private readonly data: Float64Array;
  /** Index of the next write, per asset. */
  private readonly heads: Int32Array;
  /** Prices stored, per asset (saturates at capacity). */
  private readonly counts: Int32Array;

  /** @throws InvariantError for a non-positive asset count or capacity. */
  constructor(
    readonly nAssets: number,
    readonly capacity: number,
  ) {
    if (!(Number.isInteger(nAssets) && nAssets > 0)) throw new InvariantError('nAssets', 'not a positive integer', nAssets);
    if (!(Number.isInteger(capacity) && capacity > 0)) throw new InvariantError('capacity', 'not a positive integer', capacity);
    this.data = new Float64Array(nAssets * capacity);
    this.heads = new Int32Array(nAssets);
    this.counts = new Int32Array(nAssets);
  }

  /** Appends every positive price of a row (NaN, 0 and negatives are skipped, as in the seed). */
  pushRow(prices: Float64Array): void {
    const cap = this.capacity;
    for (let a = 0; a < this.nAssets; a++) {
      const p = prices[a] as number;
      if (!(p > 0)) continue;
      const h = this.heads[a] as number;
      this.data[a * cap + h] = p;
      this.heads[a] = h + 1 === cap ? 0 : h + 1;
      if ((this.counts[a] as number) < cap) this.counts[a] = (this.counts[a] as number) + 1;
    }
  }

  /** Number of prices held for an asset (at most capacity). */
  length(asset: number): number {
    return this.counts[asset] as number;
  }

  /** The price `back` steps before the latest (0 = latest); NaN when not held. */
  get(asset: number, back: number): number {
    if (back < 0 || back >= (this.counts[asset] as number)) return NaN;
    const cap = this.capacity;
    let i = (this.heads[asset] as number) - 1 - back;
    if (i < 0) i += cap;
    return this.data[asset * cap + i] as number;
  }

  /**
   * Copies the last `n` prices of an asset into `out[0..n)`, oldest first. Returns false (out
   * untouched) when fewer than n are held.
   */
  copyLast(asset: number, n: number, out: Float64Array): boolean {
    if ((this.counts[asset] as number) < n) return false;
    const cap = this.capacity;
    const base = asset * cap;
    let i = (this.heads[asset] as number) - n;
    if (i < 0) i += cap;
    for (let k = 0; k < n; k++) {
      out[k] = this.data[base + i] as number;
      i = i + 1 === cap ? 0 : i + 1;
    }
    return true;
  }
}
