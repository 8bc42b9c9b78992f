import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  MC_GATE_STATUSES,
  SurvivalController,
  createBuiltInSensors,
  defaultSurvivalConfig,
  parseSurvivalConfig,
  type SurvivalSnapshot,
} from '../../../src/survival/index.js';

const anyNumber = fc.oneof(
  fc.double({ min: -10, max: 1000, noNaN: false }),
  fc.constantFrom(0, 1, 0.5, 30, 30.0001, 6, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
);

const snapshotArb: fc.Arbitrary<SurvivalSnapshot> = fc.record({
  hzNodes: fc.oneof(fc.integer({ min: 0, max: 5 }), anyNumber),
  heartbeatAgeS: anyNumber,
  mcStatus: fc.constantFrom(...MC_GATE_STATUSES),
  stalenessHours: anyNumber,
  obStale: fc.boolean(),
  depthQuality: anyNumber,
  fillProb: anyNumber,
  dvolSpike: fc.boolean(),
  tSinceSpikeMin: anyNumber,
  drawdown: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), anyNumber),
});

/** A run: snapshots with non-negative time steps (ms, up to 2 hours, zero allowed). */
const runArb = fc.array(fc.tuple(snapshotArb, fc.integer({ min: 0, max: 7_200_000 })), { minLength: 1, maxLength: 60 });

const profileArb = fc.record({
  deadband: fc.double({ min: 0, max: 1, noNaN: true }),
  decay_per_min: fc.option(fc.double({ min: 0.001, max: 10, noNaN: true }), { nil: null }),
  recovery_per_min: fc.option(fc.double({ min: 0.001, max: 10, noNaN: true }), { nil: null }),
});

const configArb = fc
  .record({
    profiles: fc.record({ cat1: profileArb, cat2: profileArb, cat3: profileArb, cat4: profileArb, cat5: profileArb }),
    recovery: fc.record({ alpha_per_min: fc.double({ min: 0.001, max: 100, noNaN: true }), max_step_per_min: fc.double({ min: 0.001, max: 100, noNaN: true }) }),
    hysteresis: fc.record({ down_bars: fc.integer({ min: 1, max: 6 }), up_bars: fc.integer({ min: 1, max: 10 }) }),
  })
  .map((raw) => parseSurvivalConfig(raw));

const inUnit = (x: number): boolean => x >= 0 && x <= 1;

describe('survival invariants', () => {
  it('keeps every built-in sensor reading in [0, 1] for any input', () => {
    const sensors = createBuiltInSensors(defaultSurvivalConfig());
    fc.assert(
      fc.property(snapshotArb, (s) => sensors.every((sensor) => inUnit(sensor.read(s)))),
      { numRuns: 500 },
    );
  });

  it('keeps every factor, the target and Rm in [0, 1] under any config', () => {
    fc.assert(
      fc.property(configArb, runArb, (config, run) => {
        const c = new SurvivalController({ config });
        let t = 0;
        for (const [snap, dt] of run) {
          t += dt;
          const e = c.evaluate(snap, t);
          const f = e.factors;
          if (![f.cat1, f.cat2, f.cat3, f.cat4, f.cat5, e.rTarget, e.rm].every(inUnit)) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('never lets Rm rise faster than max_step_per_min (5 % per minute by default)', () => {
    fc.assert(
      fc.property(runArb, (run) => {
        const c = new SurvivalController();
        let t = 0;
        let last = c.rm;
        for (const [snap, dt] of run) {
          t += dt;
          const rm = c.evaluate(snap, t).rm;
          if (rm - last > (0.05 * dt) / 60_000 + 1e-12) return false;
          last = rm;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it('never leaves Rm above its target after an evaluation that lowered the target below it', () => {
    fc.assert(
      fc.property(runArb, (run) => {
        const c = new SurvivalController();
        let t = 0;
        for (const [snap, dt] of run) {
          t += dt;
          const before = c.rm;
          const e = c.evaluate(snap, t);
          if (e.rTarget < before && e.rm !== e.rTarget) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
