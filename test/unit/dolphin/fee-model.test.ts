import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../../src/market/index.js';
import { CHAMPION_PARAMS, computeEntryFee, computeExitFee, computeTradePnl, createTradePnl } from '../../../src/strategies/dolphin/index.js';

const p = CHAMPION_PARAMS;
const noRandom = { ...p, sp_refunds: false, ob_mc_edge: false };

/** An Rng returning the given values in turn (and failing when exhausted). */
function scripted(values: number[]): Rng & { used: number } {
  const r = { used: 0, next: () => { const v = values[r.used]; r.used++; if (v === undefined) throw new Error('rng exhausted'); return v; } };
  return r;
}

describe('fees', () => {
  it('charges 0.000314 of notional on entry and 0.000350 on exit', () => {
    expect(computeEntryFee(10_000, p)).toBeCloseTo(3.14, 12);
    expect(computeExitFee(10_000, 'FIXED_TP', p)).toBeCloseTo(3.5, 12);
  });

  it('charges pure taker 0.0005 on a stop-loss exit', () => {
    expect(computeExitFee(10_000, 'STOP_LOSS', p)).toBeCloseTo(5, 12);
  });
});

describe('computeTradePnl', () => {
  it('books a SHORT TP with slippage and fees and no randomness', () => {
    const rng = scripted([]);
    const t = computeTradePnl(-1, 100, 99, 1000, 'FIXED_TP', undefined, rng, noRandom, createTradePnl());
    expect(t.exitPrice).toBeCloseTo(99.0198, 12);
    expect(t.pnlPctRaw).toBeCloseTo(0.009802, 12);
    expect(t.net).toBeCloseTo(9.802 - 0.314 - 0.35, 10);
    expect(rng.used).toBe(0);
  });

  it('refunds 2 bps per maker fill, drawing entry then exit', () => {
    const both = computeTradePnl(-1, 100, 100, 1000, 'MAX_HOLD', undefined, scripted([0.1, 0.1]), { ...p, ob_mc_edge: false }, createTradePnl());
    const none = computeTradePnl(-1, 100, 100, 1000, 'MAX_HOLD', undefined, scripted([0.7, 0.7]), { ...p, ob_mc_edge: false }, createTradePnl());
    expect(both.pnlPctRaw - none.pnlPctRaw).toBeCloseTo(0.0004, 12);
  });

  it('gives no exit refund on a stop loss', () => {
    const rng = scripted([0.1]);
    computeTradePnl(-1, 100, 100, 1000, 'STOP_LOSS', undefined, rng, { ...p, ob_mc_edge: false }, createTradePnl());
    expect(rng.used).toBe(1);
  });

  it('adds the legacy 5 bps OB edge with probability 0.40 without a provider', () => {
    const hit = computeTradePnl(-1, 100, 100, 1000, 'MAX_HOLD', undefined, scripted([0.39]), { ...p, sp_refunds: false }, createTradePnl());
    const miss = computeTradePnl(-1, 100, 100, 1000, 'MAX_HOLD', undefined, scripted([0.41]), { ...p, sp_refunds: false }, createTradePnl());
    expect(hit.pnlPctRaw - miss.pnlPctRaw).toBeCloseTo(0.0005, 12);
  });

  it('scales the OB edge by fill probability on a deep book, without a draw', () => {
    const rng = scripted([]);
    const deep = computeTradePnl(-1, 100, 100, 1000, 'MAX_HOLD', { depthQuality: 1.2, fillProbability: 0.6 }, rng, { ...p, sp_refunds: false }, createTradePnl());
    const thin = computeTradePnl(-1, 100, 100, 1000, 'MAX_HOLD', { depthQuality: 0.4, fillProbability: 0.6 }, rng, { ...p, sp_refunds: false }, createTradePnl());
    expect(deep.pnlPctRaw - thin.pnlPctRaw).toBeCloseTo(0.0003, 12);
    expect(rng.used).toBe(0);
  });

  it('is reproducible with createRng(42)', () => {
    const a = computeTradePnl(-1, 100, 99.5, 1000, 'MAX_HOLD', undefined, createRng(42), p, createTradePnl());
    const b = computeTradePnl(-1, 100, 99.5, 1000, 'MAX_HOLD', undefined, createRng(42), p, createTradePnl());
    expect(a).toEqual(b);
  });
});
