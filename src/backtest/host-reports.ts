/**
 * The host engine's report documents besides fills.json: positions.json (one row per position
 * lifecycle, fields named as Nautilus's Position.to_dict) and account.json (final balances and the
 * account-state history). Pure: the caller writes them.
 */
import { formatUnits, isoFromMs } from './fixed-point.js';
import type { SimAccount } from './sim-account.js';
import type { SimPosition } from './sim-position.js';

/** One position lifecycle (opened from flat, then closed or still open at the end). */
export interface PositionReportRow {
  readonly position_id: string;
  readonly strategy_id: string;
  readonly instrument_id: string;
  readonly opening_order_id: string;
  readonly closing_order_id: string | null;
  readonly entry: 'BUY' | 'SELL';
  readonly side: 'LONG' | 'SHORT' | 'FLAT';
  readonly signed_qty: number;
  readonly quantity: string;
  readonly peak_qty: string;
  readonly ts_opened: string;
  readonly ts_closed: string | null;
  readonly avg_px_open: number;
  readonly avg_px_close: number | null;
  readonly realized_return: number;
  readonly realized_pnl: string;
  readonly commissions: string;
  readonly settlement_currency: string;
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
  };
}

/** The row of a position as it stands now. */
export function positionReportRow(p: SimPosition | PositionCapture, strategyId: string): PositionReportRow {
  if (!('position' in p)) return positionReportRow(capturePosition(p), strategyId);
  const inst = p.position.instrument;
  const money = (units: number): string => `${formatUnits(units, inst.currencyPrecision)} ${inst.currency}`;
  const iso = isoFromMs;
  return {
    position_id: p.position.id,
    strategy_id: strategyId,
    instrument_id: inst.id,
    opening_order_id: p.openingOrderId,
    closing_order_id: p.closingOrderId === '' ? null : p.closingOrderId,
    entry: p.entry === 1 ? 'BUY' : 'SELL',
    side: p.side === 1 ? 'LONG' : p.side === -1 ? 'SHORT' : 'FLAT',
    signed_qty: p.signedQty,
    quantity: formatUnits(p.quantity, inst.sizePrecision),
    peak_qty: formatUnits(p.peakQty, inst.sizePrecision),
    ts_opened: iso(p.tsOpenedMs),
    ts_closed: p.side === 0 ? iso(p.tsClosedMs) : null,
    avg_px_open: p.avgPxOpen,
    avg_px_close: p.avgPxClose > 0 ? p.avgPxClose : null,
    realized_return: Math.round(p.realizedReturn * 1e5) / 1e5,
    realized_pnl: money(p.realizedPnl),
    commissions: money(p.commissions),
    settlement_currency: inst.currency,
  };
}

/** account.json: final balances and the account-state history (ts, total, locked, free). */
export interface AccountReport {
  readonly account_id: string;
  readonly balances: ReadonlyArray<{ readonly currency: string; readonly total: string; readonly locked: string; readonly free: string }>;
  readonly report: ReadonlyArray<{ readonly ts_event: string; readonly total: string; readonly locked: string; readonly free: string; readonly currency: string }>;
}

/** Builds account.json from the account and its recorded states. */
export function accountReport(account: SimAccount, history: AccountReport['report']): AccountReport {
  const f = (u: number): string => formatUnits(u, account.precision);
  return {
    account_id: account.accountId,
    balances: [{ currency: account.currency, total: f(account.total), locked: f(account.locked), free: f(account.free) }],
    report: history,
  };
}
