import { describe, expect, it } from 'vitest';
import {
  CHAMPION_PARAMS,
  computeArs,
  computeIrpPair,
  createIrpMetrics,
  createIrpSelection,
  IrpScratch,
  PriceHistory,
  selectAssetIrp,
} from '../../../src/strategies/dolphin/index.js';

const p = CHAMPION_PARAMS;

/** 50 prices: a steady fall of `step` per bar from `start`, with every `up`-th bar rising instead. */
function path(start: number, step: number, up = 0): number[] {
  const out = [start];
  for (let i = 1; i < 50; i++) out.push((out[i - 1] as number) + (up > 0 && i % up === 0 ? step : -step));
  return out;
}

function historyOf(paths: number[][]): PriceHistory {
  const h = new PriceHistory(paths.length, 64);
  for (let i = 0; i < 50; i++) h.pushRow(Float64Array.from(paths, (x) => x[i] as number));
  return h;
}

function select(h: PriceHistory, direction = -1, depth: ((a: number) => number | null) | null = null) {
  return selectAssetIrp(h, direction, p, new IrpScratch(50), createIrpSelection(), depth);
}

describe('computeIrpPair', () => {
  it('profiles a steady fall for a SHORT', () => {
    const prices = Float64Array.from(path(10, 0.01));
    const d = createIrpMetrics();
    const i = createIrpMetrics();
    computeIrpPair(prices, 50, -1, d, i);
    expect(d.mfe).toBeCloseTo(0.49, 12);
    expect(d.mae).toBe(0);
    expect(d.alignment).toBe(1);
    expect(d.latency).toBe(5);
    expect(d.noise).toBeCloseTo(0, 12);
    expect(d.ars).toBeCloseTo(0.5 * Math.log1p(0.49 / 1e-6) + 0.35, 6);
    expect(i.alignment).toBe(0);
    expect(i.mfe).toBe(0);
    expect(i.latency).toBe(50);
  });

  it('scores ARS as 0.5 ln(1 + efficiency) + 0.35 alignment - 150 noise', () => {
    expect(computeArs(1, 0.5, 0.001)).toBeCloseTo(0.5 * Math.log(2) + 0.175 - 0.15, 12);
  });
});

describe('selectAssetIrp', () => {
  it('selects the best-ranked asset passing every gate', () => {
    const h = historyOf([path(10, 0.01, 3), path(10, 0.01), path(10, 0.01, 2)]);
    const s = select(h);
    expect(s.asset).toBe(1);
    expect(s.candidates).toBe(3);
  });

  it('skips an asset whose noise in price units exceeds 500', () => {
    const btc = path(42000, 30, 4);
    const s = select(historyOf([btc]));
    expect([s.asset, s.ranked]).toEqual([-1, 0]);
  });

  it('skips a late mover (latency > 20 bars)', () => {
    const late = [...Array<number>(30).fill(10), ...path(10, 0.01).slice(0, 20)];
    expect(select(historyOf([late])).ranked).toBe(0);
  });

  it('ranks but does not trade an alignment under the 0.45 gate', () => {
    const lumpy = [10];
    for (let i = 1; i < 50; i++) lumpy.push((lumpy[i - 1] as number) + (i % 3 === 0 ? -0.03 : 0.01));
    const s = select(historyOf([lumpy]));
    expect([s.asset, s.ranked]).toEqual([-1, 1]);
  });

  it('never trades an inverse pick: a rising asset for a SHORT', () => {
    const rising = path(10, -0.01);
    const s = select(historyOf([rising]));
    expect([s.asset, s.ranked]).toEqual([-1, 1]);
  });

  it('returns no asset rather than a fallback', () => {
    expect(select(historyOf([Array<number>(50).fill(10)])).asset).toBe(-1);
  });

  it('needs a full 50-price window', () => {
    const h = new PriceHistory(1, 64);
    for (const x of path(10, 0.01).slice(0, 49)) h.pushRow(Float64Array.of(x));
    expect(select(h).candidates).toBe(0);
  });

  it('skips a thin book (depth quality < 0.20) and tries the next asset', () => {
    const h = historyOf([path(10, 0.01), path(10, 0.01, 3)]);
    expect(select(h, -1, (a) => (a === 0 ? 0.1 : 1)).asset).toBe(1);
  });

  it('breaks ARS ties by column order', () => {
    const h = historyOf([path(10, 0.01), path(10, 0.01)]);
    expect(select(h).asset).toBe(0);
  });
});
