/**
 * CSV bars into typed-array columns (SharedArrayBuffers, so sweep workers share them without a copy).
 * The header names the columns; values are parsed with `Number` (correctly rounded, as pandas'
 * float parser); rounding to the instrument's precisions happens later, as in Nautilus's wrangler.
 */
import { readFile } from 'node:fs/promises';
import { BarDataError } from './bar-data-error.js';
import { allocateBarColumns, instrumentIdOfBarType, type BarSeries } from './bar-series.js';
import { BAR_RULE, barColumnNamesSchema, barLengthMs, barProblem, parseTimestampMs, type BarColumnNames } from './bar-source.js';

/** Options of the CSV (and Parquet) bar loaders. */
export interface CsvBarsOptions {
  readonly barType: string;
  /** `open` (default): shift open-stamped rows by the bar length so ts = close time. */
  readonly timestampConvention?: 'open' | 'close';
  readonly columns?: Partial<BarColumnNames>;
  /** Back the columns with SharedArrayBuffers (default true). */
  readonly shared?: boolean;
}

/**
 * Parses CSV text into a {@link BarSeries}.
 * @throws Error naming the line and column for a missing column, an unreadable timestamp or
 *   number, or timestamps that are not strictly increasing.
 */
export function parseCsvBars(text: string, options: CsvBarsOptions): BarSeries {
  const names = barColumnNamesSchema.parse(options.columns ?? {});
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const col = (name: string, required: boolean): number => {
    const i = header.indexOf(name);
    if (i < 0 && required) throw new Error(`CSV has no "${name}" column (header: ${header.join(', ')})`);
    return i;
  };
  const iTs = col(names.timestamp, true);
  const iO = col(names.open, true);
  const iH = col(names.high, true);
  const iL = col(names.low, true);
  const iC = col(names.close, true);
  const iV = col(names.volume, false);
  let rows = 0;
  for (let k = 1; k < lines.length; k++) if ((lines[k] ?? '').trim() !== '') rows += 1;
  const cols = allocateBarColumns(rows, options.shared ?? true);
  const shift = (options.timestampConvention ?? 'open') === 'open' ? barLengthMs(options.barType) : 0;
  const ts = cols.tsMs;
  const targets = [cols.open, cols.high, cols.low, cols.close] as Float64Array[];
  const indices = [iO, iH, iL, iC];
  let r = 0;
  let prev = Number.NEGATIVE_INFINITY;
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k] ?? '';
    if (line.trim() === '') continue;
    const cells = line.split(',');
    const t = parseTimestampMs(cells[iTs] ?? '');
    if (Number.isNaN(t)) throw new Error(`line ${k + 1}: unreadable timestamp "${cells[iTs] ?? ''}"`);
    const tsMs = t + shift;
    if (!(tsMs > prev)) throw new Error(`line ${k + 1}: timestamp ${cells[iTs] ?? ''} is not after the previous row`);
    prev = tsMs;
    ts[r] = tsMs;
    for (let j = 0; j < 4; j++) {
      const v = Number(cells[indices[j] ?? 0]);
      if (!Number.isFinite(v)) throw new Error(`line ${k + 1}: ${header[indices[j] ?? 0]} "${cells[indices[j] ?? 0] ?? ''}" is not a number`);
      (targets[j] as Float64Array)[r] = v;
    }
    const volText = iV >= 0 ? (cells[iV] ?? '').trim() : '';
    const vol = volText === '' ? Number.NaN : Number(volText);
    if (volText !== '' && !Number.isFinite(vol)) throw new Error(`line ${k + 1}: ${header[iV] ?? 'volume'} "${volText}" is not a number`);
    (cols.volume)[r] = vol;
    const problem = barProblem(cols.open[r] as number, cols.high[r] as number, cols.low[r] as number, cols.close[r] as number, vol);
    if (problem !== null) throw new Error(`line ${k + 1}: ${problem}; ${BAR_RULE}`);
    r += 1;
  }
  return { barType: options.barType, instrumentId: instrumentIdOfBarType(options.barType), columns: cols };
}

/**
 * Loads a CSV file of bars; see {@link parseCsvBars}.
 * @throws BarDataError naming the file, and the line and column, when it cannot be read or parsed.
 */
export async function loadCsvBars(path: string, options: CsvBarsOptions): Promise<BarSeries> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err: unknown) {
    throw new BarDataError(path, `cannot read bars CSV (${err instanceof Error ? err.message : String(err)})`, { cause: err });
  }
  try {
    return parseCsvBars(text, options);
  } catch (err: unknown) {
    throw new BarDataError(path, err instanceof Error ? err.message : String(err), { cause: err });
  }
}
