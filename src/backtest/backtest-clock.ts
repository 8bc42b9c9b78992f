/**
 * The event clock of an in-process backtest: milliseconds held as a number, nanoseconds computed
 * only when asked (ManualClock builds a bigint on every set, which the bar loop cannot afford).
 */
import { InvariantError, type Clock } from '../market/index.js';

/** A clock that only moves when the driver says so; see the module comment. */
export class BacktestClock implements Clock {
  private ms: number;

  /** @param startMs initial time, ms since the epoch (default 0). */
  constructor(startMs = 0) {
    this.ms = startMs;
  }

  nowMs(): number {
    return this.ms;
  }

  nowNs(): bigint {
    return BigInt(this.ms) * 1_000_000n;
  }

  /**
   * Moves the clock to `ms`.
   * @throws InvariantError when time would go backwards.
   */
  setMs(ms: number): void {
    if (ms < this.ms) throw new InvariantError('clock time', `before the current ${this.ms}`, ms);
    this.ms = ms;
  }
}
