import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coreSortKey,
  decimalDiv,
  decimalMul,
  decimalToDouble,
  exactDecimal,
  formatUnits,
  isoFromMs,
  parseUnits,
  pyRound,
  rawFactor,
  roundHalfAway,
  unitsFromDouble,
  unitsToDouble,
} from '../../../src/backtest/fixed-point.js';

describe('unitsToDouble', () => {
  it.each([
    // Pinned to Price.from_str(text).as_double() of nautilus_trader 1.221.
    [464_201, 1, 46420.1],
    [385_713, 1, 38571.299999999996],
    [1, 1, 0.1],
    [123_457, 1, 12345.7],
  ])('gives Nautilus as_f64_c() for %i units at precision %i', (units, p, expected) => {
    expect(unitsToDouble(units, rawFactor(p))).toBe(expected);
  });
});

describe('coreSortKey (matching_core.pyx order_sort_key: int64 of the 128-bit raw)', () => {
  // Expected values: Python's (units * 10**(16 - p)) mod 2**64 as a signed integer.
  it.each([
    [377969, 1, 9034118525808967680n], // 37796.9: just below the wrap at 37816.82
    [378243, 1, -9138625547900583936n], // 37824.3: wrapped, sorts first
    [378922, 1, -8459625547900583936n],
    [9223, 1, 9223000000000000000n], // 922.3: the last price below 2^63
    [9224, 1, -9222744073709551616n], // 922.4: the first that wraps
    [46420, 0, 3031398157261209600n],
    [123456789, 8, 12345678900000000n], // small raws are unchanged
    [-5, 1, -5000000000000000n],
  ])('units %d at precision %d -> %s', (units, precision, key) => {
    expect(coreSortKey(units, rawFactor(precision))).toBe(key);
  });

  it('orders prices by value within a 2^64 / 10^16 window and wraps at its edge', () => {
    const toRaw = rawFactor(1);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 600_000 }), fc.integer({ min: 1, max: 600_000 }), (a, b) => {
        const ka = coreSortKey(a, toRaw);
        const kb = coreSortKey(b, toRaw);
        const sameWindow = (BigInt(a) * BigInt(toRaw) + 2n ** 63n) / 2n ** 64n === (BigInt(b) * BigInt(toRaw) + 2n ** 63n) / 2n ** 64n;
        if (a === b) return ka === kb;
        return sameWindow ? (a < b) === (ka < kb) : true;
      }),
    );
  });
});

describe('unitsFromDouble', () => {
  it.each([
    // Money(x, USDT).raw / 1e8 and Quantity(x, 3).raw / 1e13 in nautilus_trader 1.221.
    [0.083556000000000005, 8, 8_355_600],
    [1.000000005, 8, 100_000_001],
    [0.1234567849999, 8, 12_345_678],
    [-5e-9, 8, -1],
    [2.675e-8, 8, 3],
    [123456.123456785, 8, 12_345_612_345_679],
    [62.493 / 4, 3, 15_623],
    [1222.6216 / 4, 3, 305_655],
    [0.0005, 3, 1],
  ])('rounds %f at precision %i as Nautilus does', (x, p, units) => {
    expect(unitsFromDouble(x, 10 ** p)).toBe(units);
  });

  it('rounds halves away from zero', () => {
    expect([roundHalfAway(2.5), roundHalfAway(-2.5), roundHalfAway(0.49999999999999994)]).toEqual([3, -3, 0]);
  });
});

describe('pyRound', () => {
  it.each([
    [0.125, 2, 0.12],
    [2.5, 0, 2],
    [46420.25, 1, 46420.2],
    [0.375, 2, 0.38],
    [-0.125, 2, -0.12],
    [1.005, 2, 1],
    [46420.15, 1, 46420.2],
    [0.01 + 0.02, 3, 0.03],
  ])("matches Python's round(%f, %i)", (x, n, expected) => {
    expect(pyRound(x, n)).toBe(expected);
  });

  it('returns the double nearest to the rounded decimal for sums of grid quantities', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100_000, max: 100_000 }), { minLength: 1, maxLength: 20 }), (steps) => {
        let x = 0;
        let exact = 0;
        for (const s of steps) {
          x += s / 1000;
          exact += s;
        }
        expect(pyRound(x, 3)).toBe(exact / 1000);
      }),
    );
  });
});

describe('formatUnits and parseUnits', () => {
  it.each([
    [464_201, 1, '46420.1'],
    [10, 3, '0.010'],
    [8_355_600, 8, '0.08355600'],
    [-8_355_600, 8, '-0.08355600'],
    [0, 8, '0.00000000'],
    [7, 0, '7'],
  ])('formats %i at precision %i as %s', (units, p, text) => {
    expect(formatUnits(units, p)).toBe(text);
  });

  it('round-trips any units at any precision', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 9 }), (u, p) => {
        expect(parseUnits(formatUnits(u, p), p)).toBe(u === 0 ? 0 : u);
      }),
    );
  });

  it('refuses text with non-zero digits beyond the precision', () => {
    expect([parseUnits('0.0105', 3), parseUnits('0.0100', 3), parseUnits('1e3', 3)]).toEqual([null, 10, null]);
  });
});

describe('decimal arithmetic (Python Decimal, 28 digits)', () => {
  it('divides and multiplies like Decimal(464.2) / 3 * 0.05', () => {
    const v = decimalMul(decimalDiv(exactDecimal('464.2'), exactDecimal('3')), exactDecimal('0.05'));
    expect(decimalToDouble(v)).toBe(7.736666666666666);
  });

  it('splits a commission like the flip in ExecutionEngine._flip_position', () => {
    const v = decimalMul(exactDecimal('0.08355600'), decimalDiv(exactDecimal('0.013'), exactDecimal('0.037')));
    expect(decimalToDouble(v)).toBe(Number('0.02935751351351351351351351352'));
  });
});

describe('isoFromMs', () => {
  it('prints nanoseconds as Nautilus does', () => {
    expect(isoFromMs(Date.UTC(2022, 0, 1, 0, 1))).toBe('2022-01-01T00:01:00.000000000Z');
  });
});
