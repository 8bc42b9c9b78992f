/**
 * The paired comparison: two runs of the same strategy, data and venue must produce the same fills
 * (time, instrument, side, quantity, price, commission, as Nautilus prints them), the same final
 * balance and, when both runs report them, the same account states (account.json's report: every
 * state the account recorded, every field, its per-instrument margins included) and the same
 * positions (positions.json: every lifecycle, every field but the ids), then the metrics when both
 * runs computed them (summary.json: return, drawdown, Sharpe... from each run's own equity
 * samples, so the per-bar unrealized PnL is compared through them). Order ids, trade ids,
 * position ids, strategy ids and tags are not compared (the engines name orders and strategies
 * differently when one side is a native Nautilus strategy).
 */
import type { FillRecord } from './report.js';

/** One side of a paired comparison. */
export interface PairedRun {
  /** A label for messages ("host", "nautilus", "native"). */
  readonly label: string;
  readonly fills: readonly FillRecord[];
  /** Final balance as printed (e.g. "9568.11607600"). */
  readonly finalBalance: string;
  /** The account's recorded states in order (account.json's `report`), when the run wrote them. */
  readonly accountStates?: readonly AccountStateRow[];
  /** The positions report (positions.json's rows, in order), when the run wrote it. */
  readonly positions?: readonly PositionRow[];
  /** summary.json's metrics, when the run computed them (a native Nautilus run does not). */
  readonly metrics?: Readonly<Record<string, unknown>>;
}

/** One recorded account state as account.json prints it (the fields named here at least; all are compared). */
export interface AccountStateRow {
  readonly ts_event: string;
  readonly total: string;
  readonly locked: string;
  readonly free: string;
  readonly [field: string]: unknown;
}

/** One row of positions.json (all fields but {@link POSITION_ID_FIELDS} are compared). */
export interface PositionRow {
  readonly ts_opened: string;
  readonly [field: string]: unknown;
}

/** Names, not numbers: position fields that the engines may spell differently (see the module comment). */
export const POSITION_ID_FIELDS: readonly string[] = ['position_id', 'strategy_id', 'opening_order_id', 'closing_order_id'];

/** Fields compared per fill, in this order. */
export const PAIRED_FIELDS = ['ts_ns', 'instrument', 'side', 'qty', 'price', 'commission'] as const;
/** One of {@link PAIRED_FIELDS}. */
export type PairedField = (typeof PAIRED_FIELDS)[number];

/** The verdict of {@link compareRuns}: identical, or the first divergence with both sides. */
export type PairedComparison =
  | { readonly identical: true; readonly fills: number; readonly message: string }
  | {
      readonly identical: false;
      /**
       * Index of the first differing fill, account state or position (0-based), -1 for the final
       * balance and the metrics.
       */
      readonly index: number;
      /** The first differing field, 'count' when one run has more fills, 'final_balance', 'account_state', 'position', 'metrics'. */
      readonly field: DivergenceField;
      /** Time of the divergence (the ts of whichever fill, state or position exists), '' for the final balance. */
      readonly ts: string;
      readonly a: Compared;
      readonly b: Compared;
      readonly message: string;
    };

type DivergenceField = PairedField | 'count' | 'final_balance' | 'account_state' | 'position' | 'metrics';
type Compared = FillRecord | AccountStateRow | PositionRow | string | null;

/**
 * Compares two runs fill by fill, then the final balance, then (when both runs have them) the
 * account states and the positions row by row, then the metrics.
 * @returns `identical: true` with the message `paired: N fills identical[, M account states
 *   identical][, P positions identical][, metrics identical]`, or the first divergence.
 */
export function compareRuns(a: PairedRun, b: PairedRun): PairedComparison {
  const n = Math.min(a.fills.length, b.fills.length);
  for (let i = 0; i < n; i++) {
    const fa = a.fills[i] as FillRecord;
    const fb = b.fills[i] as FillRecord;
    for (const field of PAIRED_FIELDS) {
      if (fa[field] !== fb[field]) return divergence(a, b, i, field, fa.ts, fa, fb);
    }
  }
  if (a.fills.length !== b.fills.length) {
    const extra = (a.fills[n] ?? b.fills[n]) as FillRecord;
    return divergence(a, b, n, 'count', extra.ts, a.fills[n] ?? null, b.fills[n] ?? null);
  }
  if (a.finalBalance !== b.finalBalance) return divergence(a, b, -1, 'final_balance', '', a.finalBalance, b.finalBalance);
  const parts = [`${n} fills identical`];
  if (a.accountStates !== undefined && b.accountStates !== undefined) {
    const k = firstDifferentRow(a.accountStates, b.accountStates, NO_FIELDS);
    if (k >= 0) return rowDivergence(a, b, k, 'account_state', a.accountStates, b.accountStates, NO_FIELDS);
    parts.push(`${a.accountStates.length} account states identical`);
  }
  if (a.positions !== undefined && b.positions !== undefined) {
    const k = firstDifferentRow(a.positions, b.positions, POSITION_ID_FIELDS);
    if (k >= 0) return rowDivergence(a, b, k, 'position', a.positions, b.positions, POSITION_ID_FIELDS);
    parts.push(`${a.positions.length} positions identical`);
  }
  if (a.metrics !== undefined && b.metrics !== undefined) {
    const field = differingField(a.metrics, b.metrics, NO_FIELDS);
    if (field !== null) {
      const show = (m: Readonly<Record<string, unknown>>): string => `${field} ${JSON.stringify(m[field]) ?? '(missing)'}`;
      return divergence(a, b, -1, 'metrics', '', show(a.metrics), show(b.metrics));
    }
    parts.push('metrics identical');
  }
  return { identical: true, fills: n, message: `paired: ${parts.join(', ')}` };
}

const NO_FIELDS: readonly string[] = [];

/** Index of the first row that differs in a field not in `skip` (or exists on one side only), -1 when none. */
function firstDifferentRow(ra: readonly Readonly<Record<string, unknown>>[], rb: readonly Readonly<Record<string, unknown>>[], skip: readonly string[]): number {
  const m = Math.max(ra.length, rb.length);
  for (let k = 0; k < m; k++) {
    const x = ra[k];
    const y = rb[k];
    if (x === undefined || y === undefined || differingField(x, y, skip) !== null) return k;
  }
  return -1;
}

/** The first field (in `x`'s order, then `y`'s) whose JSON values differ, or null. */
function differingField(x: Readonly<Record<string, unknown>>, y: Readonly<Record<string, unknown>>, skip: readonly string[]): string | null {
  for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
    if (!skip.includes(key) && !sameJson(x[key], y[key])) return key;
  }
  return null;
}

/** Equality of parsed JSON values (numbers by value: 46458.0 and 46458 are the same number). */
function sameJson(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => sameJson(v, y[i]));
  const ox = x as Record<string, unknown>;
  const oy = y as Record<string, unknown>;
  const keys = Object.keys(ox);
  return keys.length === Object.keys(oy).length && keys.every((key) => key in oy && sameJson(ox[key], oy[key]));
}

function rowDivergence<R extends AccountStateRow | PositionRow>(
  a: PairedRun,
  b: PairedRun,
  k: number,
  field: 'account_state' | 'position',
  ra: readonly R[],
  rb: readonly R[],
  skip: readonly string[],
): PairedComparison {
  const x = ra[k] ?? null;
  const y = rb[k] ?? null;
  const ts = field === 'account_state' ? ((x ?? y) as AccountStateRow).ts_event : ((x ?? y) as PositionRow).ts_opened;
  const which = x !== null && y !== null ? differingField(x, y, skip) : null;
  return divergence(a, b, k, field, ts, x, y, which, [ra.length, rb.length]);
}

/**
 * paired.json, the verdict for scripts: whether the runs agree (and compared at least one fill),
 * what was compared, the message printed, and the first divergence with both sides' values.
 */
export function pairedVerdict(reference: string, a: PairedRun, b: PairedRun, result: PairedComparison, message: string): Record<string, unknown> {
  const both = <T>(x: T | undefined, y: T | undefined): boolean => x !== undefined && y !== undefined;
  return {
    identical: result.identical && result.fills > 0,
    reference,
    sides: [a.label, b.label],
    compared: {
      fills: [a.fills.length, b.fills.length],
      account_states: both(a.accountStates, b.accountStates) ? [a.accountStates?.length, b.accountStates?.length] : null,
      positions: both(a.positions, b.positions) ? [a.positions?.length, b.positions?.length] : null,
      metrics: both(a.metrics, b.metrics),
    },
    message,
    divergence: result.identical ? null : { field: result.field, index: result.index, ts: result.ts, [a.label]: result.a, [b.label]: result.b },
  };
}

function describe(f: Compared, field: string | null): string {
  if (f === null) return '(none)';
  if (typeof f === 'string') return f;
  if ('side' in f && 'commission_currency' in f) {
    const r = f as FillRecord;
    return `${r.ts} ${r.instrument} ${r.side} ${r.qty} @ ${r.price} commission ${r.commission} ${r.commission_currency} (${r.order_id}${r.tag ? `, ${r.tag}` : ''})`;
  }
  const detail = field === null ? '' : ` | ${field} ${JSON.stringify(f[field]) ?? '(missing)'}`;
  if ('ts_event' in f) return `${String(f.ts_event)} total ${String(f.total)} locked ${String(f.locked)} free ${String(f.free)}${detail}`;
  return `${String(f.instrument_id)} ${String(f.entry)} opened ${f.ts_opened} closed ${String(f.ts_closed)} peak ${String(f.peak_qty)} pnl ${String(f.realized_pnl)}${detail}`;
}

function divergence(
  a: PairedRun,
  b: PairedRun,
  index: number,
  field: DivergenceField,
  ts: string,
  va: Compared,
  vb: Compared,
  rowField: string | null = null,
  rows: readonly [number, number] = [0, 0],
): PairedComparison {
  const of = `of ${rows[0]} / ${rows[1]}${rowField === null ? '' : `, field ${rowField}`}`;
  const where =
    field === 'final_balance'
      ? `all ${a.fills.length} fills identical, final balance differs`
      : field === 'metrics'
        ? `all ${a.fills.length} fills, the final balance, the account states and the positions identical, the metrics differ`
      : field === 'account_state'
        ? `all ${a.fills.length} fills and the final balance identical, first divergence at account state #${index} (${ts}) ${of}`
        : field === 'position'
          ? `all ${a.fills.length} fills, the final balance and the account states identical, first divergence at position #${index} (opened ${ts}) ${of}`
          : field === 'count'
            ? `fill #${index} at ${ts}: ${a.label} has ${a.fills.length} fills, ${b.label} has ${b.fills.length}`
            : `first divergence at fill #${index} (${ts}), field ${field}`;
  const message = [`paired: ${where}`, `  ${a.label}: ${describe(va, rowField)}`, `  ${b.label}: ${describe(vb, rowField)}`].join('\n');
  return { identical: false, index, field, ts, a: va, b: vb, message };
}
