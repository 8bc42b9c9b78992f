/**
 * Where bars come from: the `data` entries of a backtest config (the same keys the Python runner
 * reads), and the timestamp conventions shared by the CSV and Parquet loaders.
 */
import { z } from 'zod';

/** Column names in the source file; defaults are the lower-case OHLCV names. */
export const barColumnNamesSchema = z
  .object({
    timestamp: z.string().min(1).default('timestamp'),
    open: z.string().min(1).default('open'),
    high: z.string().min(1).default('high'),
    low: z.string().min(1).default('low'),
    close: z.string().min(1).default('close'),
    /** Optional in the file: bars without a volume get Nautilus's default of 1,000,000. */
    volume: z.string().min(1).default('volume'),
  })
  .strict();
/** Parsed {@link barColumnNamesSchema}. */
export type BarColumnNames = z.infer<typeof barColumnNamesSchema>;

/** One file of bars for one bar type. */
export const barDataSourceSchema = z
  .object({
    kind: z.enum(['csv', 'parquet']),
    path: z.string().min(1),
    /** Nautilus BarType, e.g. BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL. */
    bar_type: z.string().regex(/^.+-\d+-[A-Z]+-[A-Z]+-[A-Z]+$/, 'INSTRUMENT-STEP-AGGREGATION-PRICE-SOURCE'),
    /**
     * `open`: timestamps mark the bar's open (Binance klines) and are shifted by the bar length so
     * ts = close time, as Nautilus expects; `close`: already close-stamped.
     */
    timestamp_convention: z.enum(['open', 'close']).default('open'),
    columns: barColumnNamesSchema.default({ timestamp: 'timestamp', open: 'open', high: 'high', low: 'low', close: 'close', volume: 'volume' }),
  })
  .strict();
/** Parsed {@link barDataSourceSchema}. */
export type BarDataSource = z.infer<typeof barDataSourceSchema>;

const UNIT_MS: Readonly<Record<string, number>> = {
  MILLISECOND: 1,
  SECOND: 1000,
  MINUTE: 60_000,
  HOUR: 3_600_000,
  DAY: 86_400_000,
  WEEK: 604_800_000,
};

/**
 * Length of one bar of `barType` in milliseconds.
 * @throws Error for a malformed bar type or a non-time aggregation (TICK, VOLUME, MONTH...).
 */
export function barLengthMs(barType: string): number {
  const m = /-(\d+)-([A-Z]+)-[A-Z]+-[A-Z]+$/.exec(barType);
  const unit = m?.[2] !== undefined ? UNIT_MS[m[2]] : undefined;
  if (!m?.[1] || unit === undefined) throw new Error(`invalid bar_type "${barType}", expected a time bar such as ...-1-MINUTE-LAST-EXTERNAL`);
  return Number(m[1]) * unit;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses a timestamp cell: an ISO-like date-time (naive means UTC, as pandas' `utc=True`), or an
 * integer epoch in seconds, milliseconds or nanoseconds (chosen by magnitude).
 * @returns milliseconds since the epoch, or NaN when unreadable.
 */
export function parseTimestampMs(text: string): number {
  const t = text.trim();
  if (/^-?\d+$/.test(t)) return epochToMs(Number(t));
  const m = DATE_RE.exec(t);
  if (!m) return Number.NaN;
  const frac = m[7] ?? '';
  const ms = frac === '' ? 0 : Number(frac.slice(0, 3).padEnd(3, '0'));
  let utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), ms);
  const zone = m[8];
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    utc -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
  }
  return utc;
}

/** Epoch seconds, milliseconds, microseconds or nanoseconds to milliseconds, by magnitude. */
export function epochToMs(value: number): number {
  const a = Math.abs(value);
  if (a < 1e11) return value * 1000; // seconds (until year 5138)
  if (a < 1e14) return value; // milliseconds
  if (a < 1e17) return Math.trunc(value / 1000); // microseconds
  return Math.trunc(value / 1e6); // nanoseconds
}

/**
 * What is wrong with one bar's values, or null: Nautilus's Bar refuses high < open, high < low,
 * high < close, low > close and low > open (checked in that order, data.pyx at 1.221), and its
 * Quantity a negative volume (NaN volume means none: the default is used). Checked on the file's
 * numbers, before rounding to the instrument's precision.
 */
export function barProblem(open: number, high: number, low: number, close: number, volume: number): string | null {
  if (!(high >= open)) return `high ${high} is below open ${open}`;
  if (!(high >= low)) return `high ${high} is below low ${low}`;
  if (!(high >= close)) return `high ${high} is below close ${close}`;
  if (!(low <= close)) return `low ${low} is above close ${close}`;
  if (!(low <= open)) return `low ${low} is above open ${open}`;
  if (volume < 0) return `volume ${volume} is negative`;
  return null;
}

/** The fix a bar problem's message ends with. */
export const BAR_RULE = 'a bar needs low <= open, close <= high and a volume >= 0 (Nautilus refuses others)';
