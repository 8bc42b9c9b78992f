import { describe, expect, it } from 'vitest';
import { Atr } from '../../../src/market/index.js';
import { VolatilityTracker } from '../../../src/risk/index.js';
import { bar, MINUTE, riskConfig, T0 } from './helpers.js';

const CFG = riskConfig({ volatility: { atr_period: 3, atr_baseline_period: 4, realized_vol_period: 2 } }).volatility;

function ranges(n: number): Array<[number, number, number]> {
  return Array.from({ length: n }, (_, i) => [100 + i + (i % 3), 100 + i - 1, 100 + i] as [number, number, number]);
}

describe('VolatilityTracker', () => {
  it('reports nothing before warm-up', () => {
    const t = new VolatilityTracker(CFG);
    t.onBar(bar(T0, 100, 101, 99, 100));
    expect(t.snapshot(bar(T0, 0, 0, 0, 0).instrumentId)).toEqual({ atr: null, atrBaseline: null, realizedVol: null, bars: 1 });
  });

  it('reports the ATR and the mean of its last atr_baseline_period values', () => {
    const t = new VolatilityTracker(CFG);
    const atr = new Atr(3);
    const values: number[] = [];
    ranges(8).forEach(([h, l, c], i) => {
      t.onBar(bar(T0 + i * MINUTE, c, h, l, c));
      atr.update(h, l, c);
      if (atr.initialized) values.push(atr.value);
    });
    const snap = t.snapshot('BTCUSDT-PERP.BINANCE');
    const last4 = values.slice(-4);
    expect(snap.atr).toBe(atr.value);
    expect(snap.atrBaseline).toBeCloseTo(last4.reduce((a, b) => a + b, 0) / 4, 12);
  });

  it('follows the first bar type of an instrument and ignores others', () => {
    const t = new VolatilityTracker(CFG);
    t.onBar(bar(T0, 100, 101, 99, 100));
    t.onBar({ ...bar(T0 + MINUTE, 100, 200, 50, 150), barType: 'BTCUSDT-PERP.BINANCE-5-MINUTE-LAST-EXTERNAL' });
    expect(t.snapshot('BTCUSDT-PERP.BINANCE').bars).toBe(1);
  });

  it('keeps instruments apart', () => {
    const t = new VolatilityTracker(CFG);
    t.onBar(bar(T0, 100, 101, 99, 100, 'ETHUSDT-PERP.BINANCE'));
    expect([t.snapshot('ETHUSDT-PERP.BINANCE').bars, t.snapshot('BTCUSDT-PERP.BINANCE').bars]).toEqual([1, 0]);
  });
});
