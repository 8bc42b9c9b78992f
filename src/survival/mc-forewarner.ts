/**
 * The MC-Forewarner envelope gate (seed 002 section 12): once per day DOLPHIN asks a forewarner to
 * assess its configuration (max_leverage raised by the day's ACB boost) and maps the report to
 * RED / ORANGE / OK:
 * - RED: catastrophic_probability > 0.25 or envelope_score < -1.0 -> no new entries all day;
 * - ORANGE: not RED, and envelope_score < 0 or catastrophic_probability > 0.10 -> size x 0.5;
 * - OK otherwise.
 * The production forewarner (trained on correlation-matrix statistics) is not part of the seed;
 * mc-reference.ts holds a documented reference implementation of the interface.
 */

/** The configuration a forewarner assesses: the engine's sizing and exit parameters. */
export interface McConfig {
  /** Base max leverage x the day's ACB boost. */
  readonly max_leverage: number;
  readonly min_leverage: number;
  /** Max capital fraction per trade. */
  readonly fraction: number;
  readonly min_fraction: number;
  readonly leverage_convexity: number;
  readonly fixed_tp_pct: number;
  readonly stop_pct: number;
  readonly max_hold_bars: number;
}

/** What a forewarner answers. */
export interface McReport {
  /** Probability of a catastrophic outcome, in [0, 1]. */
  readonly catastrophic_probability: number;
  /** Position inside the safe envelope: > 0 inside, < 0 outside, < -1 far outside. */
  readonly envelope_score: number;
}

/** Assesses a configuration; must be deterministic for a given input. */
export interface McForewarner {
  assess(config: McConfig): McReport;
}

export const McStatus = { ok: 'OK', orange: 'ORANGE', red: 'RED' } as const;
export type McStatus = (typeof McStatus)[keyof typeof McStatus];

/** Section 12 mapping of a report to a status (thresholds 0.25 / -1.0 and 0 / 0.10). */
export function classifyMcReport(report: McReport): McStatus {
  const p = report.catastrophic_probability;
  const e = report.envelope_score;
  if (p > 0.25 || e < -1.0) return McStatus.red;
  if (e < 0 || p > 0.1) return McStatus.orange;
  return McStatus.ok;
}

/** What a status does to the day: ORANGE halves size (day_mc_scale 0.5), RED halts new entries. */
export interface McEffects {
  readonly sizeScale: number;
  readonly haltEntries: boolean;
}

/** Effects of a status (section 12 / 16.4). */
export function mcEffects(status: McStatus): McEffects {
  switch (status) {
    case McStatus.red:
      return { sizeScale: 1, haltEntries: true };
    case McStatus.orange:
      return { sizeScale: 0.5, haltEntries: false };
    case McStatus.ok:
      return { sizeScale: 1, haltEntries: false };
  }
}
