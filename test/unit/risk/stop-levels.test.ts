import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFixed, isOnIncrement } from '../../../src/market/index.js';
import { classifyVolatility, computeStopDistances, computeStopLevels, computeVolMetric, VolBand, type StopLevels } from '../../../src/risk/index.js';
import { BTC, instrument, riskConfig } from './helpers.js';

const seed = riskConfig().sltp;
const percent = riskConfig({ sltp: { mode: 'percent' } }).sltp;

function levels(s: StopLevels): [number, number] {
  if (!s.ok) throw new Error(`stops refused: ${s.why}`);
  return [s.sl, s.tp];
}

describe('classifyVolatility', () => {
  it.each([
    [1.0, 1.5, 0, VolBand.low],
    [1.4999, 1.5, 0, VolBand.low],
    [1.5, 1.5, 0, VolBand.high],
    [2.0, 1.5, 0, VolBand.high],
    [1.19, 1.5, 0.2, VolBand.low],
    [1.21, 1.5, 0.2, VolBand.medium],
    [1.79, 1.5, 0.2, VolBand.medium],
    [1.8, 1.5, 0.2, VolBand.high],
  ])('puts metric %s (threshold %s, medium band %s) in %s', (metric, threshold, band, expected) => {
    expect(classifyVolatility(metric, threshold, band)).toBe(expected);
  });

  it('rejects a negative metric', () => {
    expect(() => classifyVolatility(-1, 1.5)).toThrow('invalid volatility metric, not a finite number >= 0, was -1');
  });
});

describe('computeVolMetric', () => {
  const v = { price: 46_000, atr: 150, atrBaseline: 100, realizedVol: 0.002 };
  it.each([
    ['atr_ratio', 1.5],
    ['atr_pct', (100 * 150) / 46_000],
    ['realized_vol_pct', 0.2],
  ] as const)('computes %s', (kind, expected) => {
    expect(computeVolMetric(kind, v)).toBeCloseTo(expected, 12);
  });

  it.each([
    ['atr_ratio', { ...v, atrBaseline: null }],
    ['atr_ratio', { ...v, atr: 0 }],
    ['atr_pct', { ...v, atr: Number.NaN }],
    ['realized_vol_pct', { ...v, realizedVol: null }],
  ] as const)('is null for %s without its inputs', (kind, inputs) => {
    expect(computeVolMetric(kind, inputs)).toBeNull();
  });
});

describe('computeStopDistances', () => {
  // Seed 000 B.3, ATR 100: LOW = 1.0 / 1.5 ATR, HIGH = 0.5 / 1.0 ATR; percent at 50 000:
  // LOW = 0.2 % and RR 2, HIGH = 0.4 % and RR 1.
  it.each([
    ['atr LOW', seed, VolBand.low, 46_000, 100, 100, 150],
    ['atr HIGH', seed, VolBand.high, 46_000, 100, 50, 100],
    ['atr MEDIUM (midpoint)', seed, VolBand.medium, 46_000, 100, 75, 125],
    ['percent LOW', percent, VolBand.low, 50_000, null, 100, 200],
    ['percent HIGH', percent, VolBand.high, 50_000, null, 200, 200],
    ['atr LOW, TP null -> base_rr 2', riskConfig({ sltp: { base_rr: 2, atr: { tp_mult_low_vol: null } } }).sltp, VolBand.low, 46_000, 100, 100, 200],
    ['percent HIGH, TP null -> base_rr 1.5', riskConfig({ sltp: { mode: 'percent', percent: { tp_rr_high_vol: null } } }).sltp, VolBand.high, 50_000, null, 200, 300],
  ])('gives %s', (_name, cfg, band, price, atr, sl, tp) => {
    const d = computeStopDistances(cfg, band, price, atr);
    expect(d.sl).toBeCloseTo(sl, 9);
    expect(d.tp).toBeCloseTo(tp, 9);
  });
});

describe('computeStopLevels', () => {
  it.each([
    ['LONG LOW', 'LONG', VolBand.low, 45_900, 46_150],
    ['LONG HIGH', 'LONG', VolBand.high, 45_950, 46_100],
    ['SHORT LOW', 'SHORT', VolBand.low, 46_100, 45_850],
    ['SHORT HIGH', 'SHORT', VolBand.high, 46_050, 45_900],
  ] as const)('places %s at the seed distances from 46 000 with ATR 100', (_name, direction, band, sl, tp) => {
    expect(levels(computeStopLevels({ direction, entryPrice: 46_000, band, atr: 100, instrument: BTC }, seed))).toEqual([sl, tp]);
  });

  it('places percent-mode levels from 50 000', () => {
    expect(levels(computeStopLevels({ direction: 'LONG', entryPrice: 50_000, band: VolBand.low, atr: null, instrument: BTC }, percent))).toEqual([49_900, 50_200]);
  });

  it('rounds away from the entry onto the tick grid', () => {
    expect(levels(computeStopLevels({ direction: 'LONG', entryPrice: 46_000, band: VolBand.low, atr: 33.333, instrument: BTC }, seed))).toEqual([45_966.6, 46_050]);
  });

  it('keeps SL and TP at least one tick from the entry when the ATR is tiny', () => {
    expect(levels(computeStopLevels({ direction: 'SHORT', entryPrice: 46_000, band: VolBand.low, atr: 0.01, instrument: BTC }, seed))).toEqual([46_000.1, 45_999.9]);
  });

  it('honours min_distance_ticks', () => {
    const cfg = riskConfig({ sltp: { min_distance_ticks: 5 } }).sltp;
    expect(levels(computeStopLevels({ direction: 'LONG', entryPrice: 46_000, band: VolBand.low, atr: 0.01, instrument: BTC }, cfg))).toEqual([45_999.5, 46_000.5]);
  });

  it('honours min_distance_pct', () => {
    const cfg = riskConfig({ sltp: { min_distance_pct: 0.1 } }).sltp;
    expect(levels(computeStopLevels({ direction: 'LONG', entryPrice: 46_000, band: VolBand.low, atr: 1, instrument: BTC }, cfg))).toEqual([45_954, 46_046]);
  });

  it('refuses a short whose TP would fall to zero or below', () => {
    const s = computeStopLevels({ direction: 'SHORT', entryPrice: 1, band: VolBand.low, atr: 2, instrument: BTC }, seed);
    expect(s.ok).toBe(false);
  });

  it("refuses a level above the venue's max price", () => {
    const capped = instrument({ maxPrice: '46100.0' });
    const s = computeStopLevels({ direction: 'LONG', entryPrice: 46_000, band: VolBand.low, atr: 100, instrument: capped }, seed);
    expect(s).toEqual({ ok: false, why: "TP 46150 over the venue's max price 46100" });
  });

  const ticks = fc.constantFrom(['0.1', 1], ['0.01', 2], ['0.5', 1], ['1', 0], ['0.00001', 5]);
  it('puts a long SL below and TP above the entry (a short mirrored), on the tick grid, at least the minimum distance away', () => {
    fc.assert(
      fc.property(
        ticks,
        fc.double({ min: 100, max: 200_000, noNaN: true }),
        fc.double({ min: 0.0001, max: 0.05, noNaN: true }),
        fc.constantFrom('LONG', 'SHORT'),
        fc.constantFrom(VolBand.low, VolBand.medium, VolBand.high),
        fc.constantFrom('atr', 'percent'),
        fc.integer({ min: 1, max: 10 }),
        ([tick, precision], price, atrFraction, direction, band, mode, minTicks) => {
          const inst = instrument({ priceIncrement: tick as string, pricePrecision: precision as number, minPrice: '', maxPrice: '' });
          const cfg = riskConfig({ sltp: { mode, medium_band: 0.2, min_distance_ticks: minTicks } }).sltp;
          const s = computeStopLevels({ direction, entryPrice: price, band, atr: price * atrFraction, instrument: inst }, cfg);
          if (!s.ok) return false;
          const onGrid = (p: number): boolean => Number(formatFixed(p, precision as number)) === p && isOnIncrement(formatFixed(p, precision as number), tick as string);
          const minDistance = minTicks * Number(tick) * (1 - 1e-9);
          const rightSide = direction === 'LONG' ? s.sl < price && s.tp > price : s.sl > price && s.tp < price;
          return rightSide && onGrid(s.sl) && onGrid(s.tp) && s.slDistance >= minDistance && s.tpDistance >= minDistance;
        },
      ),
      { numRuns: 2000 },
    );
  });
});
