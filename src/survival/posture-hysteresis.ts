/**
 * Posture mapping (seed 002 section 11.5) and hysteresis (11.6): a move to a more severe posture
 * needs `downBars` consecutive evaluations at or below it, a move back up `upBars` at or above it.
 */
import { InvariantError } from '../market/index.js';
import type { Posture } from '../strategy/index.js';

/** Postures from the least to the most severe; the index is the severity. */
export const POSTURES = ['APEX', 'STALKER', 'TURTLE', 'HIBERNATE'] as const satisfies readonly Posture[];

/** Severity of a posture: APEX 0, STALKER 1, TURTLE 2, HIBERNATE 3. */
export function postureSeverity(posture: Posture): number {
  switch (posture) {
    case 'APEX':
      return 0;
    case 'STALKER':
      return 1;
    case 'TURTLE':
      return 2;
    case 'HIBERNATE':
      return 3;
  }
}

/** Rm thresholds of the postures (defaults 0.90 / 0.75 / 0.50, seed 002 section 18.3). */
export interface PostureThresholds {
  readonly apex: number;
  readonly stalker: number;
  readonly turtle: number;
}

/** The posture Rm maps to before hysteresis: APEX >= apex, STALKER >= stalker, TURTLE >= turtle, else HIBERNATE (NaN too). */
export function postureForRm(rm: number, thresholds: PostureThresholds): Posture {
  if (rm >= thresholds.apex) return 'APEX';
  if (rm >= thresholds.stalker) return 'STALKER';
  if (rm >= thresholds.turtle) return 'TURTLE';
  return 'HIBERNATE';
}

const COUNT_CAP = 1_000_000_000;

/**
 * A Schmitt-style posture latch counted in evaluations ("bars"). Moving down, it goes to the most
 * severe posture that every one of the last `downBars` raw postures reached; moving up, to the
 * least severe posture that each of the last `upBars` raw postures stayed at or above.
 */
export class PostureHysteresis {
  /** Consecutive evaluations whose raw severity was >= each level. */
  private readonly atOrWorse = new Float64Array(4);
  /** Consecutive evaluations whose raw severity was <= each level. */
  private readonly atOrBetter = new Float64Array(4);
  private severity: number;

  /**
   * @param downBars evaluations needed to move down (seed: 2), integer >= 1.
   * @param upBars evaluations needed to move up (seed: 5), integer >= 1.
   * @param initial starting posture (default APEX).
   * @throws InvariantError when a bar count is not a positive integer.
   */
  constructor(
    private readonly downBars: number,
    private readonly upBars: number,
    initial: Posture = 'APEX',
  ) {
    if (!(Number.isInteger(downBars) && downBars >= 1)) throw new InvariantError('hysteresis down_bars', 'not an integer >= 1', downBars);
    if (!(Number.isInteger(upBars) && upBars >= 1)) throw new InvariantError('hysteresis up_bars', 'not an integer >= 1', upBars);
    this.severity = postureSeverity(initial);
  }

  /** The latched posture. */
  get posture(): Posture {
    return POSTURES[this.severity] ?? 'HIBERNATE';
  }

  /** Feeds one evaluation's raw posture; returns the latched posture after it. */
  step(raw: Posture): Posture {
    const r = postureSeverity(raw);
    for (let level = 0; level < 4; level++) {
      this.atOrWorse[level] = r >= level ? Math.min(COUNT_CAP, (this.atOrWorse[level] ?? 0) + 1) : 0;
      this.atOrBetter[level] = r <= level ? Math.min(COUNT_CAP, (this.atOrBetter[level] ?? 0) + 1) : 0;
    }
    for (let level = 3; level > this.severity; level--) {
      if ((this.atOrWorse[level] ?? 0) >= this.downBars) {
        this.severity = level;
        return this.posture;
      }
    }
    for (let level = 0; level < this.severity; level++) {
      if ((this.atOrBetter[level] ?? 0) >= this.upBars) {
        this.severity = level;
        return this.posture;
      }
    }
    return this.posture;
  }
}
