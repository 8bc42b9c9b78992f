/**
 * The paired comparison: two runs of the same strategy, data and venue must produce the same fills
 * (time, instrument, side, quantity, price, commission, as Nautilus prints them), the same final
 * balance and, when both runs report them, the same account states (time, total, locked, free:
 * every state the account recorded, so margins and their timing are compared too). Order ids,
 * trade ids and tags are not compared (the engines name orders differently when one side is a
 * native Nautilus strategy).
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
}

/** One recorded account state as account.json prints it. */
export interface AccountStateRow {
  readonly ts_event: string;
  readonly total: string;
  readonly locked: string;
  readonly free: string;
}

const ACCOUNT_FIELDS = ['ts_event', 'total', 'locked', 'free'] as const;

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
       * Index of the first differing fill (0-based), -1 when only the final balance differs, or
       * the index of the first differing account state.
       */
      readonly index: number;
      /** The first differing field, 'count' when one run has more fills, 'final_balance', 'account_state'. */
      readonly field: PairedField | 'count' | 'final_balance' | 'account_state';
      /** Time of the divergence (the ts of whichever fill or state exists), '' for the final balance. */
      readonly ts: string;
      readonly a: FillRecord | AccountStateRow | string | null;
      readonly b: FillRecord | AccountStateRow | string | null;
      readonly message: string;
    };

/**
 * Compares two runs fill by fill, then the final balance.
 * @returns `identical: true` with the message `paired: N fills identical`, or the first divergence.
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
  if (a.accountStates === undefined || b.accountStates === undefined) return { identical: true, fills: n, message: `paired: ${n} fills identical` };
  const sa = a.accountStates;
  const sb = b.accountStates;
  const m = Math.max(sa.length, sb.length);
  for (let k = 0; k < m; k++) {
    const ra = sa[k];
    const rb = sb[k];
    if (ra === undefined || rb === undefined || ACCOUNT_FIELDS.some((f) => ra[f] !== rb[f])) {
      return divergence(a, b, k, 'account_state', (ra ?? rb)?.ts_event ?? '', ra ?? null, rb ?? null);
    }
  }
  return { identical: true, fills: n, message: `paired: ${n} fills identical, ${m} account states identical` };
}

function describe(f: FillRecord | AccountStateRow | string | null): string {
  if (f === null) return '(none)';
  if (typeof f === 'string') return f;
  if (!('side' in f)) return `${f.ts_event} total ${f.total} locked ${f.locked} free ${f.free}`;
  return `${f.ts} ${f.instrument} ${f.side} ${f.qty} @ ${f.price} commission ${f.commission} ${f.commission_currency} (${f.order_id}${f.tag ? `, ${f.tag}` : ''})`;
}

function divergence(
  a: PairedRun,
  b: PairedRun,
  index: number,
  field: PairedField | 'count' | 'final_balance' | 'account_state',
  ts: string,
  va: FillRecord | AccountStateRow | string | null,
  vb: FillRecord | AccountStateRow | string | null,
): PairedComparison {
  const where =
    field === 'final_balance'
      ? `all ${a.fills.length} fills identical, final balance differs`
      : field === 'account_state'
        ? `all ${a.fills.length} fills and the final balance identical, first divergence at account state #${index} (${ts}) of ${a.accountStates?.length ?? 0} / ${b.accountStates?.length ?? 0}`
        : field === 'count'
        ? `fill #${index} at ${ts}: ${a.label} has ${a.fills.length} fills, ${b.label} has ${b.fills.length}`
        : `first divergence at fill #${index} (${ts}), field ${field}`;
  const message = [`paired: ${where}`, `  ${a.label}: ${describe(va)}`, `  ${b.label}: ${describe(vb)}`].join('\n');
  return { identical: false, index, field, ts, a: va, b: vb, message };
}
