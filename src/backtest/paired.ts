/**
 * The paired comparison: two runs of the same strategy, data and venue must produce the same fills
 * (time, instrument, side, quantity, price, commission, as Nautilus prints them) and the same final
 * balance. Order ids, trade ids and tags are not compared (the engines name orders differently
 * when one side is a native Nautilus strategy).
 */
import type { FillRecord } from './report.js';

/** One side of a paired comparison. */
export interface PairedRun {
  /** A label for messages ("host", "nautilus", "native"). */
  readonly label: string;
  readonly fills: readonly FillRecord[];
  /** Final balance as printed (e.g. "9568.11607600"). */
  readonly finalBalance: string;
}

/** Fields compared per fill, in this order. */
export const PAIRED_FIELDS = ['ts_ns', 'instrument', 'side', 'qty', 'price', 'commission'] as const;
/** One of {@link PAIRED_FIELDS}. */
export type PairedField = (typeof PAIRED_FIELDS)[number];

/** The verdict of {@link compareRuns}: identical, or the first divergence with both sides. */
export type PairedComparison =
  | { readonly identical: true; readonly fills: number; readonly message: string }
  | {
      readonly identical: false;
      /** Index of the first differing fill (0-based), or -1 when only the final balance differs. */
      readonly index: number;
      /** The first differing field, or 'count' when one run has more fills, 'final_balance'. */
      readonly field: PairedField | 'count' | 'final_balance';
      /** Time of the divergence (the ts of whichever fill exists), '' for the final balance. */
      readonly ts: string;
      readonly a: FillRecord | string | null;
      readonly b: FillRecord | string | null;
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
  return { identical: true, fills: n, message: `paired: ${n} fills identical` };
}

function describe(f: FillRecord | string | null): string {
  if (f === null) return '(none)';
  if (typeof f === 'string') return f;
  return `${f.ts} ${f.instrument} ${f.side} ${f.qty} @ ${f.price} commission ${f.commission} ${f.commission_currency} (${f.order_id}${f.tag ? `, ${f.tag}` : ''})`;
}

function divergence(
  a: PairedRun,
  b: PairedRun,
  index: number,
  field: PairedField | 'count' | 'final_balance',
  ts: string,
  va: FillRecord | string | null,
  vb: FillRecord | string | null,
): PairedComparison {
  const where =
    field === 'final_balance'
      ? `all ${a.fills.length} fills identical, final balance differs`
      : field === 'count'
        ? `fill #${index} at ${ts}: ${a.label} has ${a.fills.length} fills, ${b.label} has ${b.fills.length}`
        : `first divergence at fill #${index} (${ts}), field ${field}`;
  const message = [`paired: ${where}`, `  ${a.label}: ${describe(va)}`, `  ${b.label}: ${describe(vb)}`].join('\n');
  return { identical: false, index, field, ts, a: va, b: vb, message };
}
