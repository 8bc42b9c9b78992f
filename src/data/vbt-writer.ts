/**
 * Writes vbt_cache_klines day files (see vbt-schema.ts) with hyparquet-writer: one row group,
 * SNAPPY, no nulls, a fixed `created_by`, so the same columns give byte-identical files.
 */
import { writeFileSync } from 'node:fs';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { FEATURE_COLUMNS } from '../features/feature-feed.js';
import { isVbtMetaColumn } from './vbt-schema.js';

/** The columns of one day file, in memory. */
export interface VbtDayColumns {
  /** `YYYY-MM-DD` (UTC). */
  readonly date: string;
  /** Bar close times, integral ms since the epoch, ascending. */
  readonly tsMs: Float64Array;
  /** Integral scan numbers. */
  readonly scanNumber: Float64Array;
  /** The seven feature columns in {@link FEATURE_COLUMNS} order. */
  readonly features: readonly Float64Array[];
  /** Asset column names, in file order. */
  readonly assets: readonly string[];
  /** Close prices, one array per asset (NaN or <= 0 = no price in that row). */
  readonly prices: readonly Float64Array[];
}

/**
 * Encodes a day as Parquet bytes: `timestamp` and `scan_number` as INT64, everything else DOUBLE,
 * all REQUIRED.
 * @throws Error when column lengths differ, a name is duplicated or an asset name is a meta column.
 */
export function encodeVbtDay(day: VbtDayColumns): ArrayBuffer {
  const n = day.tsMs.length;
  if (day.features.length !== FEATURE_COLUMNS.length) throw new Error(`invalid features, not ${FEATURE_COLUMNS.length} columns, was ${day.features.length}`);
  if (day.prices.length !== day.assets.length) throw new Error(`invalid prices, not one column per asset, was ${day.prices.length} for ${day.assets.length}`);
  const seen = new Set<string>();
  for (const a of day.assets) {
    if (isVbtMetaColumn(a) || seen.has(a)) throw new Error(`invalid asset column name, a meta column or a duplicate, was "${a}"`);
    seen.add(a);
  }
  const check = (name: string, col: Float64Array): void => {
    if (col.length !== n) throw new Error(`invalid column ${name}, not ${n} rows, was ${col.length}`);
  };
  check('scan_number', day.scanNumber);
  const toInt64 = (col: Float64Array): BigInt64Array => BigInt64Array.from(col, (v) => BigInt(Math.trunc(v)));
  const columnData = [
    { name: 'timestamp', data: toInt64(day.tsMs), type: 'INT64' as const, nullable: false },
    { name: 'scan_number', data: toInt64(day.scanNumber), type: 'INT64' as const, nullable: false },
    ...FEATURE_COLUMNS.map((name, k) => {
      const col = day.features[k] as Float64Array;
      check(name, col);
      return { name, data: col, type: 'DOUBLE' as const, nullable: false };
    }),
    ...day.assets.map((name, k) => {
      const col = day.prices[k] as Float64Array;
      check(name, col);
      return { name, data: col, type: 'DOUBLE' as const, nullable: false };
    }),
  ];
  return parquetWriteBuffer({
    columnData,
    rowGroupSize: Math.max(1, n),
    createdBy: 'dolphin vbt-writer 1',
    statistics: false,
  });
}

/** Writes a day file to `path` (see {@link encodeVbtDay}). */
export function writeVbtDayFile(path: string, day: VbtDayColumns): void {
  writeFileSync(path, new Uint8Array(encodeVbtDay(day)));
}
