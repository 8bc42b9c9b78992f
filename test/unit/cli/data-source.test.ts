import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBarFile, requireHostSimulatedBars, resolveData } from '../../../src/cli/data-source.js';
import { CliError } from '../../../src/cli/cli-error.js';
import { loadSettings } from '../../../src/config/index.js';
import { dataFileColumns } from '../../../src/data/index.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SHARED = join(ROOT, '..', 'shared', 'data');
const TRADES = join(SHARED, 'btcusdt-trades.parquet');
const QUOTES = join(SHARED, 'btcusdt-quotes.parquet');
const BARS = join(SHARED, 'btcusdt-perp-1m-2022-01.csv');
const SPOT = join(ROOT, 'config', 'data', 'btcusdt-spot-ticks.yaml');

const settings = (data: Record<string, unknown>, files: string[] = []) => loadSettings(files, { data }).settings;

function cliError(fn: () => unknown): string {
  try {
    fn();
  } catch (err: unknown) {
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).toBe(2);
    return (err as Error).message;
  }
  throw new Error('expected a CliError');
}

describe('dataFileColumns', () => {
  it("reads a Parquet footer's schema", () => {
    expect(dataFileColumns(TRADES)).toEqual(['timestamp', 'trade_id', 'price', 'quantity', 'buyer_maker']);
    expect(dataFileColumns(QUOTES)).toEqual(['timestamp', 'symbol', 'ask_size', 'ask', 'bid_size', 'bid']);
  });

  it('reads a CSV header only (quoted names, CRLF, no newline at all)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'peek-'));
    writeFileSync(join(dir, 'a.csv'), '"timestamp",price,quantity\r\n1,2,3\r\n');
    writeFileSync(join(dir, 'c.csv'), 'timestamp,price,quantity');
    expect(dataFileColumns(join(dir, 'a.csv'))).toEqual(['timestamp', 'price', 'quantity']);
    expect(dataFileColumns(join(dir, 'c.csv'))).toEqual(['timestamp', 'price', 'quantity']);
  });

  it('says when a .parquet file is not Parquet', () => {
    const dir = mkdtempSync(join(tmpdir(), 'peek-'));
    writeFileSync(join(dir, 'x.parquet'), 'timestamp,open\n1,2\n');
    expect(() => dataFileColumns(join(dir, 'x.parquet'))).toThrow(/is not a Parquet file \(no PAR1 footer\)/);
  });
});

describe('resolveData with tick data', () => {
  it('tells trade ticks, quote ticks and bars apart by their columns', () => {
    expect(resolveData(settings({ path: TRADES }, [SPOT])).kind).toBe('trade_ticks');
    expect(resolveData(settings({ path: QUOTES }, [SPOT])).kind).toBe('quote_ticks');
    expect(resolveData(settings({ path: BARS })).kind).toBe('csv');
  });

  it('gives the runner the file and the instrument, and no bar types', () => {
    const d = resolveData(settings({ path: TRADES }, [SPOT]));
    expect(d.barTypes).toEqual([]);
    expect(d.ticks).toEqual({ kind: 'trades', instrumentId: 'BTCUSDT.BINANCE' });
    expect(d.runnerEntries).toEqual([{ kind: 'trade_ticks', path: TRADES, instrument_id: 'BTCUSDT.BINANCE' }]);
  });

  it("defaults the instrument to the venue's only one", () => {
    expect(resolveData(settings({ path: QUOTES })).ticks).toEqual({ kind: 'quotes', instrumentId: 'BTCUSDT-PERP.BINANCE' });
  });

  it('refuses an instrument the venue does not trade, and an instrument id on bar data', () => {
    expect(cliError(() => resolveData(settings({ path: TRADES, instrument_id: 'ETHUSDT.BINANCE' }, [SPOT])))).toBe(
      'data.instrument_id: ETHUSDT.BINANCE is not in venue.instruments (BTCUSDT.BINANCE); add it there or name one of those',
    );
    expect(cliError(() => resolveData(settings({ path: BARS, instrument_id: 'BTCUSDT-PERP.BINANCE' })))).toMatch(/^data\.instrument_id: only for tick data/);
  });

  it('passes the host engine bar rule, which refuses BID bars', () => {
    expect(() => requireHostSimulatedBars(resolveData(settings({ path: TRADES }, [SPOT])))).not.toThrow();
    const bid = resolveData(settings({ path: BARS, bar_type: 'BTCUSDT-PERP.BINANCE-1-MINUTE-BID-EXTERNAL' }));
    expect(cliError(() => requireHostSimulatedBars(bid))).toMatch(/^data\.bar_type: the host engine simulates LAST or MID bars, not BID/);
  });

  it('counts the rows for the progress bar', async () => {
    const s = settings({ path: TRADES }, [SPOT]);
    expect(await checkBarFile(resolveData(s), s)).toBe(2001);
  });
});
