/**
 * Trade and quote ticks from a CSV or Parquet file into typed-array columns, for the in-process
 * backtester. Columns (the names the Nautilus runner reads): trades `timestamp, price, quantity`
 * with optional `buyer_maker` (true: the seller aggressed) and `trade_id` (default: the row
 * number); quotes `timestamp, bid, ask, bid_size, ask_size`. Timestamps as for bars (ISO text, an
 * epoch number by magnitude, or a Parquet timestamp), in milliseconds, non-decreasing. Rounding
 * (refused when not exact) happens against the instrument in src/backtest/prepared-ticks.ts. The
 * number columns are SharedArrayBuffer-backed, shared with sweep workers without a copy (the
 * aggressor and trade id lists are cloned).
 */
import { readFile } from 'node:fs/promises';
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { BarDataError } from './bar-data-error.js';
import { epochToMs, parseTimestampMs } from './bar-source.js';
import { csvHeaderNames } from './peek.js';

export type Aggressor = 'BUYER' | 'SELLER' | 'NONE';

export interface TradeTickSeries {
  readonly kind: 'trades';
  readonly instrumentId: string;
  readonly length: number;
  readonly tsMs: Float64Array;
  readonly price: Float64Array;
  readonly size: Float64Array;
  readonly aggressor: readonly Aggressor[];
  readonly tradeId: readonly string[];
}

export interface QuoteTickSeries {
  readonly kind: 'quotes';
  readonly instrumentId: string;
  readonly length: number;
  readonly tsMs: Float64Array;
  readonly bid: Float64Array;
  readonly ask: Float64Array;
  readonly bidSize: Float64Array;
  readonly askSize: Float64Array;
}

export type TickSeries = TradeTickSeries | QuoteTickSeries;

/** A column's cells in row order, as read (text from CSV; numbers, bigints, booleans, Dates or text from Parquet). */
type Cells = ArrayLike<unknown>;

/**
 * Loads a tick file (`.parquet`, else CSV) for one instrument.
 * @throws BarDataError naming the file and the row and column of the first bad cell.
 */
export async function loadTicks(path: string, kind: 'trades' | 'quotes', instrumentId: string): Promise<TickSeries> {
  let columns: Map<string, Cells>;
  try {
    columns = path.endsWith('.parquet') ? await readParquetCells(path) : readCsvCells(await readFile(path, 'utf8'));
  } catch (err: unknown) {
    throw new BarDataError(path, err instanceof Error ? err.message : String(err), { cause: err });
  }
  try {
    return kind === 'trades' ? trades(columns, instrumentId) : quotes(columns, instrumentId);
  } catch (err: unknown) {
    throw new BarDataError(path, err instanceof Error ? err.message : String(err), { cause: err });
  }
}

function sharedColumn(n: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(Math.max(1, n) * 8), 0, n);
}

function need(columns: Map<string, Cells>, name: string): Cells {
  const c = columns.get(name);
  if (c === undefined) throw new Error(`no "${name}" column (columns: ${[...columns.keys()].join(', ')})`);
  return c;
}

function timestamps(columns: Map<string, Cells>): Float64Array {
  const cells = need(columns, 'timestamp');
  const out = sharedColumn(cells.length);
  let prev = Number.NEGATIVE_INFINITY;
  for (let r = 0; r < cells.length; r++) {
    const v = cells[r];
    const ms = typeof v === 'string' ? parseTimestampMs(v) : v instanceof Date ? v.getTime() : typeof v === 'bigint' || typeof v === 'number' ? epochToMs(Number(v)) : Number.NaN;
    if (!Number.isFinite(ms)) throw new Error(`row ${r + 1}: unreadable timestamp "${String(v)}"`);
    if (ms < prev) throw new Error(`row ${r + 1}: timestamp ${String(v)} is earlier than the row before it`);
    prev = ms;
    out[r] = ms;
  }
  if (cells.length === 0) throw new Error('holds no rows');
  return out;
}

function numbers(columns: Map<string, Cells>, name: string): Float64Array {
  const cells = need(columns, name);
  const out = sharedColumn(cells.length);
  for (let r = 0; r < cells.length; r++) {
    const v = cells[r];
    const x = typeof v === 'string' ? (v.trim() === '' ? Number.NaN : Number(v)) : typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : Number.NaN;
    if (!Number.isFinite(x)) throw new Error(`row ${r + 1}: ${name} "${String(v)}" is not a number`);
    out[r] = x;
  }
  return out;
}

function trades(columns: Map<string, Cells>, instrumentId: string): TradeTickSeries {
  const tsMs = timestamps(columns);
  const n = tsMs.length;
  const makers = columns.get('buyer_maker');
  const ids = columns.get('trade_id');
  const aggressor: Aggressor[] = new Array<Aggressor>(n);
  const tradeId: string[] = new Array<string>(n);
  for (let r = 0; r < n; r++) {
    if (makers === undefined) aggressor[r] = 'NONE';
    else {
      const v = makers[r];
      const text = String(v).trim().toLowerCase();
      if (v === true || text === 'true' || text === '1') aggressor[r] = 'SELLER';
      else if (v === false || text === 'false' || text === '0') aggressor[r] = 'BUYER';
      else throw new Error(`row ${r + 1}: buyer_maker "${String(v)}" is not true or false`);
    }
    tradeId[r] = ids === undefined ? String(r + 1) : String(ids[r]);
  }
  return { kind: 'trades', instrumentId, length: n, tsMs, price: numbers(columns, 'price'), size: numbers(columns, 'quantity'), aggressor, tradeId };
}

function quotes(columns: Map<string, Cells>, instrumentId: string): QuoteTickSeries {
  const tsMs = timestamps(columns);
  return {
    kind: 'quotes',
    instrumentId,
    length: tsMs.length,
    tsMs,
    bid: numbers(columns, 'bid'),
    ask: numbers(columns, 'ask'),
    bidSize: numbers(columns, 'bid_size'),
    askSize: numbers(columns, 'ask_size'),
  };
}

/** CSV text into text cells per header name (simple comma separation, optional double quotes around a header name). */
function readCsvCells(text: string): Map<string, Cells> {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = csvHeaderNames(lines[0] ?? '');
  const cells = header.map(() => [] as string[]);
  for (let k = 1; k < lines.length; k++) {
    const parts = (lines[k] as string).split(',');
    for (let j = 0; j < header.length; j++) (cells[j] as string[]).push((parts[j] ?? '').trim());
  }
  return new Map(header.map((h, j) => [h, cells[j] as Cells]));
}

async function readParquetCells(path: string): Promise<Map<string, Cells>> {
  const buf = await readFile(path);
  const bytes = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  const metadata = parquetMetadata(bytes);
  const rows = Number(metadata.num_rows);
  const names = parquetSchema(metadata).children.map((c) => c.element.name);
  const out = new Map<string, unknown[]>(names.map((n) => [n, new Array<unknown>(rows)]));
  await parquetRead({
    file: bytes,
    metadata,
    compressors,
    onChunk: (chunk) => {
      const target = out.get(chunk.columnName);
      if (target === undefined) return;
      const data = chunk.columnData as ArrayLike<unknown>;
      const end = Math.min(chunk.rowEnd, rows);
      for (let r = chunk.rowStart, k = 0; r < end; r++, k++) target[r] = data[k];
    },
  });
  return out;
}
