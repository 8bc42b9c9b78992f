/**
 * The survival controller of seed 002 section 11: sensors -> category factors (with their
 * profiles) -> hierarchical combination with the correlated-collapse penalty (11.3) -> bounded
 * recovery (11.4) -> posture mapping (11.5) -> hysteresis (11.6). Pure: time comes from the
 * caller (the bar or snapshot time) or the injected clock, never from the wall.
 */
import { InvariantError, type Clock } from '../market/index.js';
import type { Posture, PostureView } from '../strategy/index.js';
import { applyBoundedRecovery } from './bounded-recovery.js';
import { createSensorRegistry } from './built-in-sensors.js';
import { PostureHysteresis, postureForRm, postureSeverity, type PostureThresholds } from './posture-hysteresis.js';
import {
  CATEGORY_KEYS,
  SENSOR_CATEGORIES,
  SensorRegistry,
  applyCategoryProfile,
  categoryProfileFromConfig,
  sanitizeFactor,
  type CategoryProfile,
  type SensorPlugin,
} from './sensor-plugin.js';
import { defaultSurvivalConfig, type SurvivalConfig } from './survival-config.js';
import type { SurvivalSnapshot } from './survival-snapshot.js';

/** The five category factors after their profiles, each in [0, 1]. */
export interface SurvivalFactors {
  cat1: number;
  cat2: number;
  cat3: number;
  cat4: number;
  cat5: number;
}

/**
 * One evaluation. The controller reuses this object: it is valid until the next `evaluate`;
 * copy what you keep.
 */
export interface SurvivalEvaluation {
  /** Event time of the evaluation, ms. */
  readonly tMs: number;
  /** Combined target before bounded recovery, [0, 1]. */
  readonly rTarget: number;
  /** Risk multiplier after bounded recovery, [0, 1]. */
  readonly rm: number;
  /** Posture after hysteresis. */
  readonly posture: Posture;
  /** Posture before this evaluation (equals `posture` when unchanged). */
  readonly previousPosture: Posture;
  readonly factors: Readonly<SurvivalFactors>;
  /** True when this evaluation changed the posture. */
  readonly changed: boolean;
  /** True when the correlated-collapse penalty applied. */
  readonly collapsePenalty: boolean;
  /**
   * `<move>:<weakest category>[+collapse]`, move = down | up | hold, e.g. `down:cat3_microstructure`;
   * `<move>:all_healthy` when every category reads 1.
   */
  readonly reason: string;
}

/** Options of a {@link SurvivalController}. */
export interface SurvivalControllerOptions<S extends SurvivalSnapshot> {
  /** Parsed config (default: the seed's numbers). */
  readonly config?: SurvivalConfig;
  /** Sensors (default: the five built-ins of section 11.2). */
  readonly sensors?: SensorRegistry<S> | readonly SensorPlugin<S>[];
  /** Time source when `evaluate` gets no explicit time. */
  readonly clock?: Clock;
  /** State to resume from (e.g. DOLPHIN_SAFETY read back after a restart); default APEX, rm 1. */
  readonly initial?: PostureView;
}

interface MutableEvaluation {
  tMs: number;
  rTarget: number;
  rm: number;
  posture: Posture;
  previousPosture: Posture;
  factors: SurvivalFactors;
  changed: boolean;
  collapsePenalty: boolean;
  reason: string;
}

const MOVES = ['hold', 'down', 'up'] as const;
/** REASONS[move][collapse ? 1 : 0][category]: precomputed so evaluate allocates nothing. */
const REASONS: readonly (readonly (readonly string[])[])[] = MOVES.map((move) =>
  [false, true].map((collapse) =>
    CATEGORY_KEYS.map((key, i) => `${move}:${key}_${SENSOR_CATEGORIES[i] ?? ''}${collapse ? '+collapse' : ''}`),
  ),
);
/** REASONS_HEALTHY[move]: every category reads 1 (Rm only catching up through the bounded recovery). */
const REASONS_HEALTHY: readonly string[] = MOVES.map((move) => `${move}:all_healthy`);

/** Computes Rm and the posture from sensor snapshots; see the module comment. */
export class SurvivalController<S extends SurvivalSnapshot = SurvivalSnapshot> {
  readonly config: SurvivalConfig;
  private readonly groups: SensorPlugin<S>[][];
  private readonly profiles: CategoryProfile[];
  private readonly thresholds: PostureThresholds;
  private readonly hysteresis: PostureHysteresis;
  private readonly clock: Clock | undefined;
  private readonly values = new Float64Array(5);
  private readonly result: MutableEvaluation;
  /** NaN before the first evaluation (a number field, so storing a time never boxes it). */
  private lastTMs = Number.NaN;
  private lastRm: number;

  /** @throws InvariantError for an invalid initial state or sensor set. */
  constructor(options: SurvivalControllerOptions<S> = {}) {
    this.config = options.config ?? defaultSurvivalConfig();
    const c = this.config;
    const sensors = options.sensors ?? createSensorRegistry<S>(c);
    this.groups = (sensors instanceof SensorRegistry ? sensors : new SensorRegistry<S>(sensors)).byCategory();
    this.profiles = [c.profiles.cat1, c.profiles.cat2, c.profiles.cat3, c.profiles.cat4, c.profiles.cat5].map(categoryProfileFromConfig);
    this.thresholds = c.postures;
    this.clock = options.clock;
    const initial = options.initial ?? { posture: 'APEX', rm: 1 };
    if (!(initial.rm >= 0 && initial.rm <= 1)) throw new InvariantError('initial rm', 'not in [0, 1]', initial.rm);
    this.hysteresis = new PostureHysteresis(c.hysteresis.down_bars, c.hysteresis.up_bars, initial.posture);
    this.lastRm = initial.rm;
    this.values.fill(1);
    this.result = {
      tMs: 0,
      rTarget: initial.rm,
      rm: initial.rm,
      posture: initial.posture,
      previousPosture: initial.posture,
      factors: { cat1: 1, cat2: 1, cat3: 1, cat4: 1, cat5: 1 },
      changed: false,
      collapsePenalty: false,
      reason: REASONS[0]?.[0]?.[0] ?? '',
    };
  }

  /** Current posture (after the last evaluation). */
  get posture(): Posture {
    return this.hysteresis.posture;
  }

  /** Current risk multiplier (after the last evaluation), [0, 1]. */
  get rm(): number {
    return this.lastRm;
  }

  /** The last evaluation (the initial state before the first). Same object `evaluate` returns. */
  get last(): SurvivalEvaluation {
    return this.result;
  }

  /**
   * Evaluates one snapshot at event time `tMs` (default: the injected clock) and returns the reused
   * evaluation object. Each call is one "bar" for the hysteresis; recovery is bounded per minute of
   * `tMs`. Allocates nothing itself; V8 boxes a non-integer number a sensor returns through a call
   * it cannot inline (16 bytes, young generation; `dolphin bench survival` reports the GC count).
   * @throws InvariantError when the time is not finite, goes backwards, or no time source exists.
   */
  evaluate(snapshot: S, tMs?: number): SurvivalEvaluation {
    const t = tMs ?? this.clock?.nowMs();
    if (t === undefined || !Number.isFinite(t)) throw new InvariantError('survival evaluation time', 'not a finite ms time (pass tMs or inject a clock)', t);
    if (t < this.lastTMs) throw new InvariantError('survival evaluation time', `before the previous ${this.lastTMs}`, t);
    const dtMin = Number.isNaN(this.lastTMs) ? 0 : (t - this.lastTMs) / 60_000;
    this.lastTMs = t;

    const v = this.values;
    let weakest = 0;
    for (let c = 0; c < 5; c++) {
      const group = this.groups[c] ?? [];
      let raw = 1;
      for (let i = 0; i < group.length; i++) {
        const f = sanitizeFactor((group[i] as SensorPlugin<S>).read(snapshot));
        if (f < raw) raw = f;
      }
      const f = applyCategoryProfile(v[c] ?? 1, raw, dtMin, this.profiles[c] as CategoryProfile);
      v[c] = f;
      if (f < (v[weakest] ?? 1)) weakest = c;
    }
    const cat1 = v[0] ?? 0;
    const cat2 = v[1] ?? 0;
    const cat3 = v[2] ?? 0;
    const cat4 = v[3] ?? 0;
    const cat5 = v[4] ?? 0;

    const { collapse, recovery } = this.config;
    let rTarget = cat1 * cat5 * Math.min(cat2, cat4) * cat3;
    const degraded = (cat2 < collapse.threshold ? 1 : 0) + (cat3 < collapse.threshold ? 1 : 0) + (cat4 < collapse.threshold ? 1 : 0);
    const penalty = degraded >= collapse.min_count;
    if (penalty) rTarget *= collapse.penalty;

    const rm = applyBoundedRecovery(this.lastRm, rTarget, dtMin, recovery.alpha_per_min, recovery.max_step_per_min);
    this.lastRm = rm;

    const previous = this.hysteresis.posture;
    const posture = this.hysteresis.step(postureForRm(rm, this.thresholds));
    const move = posture === previous ? 0 : postureSeverity(posture) > postureSeverity(previous) ? 1 : 2;

    const r = this.result;
    r.tMs = t;
    r.rTarget = rTarget;
    r.rm = rm;
    r.previousPosture = previous;
    r.posture = posture;
    r.changed = posture !== previous;
    r.collapsePenalty = penalty;
    r.factors.cat1 = cat1;
    r.factors.cat2 = cat2;
    r.factors.cat3 = cat3;
    r.factors.cat4 = cat4;
    r.factors.cat5 = cat5;
    r.reason = (v[weakest] ?? 0) >= 1 ? (REASONS_HEALTHY[move] ?? '') : (REASONS[move]?.[penalty ? 1 : 0]?.[weakest] ?? '');
    return r;
  }
}
