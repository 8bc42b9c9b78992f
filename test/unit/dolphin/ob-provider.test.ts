import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/market/index.js';
import { adjustArsForDepth, BookObTracker, computeMarketObMultiplier, SyntheticObProvider, type OrderBookProvider } from '../../../src/strategies/dolphin/index.js';

const ids = ['A-PERP.BINANCE', 'B-PERP.BINANCE'];

describe('BookObTracker', () => {
  it('computes imbalance, its 5-bar MA and persistence from book snapshots', () => {
    const t = new BookObTracker(ids);
    for (let i = 0; i < 5; i++) {
      t.onBook({ instrumentId: 'A-PERP.BINANCE', bids: [{ price: 99, size: 3 }], asks: [{ price: 101, size: 1 }], tsMs: i });
      t.advance();
    }
    const s = t.signal('A-PERP.BINANCE');
    expect(s?.imbalanceMa5).toBeCloseTo(0.5, 12);
    expect(s?.imbalancePersistence).toBe(1);
    expect(t.signal('B-PERP.BINANCE')).toBeNull();
  });

  it('measures a thinning book as negative withdrawal velocity and low depth quality', () => {
    const t = new BookObTracker(ids);
    for (let i = 0; i < 10; i++) {
      const size = i < 6 ? 100 : 40;
      t.onBook({ instrumentId: 'A-PERP.BINANCE', bids: [{ price: 99, size }], asks: [{ price: 101, size }], tsMs: i });
      t.onBook({ instrumentId: 'B-PERP.BINANCE', bids: [{ price: 99, size }], asks: [{ price: 101, size }], tsMs: i });
      t.advance();
    }
    expect(t.signal('A-PERP.BINANCE')?.withdrawalVelocity).toBeCloseTo(-0.6, 12);
    expect(t.placement('A-PERP.BINANCE')?.depthQuality).toBeCloseTo(40 / 76, 12);
    expect(t.macro().regimeSignal).toBe(1);
  });

  it('sums only the configured depth levels', () => {
    const t = new BookObTracker(ids, { depthLevels: 1 });
    t.onBook({ instrumentId: 'A-PERP.BINANCE', bids: [{ price: 99, size: 1 }, { price: 98, size: 100 }], asks: [{ price: 101, size: 1 }], tsMs: 0 });
    t.advance();
    expect(t.signal('A-PERP.BINANCE')?.imbalanceMa5).toBe(0);
  });
});

describe('SyntheticObProvider', () => {
  it('is deterministic for a seed and keeps signals in range', () => {
    const run = () => {
      const p = new SyntheticObProvider(ids, createRng(5));
      const out: number[] = [];
      for (let i = 0; i < 50; i++) {
        p.advance();
        const s = p.signal('A-PERP.BINANCE');
        const pl = p.placement('B-PERP.BINANCE');
        out.push(s?.imbalanceMa5 ?? NaN, pl?.fillProbability ?? NaN);
      }
      return out;
    };
    const a = run();
    expect(a).toEqual(run());
    expect(a.every((v) => v >= -1 && v <= 1)).toBe(true);
  });
});

describe('computeMarketObMultiplier', () => {
  it('stays within [0.85, 1.20] and is 1 without signals', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }), fc.constantFrom(-1, 1), (imbs, d) => {
      const provider: OrderBookProvider = {
        signal: (id) => ({ imbalanceMa5: imbs[Number(id)] ?? 0, imbalancePersistence: 1, withdrawalVelocity: 0 }),
        macro: () => ({ cascadeCount: 0, regimeSignal: 0 }),
        placement: () => null,
      };
      const m = computeMarketObMultiplier(provider, d, imbs.map((_, i) => String(i)));
      return m >= 0.85 && m <= 1.2;
    }));
    const none: OrderBookProvider = { signal: () => null, macro: () => ({ cascadeCount: 0, regimeSignal: 0 }), placement: () => null };
    expect(computeMarketObMultiplier(none, -1, ids)).toBe(1);
  });
});

describe('adjustArsForDepth', () => {
  it.each([
    [1.6, 1.1],
    [1.0, 1.05],
    [0.9, 1],
    [0.7, 0.95],
    [0.3, 0.9],
  ])('scales a positive ARS at depth quality %s by %s', (dq, f) => {
    expect(adjustArsForDepth(2, dq)).toBeCloseTo(2 * f, 12);
  });

  it('raises a negative ARS on a deep book', () => {
    expect(adjustArsForDepth(-2, 1.6)).toBeCloseTo(-1.8, 12);
  });
});

describe('BookObTracker fill probability against the seed Cat3 scale', () => {
  it('reads a usual balanced book as healthy and a thin one-sided book as degraded', () => {
    const book = (instrumentId: string, bid: number, ask: number) => ({ instrumentId, bids: [{ price: 99, size: bid }], asks: [{ price: 101, size: ask }], tsMs: 0 });
    const cat3 = (fp: number, dq: number): number => Math.min(1, Math.max(0.3, 0.3 + 0.7 * Math.min(dq, fp)));
    const usual = new BookObTracker(['A-PERP.BINANCE'], {});
    const thin = new BookObTracker(['A-PERP.BINANCE'], {});
    for (let i = 0; i < 20; i++) {
      usual.onBook(book('A-PERP.BINANCE', 100, 100));
      usual.advance();
      // Depth falls to a fifth and the bids vanish.
      thin.onBook(i < 15 ? book('A-PERP.BINANCE', 100, 100) : book('A-PERP.BINANCE', 5, 35));
      thin.advance();
    }
    const u = usual.placement('A-PERP.BINANCE');
    const t = thin.placement('A-PERP.BINANCE');
    expect(u?.fillProbability).toBeCloseTo(0.95, 12);
    expect(cat3(u?.fillProbability ?? 0, u?.depthQuality ?? 0)).toBeGreaterThanOrEqual(0.9);
    expect(cat3(t?.fillProbability ?? 1, t?.depthQuality ?? 1)).toBeLessThan(0.75);
  });
});
