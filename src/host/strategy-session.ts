/**
 * One shim session running one strategy: maps wire frames to {@link StrategyRunner} calls and the
 * runner's commands back to wire commands. In lockstep the runner's clock is the frame's event
 * time; in async mode it is the host's wall clock.
 */
import type { Logger } from 'pino';
import { ManualClock, type Clock, type Instrument } from '../market/index.js';
import {
  StrategyRunner,
  type AccountSnapshot,
  type Bar,
  type CommandGate,
  type ExecutionEvent,
  type PostureView,
  type RiskGateway,
  type RiskGatewayFactoryApi,
  type ServiceRegistry,
  type StrategyDefinition,
  type TickPoint,
} from '../strategy/index.js';
import type { SessionHandler } from '../transport/index.js';
import {
  barFromWire,
  bookFromWire,
  commandRejectCodeFromWire,
  commandToWire,
  executionEventFromWire,
  quoteFromWire,
  toBigInt,
  tradeFromWire,
  type Envelope,
} from '../wire/index.js';
import type { dolphin } from '../wire/gen/bridge.js';
import { strategyLogger } from './logger.js';

/** Watches a session's traffic (equity recording, risk session accounting, survival inputs). */
export interface SessionObserver {
  /** Before the bar reaches the strategy (apply pending updates, force closes). */
  beforeBar?(bar: Bar, runner: StrategyRunner): void;
  /** After the strategy handled the bar. */
  afterBar?(bar: Bar, runner: StrategyRunner): void;
  /** Before a quote or trade tick reaches the strategy: its price (a quote's mid) and size. */
  beforeTick?(tick: TickPoint, runner: StrategyRunner): void;
  /** After the strategy handled a quote or trade tick (its event time, ms). */
  afterTick?(tsMs: number, runner: StrategyRunner): void;
  /** After an execution event was applied and handed to the strategy. */
  afterEvent?(event: ExecutionEvent, runner: StrategyRunner): void;
  /** The session ended. */
  onClosed?(reason: string, failed: boolean): void;
}

export interface StrategySessionOptions {
  readonly sessionId: string;
  readonly definition: StrategyDefinition;
  readonly params: unknown;
  readonly instruments: readonly Instrument[];
  readonly mode: 'lockstep' | 'async';
  readonly log: Logger;
  /** The runner's clock: a ManualClock moved to each frame's event time (lockstep), or the wall clock (async). */
  readonly clock: Clock;
  readonly services?: ServiceRegistry;
  readonly gates?: readonly CommandGate[];
  readonly riskGateway?: (api: RiskGatewayFactoryApi) => RiskGateway;
  readonly posture?: () => PostureView;
  readonly observers?: readonly SessionObserver[];
  readonly account?: AccountSnapshot;
}

type CommandProps = dolphin.bridge.v1.Command.$Properties;

/** The SessionHandler the host gives the transport for each accepted shim. */
export class StrategySession implements SessionHandler {
  readonly runner: StrategyRunner;
  private readonly eventClock: ManualClock | null;
  private readonly observers: readonly SessionObserver[];
  private closedReason: string | null = null;
  /** The session's own lines; the strategy's and the controls' loggers name their own component. */
  private readonly log: Logger;
  private failed = false;
  barsProcessed = 0;
  ticksProcessed = 0;
  lastEventNs = 0n;

  constructor(private readonly options: StrategySessionOptions) {
    this.log = options.log.child({ component: 'session' });
    this.observers = options.observers ?? [];
    this.eventClock = options.mode === 'lockstep' && options.clock instanceof ManualClock ? options.clock : null;
    const clock = options.clock;
    this.runner = new StrategyRunner<unknown>({
      definition: options.definition,
      params: options.params,
      instruments: options.instruments,
      clock,
      log: strategyLogger(options.log.child({ component: 'strategy', strategy: options.definition.name })),
      ...(options.services ? { services: options.services } : {}),
      ...(options.gates ? { gates: options.gates } : {}),
      ...(options.riskGateway ? { riskGateway: options.riskGateway } : {}),
      ...(options.posture ? { posture: options.posture } : {}),
      ...(options.account ? { account: options.account } : {}),
    });
  }

  /** Starts the strategy; returns its subscriptions. Throws what the strategy's onStart throws. */
  start(): ReturnType<StrategyRunner['start']> {
    return this.runner.start();
  }

  get isClosed(): boolean {
    return this.closedReason !== null;
  }

  get closeReason(): string | null {
    return this.closedReason;
  }

  get hasFailed(): boolean {
    return this.failed;
  }

  onEnvelope(env: Envelope): void {
    const tsNs = toBigInt(env.tsNs);
    if (tsNs > this.lastEventNs) {
      this.lastEventNs = tsNs;
      this.eventClock?.setNs(tsNs);
    }
    const runner = this.runner;
    switch (env.body) {
      case 'bar': {
        const bar = barFromWire(env.bar ?? {});
        this.barsProcessed += 1;
        for (const o of this.observers) o.beforeBar?.(bar, runner);
        runner.onBar(bar);
        for (const o of this.observers) o.afterBar?.(bar, runner);
        return;
      }
      case 'quoteTick': {
        const quote = quoteFromWire(env.quoteTick ?? {});
        this.ticksProcessed += 1;
        this.beforeTick(quote.instrumentId, quote.tsMs, (quote.bid + quote.ask) / 2, 0);
        runner.onQuote(quote);
        for (const o of this.observers) o.afterTick?.(quote.tsMs, runner);
        return;
      }
      case 'tradeTick': {
        const trade = tradeFromWire(env.tradeTick ?? {});
        this.ticksProcessed += 1;
        this.beforeTick(trade.instrumentId, trade.tsMs, trade.price, trade.size);
        runner.onTrade(trade);
        for (const o of this.observers) o.afterTick?.(trade.tsMs, runner);
        return;
      }
      case 'orderBookDepth':
        runner.onBook(bookFromWire(env.orderBookDepth ?? {}));
        return;
      case 'commandAck': {
        const ack = env.commandAck ?? {};
        if (!ack.accepted) {
          const code = commandRejectCodeFromWire(ack.code);
          this.log.warn({ sessionId: this.options.sessionId, commandId: ack.commandId, code, reason: ack.reason }, 'command_rejected');
          runner.onCommandRejected(ack.commandId ?? '', code, ack.reason ?? '');
        }
        return;
      }
      case 'stopRequested':
        this.log.info({ sessionId: this.options.sessionId, reason: env.stopRequested?.reason ?? '' }, 'strategy_stopping');
        runner.stop();
        return;
      default: {
        const event = executionEventFromWire(env);
        if (!event) {
          this.log.warn({ sessionId: this.options.sessionId, body: env.body }, 'unhandled_frame');
          return;
        }
        runner.onEvent(event);
        for (const o of this.observers) o.afterEvent?.(event, runner);
      }
    }
  }

  takeCommands(): CommandProps[] {
    const cmds = this.runner.drainCommands();
    if (cmds.length === 0) return [];
    return cmds.map(commandToWire);
  }

  /** The observers' beforeTick (tick data), in the host engine's order. */
  private beforeTick(instrumentId: string, tsMs: number, price: number, size: number): void {
    let tick: TickPoint | null = null;
    for (const o of this.observers) {
      if (o.beforeTick === undefined) continue;
      tick ??= { instrumentId, tsMs, price, size };
      o.beforeTick(tick, this.runner);
    }
  }

  onClosed(reason: string, failed: boolean): void {
    this.closedReason = reason;
    this.failed = failed;
    for (const o of this.observers) o.onClosed?.(reason, failed);
  }
}
