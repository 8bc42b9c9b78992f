/**
 * Evaluates sweep combinations through the real simulator and runner (what every worker runs):
 * each combination's parameters are validated by the strategy's schema (a refusal, such as
 * fast >= slow, is skipped and counted), then run with fills kept as numbers only.
 */
import type { StrategyDefinition } from '../../strategy/index.js';
import { BacktestScratch, runHostBacktest, type PreparedHostData } from '../host-backtest.js';
import type { Metrics } from '../metrics.js';
import type { VenueConfig } from '../venue-config.js';
import { comboAt, type ExpandedGrid } from './sweep-grid.js';

/** One evaluated combination. */
export interface SweepRow {
  readonly index: number;
  readonly params: Readonly<Record<string, number | string | boolean>>;
  readonly metrics: Metrics;
  readonly fills: number;
  readonly finalBalance: string;
}

/** The outcome of a batch: rows for the valid combinations, and how many were skipped. */
export interface SweepBatch {
  readonly rows: SweepRow[];
  readonly skipped: number;
  /** Bars run (valid combinations x bars), for throughput. */
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
): SweepBatch {
  const rows: SweepRow[] = [];
  let skipped = 0;
  let barEvals = 0;
  const scratch = new BacktestScratch();
  for (let k = 0; k < indices.length; k++) {
    const index = indices[k] as number;
    const params = comboAt(grid, index);
    const parsed = definition.paramsSchema.safeParse({ ...fixedParams, ...params });
    if (!parsed.success) {
      skipped += 1;
      continue;
    }
    const result = runHostBacktest({ definition, params: parsed.data, venue, data, recordFills: false, scratch });
    barEvals += result.barsProcessed;
    rows.push({ index, params, metrics: result.metrics, fills: result.fillCount, finalBalance: result.finalBalance });
  }
  return { rows, skipped, barEvals };
}
