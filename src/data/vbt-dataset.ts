/**
 * Loads a vbt_cache_klines directory (see vbt-schema.ts) into what both engines and the DOLPHIN
 * strategy need: the instruments, one BarSeries per asset, the feature feed, the ACB inputs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { instrumentConfigSchema, type InstrumentConfig } from '../backtest/venue-config.js';
import { allocateBarColumns, type BarSeries } from './bar-series.js';
import { readExternalFactors } from './vbt-external-factors.js';
import { VbtFeatureFeed } from './vbt-feature-feed.js';
import { vbtInstrumentConfig } from './vbt-instruments.js';
import { readVbtDayFile } from './vbt-reader.js';
import { VBT_DEFAULT_VENUE, vbtBarType, vbtInstrumentId, type ExternalFactorsByDate } from './vbt-schema.js';
import type { VbtDayColumns } from './vbt-writer.js';

/** Everything a vbt directory holds, loaded once. */
export interface VbtDataset {
  readonly dir: string;
  /** Dates of the day files, ascending. */
  readonly dates: readonly string[];
  /** Asset column names (the union over all days, first-seen order). */
  readonly assets: readonly string[];
  /** One instrument per asset, asset-column order (from instruments.json, else derived). */
  readonly instruments: readonly InstrumentConfig[];
  /** One bar series per asset, asset-column order; rows without a positive price give no bar. */
  readonly series: readonly BarSeries[];
  /** Feature columns of every row, by close time. */
  readonly features: VbtFeatureFeed;
  /** Close times of every row, ascending (the same array the feed holds). */
  readonly tsMs: Float64Array;
  /** ACB v6 scale 1 inputs by date (empty when the directory has none). */
  readonly externalFactors: ExternalFactorsByDate;
  /**
   * ACB v6 scale 3 input by date: the median of the first 10 finite v750_lambda_max_velocity values
   * of the date (the seed median-aggregates at most 10 scans per date, section 3.2).
   */
  readonly w750ByDate: Readonly<Record<string, number>>;
  /** Bar length in seconds (option, else the smallest step between timestamps, else 60). */
  readonly barSeconds: number;
  readonly venue: string;
}

export interface LoadVbtOptions {
  /** Venue of the instrument ids (default BINANCE). */
  readonly venue?: string;
  /** Bar length in seconds; detected from the timestamps when absent. */
  readonly barSeconds?: number;
  /** Back the bar columns with SharedArrayBuffers (default true, for sweep workers). */
  readonly shared?: boolean;
}

const DAY_FILE_RE = /^(\d{4}-\d{2}-\d{2})\.parquet$/;

/** The `YYYY-MM-DD.parquet` files of a directory, ascending by date. */
export function listVbtDayFiles(dir: string): { date: string; path: string }[] {
  return readdirSync(dir)
    .map((f) => ({ f, m: DAY_FILE_RE.exec(f) }))
    .filter((x): x is { f: string; m: RegExpExecArray } => x.m !== null)
    .map((x) => ({ date: x.m[1] as string, path: join(dir, x.f) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Median of the first `k` finite values of a column (NaN when none). */
export function medianOfFirstFinite(col: Float64Array, k: number): number {
  const vals: number[] = [];
  for (let i = 0; i < col.length && vals.length < k; i++) {
    const v = col[i] as number;
    if (Number.isFinite(v)) vals.push(v);
  }
  if (vals.length === 0) return NaN;
  vals.sort((a, b) => a - b);
  const mid = vals.length >> 1;
  return vals.length % 2 === 1 ? (vals[mid] as number) : ((vals[mid - 1] as number) + (vals[mid] as number)) / 2;
}

function detectBarSeconds(days: readonly VbtDayColumns[]): number {
  let best = Infinity;
  for (const d of days) {
    for (let i = 1; i < d.tsMs.length; i++) best = Math.min(best, (d.tsMs[i] as number) - (d.tsMs[i - 1] as number));
    if (Number.isFinite(best)) break;
  }
  return Number.isFinite(best) && best >= 1000 ? Math.round(best / 1000) : 60;
}

function readInstrumentsJson(dir: string): Map<string, InstrumentConfig> {
  const path = join(dir, 'instruments.json');
  const out = new Map<string, InstrumentConfig>();
  if (!existsSync(path)) return out;
  const parsed = z.array(instrumentConfigSchema).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid ${path} at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'schema mismatch'}`);
  }
  for (const i of parsed.data) out.set(i.instrument_id, i);
  return out;
}

function firstPositive(days: readonly VbtDayColumns[], asset: string): number {
  for (const d of days) {
    const k = d.assets.indexOf(asset);
    if (k < 0) continue;
    const col = d.prices[k] as Float64Array;
    for (let i = 0; i < col.length; i++) if ((col[i] as number) > 0) return col[i] as number;
  }
  return NaN;
}

/**
 * Loads every day file of `dir` (ascending dates), plus instruments.json and the external factors.
 * @throws Error when the directory has no day file, when the days overlap in time, or when an
 *   asset has no instrument and no positive price to derive one from.
 */
export async function loadVbtDataset(dir: string, options: LoadVbtOptions = {}): Promise<VbtDataset> {
  const venue = options.venue ?? VBT_DEFAULT_VENUE;
  const files = listVbtDayFiles(dir);
  if (files.length === 0) throw new Error(`no YYYY-MM-DD.parquet day files in ${dir}`);
  const days: VbtDayColumns[] = [];
  for (const f of files) days.push(await readVbtDayFile(f.path, f.date));
  const assets: string[] = [];
  const seen = new Set<string>();
  for (const d of days) {
    for (const a of d.assets) {
      if (seen.has(a)) continue;
      seen.add(a);
      assets.push(a);
    }
  }
  const rows = days.reduce((n, d) => n + d.tsMs.length, 0);
  const tsMs = new Float64Array(rows);
  const featureCols = Array.from({ length: 7 }, () => new Float64Array(rows));
  const w750ByDate: Record<string, number> = {};
  let offset = 0;
  for (const d of days) {
    if (offset > 0 && d.tsMs.length > 0 && !((d.tsMs[0] as number) > (tsMs[offset - 1] as number))) {
      throw new Error(`vbt day ${d.date} starts before the previous day ends`);
    }
    tsMs.set(d.tsMs, offset);
    d.features.forEach((c, k) => {
      (featureCols[k] as Float64Array).set(c, offset);
    });
    w750ByDate[d.date] = medianOfFirstFinite(d.features[4] as Float64Array, 10);
    offset += d.tsMs.length;
  }
  const barSeconds = options.barSeconds ?? detectBarSeconds(days);
  const fromJson = readInstrumentsJson(dir);
  const instruments = assets.map((a) => {
    const id = vbtInstrumentId(a, venue);
    const known = fromJson.get(id);
    if (known) return known;
    const ref = firstPositive(days, a);
    if (!(ref > 0)) throw new Error(`asset ${a} has no instrument in instruments.json and no positive price`);
    return vbtInstrumentConfig(a, ref, venue);
  });
  const series = assets.map((a, k) => buildSeries(days, a, (instruments[k] as InstrumentConfig).instrument_id, barSeconds, options.shared ?? true));
  return {
    dir,
    dates: days.map((d) => d.date),
    assets,
    instruments,
    series,
    features: new VbtFeatureFeed(tsMs, featureCols),
    tsMs,
    externalFactors: await readExternalFactors(dir),
    w750ByDate,
    barSeconds,
    venue,
  };
}

/** One asset's single-price bars (O=H=L=C=close, volume NaN), skipping rows without a positive price. */
function buildSeries(days: readonly VbtDayColumns[], asset: string, instrumentId: string, barSeconds: number, shared: boolean): BarSeries {
  let count = 0;
  const cols: (Float64Array | null)[] = days.map((d) => {
    const k = d.assets.indexOf(asset);
    return k < 0 ? null : (d.prices[k] as Float64Array);
  });
  for (const c of cols) if (c) for (let i = 0; i < c.length; i++) if ((c[i] as number) > 0) count++;
  const columns = allocateBarColumns(count, shared);
  let j = 0;
  days.forEach((d, n) => {
    const c = cols[n];
    if (!c) return;
    for (let i = 0; i < c.length; i++) {
      const p = c[i] as number;
      if (!(p > 0)) continue;
      columns.tsMs[j] = d.tsMs[i] as number;
      columns.open[j] = p;
      columns.high[j] = p;
      columns.low[j] = p;
      columns.close[j] = p;
      columns.volume[j] = NaN;
      j++;
    }
  });
  return { barType: vbtBarType(instrumentId, barSeconds), instrumentId, columns };
}
