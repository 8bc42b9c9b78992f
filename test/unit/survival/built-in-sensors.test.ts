import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_SENSOR_IDS,
  computeCapitalFactor,
  computeEnvironmentalFactor,
  computeInvariantFactor,
  computeMicrostructureFactor,
  computeStructuralFactor,
  createBuiltInSensors,
  createHealthySnapshot,
  defaultSurvivalConfig,
} from '../../../src/survival/index.js';

const cfg = defaultSurvivalConfig();

describe('computeInvariantFactor (Cat1)', () => {
  it.each([
    { nodes: 1, age: 0, want: 1 },
    { nodes: 3, age: 30, want: 1 },
    { nodes: 0, age: 0, want: 0 },
    { nodes: 1, age: 30.001, want: 0 },
    { nodes: 1, age: Number.NaN, want: 0 },
    { nodes: Number.NaN, age: 0, want: 0 },
  ])('reads $want with $nodes nodes and a $age s heartbeat', ({ nodes, age, want }) => {
    expect(computeInvariantFactor(nodes, age, cfg.cat1)).toBe(want);
  });
});

describe('computeStructuralFactor (Cat2)', () => {
  it.each([
    { status: 'OK', want: 1.0 },
    { status: 'ORANGE', want: 0.5 },
    { status: 'RED', want: 0.1 },
  ] as const)('uses the $status base $want while data is fresh', ({ status, want }) => {
    expect(computeStructuralFactor(status, 0, cfg.cat2)).toBe(want);
  });

  it('does not decay up to 6 hours of staleness', () => {
    expect(computeStructuralFactor('OK', 6, cfg.cat2)).toBe(1);
    expect(computeStructuralFactor('ORANGE', 5.99, cfg.cat2)).toBe(0.5);
  });

  it('begins to decay after 6 hours with a 3-hour time constant', () => {
    expect(computeStructuralFactor('OK', 6.01, cfg.cat2)).toBeLessThan(1);
    expect(computeStructuralFactor('OK', 9, cfg.cat2)).toBeCloseTo(Math.exp(-1), 12);
    expect(computeStructuralFactor('ORANGE', 12, cfg.cat2)).toBeCloseTo(0.5 * Math.exp(-2), 12);
  });

  it('reads NaN staleness as fully decayed', () => {
    expect(computeStructuralFactor('OK', Number.NaN, cfg.cat2)).toBe(0);
  });
});

describe('computeMicrostructureFactor (Cat3)', () => {
  it.each([
    { stale: true, depth: 2, fill: 1, want: 0.5 },
    { stale: false, depth: 1.5, fill: 1, want: 1.0 },
    { stale: false, depth: 0.5, fill: 0.9, want: 0.65 },
    { stale: false, depth: 2, fill: 0.5, want: 0.65 },
    { stale: false, depth: 0, fill: 1, want: 0.3 },
  ])('reads $want when stale=$stale, depth $depth, fill $fill', ({ stale, depth, fill, want }) => {
    expect(computeMicrostructureFactor(stale, depth, fill, cfg.cat3)).toBeCloseTo(want, 12);
  });

  it('reads an unknown depth as a stale book', () => {
    expect(computeMicrostructureFactor(false, Number.NaN, 1, cfg.cat3)).toBe(0.5);
  });
});

describe('computeEnvironmentalFactor (Cat4)', () => {
  it('drops to 0.3 at the spike instant', () => {
    expect(computeEnvironmentalFactor(true, 0, cfg.cat4)).toBe(0.3);
  });

  it('recovers with a 60-minute time constant', () => {
    expect(computeEnvironmentalFactor(true, 60, cfg.cat4)).toBeCloseTo(0.3 + 0.7 * (1 - Math.exp(-1)), 12);
    expect(computeEnvironmentalFactor(true, 600, cfg.cat4)).toBeGreaterThan(0.9999);
  });

  it('reads 1 when no spike has been seen', () => {
    expect(computeEnvironmentalFactor(false, 0, cfg.cat4)).toBe(1);
  });
});

describe('computeCapitalFactor (Cat5)', () => {
  it.each([
    // The seed says "about 1.0 at 5 %, 0.5 at 12 %, about 0.1 at 20 %"; its formula gives these.
    { dd: 0, want: 0.973403 },
    { dd: 0.05, want: 0.890903 },
    { dd: 0.12, want: 0.5 },
    { dd: 0.2, want: 0.083173 },
  ])('reads $want at $dd drawdown', ({ dd, want }) => {
    expect(computeCapitalFactor(dd, cfg.cat5)).toBeCloseTo(want, 6);
  });

  it('is within 0.11 of the seed figures 1.0 / 0.1 at 5 % and 20 %', () => {
    expect(Math.abs(computeCapitalFactor(0.05, cfg.cat5) - 1.0)).toBeLessThan(0.11);
    expect(Math.abs(computeCapitalFactor(0.2, cfg.cat5) - 0.1)).toBeLessThan(0.02);
  });
});

describe('createBuiltInSensors', () => {
  it('provides one sensor per category with the documented ids', () => {
    const sensors = createBuiltInSensors(cfg);
    expect(sensors.map((s) => s.id)).toEqual([...BUILT_IN_SENSOR_IDS]);
    expect(sensors.map((s) => s.category)).toEqual(['invariant', 'structural', 'microstructure', 'environmental', 'capital']);
  });

  it('reads a healthy snapshot as healthy', () => {
    const snap = createHealthySnapshot();
    expect(createBuiltInSensors(cfg).map((s) => s.read(snap))).toEqual([1, 1, 1, 1, computeCapitalFactor(0, cfg.cat5)]);
  });
});
