/**
 * The Dolphin host: binds the bridge ROUTER (and optionally the telemetry PUB socket), accepts
 * shims, and runs one {@link StrategySession} per shim. Several shims may connect at once, each
 * with its own strategy instance. The strategy a shim asks for in Hello must be registered;
 * empty means the host's default strategy.
 */
import type { Logger } from 'pino';
import { ManualClock, instrumentFromSpec, type Clock, type Instrument } from '../market/index.js';
import type { DecisionEventKind, StrategyDefinition, SubscriptionRequest } from '../strategy/index.js';
import { RouterTransport, TelemetryPublisher, type AcceptResult } from '../transport/index.js';
import { accountFromWire, instrumentSpecFromWire, pb } from '../wire/index.js';
import type { dolphin } from '../wire/gen/bridge.js';
import { StrategySession, type StrategySessionOptions } from './strategy-session.js';

type HelloProps = dolphin.bridge.v1.Hello.$Properties;

/** Per-session wiring the caller adds (risk, survival, services, observers). */
export type SessionExtras = Partial<Pick<StrategySessionOptions, 'services' | 'gates' | 'riskGateway' | 'posture' | 'observers'>>;

export interface DolphinHostOptions {
  readonly endpoint: string;
  readonly telemetryEndpoint?: string;
  readonly log: Logger;
  readonly wallClock: Clock;
  /** The strategy run when Hello names none. */
  readonly defaultStrategy: StrategyDefinition;
  readonly defaultParams: unknown;
  /** Finds another registered strategy by name (Hello.strategy); undefined when unknown. */
  readonly findStrategy?: (name: string) => StrategyDefinition | undefined;
  readonly heartbeatIntervalMs?: number;
  readonly replyTimeoutMs?: number;
  readonly configHash?: string;
  /** Called for each new session before the strategy starts: extra wiring for it. */
  readonly extrasFor?: (session: { sessionId: string; hello: HelloProps; instruments: readonly Instrument[]; telemetry: TelemetryPublisher | null; clock: Clock; log: Logger }) => SessionExtras;
  /** Called when a session opened (after Welcome). */
  readonly onSession?: (session: StrategySession) => void;
}

const EVENT_KINDS: Record<DecisionEventKind, dolphin.bridge.v1.EventKind> = {
  bar: pb.EventKind.EVENT_KIND_BAR,
  quote: pb.EventKind.EVENT_KIND_QUOTE,
  trade: pb.EventKind.EVENT_KIND_TRADE,
  book: pb.EventKind.EVENT_KIND_BOOK,
  order: pb.EventKind.EVENT_KIND_ORDER,
  position: pb.EventKind.EVENT_KIND_POSITION,
  account: pb.EventKind.EVENT_KIND_ACCOUNT,
};

function subscriptionToWire(s: SubscriptionRequest): dolphin.bridge.v1.Subscription.$Properties {
  switch (s.kind) {
    case 'bars':
      return { kind: pb.Subscription.Kind.KIND_BARS, barType: s.barType };
    case 'quotes':
      return { kind: pb.Subscription.Kind.KIND_QUOTES, instrumentId: s.instrumentId };
    case 'trades':
      return { kind: pb.Subscription.Kind.KIND_TRADES, instrumentId: s.instrumentId };
    case 'book':
      return { kind: pb.Subscription.Kind.KIND_BOOK, instrumentId: s.instrumentId, depth: s.depth, intervalMs: s.intervalMs };
  }
}

/** A running host; see the module comment. */
export class DolphinHost {
  readonly sessions: StrategySession[] = [];

  private constructor(
    readonly transport: RouterTransport,
    readonly telemetry: TelemetryPublisher | null,
    private readonly options: DolphinHostOptions,
  ) {}

  /**
   * Binds the sockets and starts accepting shims.
   * @throws TransportError code 'bind' when an endpoint cannot be bound.
   */
  static async start(options: DolphinHostOptions): Promise<DolphinHost> {
    const telemetry = options.telemetryEndpoint ? await TelemetryPublisher.bind(options.telemetryEndpoint, options.log.child({ component: 'telemetry' })) : null;
    let host: DolphinHost | null = null;
    let transport: RouterTransport;
    try {
      transport = await RouterTransport.bind({
        endpoint: options.endpoint,
        log: options.log.child({ component: 'transport' }),
        wallClockNs: () => options.wallClock.nowNs(),
        ...(options.heartbeatIntervalMs !== undefined ? { heartbeatIntervalMs: options.heartbeatIntervalMs } : {}),
        accept: (hello, sessionId) => {
          if (!host) throw new Error('host not ready');
          return host.accept(hello, sessionId);
        },
      });
    } catch (err: unknown) {
      // The telemetry socket bound first: release its port too.
      await telemetry?.close();
      throw err;
    }
    host = new DolphinHost(transport, telemetry, options);
    options.log.info({ endpoint: transport.endpoint, telemetry: telemetry?.endpoint ?? null, strategy: options.defaultStrategy.name, configHash: options.configHash }, 'host_listening');
    return host;
  }

  /** The endpoint shims connect to: the one bound (a wildcard port resolved to the port in use). */
  get endpoint(): string {
    return this.transport.endpoint;
  }

  private accept(hello: HelloProps, sessionId: string): AcceptResult {
    const o = this.options;
    const requested = hello.strategy ?? '';
    let definition = o.defaultStrategy;
    let params = o.defaultParams;
    if (requested !== '' && requested !== o.defaultStrategy.name) {
      const found = o.findStrategy?.(requested);
      if (!found) {
        return { ok: false, code: pb.RejectCode.REJECT_CODE_UNKNOWN_STRATEGY, reason: `strategy "${requested}" is not registered on this host; this host runs "${o.defaultStrategy.name}"` };
      }
      const parsed = found.paramsSchema.safeParse({});
      if (!parsed.success) {
        return { ok: false, code: pb.RejectCode.REJECT_CODE_UNKNOWN_STRATEGY, reason: `strategy "${requested}" needs parameters; start the host with --strategy ${requested} --config FILE` };
      }
      definition = found;
      params = parsed.data;
    }
    const instruments: Instrument[] = [];
    for (const wire of hello.instruments ?? []) {
      try {
        instruments.push(instrumentFromSpec(instrumentSpecFromWire(wire)));
      } catch (err: unknown) {
        return { ok: false, code: pb.RejectCode.REJECT_CODE_BAD_INSTRUMENT, reason: `instrument ${wire.instrumentId ?? '?'} is unusable: ${err instanceof Error ? err.message : String(err)}` };
      }
    }
    if (instruments.length === 0) {
      return { ok: false, code: pb.RejectCode.REJECT_CODE_BAD_HELLO, reason: 'Hello lists no instruments; configure instrument_ids in the shim' };
    }
    const mode = hello.mode === pb.Mode.MODE_ASYNC ? 'async' : 'lockstep';
    const clock: Clock = mode === 'lockstep' ? new ManualClock() : o.wallClock;
    // No component here: the session, its strategy and its controls each name their own.
    const log = o.log.child({ sessionId });
    const extras = o.extrasFor?.({ sessionId, hello, instruments, telemetry: this.telemetry, clock, log }) ?? {};
    const session = new StrategySession({
      sessionId,
      definition,
      params,
      instruments,
      mode,
      log,
      clock,
      ...(hello.account ? { account: accountFromWire(hello.account) } : {}),
      ...extras,
    });
    const subscriptions = session.start();
    this.sessions.push(session);
    o.onSession?.(session);
    return {
      ok: true,
      handler: session,
      welcome: {
        strategyName: definition.name,
        strategyVersion: definition.version,
        subscriptions: subscriptions.map(subscriptionToWire),
        heartbeatIntervalMs: o.heartbeatIntervalMs ?? 1000,
        decisionEvents: session.runner.decisionEvents().map((k) => EVENT_KINDS[k]),
        groupBarsByTs: definition.groupBarsByTs ?? false,
        configHash: o.configHash ?? '',
        replyTimeoutMs: o.replyTimeoutMs ?? 0,
      },
    };
  }

  /** Sends Shutdown to every session and closes the sockets. */
  async close(reason = 'host stopping'): Promise<void> {
    await this.transport.close(reason);
    await this.telemetry?.close();
  }
}
