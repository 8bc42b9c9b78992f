import { describe, expect, it } from 'vitest';
import { CHAMPION_PARAMS, dolphinParamsSchema, dolphinVenueFeeModel, entryFeeRate, exitFeeRate } from '../../../src/strategies/dolphin/index.js';

describe('dolphinParamsSchema', () => {
  it.each([
    ['vel_div_threshold', -0.02],
    ['vel_div_extreme', -0.05],
    ['min_leverage', 0.5],
    ['max_leverage', 5.0],
    ['abs_max_leverage', 6.0],
    ['leverage_convexity', 3.0],
    ['fraction', 0.2],
    ['fixed_tp_pct', 0.0095],
    ['stop_pct', 1.0],
    ['max_hold_bars', 120],
    ['dc_lookback_bars', 7],
    ['dc_min_magnitude_bps', 0.75],
    ['dc_skip_contradicts', true],
    ['min_irp_alignment', 0.45],
    ['sp_maker_entry_rate', 0.62],
    ['sp_maker_exit_rate', 0.5],
    ['ob_edge_bps', 5.0],
    ['ob_confirm_rate', 0.4],
    ['lookback', 100],
    ['seed', 42],
    ['direction', -1],
    ['stalker_max_leverage', 2.0],
    ['vd_enabled', false],
  ] as const)('defaults %s to the champion %s (seed 18.1)', (key, value) => {
    expect(CHAMPION_PARAMS[key]).toBe(value);
  });

  it('lets config override any parameter', () => {
    expect(dolphinParamsSchema.parse({ fixed_tp_pct: 0.012, direction: 1 })).toMatchObject({ fixed_tp_pct: 0.012, direction: 1, max_hold_bars: 120 });
  });

  it('rejects an unknown key naming it', () => {
    expect(() => dolphinParamsSchema.parse({ fixed_tp: 0.01 })).toThrow(/fixed_tp/);
  });

  it('rejects an extreme above the threshold', () => {
    expect(() => dolphinParamsSchema.parse({ vel_div_extreme: -0.01 })).toThrow(/vel_div_extreme/);
  });

  it('rejects max leverage above the absolute ceiling', () => {
    expect(() => dolphinParamsSchema.parse({ max_leverage: 7 })).toThrow(/max_leverage/);
  });
});

describe('fee rates', () => {
  it('blends entry fees to 0.000314 of notional at the champion maker rate', () => {
    expect(entryFeeRate(CHAMPION_PARAMS)).toBeCloseTo(0.000314, 15);
  });

  it('blends exit fees to 0.000350 of notional', () => {
    expect(exitFeeRate(CHAMPION_PARAMS)).toBeCloseTo(0.00035, 15);
  });

  it('gives the venue a tagged fee model with the same rates', () => {
    expect(dolphinVenueFeeModel()).toEqual({ kind: 'tagged', rates: { entry: 0.000314, exit: 0.00035, sl: 0.0005 } });
  });
});
