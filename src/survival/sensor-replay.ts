/**
 * Replays recorded sensor readings through the same {@link SurvivalController} the host runs:
 * one JSON object per line in, one evaluation per line out. Pure (text in, objects out); the
 * `dolphin survival replay` command does the file and stdout I/O.
 */
import { z } from 'zod';
import type { Posture } from '../strategy/index.js';
import type { SensorPlugin } from './sensor-plugin.js';
import { SurvivalController } from './survival-controller.js';
import type { SurvivalConfig } from './survival-config.js';
import { MC_GATE_STATUSES, createHealthySnapshot, type SurvivalSnapshot } from './survival-snapshot.js';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const nonNegative = z.number().min(0).refine(Number.isFinite, 'must be a finite number');

/**
 * One input line. `t_s` (event time, seconds, non-decreasing) is required; every other field
 * defaults to a healthy reading; unknown keys are errors.
 */
export const sensorLineSchema = z
  .object({
    t_s: finite,
    hz_nodes: z.number().int().min(0).default(1),
    heartbeat_age_s: nonNegative.default(0),
    mc_status: z.enum(MC_GATE_STATUSES).default('OK'),
    staleness_hours: nonNegative.default(0),
    ob_stale: z.boolean().default(false),
    depth_quality: nonNegative.default(1),
    fill_prob: z.number().min(0).max(1).default(1),
    dvol_spike: z.boolean().default(false),
    t_since_spike_min: nonNegative.default(0),
    drawdown: z.number().min(0).max(1).default(0),
  })
  .strict();
/** A parsed input line. */
export type SensorLine = z.infer<typeof sensorLineSchema>;

/** One output line: {t_s, r_target, rm, posture, factors{cat1..cat5}}. */
export interface ReplayOutput {
  readonly t_s: number;
  readonly r_target: number;
  readonly rm: number;
  readonly posture: Posture;
  readonly factors: { readonly cat1: number; readonly cat2: number; readonly cat3: number; readonly cat4: number; readonly cat5: number };
}

/** Bad replay input: `line` is 1-based, `field` the offending key ('' when the line is not JSON). */
export class SensorReplayError extends Error {
  override readonly name = 'SensorReplayError';
  constructor(
    readonly line: number,
    readonly field: string,
    detail: string,
    options?: ErrorOptions,
  ) {
    super(`line ${line}${field === '' ? '' : `, field ${field}`}: ${detail}`, options);
  }
}

/**
 * Parses one input line (1-based `line` for errors) into `target` (reused) and returns its time
 * in seconds and ms. @throws SensorReplayError naming the line and field.
 */
export function parseSensorLine(text: string, line: number, target: SurvivalSnapshot = createHealthySnapshot()): { tS: number; tMs: number; snapshot: SurvivalSnapshot } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err: unknown) {
    throw new SensorReplayError(line, '', `not valid JSON (${err instanceof Error ? err.message : String(err)})`, { cause: err });
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new SensorReplayError(line, '', 'not a JSON object');
  const parsed = sensorLineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? (issue.code === 'unrecognized_keys' ? issue.keys.join(',') : issue.path.map(String).join('.')) : '';
    throw new SensorReplayError(line, field, issue?.message ?? 'invalid');
  }
  const d = parsed.data;
  target.hzNodes = d.hz_nodes;
  target.heartbeatAgeS = d.heartbeat_age_s;
  target.mcStatus = d.mc_status;
  target.stalenessHours = d.staleness_hours;
  target.obStale = d.ob_stale;
  target.depthQuality = d.depth_quality;
  target.fillProb = d.fill_prob;
  target.dvolSpike = d.dvol_spike;
  target.tSinceSpikeMin = d.t_since_spike_min;
  target.drawdown = d.drawdown;
  return { tS: d.t_s, tMs: d.t_s * 1000, snapshot: target };
}

/** Options of {@link replaySensorLines}. */
export interface ReplayOptions {
  readonly config?: SurvivalConfig;
  /** Sensors (default: the five built-ins). */
  readonly sensors?: readonly SensorPlugin[];
}

/**
 * Evaluates each non-blank line in order and yields its output. Blank lines are skipped (they
 * still count for line numbers).
 * @throws SensorReplayError for bad JSON, a bad field, or a time before the previous line's.
 */
export function* replaySensorLines(lines: Iterable<string>, options: ReplayOptions = {}): Generator<ReplayOutput> {
  const controller = new SurvivalController({
    ...(options.config ? { config: options.config } : {}),
    ...(options.sensors ? { sensors: options.sensors } : {}),
  });
  const snapshot = createHealthySnapshot();
  let lineNo = 0;
  let lastTMs = -Infinity;
  for (const text of lines) {
    lineNo += 1;
    if (text.trim() === '') continue;
    const { tS, tMs } = parseSensorLine(text, lineNo, snapshot);
    if (tMs < lastTMs) throw new SensorReplayError(lineNo, 't_s', `goes backwards (${tS} < ${lastTMs / 1000})`);
    lastTMs = tMs;
    const e = controller.evaluate(snapshot, tMs);
    const f = e.factors;
    yield {
      t_s: tS,
      r_target: e.rTarget,
      rm: e.rm,
      posture: e.posture,
      factors: { cat1: f.cat1, cat2: f.cat2, cat3: f.cat3, cat4: f.cat4, cat5: f.cat5 },
    };
  }
}

/** Replays a whole JSONL text; see {@link replaySensorLines}. */
export function replaySensorText(text: string, options: ReplayOptions = {}): ReplayOutput[] {
  return [...replaySensorLines(text.split(/\r?\n/), options)];
}
