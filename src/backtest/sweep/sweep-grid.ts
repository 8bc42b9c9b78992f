/**
 * Parameter grids for sweeps: a YAML/JSON file naming a strategy and, per parameter, an inclusive
 * range, a list of values or a fixed value. The grid is the cartesian product in key order (the
 * last key varies fastest); `mode: random` draws `samples` distinct combinations with a seeded Rng.
 * Combinations are addressed by index and decoded on demand, so huge grids cost no memory.
 */
import { z } from 'zod';
import { createRng } from '../../market/index.js';

const scalar = z.union([z.number(), z.string(), z.boolean()]);

/** One parameter's values: `{range: [from, to, step?]}` (inclusive), a list, or a fixed value. */
export const sweepParamSchema = z.union([
  z.object({ range: z.tuple([z.number(), z.number()]).or(z.tuple([z.number(), z.number(), z.number().positive()])) }).strict(),
  z.array(scalar).min(1),
  scalar,
]);
/** One parameter of a grid file. */
export type SweepParam = z.infer<typeof sweepParamSchema>;

/** Metrics a sweep can sort by; max_drawdown sorts ascending, the others descending. */
export const SORT_METRICS = ['return', 'sharpe', 'max_drawdown', 'profit_factor', 'trades', 'win_rate'] as const;
/** A metric to rank sweep rows by. */
export type SortMetric = (typeof SORT_METRICS)[number];

/**
 * A grid file: the strategy, its parameters (`{range: [from, to, step?]}`, a list, or a value), the
 * mode (`grid`: every combination; `random`: `samples` distinct ones drawn with `seed`, default 1)
 * and the metric to sort by (default sharpe). Unknown keys are refused.
 */
export const sweepGridSchema = z
  .object({
    strategy: z.string().min(1),
    params: z.record(z.string().min(1), sweepParamSchema),
    mode: z.enum(['grid', 'random']).default('grid'),
    /** Random mode: how many distinct combinations to draw (capped at the grid size). */
    samples: z.number().int().positive().optional(),
    /** Random mode: Rng seed (32-bit). */
    seed: z.number().int().default(1),
    sort_by: z.enum(SORT_METRICS).default('sharpe'),
  })
  .strict()
  .superRefine((g, ctx) => {
    if (g.mode === 'random' && g.samples === undefined) ctx.addIssue({ code: 'custom', path: ['samples'], message: 'required when mode is random' });
  });
/** A parsed grid file. */
export type SweepGrid = z.infer<typeof sweepGridSchema>;

/**
 * A grid that cannot run: an empty or oversized range, too many combinations, a parameter the
 * strategy does not have, or a grid whose every combination the strategy's schema refused.
 * `lines` name the grid key and the fix (`grid.params.fast_ema_period.range: ...`).
 */
export class SweepGridError extends Error {
  override readonly name = 'SweepGridError';
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n  '));
  }
}

/** Most combinations `mode: grid` evaluates (every index is listed: 4 bytes each). */
export const MAX_GRID_COMBINATIONS = 1e8;

/** A grid ready to decode: the values of each parameter and the mixed-radix sizes. */
export interface ExpandedGrid {
  readonly keys: readonly string[];
  readonly values: ReadonlyArray<readonly (number | string | boolean)[]>;
  /** Size of the full cartesian product. */
  readonly size: number;
}

/**
 * Lists every parameter's values.
 * @throws SweepGridError for an empty or too large range (over 10^7 values), a product over 2^31
 *   combinations, or over {@link MAX_GRID_COMBINATIONS} in `mode: grid`.
 */
export function expandGrid(grid: SweepGrid): ExpandedGrid {
  const keys = Object.keys(grid.params);
  const values = keys.map((k) => paramValues(k, grid.params[k] as SweepParam));
  let size = 1;
  for (const v of values) size *= v.length;
  const sizes = `${keys.map((k, i) => `${k} ${values[i]?.length ?? 0}`).join(' x ')} = ${size}`;
  if (size > 2 ** 31) throw new SweepGridError([`grid.params: at most 2^31 combinations, was ${sizes}`]);
  if (grid.mode === 'grid' && size > MAX_GRID_COMBINATIONS) {
    throw new SweepGridError([`grid.params: mode grid evaluates every combination, at most 10^8, was ${sizes}; use mode: random with samples`]);
  }
  return { keys, values, size };
}

function paramValues(key: string, p: SweepParam): Array<number | string | boolean> {
  if (Array.isArray(p)) return [...p];
  if (typeof p === 'object') {
    const [from, to, step = 1] = p.range;
    const n = Math.floor((to - from) / step + 1e-9) + 1;
    if (!(n >= 1) || n > 1e7) {
      throw new SweepGridError([`grid.params.${key}.range: [from, to, step?] must give 1 to 10^7 values (from <= to), was ${JSON.stringify(p.range)}, giving ${n < 1 ? 0 : n}`]);
    }
    const decimals = Math.max(decimalsOf(from), decimalsOf(step));
    return Array.from({ length: n }, (_, i) => Number((from + i * step).toFixed(decimals)));
  }
  return [p];
}

function decimalsOf(x: number): number {
  const t = String(x);
  const dot = t.indexOf('.');
  return dot < 0 ? 0 : t.length - dot - 1;
}

/** The parameters of combination `index` (0 <= index < size); the last key varies fastest. */
export function comboAt(grid: ExpandedGrid, index: number): Record<string, number | string | boolean> {
  const out: Record<string, number | string | boolean> = {};
  let rest = index;
  for (let k = grid.keys.length - 1; k >= 0; k--) {
    const vals = grid.values[k] as readonly (number | string | boolean)[];
    out[grid.keys[k] as string] = vals[rest % vals.length] as number | string | boolean;
    rest = Math.floor(rest / vals.length);
  }
  // Keep the file's key order in the object (the loop filled it backwards).
  const ordered: Record<string, number | string | boolean> = {};
  for (const key of grid.keys) ordered[key] = out[key] as number | string | boolean;
  return ordered;
}

/**
 * The combination indices a sweep evaluates: all of them in order (grid), or `samples` distinct
 * ones drawn with the seeded Rng and sorted (random; Floyd's algorithm, no full shuffle).
 */
export function sweepIndices(grid: SweepGrid, expanded: ExpandedGrid): Int32Array {
  if (grid.mode === 'grid') return Int32Array.from({ length: expanded.size }, (_, i) => i);
  const n = Math.min(grid.samples ?? expanded.size, expanded.size);
  const rng = createRng(grid.seed);
  const chosen = new Set<number>();
  for (let j = expanded.size - n; j < expanded.size; j++) {
    const t = Math.floor(rng.next() * (j + 1));
    chosen.add(chosen.has(t) ? j : t);
  }
  return Int32Array.from([...chosen].sort((a, b) => a - b));
}
