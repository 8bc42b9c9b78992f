import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/market/index.js';
import { classifyMcReport, mcEffects, ReferenceMcForewarner, type McConfig } from '../../../src/survival/index.js';

const champion: McConfig = {
  max_leverage: 5,
  min_leverage: 0.5,
  fraction: 0.2,
  min_fraction: 0.02,
  leverage_convexity: 3,
  fixed_tp_pct: 0.0095,
  stop_pct: 1,
  max_hold_bars: 120,
};

describe('classifyMcReport', () => {
  it.each([
    [0.26, 0.5, 'RED'],
    [0.0, -1.01, 'RED'],
    [0.25, -1.0, 'ORANGE'],
    [0.11, 0.5, 'ORANGE'],
    [0.0, -0.01, 'ORANGE'],
    [0.1, 0.0, 'OK'],
    [0.0, 2.0, 'OK'],
  ])('maps p=%s envelope=%s to %s (seed 12)', (p, e, status) => {
    expect(classifyMcReport({ catastrophic_probability: p, envelope_score: e })).toBe(status);
  });
});

describe('mcEffects', () => {
  it('halves size on ORANGE and halts entries on RED', () => {
    expect(mcEffects('OK')).toEqual({ sizeScale: 1, haltEntries: false });
    expect(mcEffects('ORANGE')).toEqual({ sizeScale: 0.5, haltEntries: false });
    expect(mcEffects('RED')).toEqual({ sizeScale: 1, haltEntries: true });
  });
});

describe('ReferenceMcForewarner', () => {
  const f = new ReferenceMcForewarner({ createRng, paths: 200 });

  it('gives the same report for the same config', () => {
    expect(f.assess(champion)).toEqual(f.assess(champion));
  });

  it('finds the champion inside its envelope', () => {
    expect(classifyMcReport(f.assess(champion))).toBe('OK');
  });

  it('finds 30x max leverage catastrophic', () => {
    expect(classifyMcReport(f.assess({ ...champion, max_leverage: 30 }))).toBe('RED');
  });

  it('scores higher leverage lower', () => {
    expect(f.assess({ ...champion, max_leverage: 10 }).envelope_score).toBeLessThan(f.assess(champion).envelope_score);
  });
});
