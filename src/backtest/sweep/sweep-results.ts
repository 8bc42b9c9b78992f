/**
 * Writes a sweep's results table: CSV (always), JSON and Parquet (hyparquet-writer). One row per
 * evaluated combination, best first, with the rank, every swept parameter and the metrics.
 */
import { writeFile } from 'node:fs/promises';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { SweepRow } from './sweep-evaluate.js';
import type { SweepResult } from './sweep-runner.js';

const METRIC_COLUMNS = ['total_return', 'sharpe', 'max_drawdown', 'profit_factor', 'win_rate', 'trades', 'fees', 'final_equity'] as const;

/** Column names of the table: rank, index, the parameters (in grid order), metrics, fills. */
export function resultColumns(rows: readonly SweepRow[]): string[] {
  const params = rows.length > 0 ? Object.keys((rows[0] as SweepRow).params) : [];
  return ['rank', 'index', ...params, ...METRIC_COLUMNS, 'fills', 'final_balance'];
}

function cell(row: SweepRow, rank: number, column: string): string | number | boolean | null {
  if (column === 'rank') return rank;
  if (column === 'index') return row.index;
  if (column === 'fills') return row.fills;
  if (column === 'final_balance') return row.finalBalance;
  if (column in row.params) return row.params[column] ?? null;
  const v = (row.metrics as unknown as Record<string, number | null>)[column];
  return v === undefined ? null : v;
}

function csvText(v: string | number | boolean | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The table as CSV text (header + rows, `\n` line ends). */
export function resultsCsv(result: SweepResult): string {
  const columns = resultColumns(result.rows);
  const lines = [columns.join(',')];
  result.rows.forEach((row, i) => lines.push(columns.map((c) => csvText(cell(row, i + 1, c))).join(',')));
  return `${lines.join('\n')}\n`;
}

/** The table and run totals as a JSON document. */
export function resultsJson(result: SweepResult): string {
  const columns = resultColumns(result.rows);
  const rows = result.rows.map((row, i) => Object.fromEntries(columns.map((c) => [c, cell(row, i + 1, c)])));
  const doc = { sort_by: result.sortBy, total: result.total, evaluated: result.evaluated, skipped: result.skipped, skip_reasons: result.skipReasons.map((r) => ({ param: r.param, code: r.code, count: r.count, first_index: r.firstIndex, example: r.example })), bar_evals: result.barEvals, fixed_params: result.fixedParams, rows };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The table as a Parquet file (numbers DOUBLE, text STRING, flags BOOLEAN; nulls allowed). */
export function resultsParquet(result: SweepResult): ArrayBuffer {
  const columns = resultColumns(result.rows);
  const columnData = columns.map((name) => {
    const values = result.rows.map((row, i) => cell(row, i + 1, name));
    const sample = values.find((v) => v !== null);
    if (typeof sample === 'string') return { name, data: values.map((v) => (v === null ? null : String(v))), type: 'STRING' as const, nullable: true };
    if (typeof sample === 'boolean') return { name, data: values, type: 'BOOLEAN' as const, nullable: true };
    return { name, data: values.map((v) => (v === null ? null : Number(v))), type: 'DOUBLE' as const, nullable: true };
  });
  return parquetWriteBuffer({ columnData, statistics: false });
}

/** The files {@link writeResults} writes for `base`: `${base}.csv`, `${base}.json`, `${base}.parquet`. */
export function resultPaths(base: string): string[] {
  return [`${base}.csv`, `${base}.json`, `${base}.parquet`];
}

/** Writes `${base}.csv`, `${base}.json` and `${base}.parquet`; returns the paths. */
export async function writeResults(result: SweepResult, base: string): Promise<string[]> {
  const paths = resultPaths(base);
  await writeFile(paths[0] as string, resultsCsv(result));
  await writeFile(paths[1] as string, resultsJson(result));
  await writeFile(paths[2] as string, new Uint8Array(resultsParquet(result)));
  return paths;
}
