import { describe, expect, it } from 'vitest';
import { InvariantError } from '../../../src/market/index.js';
import { PostureHysteresis, defaultSurvivalConfig, postureForRm } from '../../../src/survival/index.js';
import type { Posture } from '../../../src/strategy/index.js';

const thresholds = defaultSurvivalConfig().postures;

describe('postureForRm', () => {
  it.each([
    { rm: 1, want: 'APEX' },
    { rm: 0.9, want: 'APEX' },
    { rm: 0.8999, want: 'STALKER' },
    { rm: 0.75, want: 'STALKER' },
    { rm: 0.7499, want: 'TURTLE' },
    { rm: 0.5, want: 'TURTLE' },
    { rm: 0.4999, want: 'HIBERNATE' },
    { rm: 0, want: 'HIBERNATE' },
    { rm: Number.NaN, want: 'HIBERNATE' },
  ])('maps Rm $rm to $want (thresholds 0.90 / 0.75 / 0.50)', ({ rm, want }) => {
    expect(postureForRm(rm, thresholds)).toBe(want);
  });
});

function feed(h: PostureHysteresis, raws: readonly Posture[]): Posture[] {
  return raws.map((r) => h.step(r));
}

describe('PostureHysteresis', () => {
  it('moves down only on the second consecutive lower bar', () => {
    expect(feed(new PostureHysteresis(2, 5), ['TURTLE', 'TURTLE'])).toEqual(['APEX', 'TURTLE']);
  });

  it('ignores a single lower bar', () => {
    expect(feed(new PostureHysteresis(2, 5), ['HIBERNATE', 'APEX', 'HIBERNATE', 'APEX'])).toEqual(['APEX', 'APEX', 'APEX', 'APEX']);
  });

  it('moves up only on the fifth consecutive higher bar', () => {
    const h = new PostureHysteresis(2, 5, 'HIBERNATE');
    expect(feed(h, ['APEX', 'APEX', 'APEX', 'APEX', 'APEX'])).toEqual(['HIBERNATE', 'HIBERNATE', 'HIBERNATE', 'HIBERNATE', 'APEX']);
  });

  it('restarts the up count when a bar falls back', () => {
    const h = new PostureHysteresis(2, 5, 'TURTLE');
    expect(feed(h, ['APEX', 'APEX', 'APEX', 'APEX', 'TURTLE', 'APEX', 'APEX', 'APEX', 'APEX'])).toEqual(Array(9).fill('TURTLE'));
    expect(h.step('APEX')).toBe('APEX');
  });

  it('moves down to the least severe posture both bars reached', () => {
    expect(feed(new PostureHysteresis(2, 5), ['TURTLE', 'HIBERNATE', 'HIBERNATE'])).toEqual(['APEX', 'TURTLE', 'HIBERNATE']);
  });

  it('moves up to the most severe posture all five bars stayed above', () => {
    const h = new PostureHysteresis(2, 5, 'HIBERNATE');
    expect(feed(h, ['APEX', 'STALKER', 'APEX', 'APEX', 'APEX'])).toEqual(['HIBERNATE', 'HIBERNATE', 'HIBERNATE', 'HIBERNATE', 'STALKER']);
  });

  it('refuses a zero bar count', () => {
    expect(() => new PostureHysteresis(0, 5)).toThrow(InvariantError);
  });
});
