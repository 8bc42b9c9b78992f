import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bucketBoost,
  CHAMPION_PARAMS,
  computeFinalLeverage,
  computeSize,
  createSizeResult,
  dynamicLeverage,
  signalBucket,
  signalStrength,
  streakMultiplier,
  TradeStats,
  trendMultiplier,
} from '../../../src/strategies/dolphin/index.js';

const p = CHAMPION_PARAMS;

describe('dynamicLeverage', () => {
  it.each([
    [0, 0.5],
    [0.5, 0.5 + 0.125 * 4.5],
    [1, 5.0],
  ])('gives strength %s leverage %s', (s, lev) => {
    expect(dynamicLeverage(s, p)).toBeCloseTo(lev, 12);
  });

  it('stays in [0.5, 5.0] before ACB for any vel_div', () => {
    fc.assert(fc.property(fc.double({ min: -1, max: 1, noNaN: true }), fc.constantFrom(-1, 1), (vd, d) => {
      const lev = dynamicLeverage(signalStrength(vd, d, p), p);
      return lev >= 0.5 && lev <= 5.0;
    }));
  });
});

describe('signalStrength', () => {
  it('is 1 at the extreme and the ratio above it', () => {
    expect(signalStrength(-0.05, -1, p)).toBe(1);
    expect(signalStrength(-0.035, -1, p)).toBeCloseTo(0.5, 12);
    expect(signalStrength(-0.01, -1, p)).toBe(0);
  });
});

describe('signalBucket', () => {
  it.each([
    [-0.09, 0],
    [-0.0751, 0],
    [-0.0749, 1],
    [-0.05, 1],
    [-0.0499, 2],
    [-0.035, 2],
    [-0.0349, 3],
    [-0.021, 3],
  ])('puts vel_div %s in bucket %s (SHORT)', (vd, b) => {
    expect(signalBucket(vd, -1, p)).toBe(b);
  });

  it('keeps the seed float arithmetic at the -0.075 edge (-0.05 x 1.5 = -0.07500000000000001)', () => {
    expect(signalBucket(-0.075, -1, p)).toBe(1);
  });

  it.each([
    [0.06, 0],
    [0.04, 1],
    [0.025, 2],
    [0.02, 3],
  ])('puts vel_div %s in bucket %s (LONG)', (vd, b) => {
    expect(signalBucket(vd, 1, p)).toBe(b);
  });
});

describe('alpha multipliers', () => {
  it.each([
    [0.61, 1.3],
    [0.6, 1.1],
    [0.56, 1.1],
    [0.5, 1],
    [0.44, 0.85],
    [0.39, 0.7],
  ])('gives bucket win rate %s boost %s', (wr, b) => {
    expect(bucketBoost(wr)).toBe(b);
  });

  it.each([
    [5, 0.5],
    [4, 0.5],
    [3, 0.7],
    [2, 1],
    [1, 1.1],
    [0, 1.1],
  ])('gives %s losses in the last 5 a streak multiplier %s', (l, m) => {
    expect(streakMultiplier(l)).toBe(m);
  });

  it.each([
    [-0.011, -1, 1.3],
    [0.011, -1, 0.7],
    [0.005, -1, 1],
    [0.011, 1, 1.3],
  ])('gives vd_trend %s (direction %s) a trend multiplier %s', (t, d, m) => {
    expect(trendMultiplier(t, d)).toBe(m);
  });
});

describe('computeSize', () => {
  it('sizes a moderate signal: base 0.11 x 0.55/0.95', () => {
    const s = computeSize(-0.035, 0, -1, new TradeStats(), p, createSizeResult());
    expect(s.fraction).toBeCloseTo(0.11 * (0.55 / 0.95), 12);
    expect(s.leverage).toBeCloseTo(1.0625, 12);
    expect(s.bucket).toBe(2);
  });

  it('clamps an extreme signal to the 0.20 fraction', () => {
    expect(computeSize(-0.06, -0.02, -1, new TradeStats(), p, createSizeResult()).fraction).toBe(0.2);
  });

  it('never leaves [0.02, 0.20]', () => {
    fc.assert(fc.property(fc.double({ min: -0.2, max: 0, noNaN: true }), fc.double({ min: -0.1, max: 0.1, noNaN: true }), (vd, trend) => {
      const f = computeSize(vd, trend, -1, new TradeStats(), p, createSizeResult()).fraction;
      return f >= 0.02 && f <= 0.2;
    }));
  });

  it('applies the bucket boost only after 5 trades in the bucket', () => {
    const stats = new TradeStats();
    for (let i = 0; i < 4; i++) stats.record(2, true);
    expect(computeSize(-0.035, 0, -1, stats, p, createSizeResult()).bucketBoost).toBe(1);
    stats.record(2, true);
    expect(computeSize(-0.035, 0, -1, stats, p, createSizeResult()).bucketBoost).toBe(1.3);
  });

  it('halves size after 4 losses in the last 5 trades', () => {
    const stats = new TradeStats();
    [true, false, false, false, false].forEach((w) => stats.record(3, w));
    expect(computeSize(-0.035, 0, -1, stats, p, createSizeResult()).streakMult).toBe(0.5);
  });
});

describe('computeFinalLeverage', () => {
  const base = { leverage: 5, dcLeverageMult: 1, regimeSizeMult: 1, marketObMult: 1, postureCap: null };
  it('keeps 5.0 without ACB', () => {
    expect(computeFinalLeverage(base, p)).toBe(5);
  });

  it('lets ACB lift leverage up to the 6.0 absolute ceiling', () => {
    expect(computeFinalLeverage({ ...base, leverage: 4, regimeSizeMult: 1.347 }, p)).toBeCloseTo(5.388, 12);
    expect(computeFinalLeverage({ ...base, regimeSizeMult: 1.693 }, p)).toBe(6);
  });

  it('caps STALKER at 2.0', () => {
    expect(computeFinalLeverage({ ...base, postureCap: 2 }, p)).toBe(2);
  });

  it('floors at 0.5 and lets an ORANGE-halved ceiling win', () => {
    expect(computeFinalLeverage({ ...base, leverage: 0.5, regimeSizeMult: 0.5 }, p)).toBe(0.5);
    expect(computeFinalLeverage({ ...base, leverage: 5, regimeSizeMult: 0.5 }, p)).toBe(2.5);
  });
});
