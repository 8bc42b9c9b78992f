/**
 * A small in-test driver for the `dolphin` strategy: feeds a vbt dataset's bars to a StrategyRunner
 * (ties in asset-column order, as both engines do) and fills market / close-position commands at the
 * instrument's current close, producing OrderFilled and Position events like a NETTING venue.
 * Commissions use the tagged rates. It is not the backtester: no matching, no balances beyond
 * realized PnL.
 */
import { instrumentSpecFromConfig, type InstrumentConfig } from '../../../src/backtest/venue-config.js';
import { instrumentFromSpec, ManualClock, type Instrument } from '../../../src/market/index.js';
import {
  createServiceRegistry,
  silentLogger,
  StrategyRunner,
  type Bar,
  type Command,
  type PositionSnapshot,
  type PostureView,
  type ServiceKey,
  type StrategyDefinition,
  type StrategyLogger,
} from '../../../src/strategy/index.js';
import type { BarSeries } from '../../../src/data/index.js';

export interface FakeFill {
  readonly tsMs: number;
  readonly instrumentId: string;
  readonly side: 'BUY' | 'SELL';
  readonly qty: number;
  readonly price: number;
  readonly tags: readonly string[];
  readonly commission: number;
}

export interface FakeRunOptions<P> {
  readonly definition: StrategyDefinition<P>;
  readonly params: P;
  readonly instruments: readonly InstrumentConfig[];
  readonly series: readonly BarSeries[];
  readonly services?: ReadonlyArray<readonly [ServiceKey<unknown>, unknown]>;
  readonly feeRates?: Readonly<Record<string, number>>;
  readonly startingBalance?: number;
  readonly posture?: (tsMs: number) => PostureView;
  readonly log?: StrategyLogger;
  /** Called before each row's bars are delivered (pending updates, assertions). */
  readonly beforeRow?: (tsMs: number, runner: StrategyRunner<P>) => void;
  /** Refuse entries (command-rejected) instead of filling them. */
  readonly rejectEntries?: boolean;
}

export interface FakeRunResult {
  readonly fills: FakeFill[];
  readonly bars: number;
  readonly balance: number;
  readonly commandsRejected: number;
  /** For each bar after which commands were emitted: its position within its close-time group. */
  readonly commandPositions: number[];
}

/** Runs the strategy over the series; see the module comment. */
export function runFakeVenue<P>(o: FakeRunOptions<P>): FakeRunResult {
  const instruments: Instrument[] = o.instruments.map((c) => instrumentFromSpec(instrumentSpecFromConfig(c, 10)));
  const byId = new Map(instruments.map((i) => [i.id, i]));
  const clock = new ManualClock();
  let balance = o.startingBalance ?? 10_000;
  const account = () => ({
    accountId: 'BINANCE-001',
    accountType: 'MARGIN',
    baseCurrency: 'USDT',
    balances: [{ currency: 'USDT', total: balance, locked: 0, free: balance }],
    margins: [],
    tsMs: clock.nowMs(),
  });
  let postureView: PostureView = { posture: 'APEX', rm: 1 };
  const runner = new StrategyRunner<P>({
    definition: o.definition,
    params: o.params,
    instruments,
    clock,
    log: o.log ?? silentLogger,
    services: createServiceRegistry(o.services ?? []),
    posture: () => postureView,
    account: account(),
  });
  runner.start();
  const fills: FakeFill[] = [];
  const positions = new Map<string, { qty: number; avg: number; id: string; opened: number }>();
  const lastClose = new Map<string, number>();
  let seq = 0;
  let rejected = 0;
  const rates = o.feeRates ?? {};

  const fill = (instrumentId: string, side: 'BUY' | 'SELL', qty: number, clientOrderId: string, tags: readonly string[]): void => {
    const inst = byId.get(instrumentId) as Instrument;
    const px = lastClose.get(instrumentId) ?? NaN;
    const tag = tags.find((t) => rates[t] !== undefined);
    const rate = tag !== undefined ? (rates[tag] as number) : inst.takerFee;
    const commission = qty * px * rate;
    seq++;
    fills.push({ tsMs: clock.nowMs(), instrumentId, side, qty, price: px, tags, commission });
    runner.onEvent({
      kind: 'order-filled', clientOrderId, instrumentId, tsMs: clock.nowMs(), venueOrderId: `V-${seq}`, tradeId: `T-${seq}`,
      positionId: `${instrumentId}-P`, side, orderType: 'MARKET', lastQty: qty, lastPx: px, commission, commissionCurrency: 'USDT',
      liquiditySide: 'TAKER', tags,
    });
    const signed = side === 'BUY' ? qty : -qty;
    const pos = positions.get(instrumentId);
    const snap = (q: number, avg: number, realized: number): PositionSnapshot => ({
      positionId: `${instrumentId}-P`, instrumentId, side: q > 0 ? 'LONG' : q < 0 ? 'SHORT' : 'FLAT', quantity: Math.abs(q), signedQty: q,
      avgPxOpen: avg, avgPxClose: px, realizedPnl: realized, unrealizedPnl: 0, openingOrderId: clientOrderId, closingOrderId: '',
      tsOpenedMs: clock.nowMs(), tsClosedMs: 0, tsMs: clock.nowMs(), lastPx: px, lastQty: qty,
    });
    balance -= commission;
    if (!pos) {
      positions.set(instrumentId, { qty: signed, avg: px, id: clientOrderId, opened: clock.nowMs() });
      runner.onEvent({ kind: 'position-opened', position: snap(signed, px, -commission) });
    } else {
      const q = Number((pos.qty + signed).toFixed(inst.sizePrecision));
      const realized = (px - pos.avg) * -signed * (Math.sign(pos.qty) === Math.sign(signed) ? 0 : 1);
      balance += realized;
      if (q === 0) {
        positions.delete(instrumentId);
        runner.onEvent({ kind: 'position-closed', position: snap(0, pos.avg, realized - commission) });
      } else {
        pos.qty = q;
        runner.onEvent({ kind: 'position-changed', position: snap(q, pos.avg, realized - commission) });
      }
    }
    runner.onEvent({ kind: 'account-state', account: account() });
  };

  const execute = (cmds: Command[]): void => {
    for (const c of cmds) {
      if (c.kind === 'submit-market') {
        if (o.rejectEntries && c.tags.includes('entry')) {
          rejected++;
          runner.onCommandRejected(c.commandId, 'RISK_DENIED', 'test rejects entries');
          continue;
        }
        fill(c.instrumentId, c.side, Number(c.quantity), c.clientOrderId, c.tags);
      } else if (c.kind === 'close-position') {
        const pos = positions.get(c.instrumentId);
        if (!pos) continue;
        fill(c.instrumentId, pos.qty > 0 ? 'SELL' : 'BUY', Math.abs(pos.qty), c.clientOrderId, c.tags);
      }
    }
  };

  const cursors = o.series.map(() => 0);
  const bar = { barType: '', instrumentId: '', open: 0, high: 0, low: 0, close: 0, volume: NaN, tsMs: 0, tsEventMs: 0 };
  let bars = 0;
  const commandPositions: number[] = [];
  for (;;) {
    let ts = Infinity;
    o.series.forEach((s, k) => {
      const c = cursors[k] as number;
      if (c < s.columns.length) ts = Math.min(ts, s.columns.tsMs[c] as number);
    });
    if (ts === Infinity) break;
    clock.setMs(ts);
    if (o.posture) postureView = o.posture(ts);
    o.beforeRow?.(ts, runner);
    let pos = 0;
    o.series.forEach((s, k) => {
      const c = cursors[k] as number;
      if (c >= s.columns.length || s.columns.tsMs[c] !== ts) return;
      cursors[k] = c + 1;
      const px = s.columns.close[c] as number;
      lastClose.set(s.instrumentId, px);
      bar.barType = s.barType;
      bar.instrumentId = s.instrumentId;
      bar.open = bar.high = bar.low = bar.close = px;
      bar.tsMs = bar.tsEventMs = ts;
      runner.onBar(bar as Bar);
      bars++;
      const cmds = runner.drainCommands();
      if (cmds.length > 0) commandPositions.push(pos);
      pos++;
      execute(cmds);
    });
  }
  runner.stop();
  execute(runner.drainCommands());
  return { fills, bars, balance, commandsRejected: rejected, commandPositions };
}
