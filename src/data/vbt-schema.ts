/**
 * The vbt_cache_klines day-file contract (seed 002 section 3.1, as fixed for this project): one
 * Parquet file per UTC date, DIR/YYYY-MM-DD.parquet, columns in this order:
 * `timestamp` (bar CLOSE time, INT64 ms since the epoch, UTC), `scan_number` (INT64), the seven
 * float64 feature columns, then one float64 close-price column per asset (e.g. `BTCUSDT`).
 * Meta columns are exactly that set; every other column is an asset. Alongside: DIR/instruments.json
 * (array of InstrumentConfig, asset-column order) and DIR/external_factors.json (ACB v6 inputs).
 *
 * Row timing: the seed says "1,439 rows (1 per 5-second bar over 24h)", which cannot both hold (24 h
 * of 5-second bars is 17,280 rows; 1,439 rows is one per minute less one). We default to one row per
 * minute, 1,440 rows per day, and make the bar length an option. Row i of date D closes at
 * D 00:00:00 + i x bar: every close time falls inside its file's date (the first bar of a day covers
 * the last bar-length of the previous one).
 */
import { FEATURE_COLUMNS } from '../features/feature-feed.js';

/** Meta columns of a day file in file order: timestamp, scan_number, then the feature columns. */
export const VBT_META_COLUMNS: readonly string[] = ['timestamp', 'scan_number', ...FEATURE_COLUMNS];

const META_SET: ReadonlySet<string> = new Set(VBT_META_COLUMNS);

/** True for a meta column (anything else in a day file is an asset close-price column). */
export function isVbtMetaColumn(name: string): boolean {
  return META_SET.has(name);
}

/** Default venue of the instruments (`<COLUMN>-PERP.BINANCE`). */
export const VBT_DEFAULT_VENUE = 'BINANCE';

/** Nautilus instrument id of an asset column: `<COLUMN>-PERP.<venue>`. */
export function vbtInstrumentId(column: string, venue = VBT_DEFAULT_VENUE): string {
  return `${column}-PERP.${venue}`;
}

/**
 * The bar specification of a bar length, `STEP-AGGREGATION` as Nautilus spells it: 60 ->
 * `1-MINUTE`, 5 -> `5-SECOND`, 3600 -> `1-HOUR`, 86400 -> `1-DAY`.
 * @throws Error when barSeconds is not a positive integer.
 */
export function barSpecOfSeconds(barSeconds: number): string {
  if (!(Number.isInteger(barSeconds) && barSeconds > 0)) throw new Error(`invalid bar_seconds, not a positive integer, was ${barSeconds}`);
  if (barSeconds % 86_400 === 0) return `${barSeconds / 86_400}-DAY`;
  if (barSeconds % 3_600 === 0) return `${barSeconds / 3_600}-HOUR`;
  if (barSeconds % 60 === 0) return `${barSeconds / 60}-MINUTE`;
  return `${barSeconds}-SECOND`;
}

/** Bar type of an asset: `<instrument_id>-<STEP>-<AGGREGATION>-LAST-EXTERNAL`. */
export function vbtBarType(instrumentId: string, barSeconds: number): string {
  return `${instrumentId}-${barSpecOfSeconds(barSeconds)}-LAST-EXTERNAL`;
}

/** Day-file name of a date: `YYYY-MM-DD.parquet`. */
export function vbtDayFileName(date: string): string {
  return `${date}.parquet`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** UTC midnight of a `YYYY-MM-DD` date, ms since the epoch. @throws Error for a malformed date. */
export function utcDateStartMs(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new Error(`invalid date, not YYYY-MM-DD, was "${date}"`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (formatUtcDate(ms) !== date) throw new Error(`invalid date, not a calendar date, was "${date}"`);
  return ms;
}

/** The `YYYY-MM-DD` UTC date of a time in ms. */
export function formatUtcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** One asset's ACB v6 external factors of a date (seed 002 section 10.2). NaN = unknown. */
export interface ExternalFactorRecord {
  /** BTC perpetual funding rate (fraction per 8 h). */
  readonly funding_btc: number;
  /** Deribit BTC implied volatility index (DVOL, annualised %). */
  readonly dvol_btc: number;
  /** Crypto Fear & Greed index, 0..100. */
  readonly fng: number;
  /** Taker buy/sell volume ratio. */
  readonly taker: number;
}

/** External factors by `YYYY-MM-DD` date, the content of external_factors.json. */
export type ExternalFactorsByDate = Readonly<Record<string, ExternalFactorRecord>>;
