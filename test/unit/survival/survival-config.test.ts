import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { InvariantError } from '../../../src/market/index.js';
import { defaultSurvivalConfig, parseSurvivalConfig } from '../../../src/survival/index.js';

describe('parseSurvivalConfig', () => {
  it('defaults to the seed numbers', () => {
    const c = defaultSurvivalConfig();
    expect(c.postures).toEqual({ apex: 0.9, stalker: 0.75, turtle: 0.5 });
    expect(c.hysteresis).toEqual({ down_bars: 2, up_bars: 5 });
    expect(c.recovery).toEqual({ alpha_per_min: 0.02, max_step_per_min: 0.05 });
    expect(c.collapse).toEqual({ threshold: 0.8, min_count: 2, penalty: 0.5 });
    expect(c.cat2).toMatchObject({ mc_base_ok: 1, mc_base_orange: 0.5, mc_base_red: 0.1, staleness_deadband_hours: 6, staleness_tau_hours: 3 });
    expect(c.cat5).toEqual({ steepness: 30, midpoint_drawdown: 0.12 });
    expect(c.effects.stalker_max_leverage).toBe(2);
  });

  it('keeps the other defaults when one key is overridden', () => {
    const c = parseSurvivalConfig({ hysteresis: { up_bars: 8 } });
    expect(c.hysteresis).toEqual({ down_bars: 2, up_bars: 8 });
    expect(c.postures.apex).toBe(0.9);
  });

  it('freezes the result', () => {
    expect(Object.isFrozen(defaultSurvivalConfig().postures)).toBe(true);
  });

  it('names the key of a bad value', () => {
    expect(() => parseSurvivalConfig({ recovery: { max_step_per_min: -1 } })).toThrow(/invalid survival\.recovery\.max_step_per_min, .*was -1/);
  });

  it('names an unknown key', () => {
    expect(() => parseSurvivalConfig({ postures: { apexx: 0.9 } })).toThrow(/survival\.postures\.apexx/);
  });

  it('refuses thresholds out of order', () => {
    expect(() => parseSurvivalConfig({ postures: { apex: 0.7 } })).toThrow(InvariantError);
    expect(() => parseSurvivalConfig({ postures: { apex: 0.7 } })).toThrow(/survival\.postures\.apex, must be above stalker 0\.75/);
  });

  it('accepts the survival section of config/settings.yaml: the defaults plus the Cat5 deadband', () => {
    const doc = parse(readFileSync('config/settings.yaml', 'utf8')) as { survival: unknown };
    const shipped = parseSurvivalConfig(doc.survival);
    const defaults = defaultSurvivalConfig();
    expect(shipped.profiles.cat5.deadband).toBe(0.03);
    expect({ ...shipped, profiles: { ...shipped.profiles, cat5: defaults.profiles.cat5 } }).toEqual(defaults);
  });
});
