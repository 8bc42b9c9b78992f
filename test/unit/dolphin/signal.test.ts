import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyObConfirmation,
  CHAMPION_PARAMS,
  checkDirectionConfirmation,
  createSignal,
  generateSignal,
  isExtremeSignal,
  isSignalActive,
  PriceHistory,
  signalConfidence,
} from '../../../src/strategies/dolphin/index.js';

const p = CHAMPION_PARAMS;

/** A one-asset history from a price list. */
function history(prices: number[]): PriceHistory {
  const h = new PriceHistory(1, 64);
  for (const x of prices) h.pushRow(Float64Array.of(x));
  return h;
}

describe('signalConfidence', () => {
  it.each([
    [-0.01, 0.5],
    [-0.02, 0.5],
    [-0.035, 0.7],
    [-0.05, 0.9],
    [-0.1, 0.9],
  ])('gives vel_div %s confidence %s (SHORT)', (vd, c) => {
    expect(signalConfidence(vd, -1, p)).toBeCloseTo(c, 12);
  });

  it('stays in [0.50, 0.90] for any vel_div and direction', () => {
    fc.assert(fc.property(fc.double({ min: -1, max: 1, noNaN: true }), fc.constantFrom(-1, 1), (vd, d) => {
      const c = signalConfidence(vd, d, p);
      return c >= 0.5 && c <= 0.9;
    }));
  });

  it('mirrors for LONG between 0.01 and 0.04', () => {
    expect(signalConfidence(0.025, 1, p)).toBeCloseTo(0.7, 12);
    expect(signalConfidence(0.05, 1, p)).toBeCloseTo(0.9, 12);
  });
});

describe('isSignalActive', () => {
  it('needs vel_div strictly below -0.02 for a SHORT', () => {
    expect(isSignalActive(-0.02, -1, p)).toBe(false);
    expect(isSignalActive(-0.0201, -1, p)).toBe(true);
    expect(isSignalActive(NaN, -1, p)).toBe(false);
  });

  it('needs vel_div strictly above 0.01 for a LONG', () => {
    expect(isSignalActive(0.01, 1, p)).toBe(false);
    expect(isSignalActive(0.011, 1, p)).toBe(true);
  });

  it('marks vel_div <= -0.05 extreme', () => {
    expect(isExtremeSignal(-0.05, -1, p)).toBe(true);
    expect(isExtremeSignal(-0.0499, -1, p)).toBe(false);
  });
});

describe('checkDirectionConfirmation', () => {
  const flat = Array<number>(7).fill(100);
  it.each([
    ['a fall of 1 bps confirms a SHORT', [100, ...flat.slice(1), 99.99], -1, 'CONFIRM'],
    ['a rise of 1 bps contradicts a SHORT', [100, ...flat.slice(1), 100.01], -1, 'CONTRADICT'],
    ['0.5 bps is neutral', [100, ...flat.slice(1), 100.005], -1, 'NEUTRAL'],
    ['a rise confirms a LONG', [100, ...flat.slice(1), 100.01], 1, 'CONFIRM'],
  ])('%s', (_n, prices, dir, expected) => {
    expect(checkDirectionConfirmation(history(prices), 0, 7, 0.75, dir)).toBe(expected);
  });

  it('compares the latest price with the one lookback bars before it', () => {
    const h = history([50, 100, 100, 100, 100, 100, 100, 100, 101]);
    expect(checkDirectionConfirmation(h, 0, 7, 0.75, -1)).toBe('CONTRADICT');
  });

  it('is neutral without lookback + 1 prices', () => {
    expect(checkDirectionConfirmation(history([100, 90]), 0, 7, 0.75, -1)).toBe('NEUTRAL');
  });
});

describe('generateSignal', () => {
  const rising = history([100, 100, 100, 100, 100, 100, 100, 100.1]);
  const falling = history([100, 100, 100, 100, 100, 100, 100, 99.9]);

  it('skips a contradicted SHORT', () => {
    const s = generateSignal(-0.03, -1, rising, 0, null, p, createSignal());
    expect([s.valid, s.skip]).toEqual([false, 'DC_CONTRADICT']);
  });

  it('keeps a contradicted SHORT when dc_skip_contradicts is off', () => {
    expect(generateSignal(-0.03, -1, rising, 0, null, { ...p, dc_skip_contradicts: false }, createSignal()).valid).toBe(true);
  });

  it('applies the DC leverage boost on CONFIRM', () => {
    const s = generateSignal(-0.03, -1, falling, 0, null, { ...p, dc_leverage_boost: 1.2 }, createSignal());
    expect([s.valid, s.dc, s.dcLeverageMult]).toEqual([true, 'CONFIRM', 1.2]);
  });

  it('refuses without a signal', () => {
    expect(generateSignal(-0.01, -1, falling, 0, null, p, createSignal()).skip).toBe('NO_SIGNAL');
  });

  it('hard-skips on a strong persistent order-book contradiction', () => {
    const s = generateSignal(-0.03, -1, falling, 0, { imbalanceMa5: 0.2, imbalancePersistence: 0.7, withdrawalVelocity: 0 }, p, createSignal());
    expect(s.skip).toBe('OB_CONTRADICT');
  });
});

describe('applyObConfirmation', () => {
  const ob = (imbalanceMa5: number, imbalancePersistence: number) => ({ imbalanceMa5, imbalancePersistence, withdrawalVelocity: 0 });
  it('boosts a SHORT under sell pressure by at most 15%', () => {
    expect(applyObConfirmation(0.6, ob(-0.2, 0.5), -1)).toBeCloseTo(0.6 * 1.05, 12);
    expect(applyObConfirmation(0.6, ob(-0.9, 1), -1)).toBeCloseTo(0.69, 12);
  });

  it('dampens a moderate contradiction to no less than 0.85', () => {
    expect(applyObConfirmation(0.6, ob(0.12, 0.5), -1)).toBeCloseTo(0.6 * (1 - 0.12 * 0.5 * 0.4), 12);
    expect(applyObConfirmation(0.6, ob(0.9, 0.55), -1)).toBeCloseTo(0.6 * 0.85, 12);
  });

  it('leaves a neutral book alone', () => {
    expect(applyObConfirmation(0.6, ob(0.05, 1), -1)).toBe(0.6);
  });
});
