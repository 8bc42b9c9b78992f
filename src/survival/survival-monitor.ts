/**
 * Turns the raw facts the host observes (shim connections and heartbeats, state-store health, bar
 * and feature times, MC status, order-book quality, DVOL readings, account equity) into the
 * {@link SurvivalSnapshot} the sensors read. The host only records facts with their event times;
 * ages, staleness and drawdown are derived here at snapshot time.
 */
import { InvariantError } from '../market/index.js';
import { defaultSurvivalConfig, type SurvivalConfig } from './survival-config.js';
import { createHealthySnapshot, type McGateStatus, type SurvivalSnapshot } from './survival-snapshot.js';

/** Options of a {@link SurvivalMonitor}. */
export interface SurvivalMonitorOptions {
  /** Event time the monitor starts at, ms: ages of sources never heard from count from here. */
  readonly startMs: number;
  /** Parsed config (default: the seed's). */
  readonly config?: SurvivalConfig;
  /**
   * True when an order-book provider feeds Cat3 (then no data = stale). False (default): the run
   * has no order-book layer, as the seed's legacy path, and Cat3 reads a healthy book.
   */
  readonly hasOrderBookProvider?: boolean;
  /** Equity peak to resume from (e.g. after a restart); default: the first equity recorded. */
  readonly peakEquity?: number;
}

const MS_PER_HOUR = 3_600_000;

/** Aggregates raw host signals into survival snapshots; see the module comment. */
export class SurvivalMonitor {
  private readonly startMs: number;
  private readonly obStaleAfterMs: number;
  private readonly dvolSpikeLevel: number;
  private hasOb: boolean;
  private readonly snap: SurvivalSnapshot = createHealthySnapshot();
  private connectedShims = 0;
  private storeHealthy = true;
  private lastHeartbeatMs: number | null = null;
  private lastBarMs: number | null = null;
  private lastFeatureMs: number | null = null;
  private mcStatus: McGateStatus = 'OK';
  private lastObMs: number | null = null;
  private depthQuality = NaN;
  private fillProb = NaN;
  private lastDvol = NaN;
  private lastSpikeMs: number | null = null;
  private peakEquity: number;
  private equity = NaN;
  private readonly peakPerDay: boolean;
  private peakDay = NaN;

  /** @throws InvariantError when `startMs` is not finite or `peakEquity` is not positive. */
  constructor(options: SurvivalMonitorOptions) {
    if (!Number.isFinite(options.startMs)) throw new InvariantError('monitor startMs', 'not a finite number', options.startMs);
    const config = options.config ?? defaultSurvivalConfig();
    this.startMs = options.startMs;
    this.obStaleAfterMs = config.monitor.ob_stale_after_s * 1000;
    this.dvolSpikeLevel = config.monitor.dvol_spike_level;
    this.hasOb = options.hasOrderBookProvider ?? false;
    if (options.peakEquity !== undefined && !(options.peakEquity > 0)) throw new InvariantError('monitor peakEquity', 'not positive', options.peakEquity);
    this.peakEquity = options.peakEquity ?? NaN;
    this.peakPerDay = config.monitor.drawdown_peak === 'utc_day';
    // A resumed peak belongs to the day the run resumes in (the caller passes one only then).
    if (options.peakEquity !== undefined) this.peakDay = Math.floor(options.startMs / 86_400_000);
  }

  /** Number of shims (Nautilus nodes) connected now; the in-process engine counts as 1. Default 0. */
  setConnectedShims(count: number): void {
    if (!(Number.isInteger(count) && count >= 0)) throw new InvariantError('connected shims', 'not an integer >= 0', count);
    this.connectedShims = count;
  }

  /** State-store health (memory: always true; file/Hazelcast: the last operation succeeded). */
  setStateStoreHealthy(healthy: boolean): void {
    this.storeHealthy = healthy;
  }

  /** A heartbeat (or any frame) from the shim at event time `tMs`. */
  recordHeartbeat(tMs: number): void {
    this.lastHeartbeatMs = latest(this.lastHeartbeatMs, tMs);
  }

  /** A bar (or a group of bars sharing a close time) arrived, stamped `tMs`. */
  recordBar(tMs: number): void {
    this.lastBarMs = latest(this.lastBarMs, tMs);
  }

  /** A feature update (e.g. the vel_div feed) arrived, stamped `tMs`. */
  recordFeatureUpdate(tMs: number): void {
    this.lastFeatureMs = latest(this.lastFeatureMs, tMs);
  }

  /** The MC-Forewarner gate's current status (default OK until told otherwise). */
  setMcStatus(status: McGateStatus): void {
    this.mcStatus = status;
  }

  /** An order-book provider update: depth quality [0, 2+] and fill probability [0, 1] at `tMs`. */
  recordOrderBook(depthQuality: number, fillProb: number, tMs: number): void {
    // A provider that reports is connected, whatever the constructor was told.
    this.hasOb = true;
    this.depthQuality = depthQuality;
    this.fillProb = fillProb;
    this.lastObMs = latest(this.lastObMs, tMs);
  }

  /**
   * A DVOL reading from the external-factor feed. A reading at or above `dvol_spike_level`
   * (default 80) whose previous reading was below it, or the first reading when already above, is
   * a spike event at `tMs`.
   */
  recordDvol(value: number, tMs: number): void {
    if (Number.isNaN(value)) return;
    const wasBelow = Number.isNaN(this.lastDvol) || this.lastDvol < this.dvolSpikeLevel;
    if (value >= this.dvolSpikeLevel && wasBelow) this.recordDvolSpike(tMs);
    this.lastDvol = value;
  }

  /** A DVOL spike event detected elsewhere, at `tMs`. */
  recordDvolSpike(tMs: number): void {
    this.lastSpikeMs = latest(this.lastSpikeMs, tMs);
  }

  /**
   * Account equity reported by Nautilus (settlement currency) at event time `tMs`; NaN (unknown)
   * is ignored. With `monitor.drawdown_peak: utc_day` the first reading of each UTC day restarts
   * the peak (a reading without `tMs` never does).
   */
  recordEquity(equity: number, tMs?: number): void {
    if (Number.isNaN(equity)) return;
    this.equity = equity;
    if (this.peakPerDay && tMs !== undefined) {
      const day = Math.floor(tMs / 86_400_000);
      if (day !== this.peakDay) {
        this.peakDay = day;
        this.peakEquity = equity;
        return;
      }
    }
    if (!(this.peakEquity >= equity)) this.peakEquity = equity;
  }

  /** Drawdown of the last equity from its peak, in [0, 1]; 0 before any equity. */
  get drawdown(): number {
    if (!(this.peakEquity > 0) || Number.isNaN(this.equity)) return 0;
    const dd = (this.peakEquity - this.equity) / this.peakEquity;
    return dd <= 0 ? 0 : dd >= 1 ? 1 : dd;
  }

  /** Highest equity seen (NaN before any); persist it to resume the drawdown after a restart. */
  get peak(): number {
    return this.peakEquity;
  }

  /**
   * The snapshot at event time `tMs`. Returns one reused object (valid until the next call).
   * Staleness is that of the stalest source that has reported (bars, features); a source that
   * never reported does not count, and with none the age runs from `startMs`.
   */
  snapshot(tMs: number): SurvivalSnapshot {
    const s = this.snap;
    s.hzNodes = this.storeHealthy ? this.connectedShims : 0;
    s.heartbeatAgeS = Math.max(0, tMs - (this.lastHeartbeatMs ?? this.startMs)) / 1000;
    s.mcStatus = this.mcStatus;
    s.stalenessHours = Math.max(0, tMs - this.oldestDataMs()) / MS_PER_HOUR;
    if (this.hasOb) {
      s.obStale = this.lastObMs === null || tMs - this.lastObMs > this.obStaleAfterMs;
      s.depthQuality = this.depthQuality;
      s.fillProb = this.fillProb;
    } else {
      s.obStale = false;
      s.depthQuality = 1;
      s.fillProb = 1;
    }
    s.dvolSpike = this.lastSpikeMs !== null;
    s.tSinceSpikeMin = this.lastSpikeMs === null ? 0 : Math.max(0, tMs - this.lastSpikeMs) / 60_000;
    s.drawdown = this.drawdown;
    return s;
  }

  private oldestDataMs(): number {
    if (this.lastBarMs === null) return this.lastFeatureMs ?? this.startMs;
    if (this.lastFeatureMs === null) return this.lastBarMs;
    return Math.min(this.lastBarMs, this.lastFeatureMs);
  }
}

function latest(previous: number | null, tMs: number): number {
  if (!Number.isFinite(tMs)) throw new InvariantError('signal time', 'not a finite ms time', tMs);
  return previous === null || tMs > previous ? tMs : previous;
}
