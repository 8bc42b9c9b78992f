import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvariantError, isOnIncrement } from '../../../src/market/index.js';
import { computeEdgeMultiplier, computePositionSize, effectiveMaxLeverage, RiskReason } from '../../../src/risk/index.js';
import { BTC, BTC_20X, instrument, riskConfig } from './helpers.js';

const seed = riskConfig();

describe('computeEdgeMultiplier', () => {
  // Seed 000 A.2 with min_edge 0.01, max_edge 0.10, multipliers 0.5..2.0:
  // m = 0.5 + (edge - 0.01) / 0.09 x 1.5, clamped to [0.5, 2.0].
  it.each([
    [0.04, 1.0],
    [0.055, 1.25],
    [0.07, 1.5],
    [0.1, 2.0],
    [0.3, 2.0],
    [0.5, 2.0],
  ])('gives %s -> %s', (edge, m) => {
    expect(computeEdgeMultiplier(edge, seed.edge_sizing)).toBeCloseTo(m, 12);
  });

  it.each([0, 0.005, 0.01])('refuses edge %s at or below min_edge with no_trade', (edge) => {
    expect(computeEdgeMultiplier(edge, seed.edge_sizing)).toBeNull();
  });

  it('uses min_multiplier at or below min_edge when configured', () => {
    const cfg = riskConfig({ edge_sizing: { below_min_edge: 'min_multiplier' } });
    expect(computeEdgeMultiplier(0.005, cfg.edge_sizing)).toBe(0.5);
  });

  it('rejects a negative edge', () => {
    expect(() => computeEdgeMultiplier(-0.1, seed.edge_sizing)).toThrow(InvariantError);
  });

  it('is non-decreasing in the edge and stays within the multipliers', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.0101, max: 0.5, noNaN: true }), fc.double({ min: 0.0101, max: 0.5, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const mLo = computeEdgeMultiplier(lo, seed.edge_sizing) ?? -1;
        const mHi = computeEdgeMultiplier(hi, seed.edge_sizing) ?? -1;
        return mLo <= mHi && mLo >= 0.5 && mHi <= 2.0;
      }),
    );
  });
});

describe('computePositionSize', () => {
  const LINEAR = instrument({ priceIncrement: '0.1', sizeIncrement: '0.001', minQuantity: '0.001', minNotional: '5' });

  // Base 0.5 % of equity (50 USDT on 10 000); prices chosen so that notionals convert exactly.
  it.each([
    ['edge 0.04 (m 1.0)', 0.04, 10_000, 0, 25_000, 50, 0.002, 50],
    ['edge 0.055 (m 1.25), rounded down to the step', 0.055, 10_000, 0, 25_000, 62.5, 0.002, 50],
    ['edge 0.10 (m 2.0)', 0.1, 10_000, 0, 25_000, 100, 0.004, 100],
    ['edge 0.10 on 100k equity, capped at max_notional 500', 0.1, 100_000, 0, 25_000, 500, 0.02, 500],
    ['edge 0.04 on 1k equity, raised to min_notional 10', 0.04, 1_000, 0, 2_500, 10, 0.004, 10],
    ['exposure 1 950 of 2 000 allowed: reduced to 50', 0.1, 10_000, 1_950, 25_000, 50, 0.002, 50],
  ])('sizes %s', (_name, edge, equity, exposure, price, target, qty, notional) => {
    const s = computePositionSize({ edge, price, equity, exposureNotional: exposure, instrument: LINEAR }, seed);
    expect(s.targetNotional).toBeCloseTo(target, 9);
    expect([s.approved, s.quantity, s.notional]).toEqual([true, qty, notional]);
  });

  it('computes base notional = base_risk_fraction x equity', () => {
    expect(computePositionSize({ edge: 0.04, price: 25_000, equity: 12_345, exposureNotional: 0, instrument: LINEAR }, seed).baseNotional).toBeCloseTo(61.725, 9);
  });

  it('reports leverage as (exposure + notional) / equity', () => {
    const s = computePositionSize({ edge: 0.1, price: 25_000, equity: 10_000, exposureNotional: 1_000, instrument: LINEAR }, seed);
    expect(s.leverage).toBeCloseTo(0.11, 12);
  });

  it('blocks EDGE_TOO_LOW at or below min_edge', () => {
    const s = computePositionSize({ edge: 0.01, price: 25_000, equity: 10_000, exposureNotional: 0, instrument: LINEAR }, seed);
    expect([s.approved, s.reasons, s.quantity]).toEqual([false, [RiskReason.edgeTooLow], 0]);
  });

  it('blocks POSITION_TOO_LARGE when the exposure room is under min_notional', () => {
    const s = computePositionSize({ edge: 0.1, price: 25_000, equity: 10_000, exposureNotional: 1_995, instrument: LINEAR }, seed);
    expect(s.reasons).toEqual([RiskReason.positionTooLarge]);
  });

  it('blocks instead of reducing with on_exposure_limit block', () => {
    const cfg = riskConfig({ on_exposure_limit: 'block' });
    const s = computePositionSize({ edge: 0.1, price: 25_000, equity: 10_000, exposureNotional: 1_950, instrument: LINEAR }, cfg);
    expect(s.reasons).toEqual([RiskReason.positionTooLarge]);
  });

  it('reduces to the leverage room of the venue leverage when it is below max_leverage', () => {
    const cfg = riskConfig({ max_exposure_fraction: 5 });
    const oneX = instrument({ maxLeverage: '1' });
    const s = computePositionSize({ edge: 0.1, price: 25_000, equity: 10_000, exposureNotional: 9_950, instrument: oneX }, cfg);
    expect([s.approved, s.targetNotional, s.capped]).toEqual([true, 50, ['leverage']]);
  });

  it('takes the config max_leverage when the venue allows more', () => {
    expect(effectiveMaxLeverage(seed, BTC_20X)).toBe(10);
  });

  it('blocks SIZE_TOO_SMALL when the quantity rounds down to zero (the seed BTC case: 25 USDT at 46 000)', () => {
    const cfg = riskConfig({ edge_sizing: { below_min_edge: 'min_multiplier' } });
    const s = computePositionSize({ edge: 0.005, price: 46_000, equity: 10_000, exposureNotional: 0, instrument: BTC }, cfg);
    expect([s.targetNotional, s.reasons]).toEqual([25, [RiskReason.sizeTooSmall]]);
  });

  it("blocks SIZE_TOO_SMALL under the venue's min notional", () => {
    const cfg = riskConfig({ min_notional: 0 });
    const s = computePositionSize({ edge: 0.04, price: 5_000, equity: 1_000, exposureNotional: 0, instrument: BTC }, cfg);
    expect([s.quantity, s.reasons]).toEqual([0, [RiskReason.sizeTooSmall]]);
    expect(s.targetNotional).toBeCloseTo(5, 9);
  });

  it("blocks SIZE_TOO_SMALL under the venue's min quantity", () => {
    const coarse = instrument({ minQuantity: '0.01' });
    const s = computePositionSize({ edge: 0.04, price: 25_000, equity: 10_000, exposureNotional: 0, instrument: coarse }, seed);
    expect(s.reasons).toEqual([RiskReason.sizeTooSmall]);
  });

  it('rounds down to the step', () => {
    const s = computePositionSize({ edge: 0.055, price: 46_000, equity: 10_000, exposureNotional: 0, instrument: BTC_20X }, seed);
    expect([s.quantity, s.quantityText, s.notional]).toEqual([0.001, '0.001', 46]);
  });

  it('steps up once when rounding down leaves the notional under min_notional', () => {
    const cfg = riskConfig({ min_notional: 60 });
    const s = computePositionSize({ edge: 0.04, price: 25_000, equity: 10_000, exposureNotional: 0, instrument: LINEAR }, cfg);
    expect([s.targetNotional, s.quantity, s.notional, s.capped]).toEqual([60, 0.003, 75, ['min_notional', 'step_up']]);
  });

  it("caps the quantity at the venue's max quantity", () => {
    const small = instrument({ maxQuantity: '0.005' });
    const s = computePositionSize({ edge: 0.1, price: 25_000, equity: 100_000, exposureNotional: 0, instrument: small }, seed);
    expect([s.quantity, s.capped]).toEqual([0.005, ['max_notional', 'max_quantity']]);
  });

  it('scales the size by riskScale', () => {
    const s = computePositionSize({ edge: 0.1, price: 25_000, equity: 10_000, exposureNotional: 0, instrument: LINEAR, riskScale: 0.5 }, seed);
    expect([s.targetNotional, s.riskScale]).toEqual([50, 0.5]);
  });

  it('rejects a non-positive price as a precondition', () => {
    expect(() => computePositionSize({ edge: 0.1, price: 0, equity: 10_000, exposureNotional: 0, instrument: LINEAR }, seed)).toThrow('invalid price, not positive, was 0');
  });

  const steps = fc.constantFrom(
    { sizeIncrement: '0.001', sizePrecision: 3 },
    { sizeIncrement: '0.01', sizePrecision: 2 },
    { sizeIncrement: '0.1', sizePrecision: 1 },
    { sizeIncrement: '1', sizePrecision: 0 },
    { sizeIncrement: '0.005', sizePrecision: 3 },
  );
  const scenario = fc.record({
    step: steps,
    minQtySteps: fc.integer({ min: 1, max: 5 }),
    venueMinNotional: fc.constantFrom('', '5', '10', '100'),
    venueLeverage: fc.constantFrom('1', '5', '20'),
    edge: fc.double({ min: 0, max: 0.5, noNaN: true }),
    price: fc.double({ min: 0.01, max: 100_000, noNaN: true }),
    equity: fc.double({ min: 10, max: 10_000_000, noNaN: true }),
    exposureFraction: fc.double({ min: 0, max: 0.5, noNaN: true }),
    fraction: fc.double({ min: 0.0001, max: 0.1, noNaN: true }),
    minNotional: fc.constantFrom(0, 5, 10, 50),
    maxNotional: fc.constantFrom(100, 500, 5_000),
    maxExposure: fc.double({ min: 0.05, max: 3, noNaN: true }),
    onLimit: fc.constantFrom('reduce', 'block'),
    belowMin: fc.constantFrom('no_trade', 'min_multiplier'),
  });

  it('approves only quantities on the step grid, >= min qty, with notional and exposure within every cap', () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        const inc = Number(sc.step.sizeIncrement);
        const inst = instrument({
          ...sc.step,
          minQuantity: String(+(inc * sc.minQtySteps).toFixed(sc.step.sizePrecision)),
          minNotional: sc.venueMinNotional,
          maxLeverage: sc.venueLeverage,
        });
        const cfg = riskConfig({
          base_risk_fraction: sc.fraction,
          min_notional: sc.minNotional,
          max_notional: sc.maxNotional,
          max_exposure_fraction: sc.maxExposure,
          on_exposure_limit: sc.onLimit,
          edge_sizing: { below_min_edge: sc.belowMin },
        });
        const exposure = sc.exposureFraction * sc.equity;
        const s = computePositionSize({ edge: sc.edge, price: sc.price, equity: sc.equity, exposureNotional: exposure, instrument: inst }, cfg);
        if (!s.approved) return s.quantity === 0 && s.notional === 0 && s.reasons.length === 1;
        const tol = 1 + 1e-9;
        return (
          isOnIncrement(s.quantityText, sc.step.sizeIncrement) &&
          s.quantity >= (inst.minQuantity ?? 0) &&
          s.notional >= (inst.minNotional ?? 0) &&
          s.notional >= cfg.min_notional / tol &&
          s.notional <= cfg.max_notional * tol &&
          exposure + s.notional <= cfg.max_exposure_fraction * sc.equity * tol &&
          s.leverage <= effectiveMaxLeverage(cfg, inst) * tol
        );
      }),
      { numRuns: 3000 },
    );
  });
});
