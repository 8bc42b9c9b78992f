/**
 * The in-process backtester: runs any host strategy through {@link StrategyRunner} against the
 * {@link SimulatedVenue}, in Nautilus 1.221's loop order (backtest/engine.pyx:1497-1560), per bar:
 * 1. the clock moves to the bar's close (ts_init);
 * 2. resting orders match on the bar's points (fills, position events, account states);
 * 3. the strategy gets the bar (`runner.onBar`); its decision's commands are executed: the shim's
 *    validation (refusals come back as `command-rejected`), then the venue's synchronous answers
 *    (OrderSubmitted, OrderDenied), delivered after all the decision's commands ran;
 * 4. the venue's queue is processed at the close: accepted, filled, positions, account states;
 *    a command issued from one of these events joins the same queue and fills at the close too.
 * At the end: the strategy's onStop, its commands, then the queue once more (the strategy no longer
 * receives events, as a stopped Nautilus strategy). Delivery follows the lockstep contract: after an
 * event whose kind the strategy handles (`runner.decisionEvents()`), its pending commands execute;
 * events raised meanwhile wait until the decision is done, in FIFO order.
 * Equity is sampled after each bar's decision (balance + unrealized PnL at the close), once per
 * close time. Tick data (`options.ticks`, one instrument's trades or quotes) runs the same loop per
 * tick (process_trade_tick / process_quote_tick: the L1 book becomes the tick, resting orders
 * match, the strategy gets the tick when subscribed, the queue is processed at the tick's time),
 * equity sampled once per tick time. Pure: no I/O, no wall clock.
 */
import { formatUnits, parseUnits } from './fixed-point.js';
import { InvariantError } from '../market/index.js';
import { accountReport, BACKTEST_TRADER_ID, capturePosition, positionReportRows, type AccountReport, type PositionCapture, type PositionReportRow } from './host-reports.js';
import {
  StrategyRunner,
  silentLogger,
  type Bar,
  type Command,
  type DecisionEventKind,
  type ExecutionEvent,
  type PositionSnapshot,
  type QuoteTick,
  type TickPoint,
  type RunnerOptions,
  type StrategyDefinition,
  type StrategyLogger,
  type SubscriptionsByPhase,
  type TradeTick,
} from '../strategy/index.js';
import type { BarSeries, TickSeries } from '../data/index.js';
import { BacktestClock } from './backtest-clock.js';
import { validateCommand, type ValidationState } from './command-validation.js';
import { computeMetrics, FillLog, type EquitySeries, type Metrics } from './metrics.js';
import { internString, prepareData, type PreparedData, type PreparedSeries } from './prepared-data.js';
import { prepareTicks, type PreparedTicks } from './prepared-ticks.js';
import type { FillRecord } from './report.js';
import { simInstrument, type SimInstrument } from './sim-instrument.js';
import { Status, type SimOrder } from './sim-order.js';
import { SimulatedVenue, type VenueEventSink } from './simulated-venue.js';
import { venueInstruments, type InstrumentConfig, type VenueConfig } from './venue-config.js';

/** See {@link HostBacktestOptions.observers}. */
export interface HostBacktestObserver<P = unknown> {
  beforeBar?(bar: Bar, runner: StrategyRunner<P>): void;
  afterBar?(bar: Bar, runner: StrategyRunner<P>): void;
  /** Before a trade or quote tick reaches the strategy (tick data): its price (a quote's mid) and size. */
  beforeTick?(tick: TickPoint, runner: StrategyRunner<P>): void;
  /** After the strategy handled a trade or quote tick (tick data). */
  afterTick?(tsMs: number, runner: StrategyRunner<P>): void;
  afterEvent?(event: ExecutionEvent, runner: StrategyRunner<P>): void;
}

/** Per-bar hooks combined from the observers (undefined when none is needed: the sweep path). */
interface BarHooks {
  readonly before: ((bar: Bar) => void) | undefined;
  readonly after: ((bar: Bar) => void) | undefined;
}

/** Options of {@link runHostBacktest}. */
export interface HostBacktestOptions<P> {
  readonly definition: StrategyDefinition<P>;
  /** Raw parameters, validated with the definition's schema. */
  readonly params: unknown;
  /** A parsed venue config (venueConfigSchema.parse). */
  readonly venue: VenueConfig;
  /** Bar series in data-entry order, or data prepared once with {@link prepareHostData} ([] with `ticks`). */
  readonly data: readonly BarSeries[] | PreparedHostData;
  /**
   * Tick data instead of bars: one instrument's trade or quote ticks (`data` must be [] then; data
   * prepared by {@link prepareHostData} carries its ticks itself).
   * @throws RangeError from the run when a tick is not exact at the instrument's precisions.
   */
  readonly ticks?: TickSeries;
  /** Nautilus strategy id used in position ids (default BridgeStrategy-000, the shim's). */
  readonly strategyId?: string;
  /** Keep a FillRecord per fill (default true; sweeps turn it off). */
  readonly recordFills?: boolean;
  readonly log?: StrategyLogger;
  /** Extra runner options (gates, services, risk gateway, posture, id prefix). */
  readonly runner?: Partial<Pick<RunnerOptions<P>, 'gates' | 'services' | 'riskGateway' | 'posture' | 'idPrefix'>>;
  /** Observes every event delivered to the strategy, in order (tests, recorders). */
  readonly onDelivered?: (event: ExecutionEvent | { readonly kind: 'bar'; readonly bar: Bar }) => void;
  /**
   * Host-side observers, called exactly where the bridge session calls them (src/host
   * SessionObserver): `beforeBar` before the strategy sees a bar (after resting orders matched on
   * it), `afterBar` after its callback, `afterEvent` after each execution event reached it. The
   * host's controls (risk accounting, survival posture, HIBERNATE force-close) hang here.
   */
  readonly observers?: readonly HostBacktestObserver<P>[];
  /**
   * Buffers reused from run to run (sweeps): the result's `equity` and `fillLog` then live in them
   * and stay valid only until the next run given the same scratch. Default: fresh buffers per run.
   */
  readonly scratch?: BacktestScratch;
}

/**
 * Equity columns and a fill log reused across runs, so that a sweep does not allocate (and the GC
 * does not zero and collect) two bar-length Float64Arrays per combination. One per thread.
 */
export class BacktestScratch {
  equityTs = new Float64Array(0);
  equityValue = new Float64Array(0);
  readonly fillLog = new FillLog();

  /** Columns of at least `n` entries (contents unspecified). */
  equityColumns(n: number): void {
    if (this.equityTs.length >= n) return;
    this.equityTs = new Float64Array(n);
    this.equityValue = new Float64Array(n);
  }
}

/** Equity columns for `n` samples: the scratch's (grown if needed) or fresh ones. */
function equityColumns(n: number, scratch: BacktestScratch | null): { tsMs: Float64Array; equity: Float64Array } {
  if (scratch === null) return { tsMs: new Float64Array(n), equity: new Float64Array(n) };
  scratch.equityColumns(n);
  return { tsMs: scratch.equityTs, equity: scratch.equityValue };
}

/** Instruments and prepared bars (or ticks) for a venue config, reusable across runs. */
export interface PreparedHostData {
  readonly kind: 'prepared';
  readonly instruments: readonly SimInstrument[];
  readonly data: PreparedData;
  /** Tick data (then `data` holds no bars), or null. */
  readonly ticks: PreparedTicks | null;
}

/** What a run produced. */
export interface HostBacktestResult {
  readonly fills: readonly FillRecord[];
  readonly fillLog: FillLog;
  readonly fillCount: number;
  readonly barsProcessed: number;
  /** Ticks of `options.ticks` processed (0 for bar data). */
  readonly ticksProcessed: number;
  readonly equity: EquitySeries;
  readonly metrics: Metrics;
  readonly startingBalance: string;
  readonly finalBalance: string;
  readonly currency: string;
  readonly venue: SimulatedVenue;
  /** positions.json rows (only with recordFills); nanosecond times are bigints: write them with reportJson. */
  readonly positions: readonly PositionReportRow[];
  /** account.json (history only with recordFills). */
  readonly account: AccountReport;
  /** What the strategy subscribed to in onStart (served) and later (not served); the CLI warns about both gaps. */
  readonly subscriptions: SubscriptionsByPhase;
}

/**
 * Builds the simulator's instruments from a venue config and prepares the bars (or the ticks) once.
 * @throws InvariantError when a bar type names an instrument missing from the config, or for
 *   ticks beside bars.
 * @throws RangeError naming the row when a tick is not exact at the instrument's precisions.
 */
export function prepareHostData(venue: VenueConfig, series: readonly BarSeries[], ticks?: TickSeries): PreparedHostData {
  const instruments = venueInstruments(venue).map((inst, i) => simInstrument(inst, i + 1, venue.instruments[i] as InstrumentConfig));
  const byId = new Map(instruments.map((i) => [i.id, i]));
  const data = prepareData(series, byId);
  return { kind: 'prepared', instruments, data, ticks: ticks === undefined ? null : prepareTicksFor(ticks, instruments, data) };
}

/**
 * The command ids already processed: exact set semantics, but the runner's own ids (`C-` and a
 * zero-padded sequence number, exactly as StrategyRunner formats them) take one byte per sequence
 * number instead of a growing Set of strings; any other id goes to a Set.
 */
class CommandIdSet {
  private seen = new Uint8Array(1024);
  private readonly others = new Set<string>();
  /** The last id parsed and its sequence number: validation asks has(id), then add(id) follows. */
  private lastId = '';
  private lastSeq = -1;

  private seqOf(id: string): number {
    if (id === this.lastId) return this.lastSeq;
    const n = runnerCommandSeq(id);
    this.lastId = id;
    this.lastSeq = n;
    return n;
  }

  has(id: string): boolean {
    const n = this.seqOf(id);
    return n >= 0 ? n < this.seen.length && this.seen[n] === 1 : this.others.has(id);
  }

  add(id: string): void {
    const n = this.seqOf(id);
    if (n < 0) {
      this.others.add(id);
      return;
    }
    if (n >= this.seen.length) {
      const grown = new Uint8Array(Math.max(n + 1, this.seen.length * 2));
      grown.set(this.seen);
      this.seen = grown;
    }
    this.seen[n] = 1;
  }
}

/** n when `id` is exactly `C-${String(n).padStart(6, '0')}` (n < 2^26), else -1. */
function runnerCommandSeq(id: string): number {
  const len = id.length;
  if (len < 8 || len > 10 || id.charCodeAt(0) !== 67 || id.charCodeAt(1) !== 45) return -1;
  if (len > 8 && id.charCodeAt(2) === 48) return -1; // past 6 digits there is no padding zero
  let n = 0;
  for (let k = 2; k < len; k++) {
    const d = id.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n < 67_108_864 ? n : -1;
}

/** The lockstep delivery of events and decisions between the venue and the runner. */
class Lockstep implements VenueEventSink {
  private executing = false;
  private readonly deferred: ExecutionEvent[] = [];
  private readonly seenCommands = new CommandIdSet();
  private readonly decidesOrder: boolean;
  private readonly decidesPosition: boolean;
  private readonly decidesAccount: boolean;
  private readonly validation: ValidationState;

  constructor(
    private readonly runner: StrategyRunner,
    private readonly venue: SimulatedVenue,
    decisionEvents: readonly DecisionEventKind[],
    private readonly observe: HostBacktestOptions<unknown>['onDelivered'],
  ) {
    this.decidesOrder = decisionEvents.includes('order');
    this.decidesPosition = decisionEvents.includes('position');
    this.decidesAccount = decisionEvents.includes('account');
    // The venue itself, not a getter: validation reads it several times per command.
    const v = venue;
    const seen = this.seenCommands;
    this.validation = {
      instrument: (id) => v.instrument(id),
      instrumentIds: () => v.instrumentIds(),
      order: (id) => {
        const o = v.order(id);
        return o === undefined ? undefined : { instrumentId: o.instrument.id, type: o.typeName, isOpen: !o.isClosed && o.status !== Status.pendingCancel };
      },
      netQuantity: (id) => v.netQuantity(id),
      lastCloseUnits: (id) => v.lastCloseUnits(id),
      seenCommand: (id) => seen.has(id),
      failSafeActive: () => false,
      canSetTradingState: () => true,
    };
  }

  emit(event: ExecutionEvent): void {
    if (this.executing) this.deferred.push(event);
    else this.deliver(event);
  }

  /**
   * A fill delivered without an event object (quiet mode: nothing but the portfolio reads it).
   * @throws InvariantError during a decision: fills only happen when bars or the queue are processed.
   */
  quietFill(order: SimOrder, qtyUnits: number, pxUnits: number): void {
    if (this.executing) throw new InvariantError('quiet fill', 'outside a decision', order.clientOrderId);
    const inst = order.instrument;
    this.runner.portfolio.applyFillValues(order.clientOrderId, inst.id, qtyUnits / inst.sizeScale, pxUnits / inst.priceScale);
  }

  /**
   * A position event delivered without an event object (quiet mode): the snapshot of an opened or
   * changed position, null for a closed one.
   * @throws InvariantError during a decision: fills only happen when bars or the queue are processed.
   */
  quietPosition(instrumentId: string, position: PositionSnapshot | null): void {
    if (this.executing) throw new InvariantError('quiet position', 'outside a decision', instrumentId);
    if (position === null) this.runner.portfolio.removePosition(instrumentId);
    else this.runner.portfolio.putPosition(position);
  }

  /** Set by runHostBacktest when observers want execution events. */
  afterEvent: ((event: ExecutionEvent) => void) | undefined = undefined;

  deliver(event: ExecutionEvent): void {
    this.runner.onEvent(event);
    if (this.afterEvent !== undefined) this.afterEvent(event);
    if (this.observe !== undefined) this.observe(event);
    // Event kinds map to the wire's decision kinds by their first letter: order-*, position-*,
    // account-state; command-rejected (a CommandAck) is always a notification.
    const c = event.kind.charCodeAt(0);
    if (c === 111 ? this.decidesOrder : c === 112 ? this.decidesPosition : c === 97 ? this.decidesAccount : false) this.decide();
  }

  /** A request's decision: execute every pending command, then deliver what they raised. */
  decide(): void {
    const cmds = this.runner.drainCommands();
    if (cmds.length === 0) return;
    this.executing = true;
    for (const cmd of cmds) this.executeCommand(cmd);
    this.executing = false;
    this.flush();
  }

  flush(): void {
    while (this.deferred.length > 0 && !this.executing) {
      const e = this.deferred.shift();
      if (e !== undefined) this.deliver(e);
    }
  }

  private executeCommand(cmd: Command): void {
    const refusal = validateCommand(cmd, this.validation);
    this.seenCommands.add(cmd.commandId);
    if (refusal !== null) {
      // The CommandAck is a notification: delivered at once, its handler's commands wait.
      this.runner.onCommandRefused(cmd, refusal.code, refusal.reason);
      return;
    }
    this.venue.execute(cmd);
  }
}

/**
 * Runs one backtest in process; see the module comment for the loop.
 * @throws ZodError when the parameters do not match the strategy's schema.
 * @throws InvariantError for data the simulator cannot run (unknown instrument, BID/ASK bars).
 */
export function runHostBacktest<P>(options: HostBacktestOptions<P>): HostBacktestResult {
  const params = options.definition.paramsSchema.parse(options.params);
  if ('kind' in options.data && options.ticks !== undefined) throw new InvariantError('ticks', 'given beside prepared data (prepare them with prepareHostData)', options.ticks.instrumentId);
  const prepared = 'kind' in options.data ? options.data : prepareHostData(options.venue, options.data, options.ticks);
  const { data, instruments, ticks } = prepared;
  const venueCfg = options.venue;
  const clock = new BacktestClock(ticks === null ? firstTs(data) : (ticks.tsMs[0] ?? 0));
  const runner = new StrategyRunner<P>({
    definition: options.definition,
    params,
    instruments: instruments.map((i) => i.instrument),
    clock,
    log: options.log ?? silentLogger,
    // Refusals come only from validation inside a decision, with the command in hand.
    refusalsCarryCommands: true,
    ...(options.runner ?? {}),
  });
  let lockstep: Lockstep | null = null;
  const sink: VenueEventSink = { emit: (e) => lockstep?.emit(e) };
  const venue = new SimulatedVenue({
    venueName: venueCfg.name,
    instruments,
    startingBalance: String(venueCfg.starting_balance),
    baseCurrency: venueCfg.base_currency,
    leverage: String(venueCfg.default_leverage),
    feeModel: venueCfg.fee_model,
    barAdaptiveHighLowOrdering: venueCfg.bar_adaptive_high_low_ordering,
    stopGapFill: venueCfg.stop_gap_fill,
    recordFills: options.recordFills ?? true,
    // Without reports nothing reads closed orders back: let them be collected during the run.
    compactClosedOrders: !(options.recordFills ?? true),
    sink,
    ...(options.strategyId !== undefined ? { strategyId: options.strategyId } : {}),
  });
  const scratch = options.scratch ?? null;
  let fillLog: FillLog;
  if (scratch === null) fillLog = new FillLog();
  else {
    fillLog = scratch.fillLog;
    fillLog.clear();
  }
  const recordReports = options.recordFills ?? true;
  const strategyId = options.strategyId ?? 'BridgeStrategy-000';
  const closed: PositionCapture[] = [];
  if (recordReports) {
    venue.onPositionClosed = (p) => closed.push(capturePosition(p));
    venue.account.history = [];
  }
  // The numbers a host reads from the wire: quantity, price and commission as doubles of the decimals.
  const fills = fillLog;
  const fillVenue = venue;
  venue.onFill = (order, qty, px, commission) => {
    const inst = order.instrument;
    fills.push(fillVenue.timeMs, order.side, qty / inst.sizeScale, px / inst.priceScale, commission / inst.currencyScale, inst.index - 1);
  };
  venue.account.generateState(clock.nowMs());
  runner.portfolio.setAccount(venue.account.last);
  // As through the bridge, a strategy gets the bars it subscribed to in onStart (the Welcome
  // carries those subscriptions to the shim); the venue still matches on every bar.
  const subscribed = new Set<string>();
  let ticksDelivered = false;
  for (const sub of runner.start()) {
    if (sub.kind === 'bars') subscribed.add(sub.barType);
    else if (ticks !== null && sub.kind === ticks.kind && sub.instrumentId === ticks.inst.id) ticksDelivered = true;
  }
  const decisions = runner.decisionEvents();
  lockstep = new Lockstep(runner, venue, decisions, options.onDelivered);
  // Execution events are watched by onDelivered and by observers with afterEvent.
  const afterEvent = options.observers?.filter((o) => o.afterEvent !== undefined) ?? [];
  const watched = options.onDelivered !== undefined || afterEvent.length > 0;
  // OrderSubmitted changes nothing in the portfolio: skip it when no handler or observer reads it.
  venue.publishSubmitted = decisions.includes('order') || watched;
  // Quiet mode: when neither the strategy (no order, position or account handler) nor an observer
  // sees execution events, strategy code only runs in onBar / onStop (and bar observers around
  // onBar), after every state the venue generated was published. The portfolio then reads the
  // account from the venue's last state (built on demand) and fills update it without OrderFilled
  // objects: the same values at every point anyone can look, without building events nobody reads.
  const quiet = !watched && !decisions.includes('order') && !decisions.includes('position') && !decisions.includes('account');
  if (quiet) {
    const acct = venue.account;
    const step = lockstep;
    venue.publishAccountStates = false;
    runner.portfolio.setAccountSource(() => acct.last);
    venue.quietFill = (order, qty, px) => { step.quietFill(order, qty, px); };
    venue.quietPosition = (iid, position) => { step.quietPosition(iid, position); };
  }
  // Commands from onStart are executed before the first bar (the strategy is not RUNNING yet in
  // Nautilus, so its order events are dropped; refusals still reach it).
  venue.stopStrategy();
  lockstep.decide();
  venue.resumeStrategy();

  const hooks = barHooks(options.observers, runner);
  if (afterEvent.length > 0) {
    lockstep.afterEvent = (e) => {
      for (const o of afterEvent) o.afterEvent?.(e, runner);
    };
  }
  const equity =
    ticks === null
      ? runBars(data, venue, runner, lockstep, clock, decisions.includes('bar'), options.onDelivered, scratch, hooks, subscribed)
      : runTicks(ticks, venue, runner, lockstep, clock, decisions.includes(ticks.kind === 'trades' ? 'trade' : 'quote'), ticksDelivered, options.observers ?? []);

  runner.stop();
  venue.stopStrategy();
  lockstep.decide();
  venue.processQueue();

  const acct = venue.account;
  if (recordReports) for (const p of venue.allPositions().values()) if (p.side !== 0) closed.push(capturePosition(p));
  const rawHistory = acct.history ?? [];
  let positions: PositionReportRow[] | null = null;
  let account: AccountReport | null = null;
  const finalEquity = acct.money(acct.total) + openUnrealized(venue);
  const startingUnits = parseUnits(String(venueCfg.starting_balance), acct.precision) ?? 0;
  const metrics = computeMetrics({ fills: fillLog, equity, startingBalance: acct.money(startingUnits), finalEquity });
  return {
    fills: venue.fills,
    fillLog,
    fillCount: venue.fillCount,
    barsProcessed: data.bars,
    ticksProcessed: ticks === null ? 0 : ticks.length,
    equity,
    metrics,
    startingBalance: formatUnits(startingUnits, acct.precision),
    finalBalance: formatUnits(acct.total, acct.precision),
    currency: acct.currency,
    venue,
    subscriptions: runner.subscriptionsByPhase(),
    // Report documents are formatted on first use (sweeps and benches never read them).
    get positions(): readonly PositionReportRow[] {
      positions ??= positionReportRows(closed, { traderId: BACKTEST_TRADER_ID, strategyId, accountId: acct.accountId });
      return positions;
    },
    get account(): AccountReport {
      account ??= accountReport(acct, rawHistory);
      return account;
    },
  };
}

function barHooks<P>(observers: readonly HostBacktestObserver<P>[] | undefined, runner: StrategyRunner<P>): BarHooks {
  const before = observers?.filter((o) => o.beforeBar !== undefined) ?? [];
  const after = observers?.filter((o) => o.afterBar !== undefined) ?? [];
  return {
    before: before.length === 0 ? undefined : (bar) => {
      for (const o of before) o.beforeBar?.(bar, runner);
    },
    after: after.length === 0 ? undefined : (bar) => {
      for (const o of after) o.afterBar?.(bar, runner);
    },
  };
}

function firstTs(data: PreparedData): number {
  let ts = Number.POSITIVE_INFINITY;
  for (const s of data.series) if (s.length > 0) ts = Math.min(ts, s.tsMs[0] ?? ts);
  return Number.isFinite(ts) ? ts : 0;
}

/** Unrealized PnL of positions still open, at the core's last price (doubles, as the host computes it). */
function openUnrealized(venue: SimulatedVenue): number {
  let total = 0;
  for (const p of venue.allPositions().values()) {
    if (p.side === 0) continue;
    const last = venue.engine(p.instrument.id)?.lastF64() ?? Number.NaN;
    if (Number.isFinite(last)) total += (last - p.avgPxOpen) * p.signedQty * p.instrument.multiplierF64;
  }
  return total;
}

/** The bar loop; returns the equity series. */
function runBars(
  data: PreparedData,
  venue: SimulatedVenue,
  runner: StrategyRunner,
  lockstep: Lockstep,
  clock: BacktestClock,
  barDecides: boolean,
  observe: HostBacktestOptions<unknown>['onDelivered'],
  scratch: BacktestScratch | null,
  hooks: BarHooks,
  subscribed: ReadonlySet<string>,
): EquitySeries {
  const only = data.series[0];
  if (data.mergedSeries === null && only !== undefined) return runSingleSeries(only, venue, runner, lockstep, clock, barDecides, observe, scratch, hooks, subscribed.has(only.barType));
  const n = data.bars;
  const { tsMs: eqTs, equity: eqVal } = equityColumns(n, scratch);
  let samples = 0;
  const series = data.series;
  const bars: Bar[] = series.map((s) => newBar(s.barType, s.inst.id));
  const delivered = series.map((s) => subscribed.has(s.barType));
  let lastTs = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k++) {
    const si = data.mergedSeries?.[k] ?? 0;
    const i = data.mergedIndex?.[k] ?? 0;
    const s = series[si];
    if (s === undefined) continue;
    const ts = s.tsMs[i] ?? 0;
    if (ts > lastTs) {
      clock.setMs(ts);
      venue.setTime(ts);
      lastTs = ts;
    }
    if (s.drivesExecution) {
      venue.processBar(s.inst, s.barType, s.spec.stepSeconds, s.openUnits[i] ?? 0, s.highUnits[i] ?? 0, s.lowUnits[i] ?? 0, s.closeUnits[i] ?? 0, s.volume[i] ?? 0);
    }
    const bar = bars[si] as MutableBar;
    fillBar(bar, s, i, ts);
    venue.setLastClose(s.inst, s.closeUnits[i] ?? Number.NaN);
    if (delivered[si] === true) {
      if (hooks.before !== undefined) hooks.before(bar);
      runner.onBar(bar);
      if (hooks.after !== undefined) hooks.after(bar);
      if (observe) observe({ kind: 'bar', bar });
      if (barDecides) lockstep.decide();
    }
    // Equity once per close time: after the last bar of that time.
    if ((k + 1 < n ? nextBarTs(data, k + 1) : Number.POSITIVE_INFINITY) > ts) {
      eqTs[samples] = ts;
      eqVal[samples] = runner.portfolio.equity();
      samples += 1;
    }
    if (venue.hasQueued) venue.processQueue();
  }
  return { length: samples, tsMs: eqTs, equity: eqVal };
}

type MutableBar = { -readonly [K in keyof Bar]: Bar[K] };

function newBar(barType: string, instrumentId: string): MutableBar {
  return { barType: internString(barType), instrumentId: internString(instrumentId), open: 0, high: 0, low: 0, close: 0, volume: 0, tsMs: 0, tsEventMs: 0 };
}

function fillBar(bar: MutableBar, s: PreparedSeries, i: number, ts: number): void {
  bar.open = s.open[i] ?? 0;
  bar.high = s.high[i] ?? 0;
  bar.low = s.low[i] ?? 0;
  bar.close = s.close[i] ?? 0;
  bar.volume = s.volume[i] ?? 0;
  bar.tsMs = ts;
  bar.tsEventMs = ts;
}

/**
 * The one-series loop (sweeps): the same steps without the merge bookkeeping, the matching engine
 * and equity read directly. Equity is PortfolioState.equity()'s arithmetic on the venue's numbers.
 */
function runSingleSeries(
  s: PreparedSeries,
  venue: SimulatedVenue,
  runner: StrategyRunner,
  lockstep: Lockstep,
  clock: BacktestClock,
  barDecides: boolean,
  observe: HostBacktestOptions<unknown>['onDelivered'],
  scratch: BacktestScratch | null,
  hooks: BarHooks,
  delivered: boolean,
): EquitySeries {
  const n = s.length;
  // One sample per bar at its close: the sample times are the series' own column.
  const eqVal = equityColumns(n, scratch).equity;
  const engine = venue.engine(s.inst.id);
  const drives = s.drivesExecution && engine !== undefined && engine.acceptsBarType(s.barType, s.spec.stepSeconds);
  const bar = newBar(s.barType, s.inst.id);
  const account = venue.account;
  const multiplier = s.inst.multiplierF64;
  const inst = s.inst;
  const { tsMs, open, high, low, close, volume, closeUnits } = s;
  // Times go straight into the clock's and the venue's cells, and the engine reads its bar from
  // the columns by index (while no order rests it only records the index): a double passed to a
  // call V8 does not inline is boxed (measured: two heap numbers per bar here).
  if (drives) engine.useColumns(s);
  const clockTime = clock.timeCell;
  const venueTime = venue.timeCell;
  // Per-bar steps that are a field test or a store are written here, not called: V8 does not
  // inline everything into this loop, and a call it leaves costs ~30-90 instructions per bar
  // (cachegrind on the sweep: -22 % instructions with these, measured).
  const lastCloses = venue.lastCloseCells;
  const slot = inst.index - 1;
  let fillsSeen = -1;
  let balance = 0;
  for (let i = 0; i < n; i++) {
    const ts = tsMs[i] as number;
    if (ts < (clockTime[0] as number)) clock.setMs(ts); // throws: time would go backwards
    clockTime[0] = ts;
    venueTime[0] = ts;
    if (drives) {
      if (engine.ordersBid.length + engine.ordersAsk.length === 0) engine.recordIdleBar(i);
      else engine.processBarAt(i);
    }
    const c = close[i] as number;
    bar.open = open[i] as number;
    bar.high = high[i] as number;
    bar.low = low[i] as number;
    bar.close = c;
    bar.volume = volume[i] as number;
    bar.tsMs = ts;
    bar.tsEventMs = ts;
    lastCloses[slot] = closeUnits[i] as number;
    if (delivered) {
      if (hooks.before !== undefined) hooks.before(bar);
      runner.onBar(bar);
      if (hooks.after !== undefined) hooks.after(bar);
      if (observe !== undefined) observe({ kind: 'bar', bar });
      if (barDecides && runner.hasCommands) lockstep.decide();
    }
    // Only fills move the balance: re-read the account when one happened. No `10 ** p` in this
    // function: TurboFan scheduled that pure Float64Pow inside the loop (~55 ns per bar, measured).
    if (venue.fillCount !== fillsSeen) {
      fillsSeen = venue.fillCount;
      balance = account.money(account.total);
    }
    const p = venue.singlePosition;
    eqVal[i] = p === null || p.signedQty === 0 ? balance : balance + (c - p.avgPxOpen) * p.signedQty * multiplier;
    if (venue.queueEnd > 0) venue.processQueue();
  }
  return { length: n, tsMs, equity: eqVal, dayRunEnds: s.dayRunEnds };
}

/** The ticks against their instrument. @throws InvariantError for bars beside ticks or an unknown instrument. */
function prepareTicksFor(series: TickSeries, instruments: readonly SimInstrument[], data: PreparedData): PreparedTicks {
  if (data.bars > 0) throw new InvariantError('data', 'bars and ticks in one run (give one or the other)', data.bars);
  const inst = instruments.find((i) => i.id === series.instrumentId);
  if (inst === undefined) throw new InvariantError('ticks instrument', 'not in the venue config', series.instrumentId);
  return prepareTicks(series, inst);
}

/**
 * The tick loop (see the module comment); returns the equity series, one sample per tick time.
 * The last price validation reads is the trade's price or the quote's bid, as the shim records it.
 */
function runTicks<P>(
  t: PreparedTicks,
  venue: SimulatedVenue,
  runner: StrategyRunner<P>,
  lockstep: Lockstep,
  clock: BacktestClock,
  tickDecides: boolean,
  delivered: boolean,
  observers: readonly HostBacktestObserver<P>[],
): EquitySeries {
  const n = t.length;
  const eqTs = new Float64Array(n);
  const eqVal = new Float64Array(n);
  let samples = 0;
  const engine = venue.engine(t.inst.id);
  if (engine === undefined) throw new InvariantError('ticks instrument', 'has no matching engine', t.inst.id);
  const before = observers.filter((o) => o.beforeTick !== undefined);
  const after = observers.filter((o) => o.afterTick !== undefined);
  const [u0, u1, u2, u3] = t.unitCols;
  const [d0, d1, d2, d3] = t.doubleCols;
  const iid = internString(t.inst.id);
  const point: { -readonly [K in keyof TickPoint]: TickPoint[K] } = { instrumentId: iid, tsMs: 0, price: 0, size: 0 };
  const trade: { -readonly [K in keyof TradeTick]: TradeTick[K] } = { instrumentId: iid, price: 0, size: 0, aggressor: 'NONE', tradeId: '', tsMs: 0 };
  const quote: { -readonly [K in keyof QuoteTick]: QuoteTick[K] } = { instrumentId: iid, bid: 0, ask: 0, bidSize: 0, askSize: 0, tsMs: 0 };
  let lastTs = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const ts = t.tsMs[i] as number;
    if (ts > lastTs) {
      clock.setMs(ts);
      venue.setTime(ts);
      lastTs = ts;
    }
    if (t.kind === 'trades') engine.processTradeTick(u0[i] as number, u1[i] as number);
    else engine.processQuoteTick(u0[i] as number, u2[i] as number, u1[i] as number, u3[i] as number);
    venue.setLastClose(t.inst, u0[i] as number); // the trade's price or the quote's bid
    if (delivered) {
      if (before.length > 0) {
        point.tsMs = ts;
        point.price = t.kind === 'trades' ? (d0[i] as number) : ((d0[i] as number) + (d1[i] as number)) / 2;
        point.size = t.kind === 'trades' ? (d1[i] as number) : 0;
        for (const o of before) o.beforeTick?.(point, runner);
      }
      if (t.kind === 'trades') {
        trade.price = d0[i] as number;
        trade.size = d1[i] as number;
        trade.aggressor = t.aggressor[i] ?? 'NONE';
        trade.tradeId = t.tradeId[i] ?? '';
        trade.tsMs = ts;
        runner.onTrade(trade);
      } else {
        quote.bid = d0[i] as number;
        quote.ask = d1[i] as number;
        quote.bidSize = d2[i] as number;
        quote.askSize = d3[i] as number;
        quote.tsMs = ts;
        runner.onQuote(quote);
      }
      for (const o of after) o.afterTick?.(ts, runner);
      if (tickDecides) lockstep.decide();
    }
    if (i + 1 >= n || (t.tsMs[i + 1] as number) > ts) {
      eqTs[samples] = ts;
      eqVal[samples] = runner.portfolio.equity();
      samples += 1;
    }
    if (venue.hasQueued) venue.processQueue();
  }
  return { length: samples, tsMs: eqTs, equity: eqVal };
}

function nextBarTs(data: PreparedData, k: number): number {
  if (data.mergedSeries === null) return data.series[0]?.tsMs[k] ?? Number.POSITIVE_INFINITY;
  const s = data.series[data.mergedSeries[k] ?? 0];
  return s?.tsMs[data.mergedIndex?.[k] ?? 0] ?? Number.POSITIVE_INFINITY;
}

