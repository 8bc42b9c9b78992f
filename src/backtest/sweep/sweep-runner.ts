/**
 * Runs a parameter sweep across worker threads. The bars are loaded once into SharedArrayBuffer
 * columns and handed to every worker without a copy; combination indices go out in small batches
 * (a worker asks for the next batch when it finishes one, so fast and slow combinations balance),
 * results stream back as they finish and are reported through `onProgress`. With `workers: 0`
 * everything runs in the calling thread through the same evaluation code.
 * The returned rows are sorted by the grid's metric, ties by combination index, so the table does
 * not depend on scheduling.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BarSeries, TickSeries } from '../../data/index.js';
import { prepareHostData } from '../host-backtest.js';
import type { VenueConfig } from '../venue-config.js';
import type { StrategyDefinition } from '../../strategy/index.js';
import { evaluateCombos, mergeSkipReasons, sortSkipReasons, type SkipReason, type SweepBatch, type SweepRow } from './sweep-evaluate.js';
import { comboAt, expandGrid, SweepGridError, sweepIndices, type ExpandedGrid, type SortMetric, type SweepGrid } from './sweep-grid.js';
import type { FromWorker, ToWorker } from './sweep-protocol.js';
import { loadSweepControls, type SweepControlsSpec } from './sweep-controls.js';
import { resolveStrategy } from '../strategy-loader.js';

/** Progress after each finished batch. */
export interface SweepProgress {
  /** Combinations finished (evaluated + skipped). */
  readonly done: number;
  readonly total: number;
  readonly skipped: number;
  readonly barEvals: number;
}

/** A worker's failure: the strategy's refusal (its message) or a bug (with the worker's stack). */
export class SweepWorkerError extends Error {
  override readonly name = 'SweepWorkerError';
}

/** Options of {@link runSweep}. */
export interface SweepOptions {
  readonly grid: SweepGrid;
  /** Bars in data-entry order; SharedArrayBuffer-backed columns are shared with workers. */
  readonly series: readonly BarSeries[];
  /** Tick data instead of bars (`series` [] then). */
  readonly ticks?: TickSeries;
  readonly venue: VenueConfig;
  /** Worker threads (default: available parallelism); 0 runs in the calling thread. */
  readonly workers?: number;
  /** Host controls around every combination, built in each thread (none by default: the strategy alone). */
  readonly controls?: SweepControlsSpec;
  /** Parameters merged under every combination (e.g. instrument_id). */
  readonly fixedParams?: Readonly<Record<string, unknown>>;
  /** Combinations per batch (default: total / (workers x 16), between 1 and 64). */
  readonly batchSize?: number;
  readonly onProgress?: (progress: SweepProgress) => void;
  /** The worker script (default: sweep-worker.js next to this module; tests point it elsewhere). */
  readonly workerUrl?: URL;
  /** V8 young generation per worker in MB (default 64: fewer scavenges in the fill-heavy loop). */
  readonly youngGenerationMb?: number;
}

/** What a sweep produced: the ranked rows and the run totals. */
export interface SweepResult {
  /** Evaluated combinations, best first by `sortBy`. */
  readonly rows: readonly SweepRow[];
  readonly sortBy: SortMetric;
  readonly total: number;
  readonly evaluated: number;
  readonly skipped: number;
  /** Why combinations were skipped, most frequent first (see {@link SkipReason}). */
  readonly skipReasons: readonly SkipReason[];
  readonly barEvals: number;
  readonly workers: number;
  /** The parameters every combination shared (SweepOptions.fixedParams) that no grid key overrode. */
  readonly fixedParams: Readonly<Record<string, unknown>>;
}

/**
 * Runs the sweep; see the module comment.
 * @throws SweepGridError when a range is empty or the grid too large, when the grid names a
 *   parameter the strategy does not have (both before any combination runs), or when the
 *   strategy's schema refused every combination.
 * @throws Error when the strategy cannot be loaded or a worker fails (the message names it).
 */
export async function runSweep(options: SweepOptions): Promise<SweepResult> {
  const grid = options.grid;
  const expanded = expandGrid(grid);
  const indices = sweepIndices(grid, expanded);
  const total = indices.length;
  const workers = Math.max(0, Math.min(options.workers ?? availableParallelism(), total));
  const fixed = options.fixedParams ?? {};
  const batchSize = options.batchSize ?? Math.max(1, Math.min(64, Math.ceil(total / Math.max(1, workers * 16))));
  const definition = await resolveStrategy(grid.strategy);
  checkParamNames(definition, expanded, fixed);
  const rows: SweepRow[] = [];
  const skipReasons: SkipReason[] = [];
  let skipped = 0;
  let barEvals = 0;
  let done = 0;
  const report = (batch: SweepBatch, count: number): void => {
    for (const r of batch.rows) rows.push(r);
    skipped += batch.skipped;
    mergeSkipReasons(skipReasons, batch.skipReasons);
    barEvals += batch.barEvals;
    done += count;
    options.onProgress?.({ done, total, skipped, barEvals });
  };

  if (workers === 0) {
    const data = prepareHostData(options.venue, options.series, options.ticks);
    const controls = options.controls === undefined ? null : await loadSweepControls(options.controls, definition, options.venue);
    for (let start = 0; start < total; start += batchSize) {
      const slice = indices.subarray(start, Math.min(total, start + batchSize));
      report(evaluateCombos(definition, data, options.venue, expanded, slice, fixed, controls), slice.length);
    }
  } else {
    await runOnWorkers(options, workers, indices, batchSize, expanded, fixed, report);
  }
  sortSkipReasons(skipReasons);
  if (total > 0 && rows.length === 0) {
    throw new SweepGridError([
      `grid.params: ${definition.name}'s parameter schema refused all ${total} combinations, so there is nothing to rank; fix the values it names:`,
      ...skipReasons.map((r) => `  ${r.param}: ${r.example} (${r.count} combination${r.count === 1 ? '' : 's'})`),
    ]);
  }
  const shared = Object.fromEntries(Object.entries(fixed).filter(([k]) => !(k in grid.params)));
  return { rows: sortRows(rows, grid.sort_by), sortBy: grid.sort_by, total, evaluated: rows.length, skipped, skipReasons, barEvals, workers, fixedParams: shared };
}

/**
 * Refuses, before anything runs, a grid parameter the strategy's schema does not know (a typo would
 * otherwise make every combination invalid). Strategies whose schema lets unknown keys through pass.
 */
function checkParamNames(definition: StrategyDefinition, grid: ExpandedGrid, fixed: Readonly<Record<string, unknown>>): void {
  if (grid.size === 0) return;
  const parsed = definition.paramsSchema.safeParse({ ...fixed, ...comboAt(grid, 0) });
  if (parsed.success) return;
  const unknown = parsed.error.issues.flatMap((i) => (i.code === 'unrecognized_keys' && i.path.length === 0 ? i.keys : []));
  if (unknown.length === 0) return;
  const shape = (definition.paramsSchema as { shape?: Record<string, unknown> }).shape;
  const known = shape === undefined ? '' : `; its parameters: ${Object.keys(shape).join(', ')}`;
  throw new SweepGridError(unknown.map((k) => `grid.params.${k}: not a parameter of ${definition.name} (remove it or check its spelling${known})`));
}

function runOnWorkers(
  options: SweepOptions,
  count: number,
  indices: Int32Array,
  batchSize: number,
  expanded: ReturnType<typeof expandGrid>,
  fixed: Readonly<Record<string, unknown>>,
  report: (batch: SweepBatch, count: number) => void,
): Promise<void> {
  const url = options.workerUrl ?? new URL('./sweep-worker.js', import.meta.url);
  let next = 0;
  let active = count;
  const pending = new Map<Worker, number>();
  return new Promise<void>((resolvePromise, reject) => {
    let failed = false;
    const fail = (err: Error): void => {
      if (failed) return;
      failed = true;
      for (const w of pending.keys()) void w.terminate();
      reject(err);
    };
    const feed = (w: Worker): void => {
      if (next >= indices.length) {
        w.postMessage({ type: 'stop' } satisfies ToWorker);
        pending.delete(w);
        active -= 1;
        if (active === 0 && !failed) resolvePromise();
        return;
      }
      const slice = indices.slice(next, Math.min(indices.length, next + batchSize));
      next += slice.length;
      pending.set(w, slice.length);
      w.postMessage({ type: 'run', indices: slice } satisfies ToWorker);
    };
    for (let k = 0; k < count; k++) {
      // The stack as the CLI thread's (bin/dolphin.js): Nautilus's matching engine nests a call per
      // size increment in a one-unit OUO fill cascade, and the host engine does the same.
      const w = new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: options.youngGenerationMb ?? 64, stackSizeMb: 512 } });
      pending.set(w, 0);
      w.on('message', (m: FromWorker) => {
        if (m.type === 'ready') feed(w);
        else if (m.type === 'batch') {
          report(m, pending.get(w) ?? 0);
          feed(w);
        } else fail(new SweepWorkerError(`sweep worker failed: ${m.message}`));
      });
      w.on('error', (err) => { fail(err); });
      w.on('exit', (code) => {
        if (code !== 0 && pending.has(w)) fail(new Error(`sweep worker exited with code ${code}`));
      });
      w.postMessage({ type: 'init', strategy: options.grid.strategy, venue: options.venue, series: options.series, ...(options.ticks === undefined ? {} : { ticks: options.ticks }), grid: expanded, fixedParams: fixed, ...(options.controls === undefined ? {} : { controls: options.controls }) } satisfies ToWorker);
    }
  });
}

/** The value a row is ranked by; larger is better except for max_drawdown. Nulls rank last. */
export function sortValue(row: SweepRow, metric: SortMetric): number | null {
  const m = row.metrics;
  switch (metric) {
    case 'return':
      return m.total_return;
    case 'sharpe':
      return m.sharpe;
    case 'max_drawdown':
      return m.max_drawdown;
    case 'profit_factor':
      return m.profit_factor;
    case 'trades':
      return m.trades;
    case 'win_rate':
      return m.win_rate;
  }
}

/** Sorts rows best first by `metric` (ascending for max_drawdown), then by combination index. */
export function sortRows(rows: readonly SweepRow[], metric: SortMetric): SweepRow[] {
  const sign = metric === 'max_drawdown' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, metric);
    const vb = sortValue(b, metric);
    if (va === null || vb === null || Number.isNaN(va) || Number.isNaN(vb)) {
      const na = va === null || Number.isNaN(va);
      const nb = vb === null || Number.isNaN(vb);
      if (na !== nb) return na ? 1 : -1;
      return a.index - b.index;
    }
    if (va !== vb) return sign * (va - vb);
    return a.index - b.index;
  });
}
