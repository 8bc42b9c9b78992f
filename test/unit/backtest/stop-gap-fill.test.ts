import { describe, expect, it } from 'vitest';
import { runScenario, type Scenario } from './scenario-harness.js';

/** Long 0.010 at the close of bar 1, a reduce-only stop-market sell at 46300.0 from bar 2, bar 3 as given. */
function scenario(stopGapFill: 'trigger' | 'open', bar3: [number, number, number, number]): Scenario {
  return {
    description: 'stop gap rule',
    venue: { stop_gap_fill: stopGapFill },
    series: [
      {
        bar_type: 'BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL',
        start: '2022-01-01T00:01:00Z',
        bars: [
          [46300.0, 46400.0, 46200.0, 46400.0, 100],
          [46400.0, 46450.0, 46350.0, 46420.0, 100],
          [46420.0, 46460.0, 46380.0, 46440.0, 100],
          [...bar3, 100],
        ],
      },
    ],
    actions: [
      { at: { bar: 1 }, do: [{ op: 'market', side: 'BUY', qty: '0.010' }] },
      { at: { bar: 2 }, do: [{ op: 'stop_market', side: 'SELL', qty: '0.010', trigger: '46300.0', reduce_only: true }] },
    ],
  };
}

function stopFill(s: Scenario): string | undefined {
  return runScenario(s).result.fills.find((f) => f.order_id === 'O-000002')?.price;
}

describe('stop_gap_fill', () => {
  it('fills a stop the open gaps through at its trigger under trigger (Nautilus 1.221)', () => {
    expect(stopFill(scenario('trigger', [45800.0, 45900.0, 45700.0, 45850.0]))).toBe('46300.0');
  });

  it('fills a stop the open gaps through at the open under open (Nautilus 1.222+)', () => {
    expect(stopFill(scenario('open', [45800.0, 45900.0, 45700.0, 45850.0]))).toBe('45800.0');
  });

  it('fills a stop reached inside the bar at its trigger under open', () => {
    expect(stopFill(scenario('open', [46400.0, 46410.0, 46200.0, 46250.0]))).toBe('46300.0');
  });
});
