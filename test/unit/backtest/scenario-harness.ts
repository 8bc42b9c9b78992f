/**
 * The TypeScript side of the scenario table (test/fixtures/scenarios): a scripted host strategy that
 * performs a scenario's actions through the StrategyContext, and the normalisation of what it
 * receives into the JSON records python_bridge/dolphin_bridge/scenario_ref.py writes from Nautilus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { runHostBacktest, type HostBacktestResult } from '../../../src/backtest/host-backtest.js';
import { reportJson } from '../../../src/backtest/host-reports.js';
import { venueConfigSchema, type VenueConfig } from '../../../src/backtest/venue-config.js';
import { currencyPrecision } from '../../../src/backtest/sim-instrument.js';
import { allocateBarColumns, type BarSeries } from '../../../src/data/bar-series.js';
import { defineStrategy, type ExecutionEvent, type OrderSide, type StrategyContext, type TimeInForce } from '../../../src/strategy/index.js';

export const SCENARIO_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'scenarios');

export interface ScenarioOp {
  readonly op: string;
  readonly side?: OrderSide;
  readonly qty?: string;
  readonly price?: string;
  readonly trigger?: string;
  readonly sl?: string;
  readonly tp?: string;
  readonly entry?: 'MARKET' | { readonly price: string; readonly post_only?: boolean };
  readonly tp_post_only?: boolean;
  readonly post_only?: boolean;
  readonly reduce_only?: boolean;
  readonly tif?: TimeInForce;
  readonly expire_ms?: number;
  readonly tags?: readonly string[];
  readonly order?: string;
  readonly instrument?: string;
}

export interface ScenarioAction {
  readonly at: { readonly bar?: number; readonly series?: number; readonly event?: string; readonly order?: string; readonly stop?: boolean };
  readonly do: readonly ScenarioOp[];
}

export interface Scenario {
  readonly description: string;
  readonly reference?: 'nautilus' | 'hand';
  readonly venue?: Record<string, unknown>;
  readonly series: ReadonlyArray<{
    readonly bar_type: string;
    readonly start: string;
    readonly step_s?: number;
    readonly bars: ReadonlyArray<readonly (number | null)[]>;
  }>;
  readonly actions?: readonly ScenarioAction[];
}

export interface ScenarioExpected {
  readonly final_balance: string;
  readonly events: readonly Record<string, unknown>[];
  readonly fills: readonly (readonly string[])[];
  /** Every state the account recorded (Nautilus's account.events): [ts ns, total, locked, free]. */
  /** [ts ns, total, locked, free, [[instrument, initial, maintenance], ...]] per recorded state. */
  readonly account_states: ReadonlyArray<readonly [string, string, string, string, ReadonlyArray<readonly [string, string, string]>]>;
  /** Nautilus's positions report rows (as positions.json holds them). */
  readonly positions: readonly unknown[];
}

/** Scenario names (files without `.expected`), sorted. */
export function scenarioNames(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

export function loadScenario(name: string): { scenario: Scenario; expected: ScenarioExpected } {
  const scenario = JSON.parse(readFileSync(join(SCENARIO_DIR, `${name}.json`), 'utf8')) as Scenario;
  const expected = JSON.parse(readFileSync(join(SCENARIO_DIR, `${name}.expected.json`), 'utf8')) as ScenarioExpected;
  return { scenario, expected };
}

/** The scenario's bars as BarSeries (close-stamped, volume NaN when absent). */
export function scenarioSeries(scenario: Scenario): BarSeries[] {
  return scenario.series.map((s) => {
    const cols = allocateBarColumns(s.bars.length, false);
    const start = Date.parse(s.start);
    const step = (s.step_s ?? 60) * 1000;
    s.bars.forEach((b, i) => {
      (cols.tsMs as Float64Array)[i] = start + i * step;
      (cols.open as Float64Array)[i] = b[0] ?? Number.NaN;
      (cols.high as Float64Array)[i] = b[1] ?? Number.NaN;
      (cols.low as Float64Array)[i] = b[2] ?? Number.NaN;
      (cols.close as Float64Array)[i] = b[3] ?? Number.NaN;
      (cols.volume as Float64Array)[i] = b[4] ?? Number.NaN;
    });
    const instrumentId = s.bar_type.replace(/-\d+-[A-Z]+-[A-Z]+-[A-Z]+$/, '');
    return { barType: s.bar_type, instrumentId, columns: cols };
  });
}

const scriptParams = z.object({ actions: z.array(z.any()), bar_types: z.array(z.string()) }).strict();

/** A host strategy that performs scenario actions and records what it receives. */
export const scenarioScript = defineStrategy<z.infer<typeof scriptParams>>({
  name: 'scenario-script',
  version: '1.0.0',
  description: 'Test strategy: scripted actions, records every callback',
  paramsSchema: scriptParams,
  create(params, ctx: StrategyContext) {
    const actions = params.actions as ScenarioAction[];
    const fired = new Set<number>();
    const barIndex = params.bar_types.map(() => 0);
    const record = (recorded as Record<string, unknown>[][]).at(-1) as Record<string, unknown>[];
    const take = (pred: (a: ScenarioAction) => boolean): ScenarioAction[] => {
      const out: ScenarioAction[] = [];
      actions.forEach((a, i) => {
        if (!fired.has(i) && pred(a)) {
          fired.add(i);
          out.push(a);
        }
      });
      return out;
    };
    const run = (list: ScenarioAction[]): void => {
      for (const a of list) for (const op of a.do) perform(ctx, params.bar_types[0] ?? '', op);
    };
    const onEvent = (e: ExecutionEvent): void => {
      const rec = normalizeEvent(ctx, e);
      record.push(rec);
      const order = typeof rec['order'] === 'string' ? rec['order'] : undefined;
      run(take((a) => a.at.event === rec['kind'] && (a.at.order ?? order) === order));
    };
    return {
      onStart() {
        for (const bt of params.bar_types) ctx.subscribeBars(bt);
      },
      onBar(bar) {
        const k = params.bar_types.indexOf(bar.barType);
        const index = barIndex[k] ?? 0;
        barIndex[k] = index + 1;
        record.push({ index, kind: 'bar', series: k, ts: nsText(bar.tsMs) });
        run(take((a) => a.at.bar === index && (a.at.series ?? 0) === k));
      },
      onOrderEvent: onEvent,
      onPositionEvent: onEvent,
      onAccountState: onEvent,
      onStop() {
        run(take((a) => a.at.stop === true));
      },
    };
  },
});

/** Records of the current run (one list per run). */
const recorded: Record<string, unknown>[][] = [];

function instrumentOf(barType: string): string {
  return barType.replace(/-\d+-[A-Z]+-[A-Z]+-[A-Z]+$/, '');
}

function perform(ctx: StrategyContext, firstBarType: string, op: ScenarioOp): void {
  const iid = op.instrument ?? instrumentOf(firstBarType);
  const side = op.side ?? 'BUY';
  const tags = op.tags ?? [];
  const tif = op.tif ?? 'GTC';
  switch (op.op) {
    case 'market':
      ctx.submitMarket({ instrumentId: iid, side, quantity: op.qty ?? '', timeInForce: tif, reduceOnly: op.reduce_only ?? false, tags });
      return;
    case 'limit':
      ctx.submitLimit({ instrumentId: iid, side, quantity: op.qty ?? '', price: op.price ?? '', timeInForce: tif, postOnly: op.post_only ?? false, reduceOnly: op.reduce_only ?? false, expireTimeMs: op.expire_ms ?? 0, tags });
      return;
    case 'stop_market':
      ctx.submitStopMarket({ instrumentId: iid, side, quantity: op.qty ?? '', triggerPrice: op.trigger ?? '', timeInForce: tif, reduceOnly: op.reduce_only ?? false, tags });
      return;
    case 'bracket': {
      const entry = op.entry === undefined || op.entry === 'MARKET' ? ({ type: 'MARKET' } as const) : ({ type: 'LIMIT', price: op.entry.price, postOnly: op.entry.post_only ?? false } as const);
      ctx.submitBracket({ instrumentId: iid, side, quantity: op.qty ?? '', entry, slTriggerPrice: op.sl ?? '', tpPrice: op.tp ?? '', tpPostOnly: op.tp_post_only ?? true, timeInForce: tif });
      return;
    }
    case 'cancel':
      ctx.cancelOrder(op.order ?? '');
      return;
    case 'cancel_all':
      ctx.cancelAllOrders(iid, op.side);
      return;
    case 'modify':
      ctx.modifyOrder(op.order ?? '', { ...(op.qty ? { quantity: op.qty } : {}), ...(op.price ? { price: op.price } : {}), ...(op.trigger ? { triggerPrice: op.trigger } : {}) });
      return;
    case 'close':
      ctx.closePosition(iid, tags);
      return;
    case 'close_all':
      ctx.closeAllPositions(tags);
      return;
    default:
      throw new Error(`unknown scenario op ${op.op}`);
  }
}

function nsText(ms: number): string {
  return (BigInt(ms) * 1_000_000n).toString();
}

/** Same fields and formatting as scenario_ref.normalize_event. */
export function normalizeEvent(ctx: StrategyContext, e: ExecutionEvent): Record<string, unknown> {
  const precisions = (iid: string): { p: number; s: number; quote: string } => {
    const i = ctx.instruments.get(iid);
    return { p: i.pricePrecision, s: i.sizePrecision, quote: i.quoteCurrency };
  };
  // Money as Nautilus prints it: at its currency's precision.
  const money = (amount: number, currency: string): string => amount.toFixed(currencyPrecision(currency));
  switch (e.kind) {
    case 'order-submitted':
    case 'order-canceled':
    case 'order-expired':
    case 'order-triggered':
      return { kind: e.kind, order: e.clientOrderId, ts: nsText(e.tsMs) };
    case 'order-accepted':
      return { kind: e.kind, order: e.clientOrderId, ts: nsText(e.tsMs), venue_order_id: e.venueOrderId };
    case 'order-rejected':
      return { due_post_only: e.duePostOnly, kind: e.kind, order: e.clientOrderId, reason: e.reason, ts: nsText(e.tsMs) };
    case 'order-denied':
    case 'order-modify-rejected':
    case 'order-cancel-rejected':
      return { kind: e.kind, order: e.clientOrderId, reason: e.reason, ts: nsText(e.tsMs) };
    case 'order-filled': {
      const { p, s } = precisions(e.instrumentId);
      return {
        commission: money(e.commission, e.commissionCurrency),
        kind: e.kind,
        liquidity: e.liquiditySide,
        order: e.clientOrderId,
        position_id: e.positionId,
        px: e.lastPx.toFixed(p),
        qty: e.lastQty.toFixed(s),
        side: e.side,
        trade_id: e.tradeId,
        ts: nsText(e.tsMs),
        type: e.orderType,
        venue_order_id: e.venueOrderId,
      };
    }
    case 'order-updated': {
      const { p, s } = precisions(e.instrumentId);
      return {
        kind: e.kind,
        order: e.clientOrderId,
        price: e.price === null ? '' : e.price.toFixed(p),
        qty: e.quantity.toFixed(s),
        trigger: e.triggerPrice === null ? '' : e.triggerPrice.toFixed(p),
        ts: nsText(e.tsMs),
      };
    }
    case 'position-opened':
    case 'position-changed':
    case 'position-closed': {
      const pos = e.position;
      const { s, quote } = precisions(pos.instrumentId);
      return {
        avg_px_close: pos.avgPxClose,
        avg_px_open: pos.avgPxOpen,
        closing_order: pos.closingOrderId,
        kind: e.kind,
        opening_order: pos.openingOrderId,
        position_id: pos.positionId,
        qty: pos.quantity.toFixed(s),
        realized_pnl: money(pos.realizedPnl, quote),
        side: pos.side,
        signed_qty: pos.signedQty,
        ts: nsText(pos.tsMs),
      };
    }
    case 'account-state':
      return {
        balances: e.account.balances.map((b) => [b.currency, money(b.total, b.currency), money(b.locked, b.currency), money(b.free, b.currency)]),
        kind: e.kind,
        margins: e.account.margins.map((m) => [m.instrumentId, money(m.initial, m.currency), money(m.maintenance, m.currency)]),
        ts: nsText(e.account.tsMs),
      };
    case 'command-rejected':
      return { code: e.code, kind: e.kind, reason: e.reason, ts: nsText(e.tsMs) };
  }
}

/** Runs a scenario in the host simulator; returns the strategy's records and the run's result. */
export function runScenario(scenario: Scenario): { events: Record<string, unknown>[]; result: HostBacktestResult; venue: VenueConfig } {
  const venue = venueConfigSchema.parse(scenario.venue ?? {});
  recorded.push([]);
  const events = recorded.at(-1) as Record<string, unknown>[];
  const result = runHostBacktest({
    definition: scenarioScript,
    params: { actions: scenario.actions ?? [], bar_types: scenario.series.map((s) => s.bar_type) },
    venue,
    data: scenarioSeries(scenario),
  });
  recorded.pop();
  return { events, result, venue };
}

/** The account states a run recorded, in the expected file's row shape. */
export function accountStateRows(result: HostBacktestResult): ScenarioExpected['account_states'] {
  return result.account.report.map((r) => [
    `${Date.parse(r.ts_event)}000000`,
    r.total,
    r.locked,
    r.free,
    r.margins.map((m) => [m.instrument_id, m.initial, m.maintenance]),
  ]);
}

/** The positions report of a run as positions.json holds it, parsed (as the expected file's rows are). */
export function positionRows(result: HostBacktestResult): unknown[] {
  return JSON.parse(reportJson(result.positions)) as unknown[];
}

/** The fills of a run in the expected file's row shape. */
export function fillRows(result: HostBacktestResult): string[][] {
  return result.fills.map((f) => [f.ts_ns, f.order_id, f.side, f.qty, f.price, f.commission, f.liquidity]);
}

