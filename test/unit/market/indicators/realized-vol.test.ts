import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvariantError, RealizedVol } from '../../../../src/market/index.js';

// Closes of the first 9 bars of ../shared/data/btcusdt-perp-1m-2022-01.csv and numpy's
// std(log returns of the last <= 5, ddof=1) after each close from the second on.
const CLOSES = [46377.0, 46411.0, 46425.0, 46420.0, 46427.0, 46435.0, 46420.0, 46411.0, 46415.0];
const NUMPY_STD5 = [0, 0, 0.0003049371700553982, 0.0004203275940343069, 0.0003521860083593442, 0.0003080769185706333, 0.00025092564297827857, 0.00021668610561367607, 0.0002233332783022629];

describe('RealizedVol', () => {
  it('matches numpy std(ddof=1) of the last five log returns', () => {
    const vol = new RealizedVol(5);
    CLOSES.forEach((c, i) => {
      vol.update(c);
      expect(vol.value, `close ${i}`).toBeCloseTo(NUMPY_STD5[i] ?? Number.NaN, 15);
    });
  });

  it('is initialized after period returns, i.e. period + 1 closes', () => {
    const vol = new RealizedVol(5);
    const flags = CLOSES.slice(0, 7).map((c) => {
      vol.update(c);
      return vol.initialized;
    });
    expect(flags).toEqual([false, false, false, false, false, true, true]);
  });

  it('ignores non-positive and non-finite closes', () => {
    const vol = new RealizedVol(2);
    for (const c of [100, 0, -5, Number.NaN, 101, 102]) vol.update(c);
    expect(vol.count).toBe(2);
  });

  it('is zero on a constant price', () => {
    const vol = new RealizedVol(3);
    for (let i = 0; i < 6; i++) vol.update(250);
    expect(vol.value).toBe(0);
  });

  it('rejects a period under 2', () => {
    expect(() => new RealizedVol(1)).toThrow(InvariantError);
  });

  it('does not depend on the price scale', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.5, max: 2, noNaN: true }), { minLength: 3, maxLength: 40 }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (moves, scale) => {
        const a = new RealizedVol(5);
        const b = new RealizedVol(5);
        let px = 100;
        for (const m of moves) {
          px *= m;
          a.update(px);
          b.update(px * scale);
        }
        return Math.abs(a.value - b.value) <= 1e-9;
      }),
    );
  });
});
