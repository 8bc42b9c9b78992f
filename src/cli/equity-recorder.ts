/**
 * Records the account equity (balance + unrealized PnL at the bar close) once per distinct bar
 * close time, the series the metrics use in every engine.
 */
import type { SessionObserver } from '../host/index.js';

export class EquityRecorder implements SessionObserver {
  readonly tsMs: number[] = [];
  readonly equity: number[] = [];

  afterBar(bar: { tsMs: number }, runner: { portfolio: { equity(): number } }): void {
    const eq = runner.portfolio.equity();
    const n = this.tsMs.length;
    if (n > 0 && this.tsMs[n - 1] === bar.tsMs) {
      this.equity[n - 1] = eq;
      return;
    }
    this.tsMs.push(bar.tsMs);
    this.equity.push(eq);
  }
}
