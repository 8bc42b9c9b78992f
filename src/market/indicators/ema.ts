/**
 * Exponential moving average with Nautilus's exact arithmetic (indicators/averages.pyx@1.221):
 * alpha = 2 / (period + 1); the first input seeds the value, and every input (the first included)
 * then applies value = alpha * x + (1 - alpha) * value. Initialized after `period` inputs.
 */
import { invariant } from '../errors.js';

export class Ema {
  readonly period: number;
  readonly alpha: number;
  value = 0;
  count = 0;

  /** @param period number of inputs before {@link initialized} (integer > 0). */
  constructor(period: number) {
    invariant(Number.isInteger(period) && period > 0, 'period', 'not a positive integer', period);
    this.period = period;
    this.alpha = 2.0 / (period + 1.0);
  }

  /** Feeds one value (a bar close). */
  update(x: number): void {
    if (this.count === 0) this.value = x;
    this.value = this.alpha * x + (1.0 - this.alpha) * this.value;
    this.count += 1;
  }

  get initialized(): boolean {
    return this.count >= this.period;
  }

  reset(): void {
    this.value = 0;
    this.count = 0;
  }
}
