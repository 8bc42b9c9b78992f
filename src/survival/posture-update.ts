/**
 * Plain-object mappings of an evaluation for publication: the wire's PostureUpdate telemetry
 * message and the DOLPHIN_SAFETY record the host writes into the StateStore.
 */
import type { Posture } from '../strategy/index.js';
import type { SurvivalEvaluation } from './survival-controller.js';

/**
 * The fields of the wire's `PostureUpdate` (proto/dolphin/bridge/v1/bridge.proto), camelCase as
 * protobufjs names them. `tsNs` is a bigint: convert it with src/wire's `toLong` when encoding
 * (protobufjs silently encodes a raw bigint int64 as 0).
 */
export interface PostureUpdateFields {
  readonly posture: Posture;
  readonly previousPosture: Posture;
  readonly rm: number;
  readonly rTarget: number;
  readonly cat1: number;
  readonly cat2: number;
  readonly cat3: number;
  readonly cat4: number;
  readonly cat5: number;
  readonly reason: string;
  readonly tsNs: bigint;
}

/** Copies an evaluation into PostureUpdate fields stamped `tsNs` (event time, ns). */
export function toPostureUpdate(evaluation: SurvivalEvaluation, tsNs: bigint): PostureUpdateFields {
  const f = evaluation.factors;
  return {
    posture: evaluation.posture,
    previousPosture: evaluation.previousPosture,
    rm: evaluation.rm,
    rTarget: evaluation.rTarget,
    cat1: f.cat1,
    cat2: f.cat2,
    cat3: f.cat3,
    cat4: f.cat4,
    cat5: f.cat5,
    reason: evaluation.reason,
    tsNs,
  };
}

/** StateStore map holding the current posture (seed 002 section 14.4). */
export const SAFETY_MAP = 'DOLPHIN_SAFETY';
/** Key of the current posture inside {@link SAFETY_MAP}. */
export const SAFETY_KEY = 'latest';

/** The DOLPHIN_SAFETY record: posture, rm and `ts` (event time, ms since the epoch). */
export interface SafetyRecord {
  readonly posture: Posture;
  readonly rm: number;
  readonly ts: number;
}

/** The record to store under DOLPHIN_SAFETY / 'latest' (JSON-serialise it as is). */
export function toSafetyRecord(evaluation: SurvivalEvaluation): SafetyRecord {
  return { posture: evaluation.posture, rm: evaluation.rm, ts: evaluation.tMs };
}
