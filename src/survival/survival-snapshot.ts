/**
 * The facts the survival sensors read, one snapshot per evaluation. Field for field it is the
 * `dolphin survival replay` input line (snake_case there, camelCase here); the host builds it with
 * {@link SurvivalMonitor} from raw signals.
 */

/** MC-Forewarner status levels (seed 002 section 12) as Cat2 reads them. */
export const MC_GATE_STATUSES = ['OK', 'ORANGE', 'RED'] as const;
/** One MC-Forewarner status level. */
export type McGateStatus = (typeof MC_GATE_STATUSES)[number];

/** Inputs of the five built-in sensors; plug-ins may read a wider type that extends it. */
export interface SurvivalSnapshot {
  /** Live nodes the host depends on (connected shims, 0 when the state store is unhealthy). */
  hzNodes: number;
  /** Seconds since the last heartbeat (any frame) from the shim. */
  heartbeatAgeS: number;
  /** Current MC-Forewarner status. */
  mcStatus: McGateStatus;
  /** Hours since the stalest data source (bars, features) last updated. */
  stalenessHours: number;
  /** True when the order-book provider has not updated within its staleness limit. */
  obStale: boolean;
  /** Book depth score, [0, 2+], > 1 = deep book (seed 002 9.3). */
  depthQuality: number;
  /** Probability of a maker fill at the entry price, [0, 1]. */
  fillProb: number;
  /** True once a DVOL spike has been seen (an impulse is decaying). */
  dvolSpike: boolean;
  /** Minutes since the last DVOL spike (ignored while `dvolSpike` is false). */
  tSinceSpikeMin: number;
  /** Drawdown of account equity from its peak, fraction in [0, 1]. */
  drawdown: number;
}

/** A snapshot where every sensor reads healthy: one node, fresh data, no spike, no drawdown. */
export function createHealthySnapshot(): SurvivalSnapshot {
  return {
    hzNodes: 1,
    heartbeatAgeS: 0,
    mcStatus: 'OK',
    stalenessHours: 0,
    obStale: false,
    depthQuality: 1,
    fillProb: 1,
    dvolSpike: false,
    tSinceSpikeMin: 0,
    drawdown: 0,
  };
}
