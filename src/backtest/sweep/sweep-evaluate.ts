/**
 * Evaluates sweep combinations through the real simulator and runner (what every worker runs):
 * each combination's parameters are validated by the strategy's schema (a refusal, such as
 * fast >= slow, is skipped and counted by reason), then run with fills kept as numbers only, inside
 * the host controls when the sweep has them (sweep-controls.ts).
 */
import type { StrategyDefinition } from '../../strategy/index.js';
import { BacktestScratch, runHostBacktest, type PreparedHostData } from '../host-backtest.js';
import type { Metrics } from '../metrics.js';
import type { VenueConfig } from '../venue-config.js';
import type { ComboControlsFactory } from './sweep-controls.js';
import { comboAt, type ExpandedGrid } from './sweep-grid.js';

/** One evaluated combination. */
export interface SweepRow {
  readonly index: number;
  readonly params: Readonly<Record<string, number | string | boolean>>;
  readonly metrics: Metrics;
  readonly fills: number;
  readonly finalBalance: string;
}

/**
 * Why combinations were skipped: the parameter the strategy's schema named first (its issue path,
 * `(params)` when none) with the kind of refusal, how many combinations it refused, and the
 * message for the lowest combination index it refused (e.g. `must be less than slow_ema_period
 * (10), was 12`), so that the report does not depend on how batches were scheduled.
 */
export interface SkipReason {
  readonly param: string;
  readonly code: string;
  readonly count: number;
  readonly firstIndex: number;
  readonly example: string;
}

/** The outcome of a batch: rows for the valid combinations, and how many were skipped and why. */
export interface SweepBatch {
  readonly rows: SweepRow[];
  readonly skipped: number;
  /** Skipped combinations grouped by parameter and kind of refusal, in order of first occurrence. */
  readonly skipReasons: SkipReason[];
  /** Bars (or ticks) run: valid combinations x bars, for throughput. */
  readonly barEvals: number;
}

/** Runs the given combination indices one after the other. */
export function evaluateCombos(
  definition: StrategyDefinition,
  data: PreparedHostData,
  venue: VenueConfig,
  grid: ExpandedGrid,
  indices: ArrayLike<number>,
  fixedParams: Readonly<Record<string, unknown>> = {},
  controls: ComboControlsFactory | null = null,
): SweepBatch {
  const rows: SweepRow[] = [];
  let skipped = 0;
  let barEvals = 0;
  const reasons = new Map<string, { -readonly [K in keyof SkipReason]: SkipReason[K] }>();
  const scratch = new BacktestScratch();
  for (let k = 0; k < indices.length; k++) {
    const index = indices[k] as number;
    const params = comboAt(grid, index);
    const parsed = definition.paramsSchema.safeParse({ ...fixedParams, ...params });
    if (!parsed.success) {
      skipped += 1;
      const issue = parsed.error.issues[0];
      const param = issue === undefined || issue.path.length === 0 ? '(params)' : issue.path.map(String).join('.');
      const code = issue?.code ?? 'invalid';
      const key = `${param}\u0000${code}`;
      const seen = reasons.get(key);
      if (seen === undefined) reasons.set(key, { param, code, count: 1, firstIndex: index, example: issue === undefined ? 'refused' : issueText(issue, params) });
      else {
        seen.count += 1;
        if (index < seen.firstIndex && issue !== undefined) {
          seen.firstIndex = index;
          seen.example = issueText(issue, params);
        }
      }
      continue;
    }
    const c = controls === null ? null : controls();
    const result = runHostBacktest({ definition, params: parsed.data, venue, data, recordFills: false, scratch, ...(c === null ? {} : { runner: c.runner, observers: c.observers }) });
    barEvals += result.barsProcessed + result.ticksProcessed;
    rows.push({ index, params, metrics: result.metrics, fills: result.fillCount, finalBalance: result.finalBalance });
  }
  return { rows, skipped, skipReasons: [...reasons.values()], barEvals };
}

/**
 * Adds a batch's skip reasons into `into`: for the same parameter and kind the counts add and the
 * example of the lower combination index stays, whatever order the batches arrive in.
 */
export function mergeSkipReasons(into: SkipReason[], more: readonly SkipReason[]): void {
  for (const r of more) {
    const k = into.findIndex((x) => x.param === r.param && x.code === r.code);
    const seen = k < 0 ? undefined : into[k];
    if (seen === undefined) into.push({ ...r });
    else into[k] = r.firstIndex < seen.firstIndex ? { ...r, count: seen.count + r.count } : { ...seen, count: seen.count + r.count };
  }
}

/** Most frequent first, ties by the first combination index refused. */
export function sortSkipReasons(reasons: SkipReason[]): SkipReason[] {
  return reasons.sort((a, b) => b.count - a.count || a.firstIndex - b.firstIndex);
}

/** The issue's message, with the grid's value when the message does not give it. */
function issueText(
  issue: { readonly code: string; readonly message: string; readonly path: readonly PropertyKey[]; readonly keys?: readonly string[] },
  params: Readonly<Record<string, number | string | boolean>>,
): string {
  if (issue.code === 'unrecognized_keys' && issue.keys !== undefined) return `not a parameter of the strategy: ${issue.keys.join(', ')}`;
  const key = issue.path.length === 1 ? String(issue.path[0]) : '';
  if (key === '' || !(key in params) || /, was [^,]+$/.test(issue.message)) return issue.message;
  return `${issue.message}, was ${JSON.stringify(params[key])}`;
}
