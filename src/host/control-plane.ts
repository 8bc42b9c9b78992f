/**
 * The host-side controls around any strategy, identical in both engines: the Layer-3 risk engine
 * (seed 000: entry gate, ctx.risk, session accounting) and the survival stack (seed 002 s11:
 * posture gate, ctx.posture, HIBERNATE force-close). It also publishes their events at one point:
 * a structured pino line, in-process subscribers (the risk bus), and the telemetry PUB socket
 * (RiskEvent, PostureUpdate), and keeps DOLPHIN_SAFETY in the StateStore.
 *
 * Call order per bar (both engines): {@link ControlPlane.beforeBar} before the strategy sees the
 * bar; {@link ControlPlane.afterEvent} after each execution event reached the strategy.
 */
import type { Logger } from 'pino';
import type { Clock, Instrument } from '../market/index.js';
import { RiskLayer, riskEventToWire, type RiskConfig, type RiskEvent } from '../risk/index.js';
import type { StateStore } from '../state/index.js';
import type { Bar, CommandGate, ExecutionEvent, Posture, PostureView, StrategyRunner, TickPoint } from '../strategy/index.js';
import {
  HIBERNATE_HALT_TAG,
  forcedMcStatusAt,
  injectedDrawdownAt,
  SAFETY_KEY,
  SAFETY_MAP,
  SurvivalStack,
  createPostureGate,
  isHibernateCloseDue,
  postureEffects,
  toPostureUpdate,
  toSafetyRecord,
  type FaultsConfig,
  type McStatus,
  type SurvivalConfig,
  type ObHealthSink,
  type SurvivalTick,
} from '../survival/index.js';
import type { TelemetryPublisher } from '../transport/index.js';
import { toLong } from '../wire/index.js';
import type { SessionExtras } from './dolphin-host.js';
import type { SessionObserver } from './strategy-session.js';
import { TickBars } from './tick-bars.js';

export interface ControlPlaneOptions {
  readonly strategyName: string;
  readonly instruments: readonly Instrument[];
  /** The runner's clock (event time in lockstep and backtests). */
  readonly clock: Clock;
  readonly log: Logger;
  readonly telemetry: TelemetryPublisher | null;
  readonly store: StateStore;
  /** null: no risk engine. */
  readonly risk: RiskConfig | null;
  /** null: no survival control. */
  readonly survival: SurvivalConfig | null;
  /** Connected shims (Cat1); the in-process engine counts as one. */
  readonly connectedShims: () => number;
  /** Session key in the StateStore (risk session state). */
  readonly sessionKey: string;
  /** Width of the time bars the controls build from tick data (risk volatility, survival evaluations); default 60 s. */
  readonly tickBarSeconds?: number;
  /** Injected faults (drills): forced drawdown windows read by the survival stack. */
  readonly faults?: FaultsConfig;
  /**
   * Cat1: ms since the shim was last heard (live sessions, from the transport). Absent: every
   * frame is one (lockstep and the in-process engine, where a silent peer ends the run).
   */
  readonly heartbeatAgeMs?: () => number;
  /** Cat4: the external-factor feed's DVOL at an event time (NaN when unknown). */
  readonly dvolAt?: (tsMs: number) => number;
}

const APEX: PostureView = { posture: 'APEX', rm: 1 };
const SEVERITY_LEVEL = { info: 'info', warning: 'warn', error: 'error' } as const;

/** See the module comment. */
export class ControlPlane implements SessionObserver {
  readonly risk: RiskLayer | null;
  /** Created at the first bar (its start time is the run's first event time). */
  survival: SurvivalStack | null = null;
  private readonly riskLog: Logger;
  private readonly survivalLog: Logger;
  private lastBarTs = Number.NaN;
  private prevBarTs = Number.NaN;
  /** The strategy's last book-health report (Cat3), see {@link obHealth}. */
  private lastOb: { depthQuality: number; fillProb: number; tsMs: number } | null = null;
  /**
   * Cat3's input, injected into the strategy as the `obHealthKey` service: its order-book provider
   * reports depth quality and fill probability once per decision row. A report made during the
   * previous bar counts as fresh at the next bar start; a bar without one makes the book stale.
   */
  readonly obHealth: ObHealthSink = {
    record: (depthQuality, fillProb, tsMs) => {
      this.lastOb = { depthQuality, fillProb, tsMs };
      this.survival?.monitor.recordOrderBook(depthQuality, fillProb, tsMs);
    },
  };
  /** Time bars built from tick data, per instrument (see tick-bars.ts). */
  private readonly tickBars = new Map<string, TickBars>();
  /** Gap between the last two distinct bar times (the watchdog's notion of "late"). */
  private barGapMs = 60_000;
  private mcStatus: McStatus = 'OK';
  /** True once the strategy's own MC-Forewarner reported (DOLPHIN); until then faults.mc_status applies here. */
  private mcReported = false;
  private storeHealthy = true;
  /** Risk events published so far (in-process subscriber view, for reports and tests). */
  readonly riskEvents: RiskEvent[] = [];
  /** Posture changes so far. */
  readonly postureChanges: Array<{ tsMs: number; from: string; to: string; rm: number; reason: string }> = [];

  constructor(private readonly options: ControlPlaneOptions) {
    this.riskLog = options.log.child({ component: 'risk' });
    this.survivalLog = options.log.child({ component: 'survival' });
    this.risk = options.risk
      ? new RiskLayer({
          config: options.risk,
          clock: options.clock,
          instruments: options.instruments,
          store: options.store,
          sessionKey: options.sessionKey,
          // The posture decides first: an entry it blocks is never approved or counted.
          ...(options.survival ? { admitEntry: () => this.postureRefusal() } : {}),
        })
      : null;
    this.risk?.bus.subscribe((e) => {
      this.publishRiskEvent(e);
    });
  }

  /** The MC-Forewarner's status for the survival stack (Cat2); kept until the next report. */
  recordMcStatus(status: McStatus): void {
    this.mcReported = true;
    this.mcStatus = status;
    this.survival?.monitor.setMcStatus(status);
  }

  /** True when this plane runs the survival stack. */
  get survivalEnabled(): boolean {
    return this.options.survival !== null;
  }

  /** The current posture (APEX with rm 1 before the first bar or without survival). */
  posture(): PostureView {
    return this.survival ? this.survival.posture() : APEX;
  }

  /** Why the posture blocks new entries now (TURTLE, HIBERNATE), or null. */
  private postureRefusal(): string | null {
    const { posture } = this.posture();
    return postureEffects(posture).allowEntries ? null : `${posture} blocks new entries`;
  }

  /** Gates, risk gateway and posture source to give the strategy runner. */
  extras(): SessionExtras {
    const gates: CommandGate[] = [];
    const cfg = this.options.survival;
    if (cfg) gates.push(createPostureGate({ posture: () => this.posture(), stalkerMaxLeverage: cfg.effects.stalker_max_leverage }));
    // The risk gate goes last: a bracket it approved must not be refused afterwards.
    if (this.risk) gates.push(this.risk.gate);
    return {
      gates,
      ...(this.risk ? { riskGateway: this.risk.gatewayFactory } : {}),
      ...(cfg ? { posture: () => this.posture() } : {}),
      observers: [this],
    };
  }

  beforeBar(bar: Bar, runner: StrategyRunner): void {
    if (bar.tsMs !== this.lastBarTs) {
      if (bar.tsMs > this.lastBarTs) this.barGapMs = bar.tsMs - this.lastBarTs;
      this.prevBarTs = this.lastBarTs;
      this.lastBarTs = bar.tsMs;
      this.atBarStart(bar.tsMs, runner);
    }
    this.risk?.onBar(bar);
  }

  /**
   * Tick data: the controls run on time bars built from the ticks ({@link TickBars},
   * `tickBarSeconds`): when a tick completes a bar, that bar goes through {@link beforeBar}
   * (survival evaluation, risk volatility) before the tick reaches the strategy.
   */
  beforeTick(tick: TickPoint, runner: StrategyRunner): void {
    let bars = this.tickBars.get(tick.instrumentId);
    if (bars === undefined) {
      bars = new TickBars(tick.instrumentId, this.options.tickBarSeconds ?? 60);
      this.tickBars.set(tick.instrumentId, bars);
    }
    const bar = bars.push(tick.tsMs, tick.price, tick.size);
    if (bar !== null) this.beforeBar(bar, runner);
  }

  /**
   * The live watchdog (`dolphin host` calls it on a wall-clock timer): while bars are late (more
   * than two bar gaps since the last), evaluates the survival stack between bars with the
   * heartbeat age and the data staleness growing, and publishes the result (telemetry,
   * DOLPHIN_SAFETY); the strategy sees the new posture at the next bar (pending flag). So a dead
   * feed or shim reaches HIBERNATE for a supervisor within two evaluations. No-op before the
   * first bar or while bars are on time.
   */
  watchdog(nowMs: number): void {
    const stack = this.survival;
    if (!stack || !(nowMs - this.lastBarTs > 2 * this.barGapMs)) return;
    this.feedLiveness(stack, nowMs);
    this.report(stack.betweenBars(nowMs), nowMs);
  }

  afterEvent(event: ExecutionEvent, runner: StrategyRunner): void {
    this.risk?.onExecutionEvent(event);
    if (this.survival && event.kind === 'account-state') {
      const eq = runner.portfolio.equity();
      if (Number.isFinite(eq)) this.survival.monitor.recordEquity(eq, event.account.tsMs);
    }
  }

  private atBarStart(tsMs: number, runner: StrategyRunner): void {
    if (!this.options.survival) return;
    const stack = this.survival ?? this.createStack(tsMs);
    const monitor = stack.monitor;
    this.feedLiveness(stack, tsMs);
    const ob = this.lastOb;
    if (ob !== null && ob.tsMs >= this.prevBarTs) monitor.recordOrderBook(ob.depthQuality, ob.fillProb, tsMs);
    const dvol = this.options.dvolAt?.(tsMs);
    if (dvol !== undefined) monitor.recordDvol(dvol, tsMs);
    const eq = runner.portfolio.equity();
    if (Number.isFinite(eq)) monitor.recordEquity(eq, tsMs);
    const faults = this.options.faults;
    // Drills for strategies without a forewarner: the forced MC status of the day reaches Cat2.
    if (faults && !this.mcReported && faults.mc_status.length > 0) monitor.setMcStatus(forcedMcStatusAt(faults, tsMs) ?? 'OK');
    const injected = faults ? injectedDrawdownAt(faults, tsMs) : null;
    if (injected !== null) monitor.recordEquity(monitor.peak * (1 - injected), tsMs);
    // Evaluated before this bar is recorded: the staleness seen is the gap since the previous bar.
    this.report(stack.atBarStart(tsMs), tsMs);
    monitor.recordBar(tsMs);
    if (isHibernateCloseDue(stack.posture(), runner.portfolio)) {
      this.survivalLog.error({ tsMs, positions: runner.portfolio.openPositions().map((p) => p.instrumentId) }, 'hibernate_force_close');
      runner.forceCloseAll([HIBERNATE_HALT_TAG, 'exit']);
    }
  }

  /**
   * The stack, at the first bar: resumed from DOLPHIN_SAFETY when the store holds a valid record
   * (a restarted host or a reconnecting shim keeps its posture, Rm and drawdown peak).
   */
  private createStack(tsMs: number): SurvivalStack {
    const cfg = this.options.survival as SurvivalConfig;
    let saved: ReturnType<typeof readSafety> = null;
    try {
      saved = readSafety(this.options.store.get(SAFETY_MAP, SAFETY_KEY));
    } catch (error) {
      this.storeHealthy = false;
      this.survivalLog.error({ tsMs, error: error instanceof Error ? error.message : String(error) }, 'state_store_read_failed');
    }
    if (saved) this.survivalLog.info({ tsMs, posture: saved.posture, rm: saved.rm, peak: saved.peak ?? null, savedTs: saved.ts }, 'posture_restored');
    const stack = new SurvivalStack({
      startMs: tsMs,
      config: cfg,
      ...(saved ? { initial: { posture: saved.posture, rm: saved.rm } } : {}),
      // The drawdown peak resumes within its window only (with drawdown_peak utc_day: the same UTC day).
      ...(saved?.peak !== undefined && (cfg.monitor.drawdown_peak !== 'utc_day' || utcDay(saved.ts) === utcDay(tsMs)) ? { peakEquity: saved.peak } : {}),
    });
    stack.monitor.setMcStatus(this.mcStatus);
    this.survival = stack;
    return stack;
  }

  /** Cat1's inputs: connected shims, store health, the heartbeat (see ControlPlaneOptions). */
  private feedLiveness(stack: SurvivalStack, tsMs: number): void {
    const monitor = stack.monitor;
    monitor.setConnectedShims(this.options.connectedShims());
    monitor.setStateStoreHealthy(this.storeHealthy);
    const age = this.options.heartbeatAgeMs?.() ?? 0;
    monitor.recordHeartbeat(tsMs - (Number.isFinite(age) && age > 0 ? age : 0));
  }

  /** Logs a posture change; publishes PostureUpdate and writes DOLPHIN_SAFETY when due. */
  private report(tick: SurvivalTick, tsMs: number): void {
    const e = tick.evaluation;
    if (e.changed) {
      this.postureChanges.push({ tsMs, from: e.previousPosture, to: e.posture, rm: e.rm, reason: e.reason });
      this.survivalLog.warn({ tsMs, posture: e.posture, previous: e.previousPosture, rm: e.rm, rTarget: e.rTarget, factors: { ...e.factors }, reason: e.reason }, 'posture_changed');
    }
    if (!tick.publish) return;
    const telemetry = this.options.telemetry;
    if (telemetry) {
      const tsNs = BigInt(tsMs) * 1_000_000n;
      telemetry.publish('posture_update', { tsNs: toLong(tsNs), postureUpdate: { ...toPostureUpdate(e, tsNs), tsNs: toLong(tsNs) } });
    }
    const safety = toSafetyRecord(e);
    const peak = this.survival?.monitor.peak ?? Number.NaN;
    try {
      this.options.store.put(SAFETY_MAP, SAFETY_KEY, { posture: safety.posture, rm: safety.rm, ts: safety.ts, ...(Number.isFinite(peak) ? { peak } : {}) });
      this.storeHealthy = true;
    } catch (error) {
      // Cat1 reads the store's health: a failed write degrades the posture, it does not crash.
      this.storeHealthy = false;
      this.survivalLog.error({ tsMs, error: error instanceof Error ? error.message : String(error) }, 'state_store_write_failed');
    }
  }

  private publishRiskEvent(e: RiskEvent): void {
    this.riskEvents.push(e);
    this.riskLog[SEVERITY_LEVEL[e.severity]]({ type: e.type, symbol: e.symbol, tsMs: e.tsMs, ...e.details }, 'risk_event');
    const wire = riskEventToWire(e, this.options.strategyName);
    this.options.telemetry?.publish('risk_event', { tsNs: toLong(wire.tsNs), riskEvent: { ...wire, tsNs: toLong(wire.tsNs) } });
  }
}

const POSTURES: ReadonlySet<string> = new Set(['APEX', 'STALKER', 'TURTLE', 'HIBERNATE']);

/** A DOLPHIN_SAFETY record read back, or null when absent or not one (then the stack starts at APEX). */
function readSafety(value: unknown): { posture: Posture; rm: number; ts: number; peak?: number } | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  const { posture, rm, ts, peak } = r;
  if (typeof posture !== 'string' || !POSTURES.has(posture)) return null;
  if (typeof rm !== 'number' || !(rm >= 0 && rm <= 1) || typeof ts !== 'number' || !Number.isFinite(ts)) return null;
  return { posture: posture as Posture, rm, ts, ...(typeof peak === 'number' && peak > 0 && Number.isFinite(peak) ? { peak } : {}) };
}

function utcDay(tsMs: number): number {
  return Math.floor(tsMs / 86_400_000);
}
