import { describe, expect, it } from 'vitest';
import { SurvivalMonitor, parseSurvivalConfig } from '../../../src/survival/index.js';

const DAY = 86_400_000;
const T0 = 1_704_067_200_000; // 2024-01-01T00:00:00Z

describe('SurvivalMonitor drawdown peak', () => {
  it('restarts the peak at the first equity reading of a new UTC day by default', () => {
    const m = new SurvivalMonitor({ startMs: T0 });
    m.recordEquity(10_000, T0);
    m.recordEquity(9_000, T0 + 60_000);
    expect(m.drawdown).toBeCloseTo(0.1, 12);
    m.recordEquity(9_000, T0 + DAY);
    expect(m.drawdown).toBe(0);
    m.recordEquity(8_550, T0 + DAY + 60_000);
    expect(m.drawdown).toBeCloseTo(0.05, 12);
  });

  it('keeps the all-time peak with drawdown_peak: run', () => {
    const m = new SurvivalMonitor({ startMs: T0, config: parseSurvivalConfig({ monitor: { drawdown_peak: 'run' } }) });
    m.recordEquity(10_000, T0);
    m.recordEquity(9_000, T0 + DAY);
    expect(m.drawdown).toBeCloseTo(0.1, 12);
  });
});
