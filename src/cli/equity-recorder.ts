/**
 * Records the account equity (balance + unrealized PnL at the last price: a bar's close, a
 * trade's price, a quote's mid) once per distinct event time of the market data, the series the
 * metrics use in every engine.
 */
import type { SessionObserver } from '../host/index.js';

type EquityRunner = { portfolio: { equity(): number } };

export class EquityRecorder implements SessionObserver {
  readonly tsMs: number[] = [];
  readonly equity: number[] = [];

  afterBar(bar: { tsMs: number }, runner: EquityRunner): void {
    this.record(bar.tsMs, runner);
  }

  afterTick(tsMs: number, runner: EquityRunner): void {
    this.record(tsMs, runner);
  }

  private record(tsMs: number, runner: EquityRunner): void {
    const eq = runner.portfolio.equity();
    const n = this.tsMs.length;
    if (n > 0 && this.tsMs[n - 1] === tsMs) {
      this.equity[n - 1] = eq;
      return;
    }
    this.tsMs.push(tsMs);
    this.equity.push(eq);
  }
}
