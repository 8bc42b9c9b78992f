/** Messages between the sweep runner and its worker threads (structured clone; columns are shared). */
import type { BarSeries, TickSeries } from '../../data/index.js';
import type { VenueConfig } from '../venue-config.js';
import type { SweepControlsSpec } from './sweep-controls.js';
import type { SweepBatch } from './sweep-evaluate.js';
import type { ExpandedGrid } from './sweep-grid.js';

/** Sent once: what to run. The series' columns are SharedArrayBuffer views, shared without a copy. */
export interface SweepInit {
  readonly type: 'init';
  /** A registered strategy name, or a path to a module whose default export is a StrategyDefinition. */
  readonly strategy: string;
  readonly venue: VenueConfig;
  readonly series: readonly BarSeries[];
  /** Tick data instead of bars (its columns are shared like the bars'). */
  readonly ticks?: TickSeries;
  readonly grid: ExpandedGrid;
  readonly fixedParams: Readonly<Record<string, unknown>>;
  /** Host controls around every combination (none when absent). */
  readonly controls?: SweepControlsSpec;
}

/** A batch of combination indices to evaluate. */
export interface SweepRun {
  readonly type: 'run';
  readonly indices: Int32Array;
}

/** Runner -> worker messages. */
export type ToWorker = SweepInit | SweepRun | { readonly type: 'stop' };

/** Worker -> runner messages (a worker sends `ready`, then one `batch` per run message). */
export type FromWorker =
  | { readonly type: 'ready' }
  | ({ readonly type: 'batch' } & SweepBatch)
  | { readonly type: 'error'; readonly message: string };
