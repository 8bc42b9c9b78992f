/**
 * Parquet bars into typed-array columns (SharedArrayBuffers by default). The timestamp column may
 * be INT64 (epoch seconds, ms, us or ns, chosen by magnitude) or a Parquet TIMESTAMP; prices and
 * volume are DOUBLE (or anything numeric). Rounding to the instrument's precisions happens later,
 * as in Nautilus's bar wrangler.
 */
import { readFile } from 'node:fs/promises';
import { BarDataError } from './bar-data-error.js';
import { allocateBarColumns, instrumentIdOfBarType, type BarSeries } from './bar-series.js';
import { BAR_RULE, barColumnNamesSchema, barLengthMs, barProblem, epochToMs } from './bar-source.js';
import type { CsvBarsOptions } from './csv-bars.js';
import { readParquetColumns } from './vbt-reader.js';

/** Same options as the CSV loader. */
export type ParquetBarsOptions = CsvBarsOptions;

/**
 * Decodes Parquet bytes into a {@link BarSeries}.
 * @throws Error naming the missing column, or the row whose timestamp does not increase.
 */
export async function parseParquetBars(bytes: ArrayBuffer, options: ParquetBarsOptions): Promise<BarSeries> {
  const names = barColumnNamesSchema.parse(options.columns ?? {});
  const { rows, columns } = await readParquetColumns(bytes);
  const need = (name: string): Float64Array => {
    const c = columns.get(name);
    if (!c) throw new Error(`Parquet bars have no "${name}" column (columns: ${[...columns.keys()].join(', ')})`);
    return c;
  };
  const ts = need(names.timestamp);
  const priceNames = [names.open, names.high, names.low, names.close];
  const src = priceNames.map(need);
  const volume = columns.get(names.volume) ?? null;
  const cols = allocateBarColumns(rows, options.shared ?? true);
  const shift = (options.timestampConvention ?? 'open') === 'open' ? barLengthMs(options.barType) : 0;
  const targets = [cols.open, cols.high, cols.low, cols.close] as Float64Array[];
  let prev = Number.NEGATIVE_INFINITY;
  for (let r = 0; r < rows; r++) {
    const t = epochToMs(ts[r] ?? Number.NaN) + shift;
    if (!(t > prev)) throw new Error(`Parquet bars: timestamp at row ${r} is not after the previous row`);
    prev = t;
    (cols.tsMs)[r] = t;
    for (let j = 0; j < 4; j++) {
      const v = (src[j] as Float64Array)[r] ?? Number.NaN;
      if (!Number.isFinite(v)) throw new Error(`Parquet bars: row ${r + 1}: ${priceNames[j] ?? ''} ${v} is not a number`);
      (targets[j] as Float64Array)[r] = v;
    }
    const vol = volume === null ? Number.NaN : (volume[r] ?? Number.NaN);
    (cols.volume)[r] = vol;
    const problem = barProblem(cols.open[r] as number, cols.high[r] as number, cols.low[r] as number, cols.close[r] as number, vol);
    if (problem !== null) throw new Error(`Parquet bars: row ${r + 1}: ${problem}; ${BAR_RULE}`);
  }
  return { barType: options.barType, instrumentId: instrumentIdOfBarType(options.barType), columns: cols };
}

/**
 * Loads a Parquet file of bars; see {@link parseParquetBars}.
 * @throws BarDataError naming the file (and the column or row) when it cannot be read or parsed.
 */
export async function loadParquetBars(path: string, options: ParquetBarsOptions): Promise<BarSeries> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err: unknown) {
    throw new BarDataError(path, `cannot read bars Parquet (${err instanceof Error ? err.message : String(err)})`, { cause: err });
  }
  try {
    return await parseParquetBars(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer, options);
  } catch (err: unknown) {
    throw new BarDataError(path, err instanceof Error ? err.message : String(err), { cause: err });
  }
}
