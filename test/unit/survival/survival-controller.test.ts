import { describe, expect, it } from 'vitest';
import { InvariantError, ManualClock } from '../../../src/market/index.js';
import {
  SensorRegistry,
  SurvivalController,
  computeCapitalFactor,
  createHealthySnapshot,
  createSensorRegistry,
  defaultSurvivalConfig,
  parseSurvivalConfig,
  type SensorPlugin,
  type SurvivalSnapshot,
} from '../../../src/survival/index.js';

const cfg = defaultSurvivalConfig();
const CAT5_AT_ZERO = computeCapitalFactor(0, cfg.cat5);
const MIN = 60_000;

function snap(patch: Partial<SurvivalSnapshot> = {}): SurvivalSnapshot {
  return { ...createHealthySnapshot(), ...patch };
}

describe('SurvivalController combination', () => {
  it('multiplies Cat1, Cat5, the worse of Cat2/Cat4 and Cat3', () => {
    const c = new SurvivalController();
    const e = c.evaluate(snap({ stalenessHours: 6.5, dvolSpike: true, tSinceSpikeMin: 60, fillProb: 0.9, drawdown: 0.12 }), 0);
    const cat2 = Math.exp(-0.5 / 3);
    const cat4 = 0.3 + 0.7 * (1 - Math.exp(-1));
    const cat3 = 0.3 + 0.7 * 0.9;
    // Cat2 0.846, Cat3 0.93, Cat4 0.742: one category under 0.8, no penalty; Cat4 is the worse.
    expect(e.rTarget).toBeCloseTo(1 * 0.5 * Math.min(cat2, cat4) * cat3, 12);
    expect(e.rTarget).toBeCloseTo(0.5 * cat4 * cat3, 12);
    expect(e.collapsePenalty).toBe(false);
  });

  it('halves the target when two of Cat2/Cat3/Cat4 are below 0.8', () => {
    const c = new SurvivalController();
    const e = c.evaluate(snap({ mcStatus: 'ORANGE', obStale: true }), 0);
    expect(e.collapsePenalty).toBe(true);
    expect(e.rTarget).toBeCloseTo(CAT5_AT_ZERO * 0.5 * 0.5 * 0.5, 12);
    expect(e.reason).toBe('hold:cat2_structural+collapse');
  });

  it('applies no penalty with one degraded category', () => {
    const e = new SurvivalController().evaluate(snap({ obStale: true }), 0);
    expect(e.collapsePenalty).toBe(false);
    expect(e.rTarget).toBeCloseTo(CAT5_AT_ZERO * 0.5, 12);
  });

  it('drives Rm to 0 when Cat1 fails', () => {
    const e = new SurvivalController().evaluate(snap({ heartbeatAgeS: 31 }), 0);
    expect(e.rm).toBe(0);
    expect(e.factors.cat1).toBe(0);
  });

  it('reports every category factor', () => {
    const e = new SurvivalController().evaluate(snap({ mcStatus: 'RED', drawdown: 0.12 }), 0);
    expect({ ...e.factors }).toEqual({ cat1: 1, cat2: 0.1, cat3: 1, cat4: 1, cat5: 0.5 });
  });
});

describe('SurvivalController recovery', () => {
  it('falls at once and climbs by the bounded recovery rule', () => {
    const c = new SurvivalController();
    expect(c.evaluate(snap({ obStale: true }), 0).rm).toBeCloseTo(CAT5_AT_ZERO * 0.5, 12);
    const last = c.rm;
    const e = c.evaluate(snap(), MIN);
    expect(e.rTarget).toBeCloseTo(CAT5_AT_ZERO, 12);
    expect(e.rm).toBeCloseTo(last + 0.02 * (CAT5_AT_ZERO - last), 12);
  });

  it('measures recovery in event time, not in calls', () => {
    const a = new SurvivalController();
    const b = new SurvivalController();
    a.evaluate(snap({ obStale: true }), 0);
    b.evaluate(snap({ obStale: true }), 0);
    a.evaluate(snap(), 2 * MIN);
    b.evaluate(snap(), MIN);
    b.evaluate(snap(), 2 * MIN);
    expect(Math.abs(a.rm - b.rm)).toBeLessThan(1e-3);
  });
});

describe('SurvivalController posture', () => {
  it('reaches HIBERNATE on the second bar of a heartbeat loss', () => {
    const c = new SurvivalController();
    const first = c.evaluate(snap({ heartbeatAgeS: 40 }), 0);
    expect(first.posture).toBe('APEX');
    expect(first.changed).toBe(false);
    const second = c.evaluate(snap({ heartbeatAgeS: 45 }), 5000);
    expect(second.posture).toBe('HIBERNATE');
    expect(second.previousPosture).toBe('APEX');
    expect(second.changed).toBe(true);
    expect(second.reason).toBe('down:cat1_invariant');
  });

  it('resumes from an initial posture', () => {
    const c = new SurvivalController({ initial: { posture: 'TURTLE', rm: 0.6 } });
    expect(c.posture).toBe('TURTLE');
    expect(c.evaluate(snap(), 0).rm).toBe(0.6);
    expect(c.evaluate(snap(), MIN).rm).toBeCloseTo(0.6 + 0.02 * (CAT5_AT_ZERO - 0.6), 12);
  });

  it('refuses an initial rm outside [0, 1]', () => {
    expect(() => new SurvivalController({ initial: { posture: 'APEX', rm: 1.5 } })).toThrow(InvariantError);
  });
});

describe('SurvivalController time', () => {
  it('takes the time from the injected clock when none is passed', () => {
    const clock = new ManualClock();
    clock.setMs(120_000);
    const c = new SurvivalController({ clock });
    expect(c.evaluate(snap()).tMs).toBe(120_000);
  });

  it('refuses a time before the previous evaluation', () => {
    const c = new SurvivalController();
    c.evaluate(snap(), 10_000);
    expect(() => c.evaluate(snap(), 9_999)).toThrow(/before the previous 10000/);
  });

  it('refuses to evaluate without a time source', () => {
    expect(() => new SurvivalController().evaluate(snap())).toThrow(InvariantError);
  });

  it('returns the same evaluation object every time', () => {
    const c = new SurvivalController();
    expect(c.evaluate(snap(), 0)).toBe(c.evaluate(snap(), 1));
  });
});

interface LedgerSnapshot extends SurvivalSnapshot {
  ledgerOk: boolean;
}

describe('SurvivalController plug-ins', () => {
  it('lets a new sensor lower its category without touching the combinator', () => {
    const ledger: SensorPlugin<LedgerSnapshot> = { id: 'ledger-integrity', category: 'invariant', read: (s) => (s.ledgerOk ? 1 : 0) };
    const c = new SurvivalController<LedgerSnapshot>({ sensors: createSensorRegistry(cfg, [ledger]) });
    const e = c.evaluate({ ...snap(), ledgerOk: false }, 0);
    expect(e.factors.cat1).toBe(0);
    expect(e.rTarget).toBe(0);
  });

  it('takes the worst sensor of a category', () => {
    const slow: SensorPlugin = { id: 'slippage-drift', category: 'microstructure', read: () => 0.6 };
    const c = new SurvivalController({ sensors: createSensorRegistry(cfg, [slow]) });
    expect(c.evaluate(snap({ fillProb: 0.9 }), 0).factors.cat3).toBe(0.6);
  });

  it('clamps readings into [0, 1] and reads NaN as 0', () => {
    const wild: SensorPlugin = { id: 'wild', category: 'environmental', read: () => 7 };
    const broken: SensorPlugin = { id: 'broken', category: 'structural', read: () => Number.NaN };
    const e = new SurvivalController({ sensors: [wild, broken] }).evaluate(snap(), 0);
    expect(e.factors.cat4).toBe(1);
    expect(e.factors.cat2).toBe(0);
  });

  it('reads an empty category as 1', () => {
    const e = new SurvivalController({ sensors: new SensorRegistry() }).evaluate(snap(), 0);
    expect(e.rTarget).toBe(1);
  });

  it('refuses a duplicate or non-kebab-case sensor id', () => {
    const r = createSensorRegistry(cfg);
    expect(() => r.register({ id: 'ob-quality', category: 'microstructure', read: () => 1 })).toThrow(/already registered/);
    expect(() => r.register({ id: 'ObQuality', category: 'microstructure', read: () => 1 })).toThrow(/not kebab-case/);
  });
});

describe('SurvivalController category profiles', () => {
  const microAt = (v: number): SensorPlugin => ({ id: 'micro', category: 'microstructure', read: () => v });

  it('reads factors inside the deadband as 1', () => {
    const config = parseSurvivalConfig({ profiles: { cat3: { deadband: 0.05 } } });
    expect(new SurvivalController({ config, sensors: [microAt(0.96)] }).evaluate(snap(), 0).factors.cat3).toBe(1);
    expect(new SurvivalController({ config, sensors: [microAt(0.94)] }).evaluate(snap(), 0).factors.cat3).toBe(0.94);
  });

  it('limits the fall per minute with decay_per_min', () => {
    const config = parseSurvivalConfig({ profiles: { cat3: { decay_per_min: 0.1 } } });
    let v = 1;
    const c = new SurvivalController({ config, sensors: [{ id: 'micro', category: 'microstructure', read: () => v }] });
    c.evaluate(snap(), 0);
    v = 0.2;
    expect(c.evaluate(snap(), 2 * MIN).factors.cat3).toBeCloseTo(0.8, 12);
  });

  it('limits the rise per minute with recovery_per_min', () => {
    const config = parseSurvivalConfig({ profiles: { cat3: { recovery_per_min: 0.01 } } });
    let v = 0.5;
    const c = new SurvivalController({ config, sensors: [{ id: 'micro', category: 'microstructure', read: () => v }] });
    c.evaluate(snap(), 0);
    v = 1;
    expect(c.evaluate(snap(), 10 * MIN).factors.cat3).toBeCloseTo(0.6, 12);
  });
});
