import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatConfigError, parseRiskConfig, riskConfigSchema, RiskConfigError } from '../../../src/risk/index.js';

function errorLines(raw: unknown): string[] {
  try {
    parseRiskConfig(raw);
  } catch (e) {
    if (e instanceof RiskConfigError) return [...e.lines];
    throw e;
  }
  return [];
}

describe('riskConfigSchema', () => {
  it('defaults every key to the seed 000 values', () => {
    const c = parseRiskConfig(undefined);
    expect(c).toMatchObject({
      base_risk_fraction: 0.005,
      min_notional: 10,
      max_notional: 500,
      edge_sizing: { min_edge: 0.01, max_edge: 0.1, min_multiplier: 0.5, max_multiplier: 2.0 },
      max_leverage: 10,
      max_exposure_fraction: 0.2,
      sltp: {
        base_rr: 1.5,
        mode: 'atr',
        atr: { sl_mult_low_vol: 1.0, sl_mult_high_vol: 0.5, tp_mult_low_vol: 1.5, tp_mult_high_vol: 1.0, vol_threshold: 1.5 },
        percent: { sl_percent_low_vol: 0.2, sl_percent_high_vol: 0.4, tp_rr_low_vol: 2.0, tp_rr_high_vol: 1.0 },
      },
      session: {
        max_trades_per_hour: 100,
        max_daily_loss_abs: 200,
        max_daily_loss_pct: 0.05,
        max_daily_profit_abs: null,
        max_daily_profit_pct: null,
        on_violation: 'halt',
        cooldown_minutes: 60,
        timezone: 'UTC',
      },
    });
  });

  it('parses the risk section of config/settings.yaml to the defaults', () => {
    const doc = parse(readFileSync('config/settings.yaml', 'utf8')) as { risk: unknown };
    expect(parseRiskConfig(doc.risk)).toEqual(parseRiskConfig(undefined));
  });

  it('returns a deeply frozen config', () => {
    const c = parseRiskConfig({});
    expect([Object.isFrozen(c), Object.isFrozen(c.session), Object.isFrozen(c.sltp.atr)]).toEqual([true, true, true]);
  });

  it('keeps defaults of sibling keys when one nested key is given', () => {
    expect(parseRiskConfig({ sltp: { atr: { vol_threshold: 2 } } }).sltp.atr).toEqual({ sl_mult_low_vol: 1.0, sl_mult_high_vol: 0.5, tp_mult_low_vol: 1.5, tp_mult_high_vol: 1.0, vol_threshold: 2 });
  });

  it('accepts a profit lock, a cooldown and another time zone', () => {
    const c = parseRiskConfig({ session: { max_daily_profit_pct: 0.03, on_violation: 'cooldown', cooldown_minutes: 15, timezone: 'Europe/Berlin' } });
    expect([c.session.max_daily_profit_pct, c.session.on_violation, c.session.timezone]).toEqual([0.03, 'cooldown', 'Europe/Berlin']);
  });

  // Each wrong config is rejected with one line that names the key, what is allowed and the value.
  it.each([
    ['a negative fraction', { base_risk_fraction: -0.5 }, 'risk.base_risk_fraction: must be a number > 0 and <= 1, was -0.5'],
    ['a fraction above 1', { base_risk_fraction: 1.5 }, 'risk.base_risk_fraction: must be a number > 0 and <= 1, was 1.5'],
    ['min_notional above max_notional', { min_notional: 600, max_notional: 500 }, 'risk.min_notional: must be at most max_notional (500), was 600'],
    ['min_edge above max_edge', { edge_sizing: { min_edge: 0.2, max_edge: 0.1 } }, 'risk.edge_sizing.min_edge: must be less than max_edge (0.1), was 0.2'],
    ['min_multiplier above max_multiplier', { edge_sizing: { min_multiplier: 3 } }, 'risk.edge_sizing.min_multiplier: must be at most max_multiplier (2), was 3'],
    ['an unknown key', { max_levrage: 5 }, 'risk.max_levrage: unknown key (allowed: base_risk_fraction, min_notional, max_notional, edge_sizing, max_leverage, max_exposure_fraction, on_exposure_limit, sltp, volatility, session), was 5'],
    ['an unknown nested key', { sltp: { atr: { sl_mult: 1 } } }, 'risk.sltp.atr.sl_mult: unknown key (allowed: sl_mult_low_vol, sl_mult_high_vol, tp_mult_low_vol, tp_mult_high_vol, vol_threshold), was 1'],
    ['a wrong sltp mode', { sltp: { mode: 'fixed' } }, 'risk.sltp.mode: must be one of "atr", "percent", was "fixed"'],
    ['a wrong on_violation', { session: { on_violation: 'pause' } }, 'risk.session.on_violation: must be one of "halt", "cooldown", was "pause"'],
    ['a negative max_trades_per_hour', { session: { max_trades_per_hour: -3 } }, 'risk.session.max_trades_per_hour: must be an integer >= 1, was -3'],
    ['a fractional max_trades_per_hour', { session: { max_trades_per_hour: 2.5 } }, 'risk.session.max_trades_per_hour: must be an integer >= 1, was 2.5'],
    ['a loss limit as text', { session: { max_daily_loss_abs: '200' } }, 'risk.session.max_daily_loss_abs: must be a number > 0 or null, was "200"'],
    ['a loss percentage above 1', { session: { max_daily_loss_pct: 5 } }, 'risk.session.max_daily_loss_pct: must be a number > 0 and <= 1 or null, was 5'],
    ['an unknown time zone', { session: { timezone: 'Mars/Olympus' } }, 'risk.session.timezone: must be an IANA time zone such as "UTC" or "Europe/Berlin", was "Mars/Olympus"'],
    ['a zero ATR multiplier', { sltp: { atr: { sl_mult_low_vol: 0 } } }, 'risk.sltp.atr.sl_mult_low_vol: must be a number > 0, was 0'],
    ['a section that is not a mapping', { session: 5 }, 'risk.session: must be a mapping of keys to values, was 5'],
    ['a wrong below_min_edge', { edge_sizing: { below_min_edge: 'skip' } }, 'risk.edge_sizing.below_min_edge: must be one of "no_trade", "min_multiplier", was "skip"'],
  ])('rejects %s naming the key', (_name, raw, line) => {
    expect(errorLines(raw)).toEqual([line]);
  });

  it('reports every problem of a config at once', () => {
    expect(errorLines({ base_risk_fraction: 0, session: { cooldown_minutes: -1, on_violation: 'x' } })).toHaveLength(3);
  });

  it('puts the lines in the error message for start-up logs', () => {
    expect(() => parseRiskConfig({ sltp: { mode: 'fixed' } })).toThrow(/invalid risk config:\n {2}risk\.sltp\.mode: must be one of/);
  });
});

describe('formatConfigError', () => {
  it('formats a zod error from another root', () => {
    const r = riskConfigSchema.safeParse({ max_leverage: 500 }, { reportInput: true });
    expect(r.success ? [] : formatConfigError(r.error, 'strategies[0].risk')).toEqual(['strategies[0].risk.max_leverage: must be a number > 0 and <= 125, was 500']);
  });
});
