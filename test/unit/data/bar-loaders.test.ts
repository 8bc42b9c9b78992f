import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { barDataSourceSchema, barLengthMs, epochToMs, parseTimestampMs } from '../../../src/data/bar-source.js';
import { parseCsvBars } from '../../../src/data/csv-bars.js';
import { loadBars } from '../../../src/data/load-bars.js';
import { parseParquetBars } from '../../../src/data/parquet-bars.js';

const BT = 'BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL';
const CSV = ['timestamp,open,high,low,close,volume', '2021-12-31 23:01:00.000000,46319.0,46385.0,46319.0,46377.0,2300413.7295', '2021-12-31 23:02:00.000000,46377.0,46411.0,46377.0,46411.0,1829623.1938', ''].join('\n');
const T0 = Date.UTC(2021, 11, 31, 23, 1);

describe('parseTimestampMs', () => {
  it.each([
    ['2021-12-31 23:01:00.000000', T0],
    ['2021-12-31T23:01:00Z', T0],
    ['2021-12-31T23:01:00.250+00:00', T0 + 250],
    ['2022-01-01T01:01:00+02:00', T0],
    ['1640991660', T0],
    ['1640991660000', T0],
    ['1640991660000000', T0],
    ['1640991660000000000', T0],
    ['yesterday', Number.NaN],
  ])('reads %s', (text, ms) => {
    expect(parseTimestampMs(text)).toBe(ms);
  });

  it('chooses the epoch unit by magnitude', () => {
    expect([epochToMs(1.6e9), epochToMs(1.6e12), epochToMs(1.6e15), epochToMs(1.6e18)]).toEqual([1.6e12, 1.6e12, 1.6e12, 1.6e12]);
  });
});

describe('barLengthMs', () => {
  it.each([
    [BT, 60_000],
    ['X.Y-5-SECOND-LAST-EXTERNAL', 5000],
    ['X.Y-4-HOUR-MID-EXTERNAL', 14_400_000],
  ])('is the step of %s', (bt, ms) => {
    expect(barLengthMs(bt)).toBe(ms);
  });

  it('refuses a bar type that is not time based', () => {
    expect(() => barLengthMs('X.Y-100-TICK-LAST-EXTERNAL')).toThrow(/time bar/);
  });
});

describe('parseCsvBars', () => {
  it('shifts open-stamped rows by one bar so ts is the close time', () => {
    const s = parseCsvBars(CSV, { barType: BT });
    expect([s.columns.length, s.columns.tsMs[0], s.columns.tsMs[1]]).toEqual([2, T0 + 60_000, T0 + 120_000]);
    expect([s.columns.open[0], s.columns.high[0], s.columns.low[0], s.columns.close[0], s.columns.volume[0]]).toEqual([46319, 46385, 46319, 46377, 2300413.7295]);
    expect(s.instrumentId).toBe('BTCUSDT-PERP.BINANCE');
  });

  it('keeps close-stamped rows as they are', () => {
    expect(parseCsvBars(CSV, { barType: BT, timestampConvention: 'close' }).columns.tsMs[0]).toBe(T0);
  });

  it('backs the columns with SharedArrayBuffers by default', () => {
    expect(parseCsvBars(CSV, { barType: BT }).columns.close.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('leaves volume NaN when the file has no volume column (the wrangler default applies later)', () => {
    const s = parseCsvBars('timestamp,open,high,low,close\n2022-01-01 00:00:00,1,2,0.5,1.5\n', { barType: BT });
    expect(Number.isNaN(s.columns.volume[0])).toBe(true);
  });

  it('reads renamed columns', () => {
    const s = parseCsvBars('t,o,h,l,c\n2022-01-01 00:00:00,1,2,0.5,1.5\n', { barType: BT, columns: { timestamp: 't', open: 'o', high: 'h', low: 'l', close: 'c' } });
    expect(s.columns.close[0]).toBe(1.5);
  });

  it('names the line of a timestamp that does not increase', () => {
    const bad = [CSV.trim(), '2021-12-31 23:02:00.000000,1,1,1,1,1'].join('\n');
    expect(() => parseCsvBars(bad, { barType: BT })).toThrow(/line 4: timestamp .* is not after the previous row/);
  });

  it('names a missing column', () => {
    expect(() => parseCsvBars('timestamp,open,high,low\n', { barType: BT })).toThrow(/no "close" column/);
  });

  // Nautilus's Bar checks, in its order; the first broken one is named.
  const RULE = 'a bar needs low <= open, close <= high and a volume >= 0 (Nautilus refuses others)';
  it.each([
    ['10,9,8,9,1', 'high 9 is below open 10'],
    ['9,9,10,9,1', 'high 9 is below low 10'],
    ['9,9,8,10,1', 'high 9 is below close 10'],
    ['9,10,9,8,1', 'low 9 is above close 8'],
    ['8,10,9,9,1', 'low 9 is above open 8'],
    ['9,10,8,9,-1', 'volume -1 is negative'],
    ['9,10,8,9,lots', 'volume "lots" is not a number'],
  ])('refuses the bar %s, naming the line and the rule', (values, problem) => {
    const bad = [CSV.trim(), `2021-12-31 23:03:00.000000,${values}`].join('\n');
    const suffix = problem.endsWith('is not a number') ? '' : `; ${RULE}`;
    expect(() => parseCsvBars(bad, { barType: BT })).toThrow(`line 4: ${problem}${suffix}`);
  });

  it('accepts a flat bar and a zero volume', () => {
    expect(parseCsvBars('timestamp,open,high,low,close,volume\n2022-01-01 00:00:00,5,5,5,5,0\n', { barType: BT }).columns.length).toBe(1);
  });
});

describe('parseParquetBars', () => {
  it('reads INT64 millisecond timestamps and DOUBLE prices, shifting open-stamped rows', async () => {
    const bytes = parquetWriteBuffer({
      columnData: [
        { name: 'timestamp', data: BigInt64Array.from([BigInt(T0), BigInt(T0 + 60_000)]), type: 'INT64' },
        { name: 'open', data: Float64Array.from([1, 2]), type: 'DOUBLE' },
        { name: 'high', data: Float64Array.from([3, 4]), type: 'DOUBLE' },
        { name: 'low', data: Float64Array.from([0.5, 1]), type: 'DOUBLE' },
        { name: 'close', data: Float64Array.from([2, 3]), type: 'DOUBLE' },
      ],
    });
    const s = await parseParquetBars(bytes, { barType: BT });
    expect([...s.columns.tsMs]).toEqual([T0 + 60_000, T0 + 120_000]);
    expect([...s.columns.close]).toEqual([2, 3]);
    expect(Number.isNaN(s.columns.volume[1])).toBe(true);
  });

  const twoRows = (high: number, open: number): ArrayBuffer =>
    parquetWriteBuffer({
      columnData: [
        { name: 'timestamp', data: BigInt64Array.from([BigInt(T0), BigInt(T0 + 60_000)]), type: 'INT64' },
        { name: 'open', data: Float64Array.from([1, open]), type: 'DOUBLE' },
        { name: 'high', data: Float64Array.from([3, high]), type: 'DOUBLE' },
        { name: 'low', data: Float64Array.from([0.5, 1]), type: 'DOUBLE' },
        { name: 'close', data: Float64Array.from([2, 1]), type: 'DOUBLE' },
      ],
    });

  it('refuses a bar Nautilus refuses, naming the row and the rule', async () => {
    await expect(parseParquetBars(twoRows(1.5, 2), { barType: BT })).rejects.toThrow('Parquet bars: row 2: high 1.5 is below open 2; a bar needs low <= open, close <= high and a volume >= 0 (Nautilus refuses others)');
  });

  it('refuses a price that is not a number, naming the row and column', async () => {
    await expect(parseParquetBars(twoRows(Number.NaN, 2), { barType: BT })).rejects.toThrow('Parquet bars: row 2: high NaN is not a number');
  });
});

describe('loadBars', () => {
  it('loads a config data entry (csv) with the runner keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dolphin-bars-'));
    const path = join(dir, 'bars.csv');
    writeFileSync(path, CSV);
    const s = await loadBars({ kind: 'csv', path, bar_type: BT });
    expect([s.barType, s.columns.length]).toEqual([BT, 2]);
  });

  it('refuses an unknown key, naming it', () => {
    expect(() => barDataSourceSchema.parse({ kind: 'csv', path: 'x', bar_type: BT, tz: 'UTC' })).toThrow(/tz/);
  });
});
