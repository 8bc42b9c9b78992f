import { describe, expect, it } from 'vitest';
import {
  CHAMPION_PARAMS,
  computeDynamicExitParams,
  createDynamicExitParams,
  evaluateExit,
  exitSlippage,
  isAdverseVelDiv,
  positionPnlPct,
  slippedExitPrice,
  type ObMacro,
  type ObSignal,
} from '../../../src/strategies/dolphin/index.js';

const p = CHAMPION_PARAMS;
const dyn = (pnl = 0, signal: ObSignal | null = null, macro: ObMacro | null = null) => computeDynamicExitParams(pnl, -1, signal, macro, p, createDynamicExitParams());
const sig = (imbalanceMa5: number, withdrawalVelocity = 0): ObSignal => ({ imbalanceMa5, imbalancePersistence: 0.5, withdrawalVelocity });

describe('evaluateExit', () => {
  it('takes profit at 95 bps', () => {
    expect(evaluateExit(0.0095, 3, 0, dyn(), p)).toBe('FIXED_TP');
    expect(evaluateExit(0.0094, 3, 0, dyn(), p)).toBeNull();
  });

  it('holds at most 120 bars', () => {
    expect(evaluateExit(0, 119, 0, dyn(), p)).toBeNull();
    expect(evaluateExit(0, 120, 0, dyn(), p)).toBe('MAX_HOLD');
  });

  it('stops out only at a 100% loss', () => {
    expect(evaluateExit(-0.99, 1, 0, dyn(), p)).toBeNull();
    expect(evaluateExit(-1, 1, 0, dyn(), p)).toBe('STOP_LOSS');
  });

  it('checks TP before max hold', () => {
    expect(evaluateExit(0.01, 200, 0, dyn(), p)).toBe('FIXED_TP');
  });

  it('exits on an adverse vel_div turn only behind its flag', () => {
    expect(evaluateExit(0, 5, 3, dyn(), p)).toBeNull();
    expect(evaluateExit(0, 5, 3, dyn(), { ...p, vd_enabled: true })).toBe('VD_ADVERSE_TURN');
    expect(evaluateExit(0, 5, 2, dyn(), { ...p, vd_enabled: true })).toBeNull();
  });

  it('reads an adverse turn as vel_div beyond +0.02 against a SHORT', () => {
    expect(isAdverseVelDiv(0.021, -1, 0.02)).toBe(true);
    expect(isAdverseVelDiv(0.019, -1, 0.02)).toBe(false);
    expect(isAdverseVelDiv(-0.021, 1, 0.02)).toBe(true);
  });
});

describe('computeDynamicExitParams', () => {
  it('keeps the champion values without order-book data', () => {
    expect(dyn()).toEqual({ tpPct: 0.0095, slPct: 1, maxHoldBars: 120 });
  });

  it('widens TP x1.40 and halves max hold in a cascade', () => {
    const d = dyn(0, sig(0), { cascadeCount: 2, regimeSignal: 1 });
    expect(d.tpPct).toBeCloseTo(0.0133, 12);
    expect(d.maxHoldBars).toBe(60);
    expect(d.slPct).toBe(1);
  });

  it('sets a 10% stop and takes profit sooner under withdrawal stress', () => {
    const d = dyn(0.001, sig(0.2), { cascadeCount: 0, regimeSignal: 1 });
    expect(d.slPct).toBe(0.1);
    expect(d.tpPct).toBeCloseTo(0.0057, 12);
    expect(d.maxHoldBars).toBe(48);
  });

  it('lets winners run in a calm, favourable book', () => {
    expect(dyn(0, sig(-0.2), { cascadeCount: 0, regimeSignal: -1 }).maxHoldBars).toBe(180);
  });

  it('shortens the hold on a thinning book outside stress', () => {
    const d = dyn(0.002, sig(0, -0.3), { cascadeCount: 0, regimeSignal: 0 });
    expect(d.maxHoldBars).toBe(48);
    expect(d.tpPct).toBeCloseTo(0.0095 * 0.75, 12);
  });
});

describe('exit slippage', () => {
  it('charges 5 bps on a stop loss and 2 bps otherwise', () => {
    expect(exitSlippage('STOP_LOSS', p)).toBe(0.0005);
    expect(exitSlippage('FIXED_TP', p)).toBe(0.0002);
    expect(exitSlippage('MAX_HOLD', p)).toBe(0.0002);
  });

  it('covers a SHORT above the price and sells a LONG below it', () => {
    expect(slippedExitPrice(100, -1, 0.0002)).toBeCloseTo(100.02, 12);
    expect(slippedExitPrice(100, 1, 0.0002)).toBeCloseTo(99.98, 12);
  });

  it('measures a SHORT in profit when the price falls', () => {
    expect(positionPnlPct(100, 99, -1)).toBeCloseTo(0.01, 12);
  });
});
