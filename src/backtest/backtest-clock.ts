/**
 * The event clock of an in-process backtest: milliseconds held as a number, nanoseconds computed
 * only when asked (ManualClock builds a bigint on every set, which the bar loop cannot afford).
 */
import { InvariantError, type Clock } from '../market/index.js';

/** A clock that only moves when the driver says so; see the module comment. */
export class BacktestClock implements Clock {
  /**
   * The time (ms) in a one-element Float64Array: the bar loop stores each bar's time here
   * directly, so a double is never boxed to cross a call per bar. Write only times >= the current
   * one (or go through {@link setMs}, which checks).
   */
  readonly timeCell = new Float64Array(1);

  /** @param startMs initial time, ms since the epoch (default 0). */
  constructor(startMs = 0) {
    this.timeCell[0] = startMs;
  }

  nowMs(): number {
    return this.timeCell[0] as number;
  }

  nowNs(): bigint {
    return BigInt(this.nowMs()) * 1_000_000n;
  }

  /**
   * Moves the clock to `ms`.
   * @throws InvariantError when time would go backwards.
   */
  setMs(ms: number): void {
    const now = this.nowMs();
    if (ms < now) throw new InvariantError('clock time', `before the current ${now}`, ms);
    this.timeCell[0] = ms;
  }
}
