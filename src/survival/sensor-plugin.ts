/**
 * The sensor plug-in framework (seed 001's "layer categories"): a sensor declares one of five
 * categories and maps a snapshot to a factor in [0, 1]; each category has a response profile.
 * The combinator works on categories only, so a new sensor registers without touching it.
 */
import { InvariantError } from '../market/index.js';
import type { CategoryProfileConfig } from './survival-config.js';
import type { SurvivalSnapshot } from './survival-snapshot.js';

/** The five categories, in the order of their output slots cat1..cat5 (seed 002 section 11.2). */
export const SENSOR_CATEGORIES = ['invariant', 'structural', 'microstructure', 'environmental', 'capital'] as const;
/** One sensor category. */
export type SensorCategory = (typeof SENSOR_CATEGORIES)[number];

/** Output slot names of the categories, index-aligned with {@link SENSOR_CATEGORIES}. */
export const CATEGORY_KEYS = ['cat1', 'cat2', 'cat3', 'cat4', 'cat5'] as const;
/** One output slot name. */
export type CategoryKey = (typeof CATEGORY_KEYS)[number];

/** Index 0..4 of a category (cat1 = 0). @throws InvariantError for an unknown category. */
export function categoryIndex(category: SensorCategory): number {
  const i = SENSOR_CATEGORIES.indexOf(category);
  if (i < 0) throw new InvariantError('sensor category', `not one of ${SENSOR_CATEGORIES.join(', ')}`, category);
  return i;
}

/**
 * A survival sensor: reads one snapshot and returns a factor in [0, 1] (1 = healthy). Values
 * outside [0, 1] are clamped; NaN counts as 0 (an unknown reading is unsafe). `read` runs on every
 * evaluation: it must be pure and should not allocate.
 */
export interface SensorPlugin<S extends SurvivalSnapshot = SurvivalSnapshot> {
  /** Kebab-case id, unique in a registry, e.g. `ob-quality`. */
  readonly id: string;
  readonly category: SensorCategory;
  read(snapshot: S): number;
}

/**
 * How a category responds (seed 001 section V). The raw category factor is the minimum of its
 * sensors; the profile then shapes it before the hierarchical combination.
 */
export interface CategoryProfile {
  /** Raw factors at or above `1 - deadband` read as exactly 1, in [0, 1]; 0 = no deadband. */
  readonly deadband: number;
  /** Largest fall per minute of event time; Infinity = instant (fast attack). */
  readonly decayPerMin: number;
  /** Largest rise per minute of event time; Infinity = undamped. */
  readonly recoveryPerMin: number;
}

/** The profile that changes nothing: no deadband, instant fall and rise (seed 002's defaults). */
export const UNDAMPED_PROFILE: CategoryProfile = Object.freeze({ deadband: 0, decayPerMin: Infinity, recoveryPerMin: Infinity });

/** Turns a profile's config (snake_case, null = unbounded) into a {@link CategoryProfile}. */
export function categoryProfileFromConfig(config: CategoryProfileConfig): CategoryProfile {
  return Object.freeze({
    deadband: config.deadband,
    decayPerMin: config.decay_per_min ?? Infinity,
    recoveryPerMin: config.recovery_per_min ?? Infinity,
  });
}

/**
 * Applies a profile to one category: the deadband first, then the fall and rise limits over
 * `dtMin` minutes from the previous value. Result in [0, 1] when both inputs are.
 */
export function applyCategoryProfile(previous: number, raw: number, dtMin: number, profile: CategoryProfile): number {
  const v = raw >= 1 - profile.deadband ? 1 : raw;
  if (v < previous) {
    return profile.decayPerMin === Infinity ? v : Math.max(v, previous - profile.decayPerMin * dtMin);
  }
  return profile.recoveryPerMin === Infinity ? v : Math.min(v, previous + profile.recoveryPerMin * dtMin);
}

/** Clamps a sensor reading into [0, 1]; NaN becomes 0. */
export function sanitizeFactor(value: number): number {
  if (value >= 1) return 1;
  if (value > 0) return value;
  return 0;
}

const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** An ordered set of sensors with unique kebab-case ids. */
export class SensorRegistry<S extends SurvivalSnapshot = SurvivalSnapshot> {
  private readonly entries: SensorPlugin<S>[] = [];

  /** @param sensors sensors registered in order. */
  constructor(sensors: readonly SensorPlugin<S>[] = []) {
    for (const s of sensors) this.register(s);
  }

  /**
   * Adds a sensor; its category decides where it enters the combination.
   * @throws InvariantError for a non-kebab-case or duplicate id, or an unknown category.
   */
  register(sensor: SensorPlugin<S>): this {
    if (!KEBAB_CASE.test(sensor.id)) throw new InvariantError('sensor id', 'not kebab-case', sensor.id);
    if (this.entries.some((s) => s.id === sensor.id)) throw new InvariantError('sensor id', 'already registered', sensor.id);
    categoryIndex(sensor.category);
    if (typeof sensor.read !== 'function') throw new InvariantError(`sensor ${sensor.id} read`, 'not a function', typeof sensor.read);
    this.entries.push(sensor);
    return this;
  }

  /** The registered sensors, in registration order. */
  list(): readonly SensorPlugin<S>[] {
    return this.entries;
  }

  /** Sensors grouped by category index (0 = invariant ... 4 = capital). */
  byCategory(): SensorPlugin<S>[][] {
    const groups: SensorPlugin<S>[][] = [[], [], [], [], []];
    for (const s of this.entries) groups[categoryIndex(s.category)]?.push(s);
    return groups;
  }
}
