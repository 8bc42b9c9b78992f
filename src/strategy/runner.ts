/**
 * The strategy runtime both engines drive: it owns one strategy, its context and the portfolio
 * bookkeeping, turns context calls into {@link Command}s (after the host's gates), and dispatches
 * events in the order the engine delivers them. No I/O, no wall clock.
 */
import { InvariantError, formatPrice, formatQuantity, type Clock, type Instrument } from '../market/index.js';
import type { Command, SubmitCommand } from './commands.js';
import type {
  AccountSnapshot,
  Bar,
  CommandRejectCode,
  CommandRejected,
  ExecutionEvent,
  OrderBookDepth,
  OrderSide,
  QuoteTick,
  TradeTick,
} from './events.js';
import { PortfolioState } from './portfolio.js';
import type {
  BracketIds,
  BracketOrderRequest,
  InstrumentCatalog,
  LimitOrderRequest,
  MarketOrderRequest,
  PortfolioView,
  PostureView,
  RiskGateway,
  ServiceKey,
  ServiceRegistry,
  StopMarketOrderRequest,
  Strategy,
  StrategyContext,
  StrategyDefinition,
  StrategyLogger,
} from './strategy.js';

/** A market-data subscription the strategy declared in onStart. */
export type SubscriptionRequest =
  | { readonly kind: 'bars'; readonly barType: string }
  | { readonly kind: 'quotes'; readonly instrumentId: string }
  | { readonly kind: 'trades'; readonly instrumentId: string }
  | { readonly kind: 'book'; readonly instrumentId: string; readonly depth: number; readonly intervalMs: number };

/** Subscriptions declared in onStart (both engines serve these) and after it (neither does). */
export interface SubscriptionsByPhase {
  readonly atStart: readonly SubscriptionRequest[];
  readonly late: readonly SubscriptionRequest[];
}

/** Whether a command opens or grows exposure (`entry`), only reduces it (`exit`), or neither. */
export type CommandIntent = 'entry' | 'exit' | 'other';

/** A host-side check every outgoing command passes (risk session limits, survival posture). */
export interface CommandGate {
  readonly name: string;
  /** Returns null to let the command through, or the reason it is refused. */
  check(command: Command, intent: CommandIntent, portfolio: PortfolioView): { code: CommandRejectCode; reason: string } | null;
}

/** Kinds of events that need a decision in lockstep (mirrors the wire's EventKind). */
export type DecisionEventKind = 'bar' | 'quote' | 'trade' | 'book' | 'order' | 'position' | 'account';

/** Hooks the host gets to build its risk gateway on top of the context's order entry. */
export interface RiskGatewayFactoryApi {
  readonly portfolio: PortfolioView;
  readonly instruments: InstrumentCatalog;
  readonly clock: Clock;
  /** Submits a bracket through the gates: its ids, or null when a gate refused it. */
  submitBracket(request: BracketOrderRequest): BracketIds | null;
}

export interface RunnerOptions<P> {
  readonly definition: StrategyDefinition<P>;
  /** Parameters, already validated by the definition's schema. */
  readonly params: P;
  readonly instruments: readonly Instrument[];
  /** The event clock; the driver moves it before each dispatch. */
  readonly clock: Clock;
  readonly log: StrategyLogger;
  readonly services?: ServiceRegistry;
  readonly gates?: readonly CommandGate[];
  readonly riskGateway?: (api: RiskGatewayFactoryApi) => RiskGateway;
  readonly posture?: () => PostureView;
  /** Prefix of client order ids (default "O"); ids are `${prefix}-${n}` with n zero-padded to 6. */
  readonly idPrefix?: string;
  /** Initial account state (from Hello, or the simulator's starting balances). */
  readonly account?: AccountSnapshot;
  /**
   * The engine refuses commands only through {@link StrategyRunner.onCommandRefused}, with the
   * command in hand, and never later (the in-process backtester): the runner then keeps no
   * per-command list of the order ids it created. Default false (the bridge acks by command id).
   */
  readonly refusalsCarryCommands?: boolean;
}

const NO_SERVICES: ServiceRegistry = { get: () => undefined };
// Default tag lists, shared by every command that gives none (read-only; no per-order arrays).
const NO_TAGS: readonly string[] = [];
const NO_IDS: readonly string[] = [];
const ENTRY_TAGS: readonly string[] = ['entry'];
const SL_TAGS: readonly string[] = ['sl'];
const TP_TAGS: readonly string[] = ['tp'];
const APEX: PostureView = { posture: 'APEX', rm: 1 };

/** Runs one strategy; see the module comment. */
export class StrategyRunner<P = unknown> {
  readonly portfolio: PortfolioState;
  readonly context: StrategyContext;
  private readonly instrumentMap: Map<string, Instrument>;
  private outbox: Command[] = [];
  private readonly localEvents: CommandRejected[] = [];
  private readonly subscriptions: SubscriptionRequest[] = [];
  /** How many of {@link subscriptions} onStart declared. */
  private startSubscriptions = 0;
  private readonly gates: readonly CommandGate[];
  /**
   * Client order ids each command created, for a later rejection by command id. Commands that
   * create none are not stored (a lookup defaults to none), and entries are dropped, oldest first,
   * once all their orders are terminal: a command whose orders the venue already finished cannot
   * be refused any more. Without this the map grew by one entry per order for the whole run.
   */
  private readonly commandOrders = new Map<string, readonly string[]>();
  /** The stored commands in insertion order (a queue with a head index, for pruning without an iterator). */
  private readonly commandQueue: string[] = [];
  private commandQueueHead = 0;
  private strategy: Strategy | null = null;
  private orderSeq = 0;
  private commandSeq = 0;
  private started = false;
  private readonly idPrefix: string;
  private lastQtyInstrument = '';
  private lastQty = Number.NaN;
  private lastQtyText = '';
  /** Number(lastQtyText). */
  private lastQtyNumber = 0;
  private readonly refusalsCarryCommands: boolean;
  /** Client order ids of this prefix by sequence number (see {@link SeqIds}). */
  private readonly orderIds: SeqIds;

  constructor(private readonly options: RunnerOptions<P>) {
    this.instrumentMap = new Map(options.instruments.map((i) => [i.id, i]));
    this.portfolio = new PortfolioState(this.instrumentMap);
    if (options.account) this.portfolio.setAccount(options.account);
    this.gates = options.gates ?? [];
    this.idPrefix = options.idPrefix ?? 'O';
    this.orderIds = seqIdsFor(`${this.idPrefix}-`);
    this.refusalsCarryCommands = options.refusalsCarryCommands ?? false;
    this.context = this.buildContext();
  }

  /**
   * The subscriptions the strategy declared in onStart (the ones the engines serve: the handshake
   * carries them to the shim) and those it declared later (served by neither engine).
   */
  subscriptionsByPhase(): SubscriptionsByPhase {
    return { atStart: this.subscriptions.slice(0, this.startSubscriptions), late: this.subscriptions.slice(this.startSubscriptions) };
  }

  /** Creates the strategy and runs onStart; returns the subscriptions it declared. */
  start(): readonly SubscriptionRequest[] {
    if (this.started) throw new InvariantError('runner state', 'already started', this.options.definition.name);
    this.started = true;
    this.strategy = this.options.definition.create(this.options.params, this.context);
    this.strategy.onStart?.();
    this.startSubscriptions = this.subscriptions.length;
    this.flushLocalEvents();
    return [...this.subscriptions];
  }

  /** Event kinds whose handlers may issue commands: these need a Decision in lockstep. */
  decisionEvents(): readonly DecisionEventKind[] {
    const s = this.requireStrategy();
    const kinds: DecisionEventKind[] = [];
    if (s.onBar) kinds.push('bar');
    if (s.onQuote) kinds.push('quote');
    if (s.onTrade) kinds.push('trade');
    if (s.onBook) kinds.push('book');
    if (s.onOrderEvent) kinds.push('order');
    if (s.onPositionEvent) kinds.push('position');
    if (s.onAccountState) kinds.push('account');
    return kinds;
  }

  get definition(): StrategyDefinition<P> {
    return this.options.definition;
  }

  /** Delivers a bar (the clock must already be at its close time). */
  onBar(bar: Bar): void {
    this.portfolio.setLastBarClose(bar);
    // Tests inline (this runs once per bar per sweep combination; calls V8 leaves cost, measured).
    const s = this.strategy;
    if (s === null) this.requireStrategy();
    else if (s.onBar) s.onBar(bar);
    if (this.localEvents.length > 0) this.flushLocalEvents();
  }

  /** Whether commands wait to be drained ({@link drainCommands} would return a non-empty list). */
  get hasCommands(): boolean {
    return this.outbox.length > 0;
  }

  onQuote(quote: QuoteTick): void {
    this.portfolio.setLastPrice(quote.instrumentId, (quote.bid + quote.ask) / 2);
    this.requireStrategy().onQuote?.(quote);
    this.flushLocalEvents();
  }

  onTrade(trade: TradeTick): void {
    this.portfolio.setLastPrice(trade.instrumentId, trade.price);
    this.requireStrategy().onTrade?.(trade);
    this.flushLocalEvents();
  }

  onBook(book: OrderBookDepth): void {
    this.requireStrategy().onBook?.(book);
    this.flushLocalEvents();
  }

  /** Applies an execution event to the portfolio, then hands it to the strategy. */
  onEvent(event: ExecutionEvent): void {
    this.portfolio.apply(event);
    const s = this.requireStrategy();
    switch (event.kind) {
      case 'position-opened':
      case 'position-changed':
      case 'position-closed':
        s.onPositionEvent?.(event);
        break;
      case 'account-state':
        s.onAccountState?.(event);
        break;
      default:
        s.onOrderEvent?.(event);
    }
    this.flushLocalEvents();
  }

  /**
   * A command the engine refused (shim CommandAck with accepted=false, or simulator validation).
   * The client order ids default to those the command created.
   */
  onCommandRejected(commandId: string, code: CommandRejectCode, reason: string): void {
    const clientOrderIds = this.commandOrders.get(commandId) ?? NO_IDS;
    this.onEvent({ kind: 'command-rejected', commandId, code, reason, clientOrderIds, tsMs: this.options.clock.nowMs() });
  }

  /**
   * A drained command the engine refused, given with the command itself: the same event as
   * {@link onCommandRejected}, the client order ids being those the command created.
   */
  onCommandRefused(cmd: Command, code: CommandRejectCode, reason: string): void {
    const clientOrderIds = this.commandOrders.get(cmd.commandId) ?? createdOrderIds(cmd);
    this.onEvent({ kind: 'command-rejected', commandId: cmd.commandId, code, reason, clientOrderIds, tsMs: this.options.clock.nowMs() });
  }

  /** Runs the strategy's onStop (its cancels and closes land in the outbox). */
  stop(): void {
    this.requireStrategy().onStop?.();
    this.flushLocalEvents();
  }

  /** Returns and clears the commands emitted since the last drain, in emission order. */
  drainCommands(): Command[] {
    if (this.outbox.length === 0) return EMPTY;
    this.pruneCommandOrders();
    // The filled array itself is handed over and a new one takes its place (a splice copied the
    // commands into a new array and shrank this one, which the next push grew again).
    const drained = this.outbox;
    this.outbox = [];
    return drained;
  }

  /** Drops the oldest commandOrders entries whose orders are all terminal (stops at the first that is not). */
  private pruneCommandOrders(): void {
    const queue = this.commandQueue;
    let head = this.commandQueueHead;
    while (head < queue.length) {
      const commandId = queue[head] as string;
      const ids = this.commandOrders.get(commandId);
      if (ids !== undefined) {
        let done = true;
        for (let k = 0; k < ids.length && done; k++) done = this.portfolio.isTerminal(ids[k] as string);
        if (!done) break;
        this.commandOrders.delete(commandId);
      }
      head += 1;
    }
    if (head > 256 && head * 2 > queue.length) {
      queue.copyWithin(0, head);
      queue.length -= head;
      head = 0;
    }
    this.commandQueueHead = head;
  }

  /** Host-initiated close of every open position (survival HIBERNATE); bypasses entry gates. */
  forceCloseAll(tags: readonly string[]): void {
    this.closeAll(tags, false);
  }

  /**
   * emitClose for every open position, in openPositions() order. With at most one open position
   * (every single-instrument strategy) the list openPositions() would allocate is not built.
   */
  private closeAll(tags: readonly string[], gated: boolean): void {
    const sole = this.portfolio.soleOpenPosition();
    if (sole === null) return;
    if (sole !== undefined) {
      this.emitClose(sole.instrumentId, tags, gated);
      return;
    }
    for (const p of this.portfolio.openPositions()) this.emitClose(p.instrumentId, tags, gated);
  }

  private requireStrategy(): Strategy {
    if (!this.strategy) throw new InvariantError('runner state', 'not started', this.options.definition.name);
    return this.strategy;
  }

  private flushLocalEvents(): void {
    while (this.localEvents.length > 0) {
      const e = this.localEvents.shift();
      if (e) {
        this.portfolio.apply(e);
        this.strategy?.onOrderEvent?.(e);
      }
    }
  }

  private nextOrderId(): string {
    this.orderSeq += 1;
    return this.orderIds.id(this.orderSeq);
  }

  private nextCommandId(): string {
    this.commandSeq += 1;
    return COMMAND_IDS.id(this.commandSeq);
  }

  private instrument(id: string): Instrument {
    const inst = this.instrumentMap.get(id);
    if (!inst) throw new InvariantError('instrumentId', 'not an instrument of this session', id);
    return inst;
  }

  private qtyText(instrumentId: string, q: number | string): string {
    if (typeof q === 'string') return q;
    // Strategies repeat one trade size: the last formatting is reused (formatQuantity is pure).
    if (instrumentId === this.lastQtyInstrument && Object.is(q, this.lastQty)) return this.lastQtyText;
    const text = formatQuantity(this.instrument(instrumentId), q);
    this.lastQtyInstrument = instrumentId;
    this.lastQty = q;
    this.lastQtyText = text;
    this.lastQtyNumber = Number(text);
    return text;
  }

  private pxText(instrumentId: string, p: number | string): string {
    return typeof p === 'string' ? p : formatPrice(this.instrument(instrumentId), p);
  }

  /** Intent of a command against the current portfolio. */
  classify(cmd: Command): CommandIntent {
    switch (cmd.kind) {
      case 'close-position':
      case 'close-all':
        return 'exit';
      case 'submit-bracket':
        return 'entry';
      case 'submit-market':
      case 'submit-limit':
      case 'submit-stop-market': {
        if (cmd.reduceOnly) return 'exit';
        const net = this.portfolio.netQuantity(cmd.instrumentId);
        const qty = Number(cmd.quantity);
        const reduces = (net > 0 && cmd.side === 'SELL') || (net < 0 && cmd.side === 'BUY');
        return reduces && qty <= Math.abs(net) + 1e-12 ? 'exit' : 'entry';
      }
      default:
        return 'other';
    }
  }

  /** Passes a command through the gates; queues it or a local rejection. */
  private emit(cmd: Command, gated = true): boolean {
    // The order ids a command creates are derived from it (createdOrderIds) only when needed.
    let ids: readonly string[] | null = null;
    if (!this.refusalsCarryCommands) {
      ids = createdOrderIds(cmd);
      if (ids.length > 0) {
        // Command ids are unique (nextCommandId), so each is queued once.
        this.commandOrders.set(cmd.commandId, ids);
        this.commandQueue.push(cmd.commandId);
      }
    }
    if (gated && this.gates.length > 0) {
      const intent = this.classify(cmd);
      for (const gate of this.gates) {
        const verdict = gate.check(cmd, intent, this.portfolio);
        if (verdict) {
          this.localEvents.push({
            kind: 'command-rejected',
            commandId: cmd.commandId,
            code: verdict.code,
            reason: `${gate.name}: ${verdict.reason}`,
            clientOrderIds: ids ?? createdOrderIds(cmd),
            tsMs: this.options.clock.nowMs(),
          });
          return false;
        }
      }
    }
    this.outbox.push(cmd);
    return true;
  }

  private trackSubmit(cmd: SubmitCommand): void {
    // Explicit literals, not `{ ...base, tags }`: spreading an object and then redefining one of
    // its keys sends V8 down a dictionary-mode path (~9 us per order, measured in sweeps).
    const iid = cmd.instrumentId;
    const side = cmd.side;
    const pf = this.portfolio;
    // The quantity text is usually the last one formatted: reuse its parsed value.
    const qty = cmd.quantity === this.lastQtyText ? this.lastQtyNumber : Number(cmd.quantity);
    switch (cmd.kind) {
      case 'submit-market':
        pf.trackNewOrder(cmd.clientOrderId, iid, side, 'MARKET', qty, null, null, cmd.reduceOnly, cmd.tags);
        return;
      case 'submit-limit':
        pf.trackNewOrder(cmd.clientOrderId, iid, side, 'LIMIT', qty, Number(cmd.price), null, cmd.reduceOnly, cmd.tags);
        return;
      case 'submit-stop-market':
        pf.trackNewOrder(cmd.clientOrderId, iid, side, 'STOP_MARKET', qty, null, Number(cmd.triggerPrice), cmd.reduceOnly, cmd.tags);
        return;
      case 'submit-bracket': {
        const exitSide: OrderSide = cmd.side === 'BUY' ? 'SELL' : 'BUY';
        pf.trackNewOrder(cmd.entryClientOrderId, iid, side, cmd.entryType, qty, cmd.entryPrice === '' ? null : Number(cmd.entryPrice), null, false, cmd.entryTags);
        pf.trackNewOrder(cmd.slClientOrderId, iid, exitSide, 'STOP_MARKET', qty, null, Number(cmd.slTriggerPrice), true, cmd.slTags);
        pf.trackNewOrder(cmd.tpClientOrderId, iid, exitSide, 'LIMIT', qty, Number(cmd.tpPrice), null, true, cmd.tpTags);
        return;
      }
    }
  }

  /** Emits a submit command through the gates and tracks it when it passed; returns whether it did. */
  private submit(cmd: SubmitCommand): boolean {
    const sent = this.emit(cmd);
    if (sent) this.trackSubmit(cmd);
    return sent;
  }

  private emitClose(instrumentId: string, tags: readonly string[], gated: boolean): string | null {
    const pos = this.portfolio.position(instrumentId);
    if (!pos || pos.signedQty === 0) return null;
    const clientOrderId = this.nextOrderId();
    const cmd: Command = { kind: 'close-position', commandId: this.nextCommandId(), instrumentId, clientOrderId, tags };
    if (this.emit(cmd, gated)) {
      this.portfolio.trackNewOrder(clientOrderId, instrumentId, pos.signedQty > 0 ? 'SELL' : 'BUY', 'MARKET', pos.quantity, null, null, true, tags);
    }
    return clientOrderId;
  }

  private buildContext(): StrategyContext {
    const catalog: InstrumentCatalog = {
      get: (id) => this.instrument(id),
      has: (id) => this.instrumentMap.has(id),
      list: () => [...this.instrumentMap.values()],
    };
    const services = this.options.services ?? NO_SERVICES;
    const postureFn = this.options.posture;

    /** The bracket's ids, and whether it passed the gates. */
    const sendBracket = (r: BracketOrderRequest): { ids: BracketIds; sent: boolean } => {
      const ids: BracketIds = { entry: this.nextOrderId(), sl: this.nextOrderId(), tp: this.nextOrderId() };
      const entry = r.entry ?? { type: 'MARKET' as const };
      const sent = this.submit(
        {
          kind: 'submit-bracket',
          commandId: this.nextCommandId(),
          instrumentId: r.instrumentId,
          side: r.side,
          quantity: this.qtyText(r.instrumentId, r.quantity),
          entryType: entry.type,
          entryPrice: entry.type === 'LIMIT' ? this.pxText(r.instrumentId, entry.price) : '',
          entryPostOnly: entry.type === 'LIMIT' ? (entry.postOnly ?? false) : false,
          slTriggerPrice: this.pxText(r.instrumentId, r.slTriggerPrice),
          tpPrice: this.pxText(r.instrumentId, r.tpPrice),
          tpPostOnly: r.tpPostOnly ?? true,
          timeInForce: r.timeInForce ?? 'GTC',
          entryClientOrderId: ids.entry,
          slClientOrderId: ids.sl,
          tpClientOrderId: ids.tp,
          entryTags: r.entryTags ?? ENTRY_TAGS,
          slTags: r.slTags ?? SL_TAGS,
          tpTags: r.tpTags ?? TP_TAGS,
        },
      );
      return { ids, sent };
    };

    const base = new ContextBase(this.options.clock, this.options.log, catalog, this.portfolio, services, postureFn);
    const ctx: StrategyContext = Object.assign(base, {
      subscribeBars: (barType) => {
        this.subscriptions.push({ kind: 'bars', barType });
      },
      subscribeQuotes: (instrumentId) => {
        this.subscriptions.push({ kind: 'quotes', instrumentId });
      },
      subscribeTrades: (instrumentId) => {
        this.subscriptions.push({ kind: 'trades', instrumentId });
      },
      subscribeBook: (instrumentId, o) => {
        this.subscriptions.push({ kind: 'book', instrumentId, depth: o?.depth ?? 10, intervalMs: o?.intervalMs ?? 0 });
      },
      submitMarket: (r: MarketOrderRequest) => {
        const id = this.nextOrderId();
        this.submit(
          {
            kind: 'submit-market',
            commandId: this.nextCommandId(),
            instrumentId: r.instrumentId,
            side: r.side,
            quantity: this.qtyText(r.instrumentId, r.quantity),
            timeInForce: r.timeInForce ?? 'GTC',
            reduceOnly: r.reduceOnly ?? false,
            clientOrderId: id,
            tags: r.tags ?? NO_TAGS,
          },
        );
        return id;
      },
      submitLimit: (r: LimitOrderRequest) => {
        const id = this.nextOrderId();
        this.submit(
          {
            kind: 'submit-limit',
            commandId: this.nextCommandId(),
            instrumentId: r.instrumentId,
            side: r.side,
            quantity: this.qtyText(r.instrumentId, r.quantity),
            price: this.pxText(r.instrumentId, r.price),
            timeInForce: r.timeInForce ?? 'GTC',
            postOnly: r.postOnly ?? false,
            reduceOnly: r.reduceOnly ?? false,
            expireTimeMs: r.expireTimeMs ?? 0,
            clientOrderId: id,
            tags: r.tags ?? NO_TAGS,
          },
        );
        return id;
      },
      submitStopMarket: (r: StopMarketOrderRequest) => {
        const id = this.nextOrderId();
        this.submit(
          {
            kind: 'submit-stop-market',
            commandId: this.nextCommandId(),
            instrumentId: r.instrumentId,
            side: r.side,
            quantity: this.qtyText(r.instrumentId, r.quantity),
            triggerPrice: this.pxText(r.instrumentId, r.triggerPrice),
            timeInForce: r.timeInForce ?? 'GTC',
            reduceOnly: r.reduceOnly ?? false,
            expireTimeMs: r.expireTimeMs ?? 0,
            clientOrderId: id,
            tags: r.tags ?? NO_TAGS,
          },
        );
        return id;
      },
      submitBracket: (r: BracketOrderRequest): BracketIds => sendBracket(r).ids,
      cancelOrder: (clientOrderId) => {
        this.emit({ kind: 'cancel-order', commandId: this.nextCommandId(), clientOrderId });
      },
      cancelAllOrders: (instrumentId, side) => {
        this.emit({ kind: 'cancel-all', commandId: this.nextCommandId(), instrumentId: instrumentId ?? '', side: side ?? null });
      },
      modifyOrder: (clientOrderId, changes) => {
        const o = this.portfolio.order(clientOrderId);
        const iid = o?.instrumentId;
        const fmtQ = (q: number | string | undefined): string => (q === undefined ? '' : iid ? this.qtyText(iid, q) : String(q));
        const fmtP = (p: number | string | undefined): string => (p === undefined ? '' : iid ? this.pxText(iid, p) : String(p));
        this.emit(
          {
            kind: 'modify-order',
            commandId: this.nextCommandId(),
            clientOrderId,
            quantity: fmtQ(changes.quantity),
            price: fmtP(changes.price),
            triggerPrice: fmtP(changes.triggerPrice),
          },
        );
      },
      closePosition: (instrumentId, tags) => this.emitClose(instrumentId, tags ?? NO_TAGS, true),
      closeAllPositions: (tags?: readonly string[]) => {
        this.closeAll(tags ?? NO_TAGS, true);
      },
    } satisfies Omit<StrategyContext, keyof ContextBase>);
    if (this.options.riskGateway) {
      ContextBase.setRisk(base, this.options.riskGateway({ portfolio: this.portfolio, instruments: catalog, clock: this.options.clock, submitBracket: (r) => {
        const { ids, sent } = sendBracket(r);
        return sent ? ids : null;
      } }));
    }
    return ctx;
  }
}

const EMPTY: Command[] = [];

/**
 * The ids `head + String(n).padStart(6, '0')`, each built once per process and shared by every
 * runner (a sweep starts each combination's runner at 1): an id is a string value, so a strategy
 * cannot tell a shared one from a new one. Sequence numbers up to {@link SEQ_ID_CACHE_LIMIT} are
 * kept; a new id string per order and per command, retained by the order books for the whole run,
 * was a measurable share of the sweep's garbage-collection work.
 */
class SeqIds {
  /** `head` followed by z zeros, at index z (0..5). */
  private readonly heads: readonly string[];
  private readonly cache: string[] = [];

  constructor(head: string) {
    this.heads = Array.from({ length: 6 }, (_, z) => head + '0'.repeat(z));
  }

  id(n: number): string {
    if (n < SEQ_ID_CACHE_LIMIT) {
      const cached = this.cache[n];
      if (cached !== undefined && cached !== '') return cached;
    }
    const s = String(n);
    const id = (this.heads[s.length >= 6 ? 0 : 6 - s.length] as string) + s;
    if (n < SEQ_ID_CACHE_LIMIT) {
      // Fill up to n with '' (not built yet) so that the array stays packed.
      for (let k = this.cache.length; k < n; k++) this.cache[k] = '';
      this.cache[n] = id;
    }
    return id;
  }
}

const SEQ_ID_CACHE_LIMIT = 1 << 16;
/** At most this many prefixes get a cache (a prefix per runner is typical; more just build ids). */
const SEQ_ID_PREFIX_LIMIT = 16;
const SEQ_IDS = new Map<string, SeqIds>();

function seqIdsFor(head: string): SeqIds {
  let ids = SEQ_IDS.get(head);
  if (ids === undefined) {
    ids = new SeqIds(head);
    if (SEQ_IDS.size < SEQ_ID_PREFIX_LIMIT) SEQ_IDS.set(head, ids);
  }
  return ids;
}

const COMMAND_IDS = seqIdsFor('C-');

/** The client order ids a command creates (what the runner records when it emits it). */
function createdOrderIds(cmd: Command): readonly string[] {
  switch (cmd.kind) {
    case 'submit-market':
    case 'submit-limit':
    case 'submit-stop-market':
    case 'close-position':
      return [cmd.clientOrderId];
    case 'submit-bracket':
      return [cmd.entryClientOrderId, cmd.slClientOrderId, cmd.tpClientOrderId];
    default:
      return NO_IDS;
  }
}

/**
 * The context's data and getters; the runner adds its order-entry functions as own properties,
 * always in the same order. A class instance, so every context has one hidden class with fast
 * properties: the object literal with `get risk()` / `get posture()` it replaces was kept in
 * dictionary mode by V8, so every `ctx.portfolio` or `ctx.submitMarket` was a hash lookup
 * (~15 ns per bar in ema-cross, measured). `risk` and `posture` are read through the prototype.
 */
class ContextBase {
  #risk: RiskGateway | null = null;
  readonly #posture: (() => PostureView) | undefined;

  constructor(
    readonly clock: Clock,
    readonly log: StrategyLogger,
    readonly instruments: InstrumentCatalog,
    readonly portfolio: PortfolioView,
    readonly services: ServiceRegistry,
    posture: (() => PostureView) | undefined,
  ) {
    this.#posture = posture;
  }

  /** Null when the host runs without a risk engine. */
  get risk(): RiskGateway | null {
    return this.#risk;
  }

  /** The current survival posture (APEX with rm 1 without survival control). */
  get posture(): PostureView {
    return this.#posture ? this.#posture() : APEX;
  }

  /** Installs the risk gateway (built after the context, from the runner's order entry). */
  static setRisk(ctx: ContextBase, risk: RiskGateway): void {
    ctx.#risk = risk;
  }
}

/** A registry over a plain map of services. */
export function createServiceRegistry(entries: ReadonlyArray<readonly [ServiceKey<unknown>, unknown]>): ServiceRegistry {
  const map = new Map(entries.map(([k, v]) => [k.name, v]));
  return { get: <T>(key: ServiceKey<T>) => map.get(key.name) as T | undefined };
}
