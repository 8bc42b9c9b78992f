/**
 * The simulated venue and the slice of Nautilus's kernel around it that a bridged strategy's
 * events pass through, ported from 1.221:
 * - the shim's command execution through Strategy (trading/strategy.pyx: submit_order(_list),
 *   cancel_order, cancel_all_orders, modify_order, close_position) and the RiskEngine
 *   (risk/engine.pyx: trading state, quantity checks, submit throttle, OrderDenied);
 * - the BacktestExecClient (OrderSubmitted, synchronous) and SimulatedExchange's FIFO message
 *   queue drained at `processQueue()` (engine.pyx:2910-2927, 3170-3199);
 * - the ExecutionEngine's event handling (execution/engine.pyx:1157-1690): apply to the order,
 *   Portfolio.update_order (balances, initial margin, a new AccountState for accepted / canceled /
 *   expired / updated orders), position open / change / flip / close with Portfolio.update_position
 *   (maintenance margin, a new AccountState), then publication in Nautilus's order: the portfolio's
 *   priority-10 handlers re-publish the latest AccountState before the strategy sees an accepted,
 *   canceled, expired, rejected or updated order or a position event.
 * Events reach the strategy through {@link VenueEventSink.emit} at exactly the points Nautilus
 * publishes them; after {@link SimulatedVenue.stopStrategy} nothing is emitted (a stopped
 * Nautilus strategy drops events) but the venue keeps filling and accounting.
 */
import type {
  AccountSnapshot,
  Command,
  ExecutionEvent,
  PositionEvent,
  PositionSnapshot,
  SubmitCommand,
  TradingState,
} from '../strategy/index.js';
import { SequentialIdMap } from '../strategy/index.js';
import type { FillRecord } from './report.js';
import type { FeeModelConfig } from './venue-config.js';
import { decimalDiv, decimalMul, decimalToDouble, formatUnits, isoFromMs, parseUnits, roundHalfAway, unitsToDouble } from './fixed-point.js';
import { MatchingEngine, pad3, type VenueHooks } from './matching-engine.js';
import { SimAccount } from './sim-account.js';
import { currencyPrecision, type SimInstrument } from './sim-instrument.js';
import { Contingency, Liquidity, OrderKind, SimOrder, Status } from './sim-order.js';
import { PositionFill, SimPosition } from './sim-position.js';
import { PySetOrder } from './py-set-order.js';

/** Receives events in the order Nautilus publishes them to the strategy. */
export interface VenueEventSink {
  emit(event: ExecutionEvent): void;
}

/** How the venue is set up (a parsed VenueConfig plus identities). */
export interface SimulatedVenueOptions {
  readonly venueName: string;
  readonly instruments: readonly SimInstrument[];
  /** Starting balance in the base currency (a decimal string, e.g. "10000"). */
  readonly startingBalance: string;
  readonly baseCurrency: string;
  /** Default leverage as a decimal string ("1"). */
  readonly leverage: string;
  readonly feeModel: FeeModelConfig;
  readonly barAdaptiveHighLowOrdering: boolean;
  readonly stopGapFill: 'trigger' | 'open';
  /** Nautilus strategy id; position ids are `${instrumentId}-${strategyId}`. Default BridgeStrategy-000. */
  readonly strategyId?: string;
  /** Nautilus account id (venue + "-" + trader tag); default `${venueName}-001`. */
  readonly accountId?: string;
  /** Keep a FillRecord per fill (reports); default true. */
  readonly recordFills?: boolean;
  /**
   * Replace closed orders in the id index by a shared closed tombstone per instrument and order type
   * once the queue is drained (default false; sweeps). Lookups by id then still answer what
   * validation, cancels and modifies read of a closed order (instrument, type, closed), but
   * {@link SimulatedVenue.order} / {@link SimulatedVenue.allOrders} no longer return the orders
   * themselves: a run does not keep every order it ever made alive.
   */
  readonly compactClosedOrders?: boolean;
  readonly sink: VenueEventSink;
  /** RiskEngine max_order_submit_rate: submits per second (default 100). */
  readonly maxSubmitsPerSecond?: number;
}

type QueuedCommand =
  | SimOrder
  | { readonly kind: 'submit'; readonly orders: readonly SimOrder[] }
  | { readonly kind: 'modify'; readonly order: SimOrder; readonly qty: number; readonly price: number; readonly trigger: number }
  | { readonly kind: 'cancel'; readonly inst: SimInstrument; readonly clientOrderId: string }
  | { readonly kind: 'cancel-all'; readonly inst: SimInstrument; readonly side: 1 | -1 | 0 };

const NO_TAGS: readonly string[] = [];
const NO_ORDERS: readonly SimOrder[] = [];
const NO_OPEN: ReadonlyMap<string, SimOrder> = new Map();

/** See the module comment. */
export class SimulatedVenue implements VenueHooks {
  readonly venueName: string;
  readonly stopGapFill: 'trigger' | 'open';
  readonly account: SimAccount;
  readonly engines: readonly MatchingEngine[];
  readonly fills: FillRecord[] = [];
  /** Number of fills so far (also when records are not kept). */
  fillCount = 0;
  tradingState: TradingState = 'ACTIVE';
  /** Called for every fill with the numbers a host reads from the wire (qty, price, commission). */
  onFill: ((order: SimOrder, qtyUnits: number, pxUnits: number, commissionUnits: number) => void) | null = null;
  /**
   * Called when a position lifecycle closes, before the next fill can reuse it (reports). Not for
   * a lifecycle a flip closes: ExecutionEngine._flip_position opens the new one as a new Position
   * under the same id, which replaces the closed one in Nautilus's cache without a snapshot, so
   * Nautilus's positions report never shows it.
   */
  onPositionClosed: ((position: SimPosition) => void) | null = null;
  /** The first instrument's position object (fast path for one-instrument equity), null before any. */
  singlePosition: SimPosition | null = null;
  /**
   * Whether OrderSubmitted events are published (default true). The driver turns it off when
   * nothing would read them: the strategy has no onOrderEvent, nobody observes deliveries, and the
   * portfolio ignores them; no other event depends on them.
   */
  publishSubmitted = true;
  /**
   * Whether AccountState events are published (default true). The driver turns it off when the
   * portfolio reads the account from {@link SimAccount.last} instead (nothing observes order,
   * position or account events, so no strategy code runs between a state and its publication).
   */
  publishAccountStates = true;
  /**
   * When set, a fill reaches the portfolio through this call instead of an OrderFilled event
   * (same point in the sequence, only while the strategy runs). The driver sets it when nothing
   * but the portfolio would read the event.
   */
  quietFill: ((order: SimOrder, qtyUnits: number, pxUnits: number) => void) | null = null;
  /**
   * When set (with quietFill), position events reach the portfolio through this call instead:
   * the snapshot of an opened or changed position, null for a closed one (whose snapshot is then
   * never built). Same point in the sequence, only while the strategy runs.
   */
  quietPosition: ((instrumentId: string, position: PositionSnapshot | null) => void) | null = null;
  /** Per instrument (index - 1): the placeholder of a closed position's event in quiet mode (never delivered). */
  private readonly quietClosed: PositionEvent[] = [];
  private readonly strategyId: string;
  private readonly instruments = new Map<string, SimInstrument>();
  private readonly engineByInstrument = new Map<string, MatchingEngine>();
  private readonly positions = new Map<string, SimPosition>();
  private readonly ordersById = new SequentialIdMap<SimOrder>();
  /** Open orders per instrument id (Cache index of open orders). */
  private readonly openOrders = new Map<string, Map<string, SimOrder>>();
  /**
   * Cache._index_position_orders, restricted to what reads it: the venue's reduce-only sync after a
   * fill only visits open, passive, reduce-only orders, so only those are kept (closed ones are
   * dropped as they are met; they never reopen here).
   */
  private readonly positionOrders = new Map<string, Map<string, SimOrder>>();
  /**
   * Every client order id Nautilus's cache indexes to a position (`_index_position_orders`, a
   * Python set), in the order it adds them: `Cache.orders_for_position` iterates that set, in
   * the order CPython gives it under PYTHONHASHSEED=0 (py-set-order.ts).
   */
  private readonly positionIdSets = new Map<string, PySetOrder>();
  // Per-instrument state by SimInstrument.index - 1 (the hot paths hold the instrument: no
  // string-keyed Map lookups); the id-keyed maps serve the public API.
  private readonly positionByIndex: Array<SimPosition | undefined> = [];
  private readonly openOrdersByIndex: Array<Map<string, SimOrder>> = [];
  private readonly engineByIndex: MatchingEngine[] = [];
  /** FIFO of queued commands: entries [queueHead, queueEnd) (the array keeps its capacity). */
  private readonly queue: Array<QueuedCommand | undefined> = [];
  private queueHead = 0;
  /**
   * End of the queued entries; outside {@link processQueue} it is 0 exactly when nothing is queued.
   * Read directly by the bar loop (a getter call per bar that V8 did not inline cost ~90
   * instructions, measured); written only here.
   */
  queueEnd = 0;
  private readonly compactClosed: boolean;
  /** Orders closed since the last compaction (only with compactClosedOrders). */
  private readonly closedPending: Array<SimOrder | undefined> = [];
  /**
   * Entries of closedPending in use: the array keeps its backing store between queue drains
   * (`length = 0` released it, and the next push allocated a new one: one array per fill).
   */
  private closedPendingCount = 0;
  /** Closed tombstones per instrument index and order kind. */
  private readonly closedTombstones: SimOrder[] = [];
  private readonly sink: VenueEventSink;
  private readonly recordFills: boolean;
  private readonly feeRates: ReadonlyMap<string, number> | null;
  private running = true;
  /**
   * The simulation time (ms) in a one-element Float64Array shared with the matching engines: the
   * bar loop stores each bar's time here directly (no boxed double per bar). Use {@link setTime}.
   */
  readonly timeCell = new Float64Array(1);
  /** Ring of the last `submitLimit` submit times (ms). */
  private readonly submitTimes: Float64Array;
  private submitCount = 0;
  private readonly submitLimit: number;
  private throttledUntilMs = -1;
  private readonly scratchFill = new PositionFill();
  private readonly instrumentIdList: readonly string[];
  /**
   * Last bar close per instrument (by SimInstrument.index - 1), price units, NaN before any: the
   * shim's "last price". The single-series bar loop writes it directly (see {@link setLastClose}).
   */
  readonly lastCloseCells: Float64Array;
  /** `${instrumentId}-${strategyId}` per instrument (index - 1), built once: the NETTING position id. */
  private readonly positionIds: readonly string[];

  constructor(options: SimulatedVenueOptions) {
    this.venueName = options.venueName;
    this.stopGapFill = options.stopGapFill;
    this.strategyId = options.strategyId ?? 'BridgeStrategy-000';
    this.sink = options.sink;
    this.recordFills = options.recordFills ?? true;
    this.compactClosed = options.compactClosedOrders ?? false;
    this.submitLimit = options.maxSubmitsPerSecond ?? 100;
    this.submitTimes = new Float64Array(this.submitLimit);
    this.feeRates = options.feeModel.kind === 'tagged' ? new Map(Object.entries(options.feeModel.rates)) : null;
    const precision = currencyPrecision(options.baseCurrency);
    const starting = parseUnits(options.startingBalance, precision);
    if (starting === null) throw new RangeError(`invalid starting_balance, not a decimal, was ${options.startingBalance}`);
    this.account = new SimAccount(options.accountId ?? `${options.venueName}-001`, options.baseCurrency, precision, starting, options.leverage, 0);
    this.instrumentIdList = options.instruments.map((i) => i.id);
    const positionIds: string[] = [];
    for (const i of options.instruments) positionIds[i.index - 1] = `${i.id}-${this.strategyId}`;
    this.positionIds = positionIds;
    this.lastCloseCells = new Float64Array(options.instruments.length).fill(Number.NaN);
    this.engines = options.instruments.map((inst) => {
      if (!(inst.index >= 1) || this.engineByIndex[inst.index - 1] !== undefined) {
        throw new RangeError(`invalid instrument index, not unique and >= 1, was ${inst.index} (${inst.id})`);
      }
      const engine = new MatchingEngine(inst, this, options.barAdaptiveHighLowOrdering, this.timeCell);
      const open = new Map<string, SimOrder>();
      this.instruments.set(inst.id, inst);
      this.engineByInstrument.set(inst.id, engine);
      this.openOrders.set(inst.id, open);
      this.engineByIndex[inst.index - 1] = engine;
      this.openOrdersByIndex[inst.index - 1] = open;
      this.positionByIndex[inst.index - 1] = undefined;
      return engine;
    });
  }

  // -- driver API ---------------------------------------------------------------------------------

  /** Moves the simulation clock (ms since the epoch). */
  setTime(ms: number): void {
    this.timeCell[0] = ms;
  }

  get timeMs(): number {
    return this.timeCell[0] as number;
  }

  private get nowMs(): number {
    return this.timeCell[0] as number;
  }

  instrument(id: string): SimInstrument | undefined {
    return this.instruments.get(id);
  }

  /** Instrument ids of the venue, in config order. */
  instrumentIds(): readonly string[] {
    return this.instrumentIdList;
  }

  /** Records the last bar close delivered for an instrument (units): the shim's "last price". */
  setLastClose(inst: SimInstrument, closeUnits: number): void {
    this.lastCloseCells[inst.index - 1] = closeUnits;
  }

  /** Last bar close of an instrument in price units, NaN before any. */
  lastCloseUnits(instrumentId: string): number {
    const inst = this.instruments.get(instrumentId);
    return inst === undefined ? Number.NaN : (this.lastCloseCells[inst.index - 1] ?? Number.NaN);
  }

  engine(instrumentId: string): MatchingEngine | undefined {
    return this.engineByInstrument.get(instrumentId);
  }

  order(clientOrderId: string): SimOrder | undefined {
    return this.ordersById.get(clientOrderId);
  }

  /** The instrument's open position, or null when flat. */
  openPosition(inst: SimInstrument): SimPosition | null {
    const p = this.positionByIndex[inst.index - 1];
    return p !== undefined && p.side !== 0 ? p : null;
  }

  positionObject(inst: SimInstrument): SimPosition | null {
    return this.positionByIndex[inst.index - 1] ?? null;
  }

  private setPosition(inst: SimInstrument, p: SimPosition): void {
    this.positions.set(inst.id, p);
    this.positionByIndex[inst.index - 1] = p;
  }

  /** Signed net quantity as the host sees it (a double). */
  netQuantity(instrumentId: string): number {
    const p = this.positions.get(instrumentId);
    return p === undefined ? 0 : p.signedQty;
  }

  /** Whether any command waits in the exchange's queue. */
  get hasQueued(): boolean {
    return this.queueHead < this.queueEnd;
  }

  /** The strategy stopped (engine.end()): later events are not delivered. */
  stopStrategy(): void {
    this.running = false;
  }

  /** Delivers events again (after the pre-start decision). */
  resumeStrategy(): void {
    this.running = true;
  }

  /** SimulatedExchange.process: drains the message queue in FIFO order (commands added meanwhile included). */
  processQueue(): void {
    while (this.queueHead < this.queueEnd) {
      const cmd = this.queue[this.queueHead];
      this.queue[this.queueHead] = undefined;
      this.queueHead += 1;
      if (cmd !== undefined) this.processTradingCommand(cmd);
    }
    this.queueHead = 0;
    this.queueEnd = 0;
    if (this.closedPendingCount > 0) this.compactClosedOrders();
  }

  private enqueue(cmd: QueuedCommand): void {
    this.queue[this.queueEnd] = cmd;
    this.queueEnd += 1;
  }

  /** Points the id index of every order closed since the last call at its closed tombstone (see the option). */
  private compactClosedOrders(): void {
    const pending = this.closedPending;
    for (let k = 0; k < this.closedPendingCount; k++) {
      const o = pending[k] as SimOrder;
      pending[k] = undefined; // the order itself is not kept alive by the list
      // A closed order never reopens here, but check: only a closed one is replaced.
      if (o.isClosed) this.ordersById.replace(o.clientOrderId, o, this.closedTombstone(o));
    }
    this.closedPendingCount = 0;
  }

  private closedTombstone(o: SimOrder): SimOrder {
    const key = (o.instrument.index - 1) * 3 + o.kind;
    let tombstone = this.closedTombstones[key];
    if (tombstone === undefined) {
      tombstone = new SimOrder('', o.instrument, 1, o.kind, 0, Number.NaN, Number.NaN, 'GTC', 0, false, false, NO_TAGS);
      tombstone.status = Status.canceled;
      this.closedTombstones[key] = tombstone;
    }
    return tombstone;
  }

  /**
   * Executes a validated host command the way the shim does through Nautilus's Strategy API:
   * synchronous events (OrderSubmitted, OrderDenied, OrderModifyRejected) are emitted now, the
   * venue's answer comes when the queue is processed.
   */
  execute(cmd: Command): void {
    switch (cmd.kind) {
      case 'submit-market':
      case 'submit-limit':
      case 'submit-stop-market':
        this.submitOrder(this.orderFromCommand(cmd), null);
        return;
      case 'submit-bracket':
        this.submitBracket(cmd);
        return;
      case 'cancel-order':
        this.cancelOrder(cmd.clientOrderId);
        return;
      case 'cancel-all':
        for (const inst of cmd.instrumentId === '' ? [...this.instruments.values()] : [this.requireInstrument(cmd.instrumentId)]) {
          this.cancelAll(inst, cmd.side === null ? 0 : cmd.side === 'BUY' ? 1 : -1);
        }
        return;
      case 'modify-order':
        this.modifyOrder(cmd.clientOrderId, cmd.quantity, cmd.price, cmd.triggerPrice);
        return;
      case 'close-position':
        this.closePosition(this.requireInstrument(cmd.instrumentId), cmd.clientOrderId, cmd.tags);
        return;
      case 'close-all': {
        let n = 0;
        const ids = [...this.instruments.keys()].sort();
        for (const id of ids) {
          const inst = this.requireInstrument(id);
          if (this.openPosition(inst) === null) continue;
          n += 1;
          this.closePosition(inst, `${cmd.clientOrderIdPrefix}-${n}`, cmd.tags);
        }
        return;
      }
      case 'set-trading-state':
        this.tradingState = cmd.state;
        return;
    }
  }

  /** Matches one bar of an instrument (SimulatedExchange.process_bar). Prices in units. */
  processBar(inst: SimInstrument, barType: string, stepSeconds: number, open: number, high: number, low: number, close: number, volumeF64: number): void {
    const engine = this.engineByInstrument.get(inst.id);
    if (engine === undefined || !engine.acceptsBarType(barType, stepSeconds)) return;
    engine.processBar(open, high, low, close, volumeF64);
  }

  // -- strategy-side command execution ----------------------------------------------------------

  private requireInstrument(id: string): SimInstrument {
    const inst = this.instruments.get(id);
    if (inst === undefined) throw new RangeError(`invalid instrument_id, not an instrument of this venue, was ${id}`);
    return inst;
  }

  private orderFromCommand(cmd: Exclude<SubmitCommand, { kind: 'submit-bracket' }>): SimOrder {
    const inst = this.requireInstrument(cmd.instrumentId);
    const qty = units(cmd.quantity, inst.sizePrecision);
    const side = cmd.side === 'BUY' ? 1 : -1;
    if (cmd.kind === 'submit-market') {
      return new SimOrder(cmd.clientOrderId, inst, side, OrderKind.market, qty, Number.NaN, Number.NaN, cmd.timeInForce, 0, false, cmd.reduceOnly, cmd.tags);
    }
    if (cmd.kind === 'submit-limit') {
      return new SimOrder(cmd.clientOrderId, inst, side, OrderKind.limit, qty, units(cmd.price, inst.pricePrecision), Number.NaN, cmd.timeInForce, cmd.expireTimeMs, cmd.postOnly, cmd.reduceOnly, cmd.tags);
    }
    return new SimOrder(cmd.clientOrderId, inst, side, OrderKind.stopMarket, qty, Number.NaN, units(cmd.triggerPrice, inst.pricePrecision), cmd.timeInForce, cmd.expireTimeMs, false, cmd.reduceOnly, cmd.tags);
  }

  /** Strategy.submit_order -> RiskEngine -> ExecEngine -> BacktestExecClient. */
  private submitOrder(order: SimOrder, positionId: string | null): void {
    if (this.ordersById.has(order.clientOrderId)) {
      // A duplicate never reaches the cache; the validator refuses it first.
      return;
    }
    this.addToCache(order, positionId);
    if (positionId !== null && order.reduceOnly) {
      const p = this.positionByIndex[order.instrument.index - 1];
      if (p === undefined || !order.wouldReduceOnly(p.side, p.quantity)) {
        this.deny(order, `Reduce only order would increase position PositionId('${positionId}')`);
        return;
      }
    }
    if (!this.checkOrder(order)) return;
    if (this.tradingState === 'HALTED') {
      this.deny(order, 'TradingState.HALTED');
      return;
    }
    if (this.tradingState === 'REDUCING') {
      const net = this.netQuantity(order.instrument.id);
      if (order.side === 1 && net > 0) {
        this.deny(order, `BUY when TradingState.REDUCING and LONG ${order.instrument.id}`);
        return;
      }
      if (order.side === -1 && net < 0) {
        this.deny(order, `SELL when TradingState.REDUCING and SHORT ${order.instrument.id}`);
        return;
      }
    }
    if (!this.throttle()) {
      this.deny(order, 'Exceeded MAX_ORDER_SUBMIT_RATE');
      return;
    }
    this.submitted(order);
    this.enqueue(order);
  }

  private submitBracket(cmd: Extract<Command, { kind: 'submit-bracket' }>): void {
    const inst = this.requireInstrument(cmd.instrumentId);
    const qty = units(cmd.quantity, inst.sizePrecision);
    const side = cmd.side === 'BUY' ? 1 : -1;
    const exit = side === 1 ? -1 : 1;
    const entry =
      cmd.entryType === 'LIMIT'
        ? new SimOrder(cmd.entryClientOrderId, inst, side, OrderKind.limit, qty, units(cmd.entryPrice, inst.pricePrecision), Number.NaN, cmd.timeInForce, 0, cmd.entryPostOnly, false, cmd.entryTags)
        : new SimOrder(cmd.entryClientOrderId, inst, side, OrderKind.market, qty, Number.NaN, Number.NaN, cmd.timeInForce, 0, false, false, cmd.entryTags);
    const sl = new SimOrder(cmd.slClientOrderId, inst, exit, OrderKind.stopMarket, qty, Number.NaN, units(cmd.slTriggerPrice, inst.pricePrecision), 'GTC', 0, false, true, cmd.slTags);
    const tp = new SimOrder(cmd.tpClientOrderId, inst, exit, OrderKind.limit, qty, units(cmd.tpPrice, inst.pricePrecision), Number.NaN, 'GTC', 0, cmd.tpPostOnly, true, cmd.tpTags);
    entry.contingency = Contingency.oto;
    entry.linked = [sl, tp];
    sl.contingency = Contingency.ouo;
    sl.parent = entry;
    sl.linked = [tp];
    tp.contingency = Contingency.ouo;
    tp.parent = entry;
    tp.linked = [sl];
    const orders = [entry, sl, tp];
    if (orders.some((o) => this.ordersById.has(o.clientOrderId))) return;
    for (const o of orders) this.addToCache(o, null);
    for (const o of orders) if (!this.checkOrder(o)) return;
    if (this.tradingState === 'HALTED') {
      this.denyList(orders, 'TradingState.HALTED');
      return;
    }
    if (this.tradingState === 'REDUCING') {
      const net = this.netQuantity(inst.id);
      for (const o of orders) {
        if (o.side === 1 && net > 0) {
          this.denyList(orders, `OrderList contains BUY when TradingState.REDUCING and LONG ${inst.id}`);
          return;
        }
        if (o.side === -1 && net < 0) {
          this.denyList(orders, `OrderList contains SELL when TradingState.REDUCING and SHORT ${inst.id}`);
          return;
        }
      }
    }
    if (!this.throttle()) {
      this.denyList(orders, 'Exceeded MAX_ORDER_SUBMIT_RATE');
      return;
    }
    for (const o of orders) this.submitted(o);
    this.enqueue({ kind: 'submit', orders });
  }

  /** RiskEngine._check_order: quantity bounds (prices were validated by the shim checks). */
  private checkOrder(order: SimOrder): boolean {
    const inst = order.instrument;
    if (inst.maxQuantityUnits !== null && order.quantity > inst.maxQuantityUnits) {
      this.deny(order, `quantity ${formatUnits(order.quantity, inst.sizePrecision)} invalid (> maximum trade size of ${formatUnits(inst.maxQuantityUnits, inst.sizePrecision)})`);
      return false;
    }
    if (inst.minQuantityUnits !== null && order.quantity < inst.minQuantityUnits) {
      this.deny(order, `quantity ${formatUnits(order.quantity, inst.sizePrecision)} invalid (< minimum trade size of ${formatUnits(inst.minQuantityUnits, inst.sizePrecision)})`);
      return false;
    }
    if (order.timeInForce === 'GTD' && order.expireMs <= this.nowMs) {
      this.deny(order, `GTD ${new Date(order.expireMs).toISOString().replace('T', ' ').replace('Z', '+00:00')} already passed`);
      return false;
    }
    return true;
  }

  /** RiskEngine submit throttler (max_order_submit_rate, default 100 per second of simulated time). */
  private throttle(): boolean {
    if (this.nowMs < this.throttledUntilMs) return false;
    const slot = this.submitCount % this.submitLimit;
    if (this.submitCount >= this.submitLimit) {
      const oldest = this.submitTimes[slot] ?? 0;
      if (this.nowMs - oldest < 1000) {
        this.throttledUntilMs = oldest + 1000;
        return false;
      }
    }
    this.submitTimes[slot] = this.nowMs;
    this.submitCount += 1;
    return true;
  }

  private cancelOrder(clientOrderId: string): void {
    const order = this.ordersById.get(clientOrderId);
    if (order === undefined || order.isClosed || order.status === Status.pendingCancel) return;
    if (!order.isActiveLocal) this.setStatus(order, Status.pendingCancel);
    this.enqueue({ kind: 'cancel', inst: order.instrument, clientOrderId });
  }

  private cancelAll(inst: SimInstrument, side: 1 | -1 | 0): void {
    const open = this.sortedOpenOrders(inst).filter((o) => side === 0 || o.side === side);
    if (open.length === 0) return;
    for (const o of open) if (o.status !== Status.initialized) this.setStatus(o, Status.pendingCancel);
    this.enqueue({ kind: 'cancel-all', inst, side });
  }

  private modifyOrder(clientOrderId: string, qtyText: string, priceText: string, triggerText: string): void {
    const order = this.ordersById.get(clientOrderId);
    if (order === undefined) return;
    const inst = order.instrument;
    const qty = qtyText === '' ? Number.NaN : units(qtyText, inst.sizePrecision);
    const price = priceText === '' ? Number.NaN : units(priceText, inst.pricePrecision);
    const trigger = triggerText === '' ? Number.NaN : units(triggerText, inst.pricePrecision);
    const updating =
      (!Number.isNaN(qty) && qty !== order.quantity) ||
      (!Number.isNaN(price) && order.hasPrice && price !== order.price) ||
      (!Number.isNaN(trigger) && order.hasTrigger && trigger !== order.trigger);
    if ((!Number.isNaN(price) && !order.hasPrice) || (!Number.isNaN(trigger) && !order.hasTrigger)) return;
    if (!updating || order.isClosed || order.status === Status.pendingCancel) return;
    if (!order.isActiveLocal) this.setStatus(order, Status.pendingUpdate);
    // RiskEngine._handle_modify_order
    if (!Number.isNaN(qty)) {
      if (inst.maxQuantityUnits !== null && qty > inst.maxQuantityUnits) {
        this.modifyRejected(order, `quantity ${formatUnits(qty, inst.sizePrecision)} invalid (> maximum trade size of ${formatUnits(inst.maxQuantityUnits, inst.sizePrecision)})`);
        return;
      }
      if (inst.minQuantityUnits !== null && qty < inst.minQuantityUnits) {
        this.modifyRejected(order, `quantity ${formatUnits(qty, inst.sizePrecision)} invalid (< minimum trade size of ${formatUnits(inst.minQuantityUnits, inst.sizePrecision)})`);
        return;
      }
    }
    if (this.tradingState === 'HALTED') {
      this.modifyRejected(order, 'TradingState is HALTED');
      return;
    }
    if (this.tradingState === 'REDUCING' && !Number.isNaN(qty) && qty > order.quantity) {
      const net = this.netQuantity(inst.id);
      if ((order.side === 1 && net > 0) || (order.side === -1 && net < 0)) {
        this.modifyRejected(order, 'TradingState is REDUCING and update will increase exposure');
        return;
      }
    }
    this.enqueue({ kind: 'modify', order, qty, price, trigger });
  }

  /** Strategy.close_position with the host's client order id. */
  private closePosition(inst: SimInstrument, clientOrderId: string, tags: readonly string[]): void {
    const p = this.openPosition(inst);
    if (p === null) return;
    const order = new SimOrder(clientOrderId, inst, p.side === 1 ? -1 : 1, OrderKind.market, p.quantity, Number.NaN, Number.NaN, 'GTC', 0, false, true, tags);
    this.submitOrder(order, p.id);
  }

  // -- the exchange (SimulatedExchange._process_trading_command) -------------------------------

  private processTradingCommand(cmd: QueuedCommand): void {
    if (cmd instanceof SimOrder) {
      this.engineByIndex[cmd.instrument.index - 1]?.processOrder(cmd);
      return;
    }
    switch (cmd.kind) {
      case 'submit': {
        const first = cmd.orders[0];
        const engine = first === undefined ? undefined : this.engineByIndex[first.instrument.index - 1];
        if (engine === undefined) return;
        for (const o of cmd.orders) engine.processOrder(o);
        return;
      }
      case 'modify': {
        const o = cmd.order;
        if (o.status === Status.submitted || (o.status === Status.pendingUpdate && o.previousStatus === Status.submitted)) {
          this.emitUpdated(o, Number.isNaN(cmd.qty) ? o.quantity : cmd.qty, o.hasPrice ? (Number.isNaN(cmd.price) ? o.price : cmd.price) : Number.NaN, o.hasTrigger ? (Number.isNaN(cmd.trigger) ? o.trigger : cmd.trigger) : Number.NaN);
          return;
        }
        const engine = this.engineByIndex[o.instrument.index - 1];
        engine?.processModify(o, o.clientOrderId, Number.isNaN(cmd.qty) ? o.quantity : cmd.qty, cmd.price, cmd.trigger);
        return;
      }
      case 'cancel':
        this.engineByIndex[cmd.inst.index - 1]?.processCancel(cmd.clientOrderId);
        return;
      case 'cancel-all':
        this.engineByIndex[cmd.inst.index - 1]?.processCancelAll(this.sortedOpenOrders(cmd.inst), cmd.side);
        return;
    }
  }

  // -- VenueHooks: cache ------------------------------------------------------------------------

  ordersForPosition(positionId: string): readonly SimOrder[] {
    // Most runs never index a reduce-only passive order: no lookup per fill then.
    if (this.positionOrders.size === 0) return NO_ORDERS;
    const orders = this.positionOrders.get(positionId);
    if (orders === undefined || orders.size === 0) return NO_ORDERS;
    const out: SimOrder[] = [];
    for (const [id, o] of orders) {
      if (o.isClosed) orders.delete(id);
      else out.push(o);
    }
    if (out.length > 1) {
      const set = this.positionIdSets.get(positionId);
      if (set !== undefined) out.sort((a, b) => set.rank(a.clientOrderId) - set.rank(b.clientOrderId));
    }
    return out;
  }

  indexOrderToPosition(order: SimOrder, positionId: string): void {
    let ids = this.positionIdSets.get(positionId);
    if (ids === undefined) this.positionIdSets.set(positionId, (ids = new PySetOrder()));
    ids.add(order.clientOrderId);
    // Only reduce-only passive orders are ever walked (the reduce-only resize and cleanup).
    if (!order.reduceOnly || !order.isPassive) return;
    let orders = this.positionOrders.get(positionId);
    if (orders === undefined) this.positionOrders.set(positionId, (orders = new Map<string, SimOrder>()));
    orders.set(order.clientOrderId, order);
  }

  /** MakerTakerFeeModel / tagged rates: Money(notional.as_f64 * rate). */
  commission(order: SimOrder, qty: number, px: number): number {
    const inst = order.instrument;
    const notionalUnits = roundHalfAway(unitsToDouble(qty, inst.sizeRaw) * inst.multiplierF64 * unitsToDouble(px, inst.priceRaw) * inst.currencyScale);
    const notional = unitsToDouble(notionalUnits, inst.currencyRaw);
    let rate = Number.NaN;
    if (this.feeRates !== null) {
      for (const tag of order.tags) {
        const r = this.feeRates.get(tag);
        if (r !== undefined) {
          rate = r;
          break;
        }
      }
    }
    if (Number.isNaN(rate)) rate = order.liquidity === Liquidity.maker ? inst.makerFee : inst.takerFee;
    return roundHalfAway(notional * rate * inst.currencyScale);
  }

  private sortedOpenOrders(inst: SimInstrument): SimOrder[] {
    const open = this.openOrdersByIndex[inst.index - 1];
    if (open === undefined || open.size === 0) return [];
    return [...open.values()].sort((a, b) => (a.clientOrderId < b.clientOrderId ? -1 : a.clientOrderId > b.clientOrderId ? 1 : 0));
  }

  private addToCache(order: SimOrder, positionId: string | null): void {
    this.ordersById.set(order.clientOrderId, order);
    if (positionId !== null) {
      order.positionId = positionId;
      this.indexOrderToPosition(order, positionId);
    }
  }

  /**
   * Applies a status trigger and keeps the open-order index (Cache.update_order); returns false
   * when the order's state table refuses it (Nautilus's InvalidStateTrigger: the state stays).
   */
  private setStatus(order: SimOrder, trigger: Status): boolean {
    if (!order.transition(trigger)) return false;
    if (this.compactClosed && order.isClosed) {
      this.closedPending[this.closedPendingCount] = order;
      this.closedPendingCount += 1;
    }
    this.reindex(order);
    return true;
  }

  private reindex(order: SimOrder): void {
    const open = this.openOrdersByIndex[order.instrument.index - 1];
    if (open === undefined) return;
    // Only membership changes touch the map (a market order is never open: no Map call at all).
    if (order.isOpen) {
      if (!order.inOpenIndex) {
        open.set(order.clientOrderId, order);
        order.inOpenIndex = true;
      }
    } else if (order.inOpenIndex) {
      open.delete(order.clientOrderId);
      order.inOpenIndex = false;
    }
  }

  // -- events (ExecutionEngine._handle_event + Portfolio) ----------------------------------------

  private publish(event: ExecutionEvent): void {
    if (this.running) this.sink.emit(event);
  }

  /** Portfolio.on_order_event / on_position_event: the latest AccountState, published first. */
  private publishAccount(): void {
    if (this.running && this.publishAccountStates) this.sink.emit(this.account.lastEvent);
  }

  /** Portfolio.update_order for non-fill events that change margins (accepted, canceled, expired, updated). */
  private updateAccountForOrder(order: SimOrder): void {
    this.account.updateInitialMargin(order.instrument, this.openOrdersByIndex[order.instrument.index - 1] ?? NO_OPEN);
    this.account.generateState(this.nowMs);
  }

  private submitted(order: SimOrder): void {
    this.setStatus(order, Status.submitted);
    if (this.publishSubmitted) this.publish({ kind: 'order-submitted', clientOrderId: order.clientOrderId, instrumentId: order.instrument.id, tsMs: this.nowMs });
  }

  private deny(order: SimOrder, reason: string): void {
    if (order.status !== Status.initialized) return;
    this.setStatus(order, Status.denied);
    this.publish({ kind: 'order-denied', clientOrderId: order.clientOrderId, instrumentId: order.instrument.id, reason, tsMs: this.nowMs });
  }

  private denyList(orders: readonly SimOrder[], reason: string): void {
    for (const o of orders) if (!o.isClosed) this.deny(o, reason);
  }

  private modifyRejected(order: SimOrder, reason: string): void {
    this.emitModifyRejected(order, reason);
  }

  // Accepted, canceled and expired: an event the order's state table refuses (a cancel of an order
  // that filled meanwhile) reaches the strategy, but ExecutionEngine._apply_event_to_order skips
  // Portfolio.update_order, so no AccountState is generated (the latest is re-published).
  emitAccepted(order: SimOrder, venueOrderId: string): void {
    if (this.setStatus(order, Status.accepted)) this.updateAccountForOrder(order);
    this.publishAccount();
    this.publish({ kind: 'order-accepted', clientOrderId: order.clientOrderId, instrumentId: order.instrument.id, venueOrderId, tsMs: this.nowMs });
  }

  emitRejected(order: SimOrder, reason: string, duePostOnly: boolean): void {
    this.setStatus(order, Status.rejected);
    this.publishAccount();
    this.publish({ kind: 'order-rejected', clientOrderId: order.clientOrderId, instrumentId: order.instrument.id, reason, duePostOnly, tsMs: this.nowMs });
  }

  emitCanceled(order: SimOrder): void {
    if (this.setStatus(order, Status.canceled)) this.updateAccountForOrder(order);
    this.publishAccount();
    this.publish({ kind: 'order-canceled', clientOrderId: order.clientOrderId, instrumentId: order.instrument.id, tsMs: this.nowMs });
  }

  emitExpired(order: SimOrder): void {
    if (this.setStatus(order, Status.expired)) this.updateAccountForOrder(order);
    this.publishAccount();
    this.publish({ kind: 'order-expired', clientOrderId: order.clientOrderId, instrumentId: order.instrument.id, tsMs: this.nowMs });
  }

  emitUpdated(order: SimOrder, qty: number, price: number, trigger: number): void {
    if (order.status === Status.pendingUpdate) this.setStatus(order, order.previousStatus);
    order.quantity = qty;
    order.quantityFollows = null;
    order.staleLeaves = Number.NaN;
    if (!Number.isNaN(price)) order.price = price;
    if (!Number.isNaN(trigger)) order.trigger = trigger;
    this.reindex(order);
    this.updateAccountForOrder(order);
    this.publishAccount();
    const inst = order.instrument;
    this.publish({
      kind: 'order-updated',
      clientOrderId: order.clientOrderId,
      instrumentId: inst.id,
      quantity: qty / inst.sizeScale,
      price: Number.isNaN(price) ? null : price / inst.priceScale,
      triggerPrice: Number.isNaN(trigger) ? null : trigger / inst.priceScale,
      tsMs: this.nowMs,
    });
  }

  emitModifyRejected(order: SimOrder, reason: string): void {
    if (order.status === Status.pendingUpdate) this.setStatus(order, order.previousStatus);
    this.publish({ kind: 'order-modify-rejected', clientOrderId: order.clientOrderId, instrumentId: order.instrument.id, reason, tsMs: this.nowMs });
  }

  emitCancelRejected(clientOrderId: string, inst: SimInstrument, reason: string): void {
    const order = this.ordersById.get(clientOrderId);
    if (order !== undefined && order.status === Status.pendingCancel) this.setStatus(order, order.previousStatus);
    this.publish({ kind: 'order-cancel-rejected', clientOrderId, instrumentId: inst.id, reason, tsMs: this.nowMs });
  }

  /** An OrderFilled through the ExecutionEngine: order, account, position, then publication. */
  emitFilled(order: SimOrder, tradeIdPrefix: string, tradeNumber: number, qty: number, px: number, commission: number, liquidity: Liquidity): void {
    const inst = order.instrument;
    const positionId = this.positionIds[inst.index - 1] ?? `${inst.id}-${this.strategyId}`;
    // Order.apply(fill) (the venue order id was assigned by the matching engine)
    order.positionId = positionId;
    const filledBefore = order.filled;
    const before = this.positionByIndex[inst.index - 1] ?? null;
    // setStatus reindexes the order; avgPx and filled do not change whether it is open. A fill
    // on an order already closed (a rejected bracket child the entry's fill still releases) is
    // refused by the order's state table: ExecutionEngine._apply_event_to_order then leaves the
    // order as it was and skips Portfolio.update_order (no balance, commission or margin change),
    // while the position still takes the fill (_handle_order_fill).
    if (this.setStatus(order, filledBefore + qty < order.quantity ? Status.partiallyFilled : Status.filled)) {
      order.avgPx = filledBefore === 0 ? px : (order.avgPx * filledBefore + px * qty) / (filledBefore + qty);
      order.filled = filledBefore + qty;
      order.staleLeaves = Number.NaN;
      if (order.linked !== null) for (const child of order.linked) if (child.quantityFollows === order) raiseFollower(child, order.filled);
      // Portfolio.update_order: balances from the position before the fill, then initial margin.
      this.account.applyFill(inst, order.side, qty, px, commission, before);
      this.account.updateInitialMargin(inst, this.openOrdersByIndex[inst.index - 1] ?? NO_OPEN);
    }
    // ExecutionEngine._handle_position_update
    const fill = this.scratchFill.set(order.side, qty, px, commission, order.clientOrderId, this.nowMs);
    let first: PositionEvent;
    let second: PositionEvent | null = null;
    if (before === null || before.side === 0) {
      const p = before ?? new SimPosition(positionId, inst);
      p.apply(fill);
      // Cache.add_position indexes the opening order; a reopened NETTING position is only updated.
      if (before === null) this.indexOrderToPosition(order, positionId);
      this.setPosition(inst, p);
      first = this.positionEvent('position-opened', p, fill);
      this.updateAccountForPosition(inst);
    } else if (before.side !== order.side && qty > before.quantity) {
      const pair = this.flip(before, fill, order);
      first = pair[0];
      second = pair[1];
    } else {
      before.apply(fill);
      first = this.positionEvent(before.side === 0 ? 'position-closed' : 'position-changed', before, fill);
      this.updateAccountForPosition(inst);
    }
    const now = this.positionByIndex[inst.index - 1] ?? null;
    if (order.contingency === Contingency.oto && order.linked !== null && now !== null && now.side !== 0) {
      for (const child of order.linked) {
        if (child.positionId === null) {
          child.positionId = now.id;
          this.indexOrderToPosition(child, now.id);
        }
      }
    }
    this.fillCount += 1;
    if (inst.index === 1) this.singlePosition = now;
    // Units (integers) cross the call: a double would be boxed when the callback is not inlined.
    if (this.onFill !== null) this.onFill(order, qty, px, commission);
    if (this.recordFills) this.recordFill(order, qty, px, commission, liquidity);
    const sizeScale = inst.sizeScale;
    if (this.quietFill !== null) {
      if (this.running) this.quietFill(order, qty, px);
    } else this.publish({
      kind: 'order-filled',
      clientOrderId: order.clientOrderId,
      instrumentId: inst.id,
      venueOrderId: order.venueOrderId as string,
      tradeId: tradeIdPrefix + pad3(tradeNumber),
      positionId,
      side: order.sideText,
      orderType: order.typeName,
      lastQty: qty / sizeScale,
      lastPx: px / inst.priceScale,
      commission: commission / inst.currencyScale,
      commissionCurrency: inst.currency,
      liquiditySide: liquidity === Liquidity.maker ? 'MAKER' : liquidity === Liquidity.taker ? 'TAKER' : 'NONE',
      tags: order.tags.length === 0 ? NO_TAGS : order.tags,
      tsMs: this.nowMs,
    });
    this.publishAccount();
    this.publishPosition(first);
    if (second !== null) {
      this.publishAccount();
      this.publishPosition(second);
    }
  }

  private publishPosition(e: PositionEvent): void {
    if (this.quietPosition === null) this.publish(e);
    else if (this.running) this.quietPosition(e.position.instrumentId, e.kind === 'position-closed' ? null : e.position);
  }

  /** ExecutionEngine._flip_position: close with the first part of the fill, open with the rest. */
  private flip(position: SimPosition, fill: PositionFill, order: SimOrder): [PositionEvent, PositionEvent | null] {
    const inst = position.instrument;
    const difference = fill.lastQty - position.quantity;
    const percent = decimalDiv({ num: BigInt(position.quantity), scale: inst.sizePrecision }, { num: BigInt(fill.lastQty), scale: inst.sizePrecision });
    const commission1 = roundHalfAway(decimalToDouble(decimalMul({ num: BigInt(fill.commission), scale: inst.currencyPrecision }, percent)) * inst.currencyScale);
    const commission2 = fill.commission - commission1;
    const split1 = new PositionFill().set(fill.side, position.quantity, fill.lastPx, commission1, fill.clientOrderId, fill.tsMs);
    position.apply(split1);
    const closed = this.positionEvent(position.side === 0 ? 'position-closed' : 'position-changed', position, split1, difference === 0);
    this.updateAccountForPosition(inst);
    if (difference === 0) return [closed, null];
    const opened = new SimPosition(position.id, inst);
    const split2 = new PositionFill().set(fill.side, difference, fill.lastPx, commission2, fill.clientOrderId, fill.tsMs);
    opened.apply(split2);
    this.indexOrderToPosition(order, position.id);
    this.setPosition(inst, opened);
    const openedEvent = this.positionEvent('position-opened', opened, split2);
    this.updateAccountForPosition(inst);
    return [closed, openedEvent];
  }

  /** Portfolio.update_position: maintenance margin and a new AccountState. */
  private updateAccountForPosition(inst: SimInstrument): void {
    this.account.updateMaintenanceMargin(inst, this.openPosition(inst));
    this.account.generateState(this.nowMs);
  }

  /** `reported`: whether a closed lifecycle stays in the positions report (see {@link onPositionClosed}). */
  private positionEvent(kind: PositionEvent['kind'], p: SimPosition, fill: PositionFill, reported = true): PositionEvent {
    const inst = p.instrument;
    if (kind === 'position-closed' && reported && this.onPositionClosed !== null) this.onPositionClosed(p);
    if (kind === 'position-closed' && this.quietPosition !== null) return this.quietClosedEvent(inst);
    const unrealized = kind === 'position-changed' ? p.unrealizedPnlUnits(fill.lastPx) : 0;
    const position: PositionSnapshot = {
      positionId: p.id,
      instrumentId: inst.id,
      side: p.side === 1 ? 'LONG' : p.side === -1 ? 'SHORT' : 'FLAT',
      quantity: p.quantity / inst.sizeScale,
      signedQty: p.signedQty,
      avgPxOpen: p.avgPxOpen,
      avgPxClose: kind === 'position-opened' ? 0 : p.avgPxClose,
      realizedPnl: (p.realizedPnl ?? 0) / inst.currencyScale,
      unrealizedPnl: unrealized / inst.currencyScale,
      openingOrderId: p.openingOrderId,
      closingOrderId: p.closingOrderId,
      tsOpenedMs: p.tsOpenedMs,
      tsClosedMs: kind === 'position-closed' ? p.tsClosedMs : 0,
      tsMs: fill.tsMs,
      lastPx: fill.lastPx / inst.priceScale,
      lastQty: fill.lastQty / inst.sizeScale,
    };
    return { kind, position };
  }

  private quietClosedEvent(inst: SimInstrument): PositionEvent {
    let e = this.quietClosed[inst.index - 1];
    if (e === undefined) {
      const position: PositionSnapshot = {
        positionId: '', instrumentId: inst.id, side: 'FLAT', quantity: 0, signedQty: 0, avgPxOpen: 0, avgPxClose: 0, realizedPnl: 0, unrealizedPnl: 0,
        openingOrderId: '', closingOrderId: '', tsOpenedMs: 0, tsClosedMs: 0, tsMs: 0, lastPx: 0, lastQty: 0,
      };
      e = { kind: 'position-closed', position };
      this.quietClosed[inst.index - 1] = e;
    }
    return e;
  }

  private recordFill(order: SimOrder, qty: number, px: number, commission: number, liquidity: Liquidity): void {
    const inst = order.instrument;
    this.fills.push({
      ts: isoFromMs(this.nowMs),
      ts_ns: `${this.nowMs}000000`,
      instrument: inst.id,
      side: order.sideText,
      qty: formatUnits(qty, inst.sizePrecision),
      price: formatUnits(px, inst.pricePrecision),
      commission: formatUnits(commission, inst.currencyPrecision),
      commission_currency: inst.currency,
      liquidity: liquidity === Liquidity.maker ? 'MAKER' : liquidity === Liquidity.taker ? 'TAKER' : 'NONE',
      order_id: order.clientOrderId,
      order_type: order.typeName,
      tag: order.tags[0] ?? '',
    });
  }

  /** The current account state (for reports and the driver's equity). */
  accountState(): AccountSnapshot {
    return this.account.last;
  }

  /** Every order, in submission order (for reports). */
  allOrders(): IterableIterator<SimOrder> {
    return this.ordersById.values();
  }

  /** Every position object ever opened, by instrument id. */
  allPositions(): ReadonlyMap<string, SimPosition> {
    return this.positions;
  }
}

/** The silent raise of an order whose quantity follows its parent's fills (its leaves stay stale). */
function raiseFollower(order: SimOrder, quantity: number): void {
  if (Number.isNaN(order.staleLeaves)) order.staleLeaves = order.quantity - order.filled;
  order.quantity = quantity;
}

/** Units of a validated decimal string (a char scan; validation already refused anything else). */
function units(text: string, precision: number): number {
  let u = 0;
  let frac = -1;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 46) {
      frac = 0;
      continue;
    }
    if (frac >= 0) {
      if (frac >= precision) continue;
      frac += 1;
    }
    u = u * 10 + (c - 48);
  }
  for (let d = frac < 0 ? 0 : frac; d < precision; d++) u *= 10;
  if (!Number.isSafeInteger(u)) throw new RangeError(`invalid decimal, not exact at precision ${precision}, was ${text}`);
  return u;
}
