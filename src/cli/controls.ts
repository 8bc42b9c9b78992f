/**
 * Builds the host controls (risk engine, survival stack) for each session from the run's
 * settings: the same {@link ControlPlane} for the bridge and for the in-process backtester.
 */
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import type { HostBacktestOptions } from '../backtest/index.js';
import type { Clock, Instrument, ManualClock } from '../market/index.js';
import { ControlPlane, type SessionExtras } from '../host/index.js';
import { FileStateStore, ObjectStateStore, type StateStore } from '../state/index.js';
import type { ServiceKey, ServiceRegistry } from '../strategy/index.js';
import { obHealthKey } from '../survival/index.js';
import type { TelemetryPublisher } from '../transport/index.js';
import type { RunContext } from './run-context.js';
import type { StrategyRuntime } from './strategy-runtime.js';

/**
 * What the in-process backtester takes to run inside a session's extras (host-run, sweeps): the
 * runner options, and the observers behind one that moves the controls' clock to each bar's or
 * tick's time first (the bridge session sets its event clock before it handles a frame).
 */
export function inProcessControls(extras: SessionExtras, clock: ManualClock): Required<Pick<HostBacktestOptions<unknown>, 'runner' | 'observers'>> {
  return {
    runner: {
      ...(extras.gates ? { gates: extras.gates } : {}),
      ...(extras.riskGateway ? { riskGateway: extras.riskGateway } : {}),
      ...(extras.posture ? { posture: extras.posture } : {}),
      ...(extras.services ? { services: extras.services } : {}),
    },
    observers: [
      {
        beforeBar: (bar) => {
          if (bar.tsMs > clock.nowMs()) clock.setMs(bar.tsMs);
        },
        beforeTick: (tick) => {
          if (tick.tsMs > clock.nowMs()) clock.setMs(tick.tsMs);
        },
      },
      ...(extras.observers ?? []),
    ],
  };
}

export interface ControlsSpec {
  readonly risk: boolean;
  readonly survival: boolean;
}

/** The controls the settings ask for (`controls.risk`, `controls.survival`). */
export function controlsFromSettings(ctx: RunContext): ControlsSpec {
  return { risk: ctx.settings.controls.risk, survival: ctx.settings.controls.survival };
}

/** The state store the settings ask for (memory, or a durable file). */
export function createStateStore(ctx: RunContext): StateStore {
  const c = ctx.settings.controls;
  return c.state_backend === 'file' ? new FileStateStore(resolve(c.state_path)) : new ObjectStateStore();
}

export interface SessionControlInput {
  readonly sessionId: string;
  /** The shim's Hello (bridge sessions): its trader and strategy ids key the risk session state. */
  readonly hello?: { readonly traderId?: string | null; readonly strategyId?: string | null };
  readonly instruments: readonly Instrument[];
  readonly telemetry: TelemetryPublisher | null;
  readonly clock: Clock;
  readonly log: Logger;
}

/**
 * A factory of per-session extras: a fresh ControlPlane (when any control is on) and the
 * strategy's services; `planes` collects the planes so the caller can report their events.
 */
export function sessionExtrasFactory(
  ctx: Pick<RunContext, 'settings' | 'strategy'>,
  spec: ControlsSpec,
  store: StateStore,
  runtime: StrategyRuntime,
  connectedShims: () => number,
  planes: ControlPlane[] = [],
  heartbeatAgeMs?: (sessionId: string) => number,
): (input: SessionControlInput) => SessionExtras {
  return (input) => {
    const plane = !spec.risk && !spec.survival ? null : new ControlPlane({
      strategyName: ctx.strategy.name,
      instruments: input.instruments,
      clock: input.clock,
      log: input.log,
      telemetry: input.telemetry,
      store,
      risk: spec.risk ? ctx.settings.risk : null,
      survival: spec.survival ? ctx.settings.survival : null,
      connectedShims,
      // Stable across reconnects (the transport's session ids are not): a shim that comes back
      // finds its counters, PnL, halts and cooldowns.
      sessionKey: `${ctx.strategy.name}:${input.hello?.strategyId ? `${input.hello.traderId ?? ''}:${input.hello.strategyId}` : input.sessionId}`,
      faults: ctx.settings.faults,
      tickBarSeconds: ctx.settings.controls.tick_bar_seconds,
      ...(heartbeatAgeMs ? { heartbeatAgeMs: () => heartbeatAgeMs(input.sessionId) } : {}),
      ...(runtime.dvolAt ? { dvolAt: runtime.dvolAt } : {}),
    });
    if (plane) planes.push(plane);
    const runtimeServices = runtime.servicesFor({ clock: input.clock, plane });
    // The survival stack's book-health sink (Cat3) joins the strategy's services.
    const services = plane?.survivalEnabled ? withService(runtimeServices, obHealthKey, plane.obHealth) : runtimeServices;
    return { ...(plane ? plane.extras() : {}), ...(services ? { services } : {}) };
  };
}

/** `base` with one more service (it wins over a same-named one in `base`). */
function withService<T>(base: ServiceRegistry | undefined, key: ServiceKey<T>, value: T): ServiceRegistry {
  return { get: <U>(k: ServiceKey<U>): U | undefined => (k.name === key.name ? (value as unknown as U) : base?.get(k)) };
}
