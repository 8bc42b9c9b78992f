/** Loads the bars of a backtest config's `data` entries (CSV or Parquet), in entry order. */
import { barDataSourceSchema, type BarDataSource } from './bar-source.js';
import type { BarSeries } from './bar-series.js';
import { loadCsvBars } from './csv-bars.js';
import { loadParquetBars } from './parquet-bars.js';

/**
 * Loads one source (validated with {@link barDataSourceSchema}).
 * @throws ZodError for a malformed entry; Error for an unreadable file.
 */
export async function loadBars(source: BarDataSource | Record<string, unknown>, options: { shared?: boolean } = {}): Promise<BarSeries> {
  const s = barDataSourceSchema.parse(source);
  const common = { barType: s.bar_type, timestampConvention: s.timestamp_convention, columns: s.columns, shared: options.shared ?? true };
  return s.kind === 'csv' ? loadCsvBars(s.path, common) : loadParquetBars(s.path, common);
}

/** Loads several sources in order (the order ties at equal close times are processed in). */
export async function loadBarSources(sources: readonly (BarDataSource | Record<string, unknown>)[], options: { shared?: boolean } = {}): Promise<BarSeries[]> {
  const out: BarSeries[] = [];
  for (const s of sources) out.push(await loadBars(s, options));
  return out;
}
