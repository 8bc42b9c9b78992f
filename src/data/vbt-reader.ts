/**
 * Reads vbt_cache_klines day files (see vbt-schema.ts) into typed-array columns with hyparquet.
 * Accepts files written by us (INT64 timestamp) and by pandas/pyarrow (a TIMESTAMP logical type,
 * any codec hyparquet-compressors knows).
 */
import { readFileSync } from 'node:fs';
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { FEATURE_COLUMNS } from '../features/feature-feed.js';
import { isVbtMetaColumn } from './vbt-schema.js';
import type { VbtDayColumns } from './vbt-writer.js';

/** Converts one decoded Parquet value (bigint, number or Date) to a number; null gives NaN. */
function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.getTime();
  return NaN;
}

/**
 * Reads a Parquet file into one Float64Array per column (INT64 and timestamps converted to
 * numbers, nulls to NaN), in file column order.
 */
export async function readParquetColumns(bytes: ArrayBuffer): Promise<{ names: string[]; rows: number; columns: Map<string, Float64Array> }> {
  const metadata = parquetMetadata(bytes);
  const rows = Number(metadata.num_rows);
  const names = parquetSchema(metadata).children.map((c) => c.element.name);
  const columns = new Map<string, Float64Array>(names.map((n) => [n, new Float64Array(rows).fill(NaN)]));
  await parquetRead({
    file: bytes,
    metadata,
    compressors,
    onChunk: (chunk) => {
      const target = columns.get(chunk.columnName);
      if (!target) return;
      const data = chunk.columnData;
      const end = Math.min(chunk.rowEnd, rows);
      if (data instanceof Float64Array) {
        target.set(data.subarray(0, end - chunk.rowStart), chunk.rowStart);
        return;
      }
      for (let r = chunk.rowStart, k = 0; r < end; r++, k++) target[r] = toNumber((data as ArrayLike<unknown>)[k]);
    },
  });
  return { names, rows, columns };
}

/**
 * Reads one day file. The date is taken from the file name when it is `YYYY-MM-DD.parquet`,
 * else from `date`.
 * @throws Error when a meta column is missing or the timestamps are not ascending.
 */
export async function readVbtDayFile(path: string, date?: string): Promise<VbtDayColumns> {
  const buf = readFileSync(path);
  const bytes = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  const { names, rows, columns } = await readParquetColumns(bytes);
  const need = (name: string): Float64Array => {
    const col = columns.get(name);
    if (!col) throw new Error(`vbt day file ${path} has no column "${name}"`);
    return col;
  };
  const tsMs = need('timestamp');
  for (let i = 1; i < rows; i++) {
    if (!((tsMs[i] as number) > (tsMs[i - 1] as number))) throw new Error(`vbt day file ${path}: timestamps not ascending at row ${i}`);
  }
  const m = /(\d{4}-\d{2}-\d{2})\.parquet$/.exec(path);
  const assets = names.filter((n) => !isVbtMetaColumn(n));
  return {
    date: m?.[1] ?? date ?? '',
    tsMs,
    scanNumber: columns.get('scan_number') ?? new Float64Array(rows).fill(NaN),
    features: FEATURE_COLUMNS.map((n) => need(n)),
    assets,
    prices: assets.map((a) => need(a)),
  };
}
