import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PriceHistory } from '../../../src/strategies/dolphin/index.js';

describe('PriceHistory', () => {
  it('reads like the tail of a plain list of the positive prices', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: 0.01, max: 1e5, noNaN: true }), fc.constant(NaN), fc.constant(0)), { maxLength: 200 }), fc.integer({ min: 1, max: 12 }), (prices, n) => {
        const h = new PriceHistory(1, 12);
        const list: number[] = [];
        for (const x of prices) {
          h.pushRow(Float64Array.of(x));
          if (x > 0) list.push(x);
        }
        const out = new Float64Array(n);
        const ok = h.copyLast(0, n, out);
        if (list.length < n) return !ok && h.length(0) === Math.min(list.length, 12);
        return ok && [...out].every((v, i) => v === list[list.length - n + i]) && h.get(0, 0) === list[list.length - 1];
      }),
    );
  });

  it('keeps each asset separate', () => {
    const h = new PriceHistory(2, 4);
    h.pushRow(Float64Array.of(1, NaN));
    h.pushRow(Float64Array.of(2, 20));
    expect([h.length(0), h.length(1), h.get(0, 1), h.get(1, 0), h.get(1, 1)]).toEqual([2, 1, 1, 20, NaN]);
  });
});
