/**
 * When to publish survival telemetry: on every posture change, and otherwise at most once per
 * period (seed 002's watchdog cadence, ~60 s), in event time.
 */
import { InvariantError } from '../market/index.js';

/** Decides whether an evaluation is published; see the module comment. */
export class PublishSchedule {
  private readonly periodMs: number;
  private lastMs: number | null = null;

  /**
   * @param periodS longest silence between publications, seconds (config
   * `survival.telemetry.publish_period_s`, default 60).
   * @throws InvariantError when the period is not positive.
   */
  constructor(periodS = 60) {
    if (!(periodS > 0 && Number.isFinite(periodS))) throw new InvariantError('publish period', 'not positive', periodS);
    this.periodMs = periodS * 1000;
  }

  /** True when an evaluation at `tMs` should be published; records the publication when true. */
  shouldPublish(changed: boolean, tMs: number): boolean {
    if (changed || this.lastMs === null || tMs - this.lastMs >= this.periodMs) {
      this.lastMs = tMs;
      return true;
    }
    return false;
  }
}
