/**
 * Average true range with Nautilus's exact rules (indicators/volatility.pyx@1.221,
 * AverageTrueRange with its defaults: simple moving average, use_previous=True, no floor):
 * true range = max(previous close, high) - min(low, previous close), where the first bar's
 * previous close is its own close (so its true range is high - low); the value is the simple
 * mean of the last `period` true ranges (of all so far before that). Initialized after `period`
 * bars. Allocates nothing per update.
 */
import { invariant } from '../errors.js';

export class Atr {
  readonly period: number;
  /** Current ATR, price units; 0 before the first bar. */
  value = 0;
  /** Bars seen. */
  count = 0;
  private readonly ranges: Float64Array;
  private next = 0;
  private previousClose = 0;

  /** @param period bars in the average (integer > 0); Nautilus's usual choice is 14. */
  constructor(period: number) {
    invariant(Number.isInteger(period) && period > 0, 'period', 'not a positive integer', period);
    this.period = period;
    this.ranges = new Float64Array(period);
  }

  /** Feeds one bar's high, low and close. */
  update(high: number, low: number, close: number): void {
    if (this.count === 0) this.previousClose = close;
    const trueRange = Math.max(this.previousClose, high) - Math.min(low, this.previousClose);
    this.previousClose = close;
    this.ranges[this.next] = trueRange;
    this.next = (this.next + 1) % this.period;
    this.count += 1;
    const n = Math.min(this.count, this.period);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += this.ranges[i] ?? 0;
    this.value = sum / n;
  }

  /** True after `period` bars. */
  get initialized(): boolean {
    return this.count >= this.period;
  }

  reset(): void {
    this.value = 0;
    this.count = 0;
    this.next = 0;
    this.previousClose = 0;
    this.ranges.fill(0);
  }
}
