/**
 * Resolves the `data` section into concrete inputs: the kind (csv / parquet / vbt_cache folder),
 * the bar types, the venue's instruments (a vbt_cache folder brings its own instruments.json), and
 * the data entries of the Python runner's config.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseBarType } from '../backtest/prepared-data.js';
import { instrumentConfigSchema, type InstrumentConfig, type VenueConfig } from '../backtest/venue-config.js';
import { prepareHostData, type PreparedHostData } from '../backtest/host-backtest.js';
import type { Settings } from '../config/index.js';
import { BarDataError, dataFileColumns, loadBars, loadTicks, type TickSeries } from '../data/index.js';
import { CliError } from './cli-error.js';

export type BarDataKind = 'csv' | 'parquet' | 'vbt_cache';
export type TickDataKind = 'trade_ticks' | 'quote_ticks';
export type DataKind = BarDataKind | TickDataKind;

/** A tick feed of the data: which ticks, of which instrument. */
export interface TickFeed {
  readonly kind: 'trades' | 'quotes';
  readonly instrumentId: string;
}

export interface ResolvedData {
  readonly kind: DataKind;
  readonly path: string;
  /** Bar types the data produces, in the order the engines add them ([] for tick data). */
  readonly barTypes: readonly string[];
  /** The tick feed of tick data, else null. */
  readonly ticks: TickFeed | null;
  readonly venue: VenueConfig;
  /** Entries for the Python runner's `data` list. */
  readonly runnerEntries: readonly Record<string, unknown>[];
}

const BAR_SUFFIX = '1-MINUTE-LAST-EXTERNAL';

/** @throws CliError (exit 2) when the path is missing or of an unknown kind. */
export function resolveData(settings: Settings): ResolvedData {
  const path = settings.data.path;
  if (!path) throw new CliError('data.path: missing; pass --data PATH (a CSV/Parquet bar or tick file, or a vbt_cache folder)', 2);
  if (!existsSync(path)) throw new CliError(`data.path: ${path} does not exist`, 2);
  const kind: DataKind = settings.data.kind ?? inferKind(path);
  if (kind === 'trade_ticks' || kind === 'quote_ticks') return resolveTicks(settings, path, kind);
  if (kind === 'vbt_cache') {
    const instruments = readVbtInstruments(path);
    const venue: VenueConfig = { ...settings.venue, instruments };
    return {
      kind,
      path,
      barTypes: instruments.map((i) => `${i.instrument_id}-${BAR_SUFFIX}`),
      ticks: null,
      venue,
      runnerEntries: [{ kind: 'vbt_cache', dir: path, bar_type_suffix: BAR_SUFFIX }],
    };
  }
  if (settings.data.instrument_id !== undefined) {
    throw new CliError(`data.instrument_id: only for tick data (a bar file's instrument is the one in data.bar_type); remove it, or set data.kind if ${path} holds ticks`, 2);
  }
  const barType = settings.data.bar_type;
  checkBarTypeInstrument(barType, settings.venue);
  return {
    kind,
    path,
    barTypes: [barType],
    ticks: null,
    venue: settings.venue,
    runnerEntries: [{ kind, path, bar_type: barType, timestamp_convention: settings.data.timestamp_convention }],
  };
}

/** A folder is vbt_cache; a file is told by its columns (see the data section's `kind`). */
function inferKind(path: string): DataKind {
  if (statSync(path).isDirectory()) return 'vbt_cache';
  const fileKind = path.endsWith('.parquet') ? 'parquet' : 'csv';
  let columns: ReadonlySet<string>;
  try {
    columns = new Set(dataFileColumns(path));
  } catch (err: unknown) {
    throw new CliError(`data.path: cannot read ${path} as ${fileKind}: ${err instanceof Error ? err.message : String(err)}`, 2, { cause: err });
  }
  if (columns.has('bid') && columns.has('ask')) return 'quote_ticks';
  if (columns.has('price') && columns.has('quantity') && !columns.has('close')) return 'trade_ticks';
  return fileKind;
}

function resolveTicks(settings: Settings, path: string, kind: TickDataKind): ResolvedData {
  if (!path.endsWith('.csv') && !path.endsWith('.parquet')) throw new CliError(`data.path: tick data is a .csv or .parquet file, was ${path}`, 2);
  const ids = settings.venue.instruments.map((i) => i.instrument_id);
  const instrumentId = settings.data.instrument_id ?? (ids.length === 1 ? ids[0] : undefined);
  if (instrumentId === undefined) throw new CliError(`data.instrument_id: missing; ${kind} data needs the instrument it prices, one of ${ids.join(', ')}`, 2);
  if (!ids.includes(instrumentId)) throw new CliError(`data.instrument_id: ${instrumentId} is not in venue.instruments (${ids.join(', ')}); add it there or name one of those`, 2);
  return {
    kind,
    path,
    barTypes: [],
    ticks: { kind: kind === 'trade_ticks' ? 'trades' : 'quotes', instrumentId },
    venue: settings.venue,
    runnerEntries: [{ kind, path, instrument_id: instrumentId }],
  };
}

/** The bar type is well formed and its instrument is one the venue trades (exit 2 naming the key otherwise). */
function checkBarTypeInstrument(barType: string, venue: VenueConfig): void {
  let instrumentId: string;
  try {
    instrumentId = parseBarType(barType).instrumentId;
  } catch (err: unknown) {
    throw new CliError(`data.bar_type: ${err instanceof Error ? err.message : String(err)} (e.g. BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL)`, 2, { cause: err });
  }
  const ids = venue.instruments.map((i) => i.instrument_id);
  if (!ids.includes(instrumentId)) {
    throw new CliError(`data.bar_type: instrument ${instrumentId} is not in venue.instruments (${ids.join(', ')}); add it there or give a bar type of one of those, was "${barType}"`, 2);
  }
}

/**
 * The host engine's bar rule: LAST and MID bars are simulated; BID/ASK bars run only in Nautilus
 * (exit 2 naming the key and the fix). Tick data passes.
 */
export function requireHostSimulatedBars(data: ResolvedData): void {
  for (const barType of data.barTypes) {
    const priceType = parseBarType(barType).priceType;
    if (priceType !== 'LAST' && priceType !== 'MID') {
      throw new CliError(`data.bar_type: the host engine simulates LAST or MID bars, not ${priceType} (use --engine nautilus for BID/ASK bars), was "${barType}"`, 2);
    }
  }
}

function readVbtInstruments(dir: string): InstrumentConfig[] {
  const file = join(dir, 'instruments.json');
  if (!existsSync(file)) throw new CliError(`data.path: ${dir} has no instruments.json (write the folder with \`dolphin data synth\`)`, 2);
  const parsed = z.array(instrumentConfigSchema).min(1).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new CliError(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, 2);
  return parsed.data;
}

/**
 * Reads a csv / parquet bar file the way the host engine does and returns its bar count (0 for a
 * vbt_cache folder, which the runner reads itself): a file that is not bars, has a bad value or
 * rows out of order fails here with the line (BarDataError, exit 2) before the Nautilus runner
 * starts, the same message in every engine. Tick data likewise: read and checked against the
 * instrument (exact at its precisions, in time order) as the host engine does, naming the row.
 */
export async function checkBarFile(data: ResolvedData, settings: Settings): Promise<number> {
  if (data.kind === 'vbt_cache') return 0;
  if (data.ticks !== null) return (await loadCheckedTicks(data.path, data.ticks, data.venue)).ticks.length;
  const series = await loadBars({ kind: data.kind, path: data.path, bar_type: settings.data.bar_type, timestamp_convention: settings.data.timestamp_convention }, { shared: false });
  return series.columns.length;
}

/**
 * Reads tick data (shared columns) and prepares it against its instrument as the host engine runs
 * it: a bad cell, or a tick not exact at the instrument's precisions, is exit 2 naming the file and
 * row, before any engine starts. Returns the ticks and the host engine's prepared data.
 */
export async function loadCheckedTicks(path: string, feed: TickFeed, venue: VenueConfig): Promise<{ readonly ticks: TickSeries; readonly prepared: PreparedHostData }> {
  let ticks: TickSeries;
  try {
    ticks = await loadTicks(path, feed.kind, feed.instrumentId);
  } catch (err: unknown) {
    if (err instanceof BarDataError) throw new CliError(`data.path: ${err.message}`, 2, { cause: err });
    throw err;
  }
  try {
    return { ticks, prepared: prepareHostData(venue, [], ticks) };
  } catch (err: unknown) {
    // prepareTicks' RangeError names the row of a tick the instrument cannot hold exactly.
    if (err instanceof RangeError && err.message.startsWith('row ')) throw new CliError(`data.path: ${path}: ${err.message}`, 2, { cause: err });
    throw err;
  }
}
