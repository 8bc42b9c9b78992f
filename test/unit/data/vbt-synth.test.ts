import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { instrumentConfigSchema } from '../../../src/backtest/venue-config.js';
import { createFeatureRow } from '../../../src/features/index.js';
import { isOnGrid } from '../../../src/market/index.js';
import {
  encodeVbtDay,
  loadVbtDataset,
  parseExternalFactorsJson,
  readVbtDayFile,
  SynthVbtGenerator,
  writeSynthVbtDataset,
  writeVbtDayFile,
  type VbtDataset,
} from '../../../src/data/index.js';

const PYTHON = join(process.cwd(), '.venv/bin/python');

describe('SynthVbtGenerator', () => {
  it('writes byte-identical files for the same options', () => {
    const a = new SynthVbtGenerator({ assets: 6, days: 1, seed: 7 }).nextDay();
    const b = new SynthVbtGenerator({ assets: 6, days: 1, seed: 7 }).nextDay();
    expect(Buffer.from(encodeVbtDay(a)).equals(Buffer.from(encodeVbtDay(b)))).toBe(true);
  });

  it('gives another seed other prices', () => {
    const a = new SynthVbtGenerator({ assets: 2, days: 1, seed: 7 }).nextDay();
    const b = new SynthVbtGenerator({ assets: 2, days: 1, seed: 8 }).nextDay();
    expect(a.prices[0]?.[100]).not.toBe(b.prices[0]?.[100]);
  });

  it('writes 1,440 one-minute rows closing inside the file date, scan numbers running across days', () => {
    const g = new SynthVbtGenerator({ assets: 2, days: 2, seed: 1, start: '2024-02-28' });
    const d1 = g.nextDay();
    const d2 = g.nextDay();
    expect(d1.date).toBe('2024-02-28');
    expect(d2.date).toBe('2024-02-29');
    expect(d1.tsMs.length).toBe(1440);
    expect(d1.tsMs[0]).toBe(Date.UTC(2024, 1, 28));
    expect(d1.tsMs[1439]).toBe(Date.UTC(2024, 1, 28, 23, 59));
    expect(d2.scanNumber[0]).toBe(1441);
  });

  it('honours the bar length', () => {
    const d = new SynthVbtGenerator({ assets: 1, days: 1, seed: 1, barSeconds: 300 }).nextDay();
    expect(d.tsMs.length).toBe(288);
    expect((d.tsMs[1] as number) - (d.tsMs[0] as number)).toBe(300_000);
  });

  it('drives vel_div through -0.02 and -0.05', () => {
    const g = new SynthVbtGenerator({ assets: 1, days: 3, seed: 7 });
    let below2 = 0;
    let below5 = 0;
    while (g.hasNextDay) {
      for (const v of g.nextDay().features[0] as Float64Array) {
        if (v < -0.02) below2++;
        if (v < -0.05) below5++;
      }
    }
    expect(below2 / 4320).toBeGreaterThan(0.03);
    expect(below5).toBeGreaterThan(10);
    expect(below2 / 4320).toBeLessThan(0.3);
  });

  it('keeps prices positive and on each instrument tick grid', () => {
    const g = new SynthVbtGenerator({ assets: 60, days: 1, seed: 3 });
    const d = g.nextDay();
    let bad = 0;
    g.assets.forEach((a, k) => {
      const tick = Number(a.instrument.price_increment);
      for (const p of d.prices[k] as Float64Array) if (!(p > 0 && isOnGrid(p, tick))) bad++;
    });
    expect(bad).toBe(0);
    expect(g.assets[0]?.column).toBe('BTCUSDT');
    expect(g.assets[47]?.column).toBe('STXUSDT');
    expect(g.assets[48]?.column).toBe('SYN049USDT');
  });

  it('correlates the assets', () => {
    const d = new SynthVbtGenerator({ assets: 5, days: 1, seed: 11 }).nextDay();
    const ret = d.prices.map((p) => Array.from({ length: p.length - 1 }, (_, i) => Math.log((p[i + 1] as number) / (p[i] as number))));
    const corr = (x: number[], y: number[]): number => {
      const mx = x.reduce((s, v) => s + v, 0) / x.length;
      const my = y.reduce((s, v) => s + v, 0) / y.length;
      let sxy = 0, sxx = 0, syy = 0;
      x.forEach((v, i) => {
        sxy += (v - mx) * ((y[i] as number) - my);
        sxx += (v - mx) ** 2;
        syy += ((y[i] as number) - my) ** 2;
      });
      return sxy / Math.sqrt(sxx * syy);
    };
    expect(corr(ret[0] as number[], ret[1] as number[])).toBeGreaterThan(0.2);
  });

  it('rejects a bar length that does not divide a day', () => {
    expect(() => new SynthVbtGenerator({ assets: 1, days: 1, seed: 1, barSeconds: 7 })).toThrow(/bar_seconds/);
  });
});

describe('writeSynthVbtDataset and loadVbtDataset', () => {
  let dir = '';
  let ds: VbtDataset;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vbt-synth-'));
    writeSynthVbtDataset({ assets: 5, days: 2, seed: 7, outDir: dir });
    ds = await loadVbtDataset(dir);
  });

  it('writes the day files, instruments.json and external_factors.json', () => {
    for (const f of ['2024-01-01.parquet', '2024-01-02.parquet', 'instruments.json', 'external_factors.json']) expect(existsSync(join(dir, f))).toBe(true);
    const instruments = z.array(instrumentConfigSchema).parse(JSON.parse(readFileSync(join(dir, 'instruments.json'), 'utf8')));
    expect(instruments.map((i) => i.instrument_id)).toEqual(['BTCUSDT', 'ETHUSDT', 'BNBUSDT', 'SOLUSDT', 'XRPUSDT'].map((c) => `${c}-PERP.BINANCE`));
    const f = parseExternalFactorsJson(readFileSync(join(dir, 'external_factors.json'), 'utf8'));
    expect(Object.keys(f)).toEqual(['2024-01-01', '2024-01-02']);
  });

  it('loads one bar series per asset in column order', () => {
    expect(ds.dates).toEqual(['2024-01-01', '2024-01-02']);
    expect(ds.barSeconds).toBe(60);
    expect(ds.series.map((s) => s.barType)).toEqual(ds.instruments.map((i) => `${i.instrument_id}-1-MINUTE-LAST-EXTERNAL`));
    const s = ds.series[0];
    expect(s?.columns.length).toBe(2880);
    expect(s?.columns.open[5]).toBe(s?.columns.close[5]);
    expect(s?.columns.high[5]).toBe(s?.columns.low[5]);
    expect(s?.columns.volume[5]).toBeNaN();
  });

  it('serves the features by close time', () => {
    const row = createFeatureRow();
    expect(ds.features.read(ds.tsMs[1500] as number, row)).toBe(true);
    expect(row.velDiv).toBe(ds.features.columns[0]?.[1500]);
    expect(row.v750).toBe(ds.features.columns[4]?.[1500]);
    expect(ds.features.read((ds.tsMs[1500] as number) + 1, row)).toBe(false);
  });

  it('takes the median of the first 10 v750 values of each date for ACB scale 3', () => {
    const first10 = [...(ds.features.columns[4] as Float64Array).subarray(1440, 1450)].sort((a, b) => a - b);
    expect(ds.w750ByDate['2024-01-02']).toBeCloseTo(((first10[4] as number) + (first10[5] as number)) / 2, 15);
  });

  it('reads the external factors', () => {
    expect(Object.keys(ds.externalFactors)).toEqual(['2024-01-01', '2024-01-02']);
  });

  it('skips rows without a positive price and unions the assets of all days', async () => {
    const d2 = mkdtempSync(join(tmpdir(), 'vbt-gap-'));
    const g = new SynthVbtGenerator({ assets: 2, days: 2, seed: 1 });
    const a = g.nextDay();
    (a.prices[1] as Float64Array)[3] = NaN;
    writeVbtDayFile(join(d2, '2024-01-01.parquet'), a);
    const b = g.nextDay();
    writeVbtDayFile(join(d2, '2024-01-02.parquet'), { ...b, assets: ['BTCUSDT', 'NEWUSDT', 'ETHUSDT'], prices: [b.prices[0] as Float64Array, b.prices[0] as Float64Array, b.prices[1] as Float64Array] });
    const loaded = await loadVbtDataset(d2);
    expect(loaded.assets).toEqual(['BTCUSDT', 'ETHUSDT', 'NEWUSDT']);
    expect(loaded.series.map((s) => s.columns.length)).toEqual([2880, 2879, 1440]);
  });

  it('is read by pyarrow with the contract types', () => {
    const script = [
      'import json, sys, pyarrow.parquet as pq',
      't = pq.read_table(sys.argv[1])',
      'print(json.dumps({"names": t.schema.names, "types": [str(f.type) for f in t.schema], "rows": t.num_rows, "ts0": t.column("timestamp")[0].as_py(), "btc0": t.column("BTCUSDT")[0].as_py()}))',
    ].join('\n');
    const out = JSON.parse(execFileSync(PYTHON, ['-c', script, join(dir, '2024-01-01.parquet')], { encoding: 'utf8' })) as { names: string[]; types: string[]; rows: number; ts0: number; btc0: number };
    expect(out.names.slice(0, 9)).toEqual(['timestamp', 'scan_number', 'vel_div', 'v50_lambda_max_velocity', 'v150_lambda_max_velocity', 'v300_lambda_max_velocity', 'v750_lambda_max_velocity', 'instability_50', 'instability_150']);
    expect(out.types).toEqual(['int64', 'int64', ...Array<string>(7 + 5).fill('double')]);
    expect(out.rows).toBe(1440);
    expect(out.ts0).toBe(Date.UTC(2024, 0, 1));
    expect(out.btc0).toBe(ds.series[0]?.columns.close[0]);
  });

  it('reads a pandas-written file with a timestamp type and zstd', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vbt-pd-')), '2024-01-05.parquet');
    const script = [
      'import sys, pandas as pd, numpy as np',
      'n = 3',
      'df = pd.DataFrame({"timestamp": pd.to_datetime([1704412800000 + 60000 * i for i in range(n)], unit="ms", utc=True), "scan_number": np.arange(1, n + 1, dtype="int64")})',
      'for c in ["vel_div","v50_lambda_max_velocity","v150_lambda_max_velocity","v300_lambda_max_velocity","v750_lambda_max_velocity","instability_50","instability_150"]: df[c] = np.linspace(-0.03, 0.01, n)',
      'df["BTCUSDT"] = [42000.5, 42001.0, 41999.9]',
      'df.to_parquet(sys.argv[1], compression="zstd", index=False)',
    ].join('\n');
    execFileSync(PYTHON, ['-c', script, path]);
    const day = await readVbtDayFile(path);
    expect([...day.tsMs]).toEqual([1704412800000, 1704412860000, 1704412920000]);
    expect([...(day.prices[0] as Float64Array)]).toEqual([42000.5, 42001.0, 41999.9]);
    expect(day.features[0]?.[0]).toBeCloseTo(-0.03, 15);
  });
});
