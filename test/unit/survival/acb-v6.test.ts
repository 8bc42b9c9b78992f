import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AcbV6,
  acbParamsSchema,
  computeAcbSignals,
  computeBaseBoost,
  computeDynamicBeta,
  computeRegimeSizeMult,
  isSubdayForceExit,
  percentileLinear,
  type AcbFactors,
} from '../../../src/survival/index.js';

const calm: AcbFactors = { funding_btc: 0.0001, dvol_btc: 40, fng: 70, taker: 1.05 };

describe('computeBaseBoost', () => {
  it.each([
    [0, 1],
    [0.5, 1],
    [0.99, 1],
    [1, 1.347],
    [2, 1.549],
    [3, 1.693],
  ])('gives %s signals a boost of %s (seed 10.2)', (signals, boost) => {
    expect(computeBaseBoost(signals)).toBeCloseTo(boost, 3);
  });

  it('is 1 + 0.5 ln(1 + signals) from one signal up', () => {
    fc.assert(fc.property(fc.double({ min: 1, max: 10, noNaN: true }), (s) => Math.abs(computeBaseBoost(s) - (1 + 0.5 * Math.log1p(s))) < 1e-12));
  });
});

describe('computeAcbSignals', () => {
  it.each([
    ['funding very bearish', { funding_btc: -0.00011 }, 1],
    ['funding mildly bearish', { funding_btc: -0.00005 }, 0.5],
    ['funding at -0.0001 is only mild', { funding_btc: -0.0001 }, 0.5],
    ['dvol extreme', { dvol_btc: 81 }, 1],
    ['dvol elevated', { dvol_btc: 60 }, 0.5],
    ['dvol at 80 is only elevated', { dvol_btc: 80 }, 0.5],
    ['taker selling', { taker: 0.79 }, 1],
    ['taker mild', { taker: 0.85 }, 0.5],
    ['fng alone needs confirmation', { fng: 10 }, 0],
    ['fng extreme fear confirmed by taker', { fng: 10, taker: 0.85 }, 1.5],
    ['fng fear confirmed by dvol', { fng: 30, dvol_btc: 90 }, 1.5],
    ['all four extreme', { funding_btc: -0.001, dvol_btc: 95, fng: 5, taker: 0.5 }, 4],
  ])('counts %s', (_name, over, expected) => {
    expect(computeAcbSignals({ ...calm, ...over })).toBe(expected);
  });

  it('ignores NaN factors', () => {
    expect(computeAcbSignals({ funding_btc: NaN, dvol_btc: NaN, fng: NaN, taker: NaN })).toBe(0);
  });
});

describe('percentileLinear', () => {
  it('interpolates like numpy', () => {
    expect(percentileLinear([1, 2, 3, 4, 5], 60)).toBeCloseTo(3.4, 12);
    expect(percentileLinear([10], 60)).toBe(10);
    expect(percentileLinear([], 60)).toBeNaN();
    expect(percentileLinear([3, NaN, 1, 2], 50)).toBe(2);
  });
});

describe('computeDynamicBeta', () => {
  it('gives 0.8 at or above the threshold and 0.2 below or unknown', () => {
    expect(computeDynamicBeta(0.01, 0.01)).toBe(0.8);
    expect(computeDynamicBeta(0.009, 0.01)).toBe(0.2);
    expect(computeDynamicBeta(NaN, 0.01)).toBe(0.2);
  });
});

describe('computeRegimeSizeMult', () => {
  const base = { baseBoost: 1.347, beta: 0.8, mcScale: 1, threshold: -0.02, extreme: -0.05, convexity: 3 };
  it('is base x (1 + beta x strength^3) x mc scale', () => {
    expect(computeRegimeSizeMult({ ...base, velDiv: -0.035 })).toBeCloseTo(1.347 * (1 + 0.8 * 0.125), 12);
    expect(computeRegimeSizeMult({ ...base, velDiv: -0.08 })).toBeCloseTo(1.347 * 1.8, 12);
    expect(computeRegimeSizeMult({ ...base, velDiv: 0 })).toBeCloseTo(1.347, 12);
    expect(computeRegimeSizeMult({ ...base, velDiv: -0.08, mcScale: 0.5 })).toBeCloseTo(1.347 * 1.8 * 0.5, 12);
  });

  it('is base x mc scale when beta is 0', () => {
    expect(computeRegimeSizeMult({ ...base, beta: 0, velDiv: -0.08, mcScale: 0.5 })).toBeCloseTo(0.6735, 12);
  });
});

describe('isSubdayForceExit', () => {
  it.each([
    [1.35, 1.0, true],
    [1.25, 1.09, true],
    [1.24, 1.0, false],
    [1.35, 1.1, false],
  ])('from %s to %s is %s', (a, b, expected) => {
    expect(isSubdayForceExit(a, b)).toBe(expected);
  });
});

describe('AcbV6', () => {
  const factors = { '2024-01-01': calm, '2024-01-02': { ...calm, funding_btc: -0.001, dvol_btc: 90 } };
  const w750 = { '2024-01-01': 0.001, '2024-01-02': 0.003, '2024-01-03': 0.002 };

  it('preloads the 60th percentile of all dates as the w750 threshold', () => {
    expect(new AcbV6(factors, w750).w750Threshold).toBeCloseTo(0.0022, 12);
  });

  it('gives each date its boost and beta', () => {
    const acb = new AcbV6(factors, w750);
    expect(acb.dayInfo('2024-01-01')).toMatchObject({ boost: 1, beta: 0.2, signals: 0 });
    const d2 = acb.dayInfo('2024-01-02');
    expect(d2.signals).toBe(2);
    expect(d2.boost).toBeCloseTo(1.549, 3);
    expect(d2.beta).toBe(0.8);
  });

  it('gives a date without factors boost 1', () => {
    expect(new AcbV6(factors, w750).dayInfo('2024-01-03').boost).toBe(1);
  });

  it('raises beta by 25% under order-book withdrawal stress (OB-4)', () => {
    const acb = new AcbV6(factors, w750);
    expect(acb.dayInfo('2024-01-02', { regimeSignal: 1 }).beta).toBeCloseTo(1.0, 12);
    expect(acb.dayInfo('2024-01-02', { regimeSignal: 0 }).beta).toBe(0.8);
  });

  it('recomputes boost and beta from new factors for a mid-day update', () => {
    const acb = new AcbV6(factors, w750);
    const u = acb.updateFor('2024-01-01', { ...calm, taker: 0.7, dvol_btc: 85, funding_btc: -0.01 });
    expect(u.boost).toBeCloseTo(1.693, 3);
    expect(u.beta).toBe(0.2);
    expect(acb.updateFor('2024-01-01', calm, 0.01).beta).toBe(0.8);
  });

  it('rejects an unknown parameter naming it', () => {
    expect(() => acbParamsSchema.parse({ beta_hi: 1 })).toThrow(/beta_hi/);
  });
});
