import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Atr, InvariantError } from '../../../../src/market/index.js';

// The first 20 bars of ../shared/data/btcusdt-perp-1m-2022-01.csv (high, low, close) and the value
// of Nautilus 1.221's AverageTrueRange(5) after each (update_raw, default SIMPLE / use_previous).
const NAUTILUS_ATR5: ReadonlyArray<readonly [number, number, number, number]> = [
  [46385.0, 46319.0, 46377.0, 66.0],
  [46411.0, 46377.0, 46411.0, 50.0],
  [46425.0, 46411.0, 46425.0, 38.0],
  [46425.0, 46420.0, 46420.0, 29.75],
  [46437.0, 46420.0, 46427.0, 27.2],
  [46435.0, 46424.0, 46435.0, 16.2],
  [46435.0, 46379.0, 46420.0, 20.6],
  [46420.0, 46405.0, 46411.0, 20.8],
  [46429.0, 46372.0, 46415.0, 31.2],
  [46456.0, 46415.0, 46435.0, 36.0],
  [46448.0, 46420.0, 46448.0, 39.4],
  [46448.0, 46396.0, 46420.0, 38.6],
  [46438.0, 46407.0, 46435.0, 41.8],
  [46459.0, 46435.0, 46456.0, 35.2],
  [46475.0, 46425.0, 46431.0, 37.0],
  [46456.0, 46431.0, 46441.0, 36.4],
  [46445.0, 46412.0, 46412.0, 32.6],
  [46471.0, 46412.0, 46470.0, 38.2],
  [46474.0, 46453.0, 46467.0, 37.6],
  [46478.0, 46458.0, 46458.0, 31.6],
];

describe('Atr', () => {
  it('matches Nautilus AverageTrueRange(5) bar for bar on real BTCUSDT bars', () => {
    const atr = new Atr(5);
    NAUTILUS_ATR5.forEach(([h, l, c, expected], i) => {
      atr.update(h, l, c);
      expect(atr.value, `bar ${i}`).toBeCloseTo(expected, 9);
      expect(atr.initialized, `bar ${i}`).toBe(i >= 4);
    });
  });

  it('uses high - low as the first true range', () => {
    const atr = new Atr(3);
    atr.update(110, 100, 105);
    expect(atr.value).toBe(10);
  });

  it('extends the true range to a gap from the previous close', () => {
    const atr = new Atr(1);
    atr.update(101, 99, 100);
    atr.update(121, 119, 120);
    expect(atr.value).toBe(21);
  });

  it('starts over after reset', () => {
    const atr = new Atr(2);
    atr.update(110, 100, 105);
    atr.update(130, 100, 105);
    atr.reset();
    atr.update(102, 100, 101);
    expect([atr.value, atr.count, atr.initialized]).toEqual([2, 1, false]);
  });

  it('rejects a period that is not a positive integer', () => {
    expect(() => new Atr(0)).toThrow(InvariantError);
  });

  it('never goes negative on valid bars', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 1, max: 1e5, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 20 }), (bars, period) => {
        const atr = new Atr(period);
        for (const [low, spread, pos] of bars) {
          const high = low * (1 + spread);
          atr.update(high, low, low + (high - low) * pos);
          if (!(atr.value >= 0)) return false;
        }
        return true;
      }),
    );
  });
});
