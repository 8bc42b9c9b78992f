/**
 * Realized volatility: the sample standard deviation (n - 1 denominator) of the last `period`
 * log returns ln(close_t / close_t-1), per bar and unannualised (0.001 = 0.1 % per bar).
 * Initialized after `period` returns, i.e. `period + 1` closes. Non-positive closes are ignored
 * (no log return exists for them). Allocates nothing per update.
 */
import { invariant } from '../errors.js';

export class RealizedVol {
  readonly period: number;
  /** Current realized volatility per bar (fraction); 0 until two returns exist. */
  value = 0;
  /** Returns seen. */
  count = 0;
  private readonly returns: Float64Array;
  private next = 0;
  private previousClose = Number.NaN;

  /** @param period log returns in the window (integer >= 2). */
  constructor(period: number) {
    invariant(Number.isInteger(period) && period >= 2, 'period', 'not an integer >= 2', period);
    this.period = period;
    this.returns = new Float64Array(period);
  }

  /** Feeds one close. */
  update(close: number): void {
    if (!(close > 0) || !Number.isFinite(close)) return;
    const prev = this.previousClose;
    this.previousClose = close;
    if (Number.isNaN(prev)) return;
    this.returns[this.next] = Math.log(close / prev);
    this.next = (this.next + 1) % this.period;
    this.count += 1;
    this.value = this.computeStd(Math.min(this.count, this.period));
  }

  /** True after `period` returns. */
  get initialized(): boolean {
    return this.count >= this.period;
  }

  reset(): void {
    this.value = 0;
    this.count = 0;
    this.next = 0;
    this.previousClose = Number.NaN;
    this.returns.fill(0);
  }

  private computeStd(n: number): number {
    if (n < 2) return 0;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += this.returns[i] ?? 0;
    const mean = sum / n;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const d = (this.returns[i] ?? 0) - mean;
      squares += d * d;
    }
    return Math.sqrt(squares / (n - 1));
  }
}
