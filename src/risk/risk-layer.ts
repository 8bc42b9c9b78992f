/**
 * The whole risk layer for one strategy run, ready to plug into a StrategyRunner:
 * `gates: [layer.gate]`, `riskGateway: layer.gatewayFactory`, then feed it `onBar(bar)` before
 * each `runner.onBar(bar)` and `onExecutionEvent(event)` with each execution event (before or
 * after `runner.onEvent`, the order does not matter). Subscribe to `layer.bus` for the events.
 */
import type { Clock, Instrument } from '../market/index.js';
import type { StateStore } from '../state/index.js';
import type { Bar, CommandGate, ExecutionEvent, RiskGateway, RiskGatewayFactoryApi } from '../strategy/index.js';
import type { RiskConfig } from './config.js';
import { RiskEngine, type RiskCheckResult } from './risk-engine.js';
import type { RiskEvent, RiskEventBus } from './risk-events.js';
import { createRiskCommandGate } from './risk-gate.js';
import { createRiskGatewayFactory } from './risk-gateway.js';
import { VolatilityTracker } from './volatility-tracker.js';

export interface RiskLayerOptions {
  /** A parsed risk config (parseRiskConfig). */
  readonly config: RiskConfig;
  readonly clock: Clock;
  /** The session's instruments (from Hello or the venue config). */
  readonly instruments: readonly Instrument[];
  /** Session state store: MemoryStateStore for backtests, FileStateStore live. */
  readonly store: StateStore;
  readonly bus?: RiskEventBus;
  /** Key of the session state in the store, e.g. `${traderId}:${strategy}` (default "default"). */
  readonly sessionKey?: string;
  /** Size multiplier in [0, 1] read at each entry (survival Rm). */
  readonly riskScale?: () => number;
  readonly tpPostOnly?: boolean;
  readonly onResult?: (result: RiskCheckResult) => void;
  /** Asked before every `ctx.risk.enter` check: null admits, a reason refuses (see risk-gateway.ts). */
  readonly admitEntry?: () => string | null;
}

/** Engine, volatility tracker, command gate and gateway factory wired together; see the module comment. */
export class RiskLayer {
  readonly engine: RiskEngine;
  readonly tracker: VolatilityTracker;
  readonly gate: CommandGate;
  readonly gatewayFactory: (api: RiskGatewayFactoryApi) => RiskGateway;

  constructor(options: RiskLayerOptions) {
    this.engine = new RiskEngine(options.config, {
      clock: options.clock,
      store: options.store,
      ...(options.bus === undefined ? {} : { bus: options.bus }),
      ...(options.sessionKey === undefined ? {} : { sessionKey: options.sessionKey }),
    });
    this.tracker = new VolatilityTracker(options.config.volatility);
    this.gate = createRiskCommandGate(this.engine, options.instruments);
    this.gatewayFactory = createRiskGatewayFactory({
      engine: this.engine,
      tracker: this.tracker,
      ...(options.riskScale === undefined ? {} : { riskScale: options.riskScale }),
      ...(options.tpPostOnly === undefined ? {} : { tpPostOnly: options.tpPostOnly }),
      ...(options.onResult === undefined ? {} : { onResult: options.onResult }),
      ...(options.admitEntry === undefined ? {} : { admitEntry: options.admitEntry }),
    });
  }

  /** Where every risk event is published. */
  get bus(): RiskEventBus {
    return this.engine.bus;
  }

  /** Feeds a bar to the volatility tracker and moves the session's time (day roll, cooldown end). */
  onBar(bar: Bar): RiskEvent[] {
    this.tracker.onBar(bar);
    return this.engine.onTime(bar.tsMs);
  }

  /**
   * Feeds an execution event: position events add their realized PnL to the session, account
   * states record the equity (balance total of the base currency). Returns the events published.
   */
  onExecutionEvent(event: ExecutionEvent): RiskEvent[] {
    switch (event.kind) {
      case 'position-opened':
      case 'position-changed':
      case 'position-closed':
        return this.engine.onPositionEvent(event);
      case 'account-state': {
        const a = event.account;
        const balance = a.balances.find((b) => b.currency === a.baseCurrency) ?? a.balances[0];
        if (balance) this.engine.onEquity(balance.total, a.tsMs);
        return [];
      }
      default:
        return [];
    }
  }
}
