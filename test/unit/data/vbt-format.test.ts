import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrumentConfigSchema } from '../../../src/backtest/venue-config.js';
import { parquetWriteBuffer } from 'hyparquet-writer';
import {
  barSpecOfSeconds,
  readExternalFactors,
  isVbtMetaColumn,
  parseExternalFactorsJson,
  readVbtDayFile,
  stepDecimalsForPrice,
  tickDecimalsForPrice,
  utcDateStartMs,
  vbtBarType,
  vbtInstrumentConfig,
  vbtInstrumentId,
  VBT_META_COLUMNS,
  writeVbtDayFile,
  type VbtDayColumns,
} from '../../../src/data/index.js';

describe('vbt schema', () => {
  it('lists the meta columns in file order', () => {
    expect(VBT_META_COLUMNS).toEqual([
      'timestamp', 'scan_number', 'vel_div', 'v50_lambda_max_velocity', 'v150_lambda_max_velocity',
      'v300_lambda_max_velocity', 'v750_lambda_max_velocity', 'instability_50', 'instability_150',
    ]);
  });

  it('treats every other column as an asset', () => {
    expect(isVbtMetaColumn('vel_div')).toBe(true);
    expect(isVbtMetaColumn('BTCUSDT')).toBe(false);
  });

  it.each([
    [60, '1-MINUTE'],
    [5, '5-SECOND'],
    [300, '5-MINUTE'],
    [3600, '1-HOUR'],
    [86400, '1-DAY'],
    [90, '90-SECOND'],
  ])('spells %s seconds as %s', (s, spec) => {
    expect(barSpecOfSeconds(s)).toBe(spec);
  });

  it('names instruments and bar types after the column', () => {
    expect(vbtInstrumentId('BTCUSDT')).toBe('BTCUSDT-PERP.BINANCE');
    expect(vbtBarType('BTCUSDT-PERP.BINANCE', 60)).toBe('BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL');
  });

  it('rejects a date that is not on the calendar', () => {
    expect(() => utcDateStartMs('2024-02-30')).toThrow(/not a calendar date/);
    expect(utcDateStartMs('2024-01-02')).toBe(1704153600000);
  });
});

describe('vbtInstrumentConfig', () => {
  it('gives BTC at 42,000 Binance-like filters', () => {
    expect(vbtInstrumentConfig('BTCUSDT', 42000)).toMatchObject({
      instrument_id: 'BTCUSDT-PERP.BINANCE', raw_symbol: 'BTCUSDT', base_currency: 'BTC', quote_currency: 'USDT',
      price_increment: '0.1', size_increment: '0.001', min_quantity: '0.001', max_quantity: '1000.000',
      min_notional: '5', maker_fee: '0.0002', taker_fee: '0.0005',
    });
  });

  it.each([
    [3200, '0.01', '0.01'],
    [0.55, '0.000001', '1'],
    [95, '0.0001', '0.1'],
  ])('gives a %s price tick %s and step %s', (price, tick, step) => {
    const c = vbtInstrumentConfig('XUSDT', price);
    expect([c.price_increment, c.size_increment]).toEqual([tick, step]);
  });

  it('keeps the tick between 1e-6 and 1e-5 of the price and a valid config', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 200_000, noNaN: true }), (price) => {
        const rel = 10 ** -tickDecimalsForPrice(price) / price;
        const c = vbtInstrumentConfig('XUSDT', price);
        return rel > 0.99e-6 && rel <= 1.01e-5 && instrumentConfigSchema.safeParse(c).success && stepDecimalsForPrice(price) <= 3;
      }),
    );
  });
});

describe('vbt day files', () => {
  const day: VbtDayColumns = {
    date: '2024-03-01',
    tsMs: Float64Array.from([1709251200000, 1709251260000, 1709251320000]),
    scanNumber: Float64Array.from([1, 2, 3]),
    features: Array.from({ length: 7 }, (_, k) => Float64Array.from([-0.01 * k, 0.5 + k, 1e-9 * k])),
    assets: ['BTCUSDT', 'ETHUSDT'],
    prices: [Float64Array.from([42000.1, 42001.2, NaN]), Float64Array.from([3200.01, 0, 3201.5])],
  };

  it('round-trips every value exactly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vbt-rt-'));
    const path = join(dir, '2024-03-01.parquet');
    writeVbtDayFile(path, day);
    const back = await readVbtDayFile(path);
    expect(back.date).toBe('2024-03-01');
    expect(back.assets).toEqual(['BTCUSDT', 'ETHUSDT']);
    expect([...back.tsMs]).toEqual([...day.tsMs]);
    expect([...back.scanNumber]).toEqual([1, 2, 3]);
    back.features.forEach((c, k) => expect([...c]).toEqual([...(day.features[k] as Float64Array)]));
    expect([...(back.prices[0] as Float64Array)]).toEqual([42000.1, 42001.2, NaN]);
    expect([...(back.prices[1] as Float64Array)]).toEqual([3200.01, 0, 3201.5]);
  });

  it('refuses an asset named like a meta column', () => {
    expect(() => writeVbtDayFile('/nonexistent/x.parquet', { ...day, assets: ['vel_div', 'ETHUSDT'] })).toThrow(/meta column/);
  });

  it('refuses columns of different lengths', () => {
    expect(() => writeVbtDayFile('/nonexistent/x.parquet', { ...day, scanNumber: Float64Array.from([1]) })).toThrow(/scan_number/);
  });
});

describe('parseExternalFactorsJson', () => {
  it('reads factors by date and null as NaN', () => {
    const f = parseExternalFactorsJson('{"2024-01-01": {"funding_btc": -0.0002, "dvol_btc": 81, "fng": null, "taker": 0.9}}');
    expect(f['2024-01-01']).toEqual({ funding_btc: -0.0002, dvol_btc: 81, fng: NaN, taker: 0.9 });
  });

  it('names the bad key', () => {
    expect(() => parseExternalFactorsJson('{"2024-01-01": {"funding": 1}}')).toThrow(/2024-01-01.*funding|funding/);
    expect(() => parseExternalFactorsJson('{"24-01-01": {}}')).toThrow(/24-01-01/);
  });

  it('reads external_factors.parquet when there is no JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vbt-efpq-'));
    const buf = parquetWriteBuffer({
      columnData: [
        { name: 'date', data: ['2024-01-01', '2024-01-02'], type: 'STRING' },
        { name: 'funding_btc', data: Float64Array.of(-0.0002, 0.0001), type: 'DOUBLE' },
        { name: 'dvol_btc', data: Float64Array.of(81, 40), type: 'DOUBLE' },
        { name: 'fng', data: Float64Array.of(20, 60), type: 'DOUBLE' },
        { name: 'taker', data: Float64Array.of(0.85, 1.0), type: 'DOUBLE' },
      ],
    });
    writeFileSync(join(dir, 'external_factors.parquet'), new Uint8Array(buf));
    const f = await readExternalFactors(dir);
    expect(f).toEqual({
      '2024-01-01': { funding_btc: -0.0002, dvol_btc: 81, fng: 20, taker: 0.85 },
      '2024-01-02': { funding_btc: 0.0001, dvol_btc: 40, fng: 60, taker: 1.0 },
    });
  });

  it('gives no factors for a folder without a file', async () => {
    expect(await readExternalFactors(mkdtempSync(join(tmpdir(), 'vbt-ef0-')))).toEqual({});
  });
});
