/**
 * Configuration of the survival stack (seed 002 section 11, damping from seed 001). Every default
 * is the seed's number; YAML keys are snake_case under `survival:` in config/settings.yaml.
 */
import { z } from 'zod';
import { InvariantError } from '../market/index.js';

const fraction = z.number().min(0).max(1);
const positive = z.number().positive();
const nonNegative = z.number().min(0);

/** Response profile of one sensor category; the defaults leave the seed 002 formulas untouched. */
export const categoryProfileSchema = z
  .object({
    /** Factors at or above `1 - deadband` read as exactly 1 (seed 001's "100 % buffer"). */
    deadband: z.number().min(0).max(1).default(0),
    /** Largest fall of the category factor per minute of event time; null = instant (fast attack). */
    decay_per_min: positive.nullable().default(null),
    /** Largest rise of the category factor per minute of event time; null = undamped. */
    recovery_per_min: positive.nullable().default(null),
  })
  .strict();
export type CategoryProfileConfig = z.infer<typeof categoryProfileSchema>;

/** The survival section of the settings: sensors, combination, recovery, postures, effects. */
export const survivalConfigSchema = z
  .object({
    /** Cat1 (invariants, 11.2): 0 when fewer nodes than `min_nodes` or the heartbeat is older. */
    cat1: z
      .object({
        min_nodes: z.number().int().min(0).default(1),
        max_heartbeat_age_s: positive.default(30),
      })
      .strict()
      .prefault({}),
    /** Cat2 (structural, 11.2): MC-Forewarner base times exp(-max(0, stale - deadband) / tau). */
    cat2: z
      .object({
        mc_base_ok: fraction.default(1.0),
        mc_base_orange: fraction.default(0.5),
        mc_base_red: fraction.default(0.1),
        staleness_deadband_hours: nonNegative.default(6),
        staleness_tau_hours: positive.default(3),
      })
      .strict()
      .prefault({}),
    /** Cat3 (microstructure, 11.2): `stale_factor` when stale, else clamp(floor + slope * score). */
    cat3: z
      .object({
        stale_factor: fraction.default(0.5),
        floor: fraction.default(0.3),
        slope: nonNegative.default(0.7),
      })
      .strict()
      .prefault({}),
    /** Cat4 (environmental impulse-decay, 11.2): `spike_factor` at the spike, tau-minute recovery. */
    cat4: z
      .object({
        spike_factor: fraction.default(0.3),
        recovery_tau_min: positive.default(60),
      })
      .strict()
      .prefault({}),
    /** Cat5 (capital sigmoid, 11.2): 1 / (1 + exp(steepness * (drawdown - midpoint))). */
    cat5: z
      .object({
        steepness: positive.default(30),
        midpoint_drawdown: z.number().gt(0).lt(1).default(0.12),
      })
      .strict()
      .prefault({}),
    /** Per-category damping (seed 001); all default to none so section 11.4 alone shapes Rm. */
    profiles: z
      .object({
        cat1: categoryProfileSchema.prefault({}),
        cat2: categoryProfileSchema.prefault({}),
        cat3: categoryProfileSchema.prefault({}),
        cat4: categoryProfileSchema.prefault({}),
        cat5: categoryProfileSchema.prefault({}),
      })
      .strict()
      .prefault({}),
    /** Correlated-collapse penalty (11.3): when `min_count` of Cat2/3/4 are below `threshold`. */
    collapse: z
      .object({
        threshold: fraction.default(0.8),
        min_count: z.number().int().min(1).max(3).default(2),
        penalty: fraction.default(0.5),
      })
      .strict()
      .prefault({}),
    /** Bounded recovery (11.4): alpha = min(1, alpha_per_min * dt), step <= max_step_per_min * dt. */
    recovery: z
      .object({
        alpha_per_min: positive.default(0.02),
        max_step_per_min: positive.default(0.05),
      })
      .strict()
      .prefault({}),
    /** Posture thresholds on Rm (11.5, deliberately tight, 18.3): APEX >= apex, ..., else HIBERNATE. */
    postures: z
      .object({
        apex: fraction.default(0.9),
        stalker: fraction.default(0.75),
        turtle: fraction.default(0.5),
      })
      .strict()
      .prefault({}),
    /** Hysteresis (11.6): consecutive evaluations ("bars") needed to move down / up. */
    hysteresis: z
      .object({
        down_bars: z.number().int().min(1).default(2),
        up_bars: z.number().int().min(1).default(5),
      })
      .strict()
      .prefault({}),
    /** Posture effects (11.7). */
    effects: z
      .object({
        stalker_max_leverage: positive.default(2.0),
      })
      .strict()
      .prefault({}),
    /** How the {@link SurvivalMonitor} turns raw host facts into a snapshot. */
    monitor: z
      .object({
        /** The order book counts as stale when its last update is older than this (s). */
        ob_stale_after_s: positive.default(10),
        /** A DVOL reading crossing above this level is a spike event (seed 002 18.2 DVOL_EXTREME). */
        dvol_spike_level: positive.default(80),
        /**
         * The peak Cat5's drawdown is measured from: `utc_day` restarts it at each UTC day's first
         * equity reading (like the daily session limits), so a bad day degrades trading for the
         * day instead of halting it forever (no entries means no new peak); `run` keeps the
         * all-time peak. The seed does not name the window.
         */
        drawdown_peak: z.enum(['utc_day', 'run']).default('utc_day'),
      })
      .strict()
      .prefault({}),
    /** Telemetry: a PostureUpdate on every change and at least every `publish_period_s` (s). */
    telemetry: z
      .object({
        publish_period_s: positive.default(60),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (!(c.postures.apex > c.postures.stalker)) {
      ctx.addIssue({ code: 'custom', path: ['postures', 'apex'], message: `must be above stalker ${c.postures.stalker}` });
    }
    if (!(c.postures.stalker > c.postures.turtle)) {
      ctx.addIssue({ code: 'custom', path: ['postures', 'stalker'], message: `must be above turtle ${c.postures.turtle}` });
    }
    if (!(c.cat2.mc_base_ok >= c.cat2.mc_base_orange && c.cat2.mc_base_orange >= c.cat2.mc_base_red)) {
      ctx.addIssue({ code: 'custom', path: ['cat2', 'mc_base_orange'], message: 'bases must satisfy ok >= orange >= red' });
    }
  });
export type SurvivalConfig = z.infer<typeof survivalConfigSchema>;

/**
 * Parses the `survival:` section (undefined or {} gives the seed's defaults) and freezes it.
 * @throws InvariantError naming the first bad key, e.g. `invalid survival.postures.apex, ...`.
 */
export function parseSurvivalConfig(raw: unknown): SurvivalConfig {
  const result = survivalConfigSchema.safeParse(raw ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const keys = issue && issue.code === 'unrecognized_keys' ? `.${issue.keys.join(',')}` : '';
    const path = issue ? ['survival', ...issue.path.map(String)].join('.') + keys : 'survival';
    const input = issue ? valueAt(raw, issue.path) : raw;
    throw new InvariantError(path, issue?.message ?? 'not a valid survival config', input);
  }
  return deepFreeze(result.data);
}

/** The seed's defaults, frozen. */
export function defaultSurvivalConfig(): SurvivalConfig {
  return parseSurvivalConfig({});
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = raw;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
