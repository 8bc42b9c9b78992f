/**
 * The host engine's report documents besides fills.json, row for row in the shape the Nautilus
 * engine writes them (so that one script reads either engine's output, and `paired` compares them
 * field by field): positions.json (Nautilus's positions report: one row per position lifecycle)
 * and account.json (final balances and Nautilus's account report: every account state with its
 * margins). Pure: the caller writes them ({@link reportJson} for the nanosecond integers).
 */
import { formatUnits, isoFromMs, pyRound } from './fixed-point.js';
import type { AccountHistoryEntry, SimAccount } from './sim-account.js';
import type { SimPosition } from './sim-position.js';

/** The trader id of every backtest (the Nautilus runner's config names it too). */
export const BACKTEST_TRADER_ID = 'BACKTESTER-001';

/**
 * One position lifecycle (opened from flat, then closed or still open at the end), as Nautilus's
 * positions report prints it (Position.to_dict without signed_qty and the currencies, times
 * ts_opened / ts_closed as ISO text, ts_init / ts_last / duration_ns as integer nanoseconds). A
 * NETTING position that closed and opened again is reported once per lifecycle: every lifecycle
 * but the last is a snapshot, named `{position_id}-snapshot-{n}` (n from 1), as the Nautilus
 * runner names them.
 */
export interface PositionReportRow {
  readonly position_id: string;
  readonly trader_id: string;
  readonly strategy_id: string;
  readonly instrument_id: string;
  readonly account_id: string;
  readonly opening_order_id: string;
  readonly closing_order_id: string | null;
  readonly entry: 'BUY' | 'SELL';
  readonly side: 'LONG' | 'SHORT' | 'FLAT';
  readonly quantity: string;
  readonly peak_qty: string;
  readonly ts_init: bigint;
  readonly ts_opened: string;
  readonly ts_last: bigint;
  readonly ts_closed: string | null;
  readonly duration_ns: bigint | null;
  readonly avg_px_open: number;
  readonly avg_px_close: number | null;
  /** One amount per currency, sorted (`"0.16708320 USDT"`). */
  readonly commissions: readonly string[];
  readonly realized_return: number;
  readonly realized_pnl: string;
  readonly is_snapshot: boolean;
}

/** Who the report rows belong to. */
export interface ReportIds {
  readonly traderId: string;
  readonly strategyId: string;
  readonly accountId: string;
}

/** A position's numbers captured when it closed (formatted into a row only when asked). */
export interface PositionCapture {
  readonly position: SimPosition;
  readonly side: number;
  readonly entry: 1 | -1;
  readonly signedQty: number;
  readonly quantity: number;
  readonly peakQty: number;
  readonly avgPxOpen: number;
  readonly avgPxClose: number;
  readonly realizedReturn: number;
  readonly realizedPnl: number;
  readonly commissions: number;
  readonly openingOrderId: string;
  readonly closingOrderId: string;
  readonly tsOpenedMs: number;
  readonly tsClosedMs: number;
  readonly tsLastMs: number;
}

/** Captures a position's current numbers (cheap: no formatting). */
export function capturePosition(p: SimPosition): PositionCapture {
  return {
    position: p,
    side: p.side,
    entry: p.entry,
    signedQty: p.signedQty,
    quantity: p.quantity,
    peakQty: p.peakQty,
    avgPxOpen: p.avgPxOpen,
    avgPxClose: p.avgPxClose,
    realizedReturn: p.realizedReturn,
    realizedPnl: p.realizedPnl ?? 0,
    commissions: p.commissions,
    openingOrderId: p.openingOrderId,
    closingOrderId: p.closingOrderId,
    tsOpenedMs: p.tsOpenedMs,
    tsClosedMs: p.tsClosedMs,
    tsLastMs: p.tsLastMs,
  };
}

/** Nanoseconds since the epoch of a time in milliseconds (exact: the host keeps milliseconds). */
function nsOf(ms: number): bigint {
  return BigInt(Math.round(ms)) * 1_000_000n;
}

/**
 * The positions report: one row per captured lifecycle (`captures` in the order they ended, open
 * positions last), lifecycles followed by another of the same position id marked as snapshots and
 * numbered in that order, rows sorted as the Nautilus runner sorts them: by (ts_opened, ts_closed,
 * position id without the snapshot suffix, lifecycle number), so that lifecycles opened and
 * closed in the same bar keep the order they happened in.
 */
export function positionReportRows(captures: readonly PositionCapture[], ids: ReportIds): PositionReportRow[] {
  const lastOf = new Map<string, number>();
  captures.forEach((c, k) => lastOf.set(c.position.id, k));
  const counts = new Map<string, number>();
  const keyed = captures.map((c, k) => {
    const id = c.position.id;
    const n = (counts.get(id) ?? 0) + 1;
    counts.set(id, n);
    const last = lastOf.get(id) === k;
    const row = positionReportRow(c, ids, last ? id : `${id}-snapshot-${n}`, !last);
    return { row, key: [row.ts_opened, row.ts_closed ?? 'None', id] as const, n };
  });
  keyed.sort((a, b) => {
    for (let i = 0; i < 3; i++) if (a.key[i] !== b.key[i]) return (a.key[i] as string) < (b.key[i] as string) ? -1 : 1;
    return a.n - b.n;
  });
  return keyed.map((k) => k.row);
}

/** The row of one lifecycle. */
function positionReportRow(p: PositionCapture, ids: ReportIds, positionId: string, isSnapshot: boolean): PositionReportRow {
  const inst = p.position.instrument;
  const money = (units: number): string => `${formatUnits(units, inst.currencyPrecision)} ${inst.currency}`;
  const closed = p.side === 0;
  const durationMs = closed ? p.tsClosedMs - p.tsOpenedMs : 0;
  return {
    position_id: positionId,
    trader_id: ids.traderId,
    strategy_id: ids.strategyId,
    instrument_id: inst.id,
    account_id: ids.accountId,
    opening_order_id: p.openingOrderId,
    closing_order_id: p.closingOrderId === '' ? null : p.closingOrderId,
    entry: p.entry === 1 ? 'BUY' : 'SELL',
    side: p.side === 1 ? 'LONG' : p.side === -1 ? 'SHORT' : 'FLAT',
    quantity: formatUnits(p.quantity, inst.sizePrecision),
    peak_qty: formatUnits(p.peakQty, inst.sizePrecision),
    // Position.ts_init is its opening fill's, which a backtest stamps with the fill's time.
    ts_init: nsOf(p.tsOpenedMs),
    ts_opened: isoFromMs(p.tsOpenedMs),
    ts_last: nsOf(p.tsLastMs),
    ts_closed: closed ? isoFromMs(p.tsClosedMs) : null,
    duration_ns: durationMs > 0 ? nsOf(durationMs) : null,
    avg_px_open: p.avgPxOpen,
    avg_px_close: p.avgPxClose > 0 ? p.avgPxClose : null,
    commissions: [money(p.commissions)],
    realized_return: pyRound(p.realizedReturn, 5),
    realized_pnl: money(p.realizedPnl),
    is_snapshot: isSnapshot,
  };
}

/**
 * JSON text of a report (2-space indent) with bigint fields written as plain integers, as Python's
 * json module writes Nautilus's nanosecond times (JSON.stringify cannot write a bigint).
 */
export function reportJson(value: unknown): string {
  const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `\u0000ns${v}` : v), 2);
  return text.replace(/"\\u0000ns(-?\d+)"/g, '$1');
}

/** One instrument's margins in an account state, as Nautilus's MarginBalance.to_dict prints them. */
export interface MarginReportRow {
  readonly type: 'MarginBalance';
  readonly initial: string;
  readonly maintenance: string;
  readonly currency: string;
  readonly instrument_id: string;
}

/** One account state, as Nautilus's account report prints it (its balance with the state's fields). */
export interface AccountStateReportRow {
  readonly ts_event: string;
  readonly total: string;
  readonly locked: string;
  readonly free: string;
  readonly currency: string;
  readonly account_id: string;
  readonly account_type: 'MARGIN';
  readonly base_currency: string;
  readonly margins: readonly MarginReportRow[];
  /** True for the venue's opening state, false for the states the portfolio calculated. */
  readonly reported: boolean;
  readonly info: Readonly<Record<string, never>>;
}

/** account.json: final balances and every account state generated, in order. */
export interface AccountReport {
  readonly account_id: string;
  readonly balances: ReadonlyArray<{ readonly currency: string; readonly total: string; readonly locked: string; readonly free: string }>;
  readonly report: readonly AccountStateReportRow[];
}

/** Builds account.json from the account and its recorded states (the first is the opening state). */
export function accountReport(account: SimAccount, history: readonly AccountHistoryEntry[]): AccountReport {
  const f = (u: number): string => formatUnits(u, account.precision);
  const currency = account.currency;
  return {
    account_id: account.accountId,
    balances: [{ currency, total: f(account.total), locked: f(account.locked), free: f(account.free) }],
    report: history.map((h, k) => ({
      ts_event: isoFromMs(h.tsMs),
      total: f(h.total),
      locked: f(h.locked),
      free: f(h.free),
      currency,
      account_id: account.accountId,
      account_type: 'MARGIN',
      base_currency: currency,
      margins: h.margins.map((m) => ({ type: 'MarginBalance', initial: f(m.init), maintenance: f(m.maint), currency, instrument_id: m.instrumentId })),
      reported: k === 0,
      info: {},
    })),
  };
}
