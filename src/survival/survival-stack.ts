/**
 * The survival pieces wired the way the host runs them (the seed's SurvivalStack): a
 * {@link SurvivalMonitor} the host feeds raw facts, the {@link SurvivalController}, the
 * {@link PostureCell} strategies and the posture gate read, and the telemetry
 * {@link PublishSchedule}. Posture changes reach the cell only at bar starts.
 */
import type { PostureView } from '../strategy/index.js';
import { createBuiltInSensors } from './built-in-sensors.js';
import { PostureCell, type PostureTransition } from './posture-cell.js';
import { PublishSchedule } from './publish-schedule.js';
import type { SensorPlugin } from './sensor-plugin.js';
import { defaultSurvivalConfig, type SurvivalConfig } from './survival-config.js';
import { SurvivalController, type SurvivalEvaluation } from './survival-controller.js';
import { SurvivalMonitor } from './survival-monitor.js';

/** Options of a {@link SurvivalStack}. */
export interface SurvivalStackOptions {
  /** Event time the run starts at, ms. */
  readonly startMs: number;
  readonly config?: SurvivalConfig;
  /** Extra sensors after the five built-ins (they read the monitor's snapshot). */
  readonly extraSensors?: readonly SensorPlugin[];
  /** See {@link SurvivalMonitorOptions.hasOrderBookProvider}. */
  readonly hasOrderBookProvider?: boolean;
  /** State to resume from (DOLPHIN_SAFETY read back): posture and rm. */
  readonly initial?: PostureView;
  /** Equity peak to resume the drawdown from. */
  readonly peakEquity?: number;
}

/** What one evaluation produced; reused between calls. */
export interface SurvivalTick {
  /** The controller's evaluation (reused object, see {@link SurvivalEvaluation}). */
  readonly evaluation: SurvivalEvaluation;
  /** True when the host should publish a PostureUpdate and write DOLPHIN_SAFETY now. */
  readonly publish: boolean;
  /** The posture change applied to the cell (bar start only), or null. */
  readonly transition: PostureTransition | null;
}

interface MutableTick {
  evaluation: SurvivalEvaluation;
  publish: boolean;
  transition: PostureTransition | null;
}

/** Monitor, controller, posture cell and publish schedule run together; see the module comment. */
export class SurvivalStack {
  readonly config: SurvivalConfig;
  readonly monitor: SurvivalMonitor;
  readonly controller: SurvivalController;
  readonly cell: PostureCell;
  private readonly schedule: PublishSchedule;
  private readonly tick: MutableTick;

  /** @throws InvariantError for invalid options (times, initial state, sensor ids). */
  constructor(options: SurvivalStackOptions) {
    this.config = options.config ?? defaultSurvivalConfig();
    const initial = options.initial ?? { posture: 'APEX' as const, rm: 1 };
    this.monitor = new SurvivalMonitor({
      startMs: options.startMs,
      config: this.config,
      ...(options.hasOrderBookProvider !== undefined ? { hasOrderBookProvider: options.hasOrderBookProvider } : {}),
      ...(options.peakEquity !== undefined ? { peakEquity: options.peakEquity } : {}),
    });
    this.controller = new SurvivalController({
      config: this.config,
      initial,
      ...(options.extraSensors ? { sensors: [...createBuiltInSensors(this.config), ...options.extraSensors] } : {}),
    });
    this.cell = new PostureCell(initial);
    this.schedule = new PublishSchedule(this.config.telemetry.publish_period_s);
    this.tick = { evaluation: this.controller.last, publish: false, transition: null };
  }

  /** The applied posture (pass `() => stack.posture()` to the runner and the posture gate). */
  posture(): PostureView {
    return this.cell.current();
  }

  /**
   * Call at the start of every bar (time `tMs` = the bar's close time), after feeding the monitor
   * and before the strategy sees the bar: evaluates, and applies the result to the cell at once.
   * Any posture offered between bars is superseded by this fresher one.
   */
  atBarStart(tMs: number): SurvivalTick {
    const e = this.controller.evaluate(this.monitor.snapshot(tMs), tMs);
    this.cell.offer(e.posture, e.rm);
    const t = this.tick;
    t.evaluation = e;
    t.transition = this.cell.applyPending();
    t.publish = this.schedule.shouldPublish(e.changed, tMs);
    return t;
  }

  /**
   * Call between bars (a live watchdog timer, only while bars are late, e.g. every bar interval
   * after a missed bar): evaluates and offers the result for the next bar start; the strategy keeps
   * seeing the current posture until then. Each call counts as one evaluation for the hysteresis,
   * so a dead feed still reaches HIBERNATE in telemetry and DOLPHIN_SAFETY.
   */
  betweenBars(tMs: number): SurvivalTick {
    const e = this.controller.evaluate(this.monitor.snapshot(tMs), tMs);
    this.cell.offer(e.posture, e.rm);
    const t = this.tick;
    t.evaluation = e;
    t.transition = null;
    t.publish = this.schedule.shouldPublish(e.changed, tMs);
    return t;
  }
}
