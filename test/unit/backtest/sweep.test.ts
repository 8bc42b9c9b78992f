import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parquetReadObjects } from 'hyparquet';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { runHostBacktest } from '../../../src/backtest/host-backtest.js';
import {
  comboAt,
  expandGrid,
  mergeSkipReasons,
  resultsCsv,
  resultsJson,
  resultsParquet,
  runSweep,
  sortRows,
  sortSkipReasons,
  SweepGridError,
  sweepGridSchema,
  sweepIndices,
  type SkipReason,
  type SweepRow,
} from '../../../src/backtest/sweep/index.js';
import { venueConfigSchema } from '../../../src/backtest/venue-config.js';
import { allocateBarColumns, type BarSeries } from '../../../src/data/bar-series.js';
import { createRng } from '../../../src/market/index.js';
import { emaCross } from '../../../src/strategies/ema-cross/index.js';

const BAR_TYPE = 'BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL';

/** A seeded random walk of `n` one-minute bars around 46,000 (shared columns). */
function walk(n: number, seed: number): BarSeries {
  const c = allocateBarColumns(n, true);
  const rng = createRng(seed);
  let px = 46_000;
  for (let i = 0; i < n; i++) {
    const open = px;
    px = Math.max(1000, px + (rng.next() - 0.5) * 60);
    (c.tsMs as Float64Array)[i] = Date.UTC(2022, 0, 1) + (i + 1) * 60_000;
    (c.open as Float64Array)[i] = Math.round(open * 10) / 10;
    (c.close as Float64Array)[i] = Math.round(px * 10) / 10;
    (c.high as Float64Array)[i] = Math.round((Math.max(open, px) + rng.next() * 20) * 10) / 10;
    (c.low as Float64Array)[i] = Math.round((Math.min(open, px) - rng.next() * 20) * 10) / 10;
    (c.volume as Float64Array)[i] = 100 + rng.next() * 500;
  }
  return { barType: BAR_TYPE, instrumentId: 'BTCUSDT-PERP.BINANCE', columns: c };
}

const smallGrid = sweepGridSchema.parse({ strategy: 'ema-cross', params: { fast_ema_period: { range: [2, 6, 2] }, slow_ema_period: [4, 8], trade_size: ['0.010'] }, sort_by: 'return' });

describe('sweep grids', () => {
  it('decodes combinations with the last key varying fastest', () => {
    const g = expandGrid(smallGrid);
    expect(g.size).toBe(6);
    expect([0, 1, 2, 5].map((i) => comboAt(g, i))).toEqual([
      { fast_ema_period: 2, slow_ema_period: 4, trade_size: '0.010' },
      { fast_ema_period: 2, slow_ema_period: 8, trade_size: '0.010' },
      { fast_ema_period: 4, slow_ema_period: 4, trade_size: '0.010' },
      { fast_ema_period: 6, slow_ema_period: 8, trade_size: '0.010' },
    ]);
  });

  it('keeps decimal steps exact', () => {
    const g = expandGrid(sweepGridSchema.parse({ strategy: 'x', params: { a: { range: [0.1, 0.5, 0.1] } } }));
    expect(g.values[0]).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
  });

  it('draws distinct sorted random samples, the same for the same seed', () => {
    const grid = sweepGridSchema.parse({ strategy: 'x', params: { a: { range: [1, 100] }, b: { range: [1, 100] } }, mode: 'random', samples: 50, seed: 9 });
    const a = sweepIndices(grid, expandGrid(grid));
    const b = sweepIndices(grid, expandGrid(grid));
    expect([...a]).toEqual([...b]);
    expect(new Set(a).size).toBe(50);
    expect([...a]).toEqual([...a].sort((x, y) => x - y));
  });

  it('refuses empty and oversized ranges and grids, naming the key', () => {
    const expand = (params: Record<string, unknown>, mode = 'grid'): void => {
      expandGrid(sweepGridSchema.parse({ strategy: 'x', params, mode, samples: 10 }));
    };
    expect(() => { expand({ a: { range: [5, 2] } }); }).toThrow(SweepGridError);
    expect(() => { expand({ a: { range: [5, 2] } }); }).toThrow('grid.params.a.range: [from, to, step?] must give 1 to 10^7 values (from <= to), was [5,2], giving 0');
    expect(() => { expand({ a: { range: [0, 2e7] } }); }).toThrow('grid.params.a.range: [from, to, step?] must give 1 to 10^7 values (from <= to), was [0,20000000], giving 20000001');
    const big = { a: { range: [1, 20000] }, b: { range: [1, 10000] } };
    expect(() => { expand(big); }).toThrow('grid.params: mode grid evaluates every combination, at most 10^8, was a 20000 x b 10000 = 200000000; use mode: random with samples');
    expect(() => { expand(big, 'random'); }).not.toThrow();
    expect(() => { expand({ ...big, c: { range: [1, 200] } }, 'random'); }).toThrow('grid.params: at most 2^31 combinations, was a 20000 x b 10000 x c 200 = 40000000000');
  });

  it('requires samples in random mode', () => {
    expect(sweepGridSchema.safeParse({ strategy: 'x', params: { a: 1 }, mode: 'random' }).success).toBe(false);
  });

  it('rejects unknown keys', () => {
    expect(sweepGridSchema.safeParse({ strategy: 'x', params: {}, workers: 2 }).success).toBe(false);
  });
});

describe('sortRows', () => {
  const row = (index: number, ret: number, dd: number, sharpe: number | null): SweepRow => ({
    index, params: {}, fills: 0, finalBalance: '0',
    metrics: { total_return: ret, max_drawdown: dd, sharpe, profit_factor: null, win_rate: null, trades: 0, fees: 0, final_equity: 0 },
  });
  const rows = [row(0, 0.1, 0.3, null), row(1, 0.2, 0.1, 1), row(2, 0.2, 0.2, 2)];

  it('ranks descending, ties by combination index', () => {
    expect(sortRows(rows, 'return').map((r) => r.index)).toEqual([1, 2, 0]);
  });

  it('ranks max_drawdown ascending', () => {
    expect(sortRows(rows, 'max_drawdown').map((r) => r.index)).toEqual([1, 2, 0]);
  });

  it('puts missing values last', () => {
    expect(sortRows(rows, 'sharpe').map((r) => r.index)).toEqual([2, 1, 0]);
  });
});

describe('runSweep', () => {
  const series = walk(1500, 3);
  const venue = venueConfigSchema.parse({});
  let workerUrl: URL;

  beforeAll(async () => {
    // Worker threads need JavaScript: bundle the worker entry once (vite), next to node_modules.
    const outDir = join(import.meta.dirname, '..', '..', '..', 'node_modules', '.cache', 'dolphin-test-sweep-worker');
    mkdirSync(outDir, { recursive: true });
    await build({
      configFile: false,
      logLevel: 'silent',
      build: { ssr: join(import.meta.dirname, '..', '..', '..', 'src', 'backtest', 'sweep', 'sweep-worker.ts'), outDir, emptyOutDir: true, minify: false, rollupOptions: { output: { format: 'es', entryFileNames: 'sweep-worker.mjs' } } },
    });
    workerUrl = pathToFileURL(join(outDir, 'sweep-worker.mjs'));
  }, 60_000);

  it('skips and counts invalid combinations (fast >= slow)', async () => {
    const r = await runSweep({ grid: smallGrid, series: [series], venue, workers: 0 });
    expect([r.total, r.evaluated, r.skipped]).toEqual([6, 4, 2]);
  });

  it('says why it skipped: the parameter, how many, the first refusal', async () => {
    const r = await runSweep({ grid: smallGrid, series: [series], venue, workers: 0 });
    expect(r.skipReasons).toEqual([{ param: 'fast_ema_period', code: 'custom', count: 2, firstIndex: 2, example: 'must be less than slow_ema_period (4), was 4' }]);
    const typo = sweepGridSchema.parse({ ...smallGrid, params: { ...smallGrid.params, slow_ema_period: [8, 'x', 9] } });
    const t = await runSweep({ grid: typo, series: [series], venue, workers: 0 });
    expect([t.total, t.evaluated, t.skipped]).toEqual([9, 6, 3]);
    expect(t.skipReasons).toEqual([{ param: 'slow_ema_period', code: 'invalid_type', count: 3, firstIndex: 1, example: 'Invalid input: expected number, received string, was "x"' }]);
  });

  it('merges skip reasons the same whatever order the batches arrive in', () => {
    const a = { param: 'fast_ema_period', code: 'custom', count: 3, firstIndex: 40, example: 'was 40' };
    const b = { param: 'fast_ema_period', code: 'custom', count: 2, firstIndex: 7, example: 'was 7' };
    const c = { param: 'slow_ema_period', code: 'invalid_type', count: 5, firstIndex: 9, example: 'was "x"' };
    const merged = (batches: SkipReason[][]): SkipReason[] => {
      const into: SkipReason[] = [];
      for (const batch of batches) mergeSkipReasons(into, batch);
      return sortSkipReasons(into);
    };
    const expected = [
      { ...b, count: 5 },
      c,
    ];
    expect(merged([[a], [b, c]])).toEqual(expected);
    expect(merged([[c, b], [a]])).toEqual(expected);
    expect(merged([[c], [a], [b]])).toEqual(expected);
  });

  it('refuses a parameter the strategy does not have before running anything', async () => {
    const typo = sweepGridSchema.parse({ ...smallGrid, params: { ...smallGrid.params, fast_ema_periodd: [3] } });
    const seen: number[] = [];
    const run = runSweep({ grid: typo, series: [series], venue, workers: 0, onProgress: (p) => seen.push(p.done) });
    await expect(run).rejects.toThrow(SweepGridError);
    await expect(run).rejects.toThrow(/^grid\.params\.fast_ema_periodd: not a parameter of ema-cross \(remove it or check its spelling; its parameters: instrument_id, bar_type, trade_size, fast_ema_period, slow_ema_period, close_positions_on_stop\)$/);
    expect(seen).toEqual([]);
  });

  it('fails, naming the parameter, when the schema refuses every combination', async () => {
    const none = sweepGridSchema.parse({ ...smallGrid, params: { fast_ema_period: [9, 10], slow_ema_period: [5] } });
    await expect(runSweep({ grid: none, series: [series], venue, workers: 0 })).rejects.toThrow(
      /refused all 2 combinations[^]*fast_ema_period: must be less than slow_ema_period \(5\), was 9 \(2 combinations\)/,
    );
  });

  it('reports what a single host backtest of the combination reports', async () => {
    const r = await runSweep({ grid: smallGrid, series: [series], venue, workers: 0 });
    const row = r.rows.find((x) => x.params['fast_ema_period'] === 4 && x.params['slow_ema_period'] === 8);
    const direct = runHostBacktest({ definition: emaCross, params: { fast_ema_period: 4, slow_ema_period: 8, trade_size: '0.010' }, venue, data: [series], recordFills: false });
    expect(row?.metrics).toEqual(direct.metrics);
    expect(row?.fills).toBe(direct.fillCount);
  });

  it('streams progress up to the total', async () => {
    const seen: number[] = [];
    await runSweep({ grid: smallGrid, series: [series], venue, workers: 0, batchSize: 2, onProgress: (p) => seen.push(p.done) });
    expect(seen).toEqual([2, 4, 6]);
  });

  it('gives the same table on worker threads, sharing the columns', async () => {
    const inProcess = await runSweep({ grid: smallGrid, series: [series], venue, workers: 0 });
    const threaded = await runSweep({ grid: smallGrid, series: [series], venue, workers: 2, batchSize: 1, workerUrl });
    expect(threaded.workers).toBe(2);
    expect(threaded.rows).toEqual(inProcess.rows);
    expect(threaded.skipped).toBe(inProcess.skipped);
    expect(threaded.skipReasons).toEqual(inProcess.skipReasons);
  }, 60_000);

  it('fails with the worker error when the strategy is unknown', async () => {
    const grid = sweepGridSchema.parse({ ...smallGrid, strategy: 'no-such-strategy' });
    await expect(runSweep({ grid, series: [series], venue, workers: 1, workerUrl })).rejects.toThrow(/unknown strategy "no-such-strategy"/);
  }, 60_000);
});

describe('sweep results', () => {
  it('writes CSV, JSON and Parquet tables with rank, parameters and metrics', async () => {
    const r = await runSweep({ grid: smallGrid, series: [walk(800, 5)], venue: venueConfigSchema.parse({}), workers: 0 });
    const csv = resultsCsv(r).trim().split('\n');
    expect(csv[0]).toBe('rank,index,fast_ema_period,slow_ema_period,trade_size,total_return,sharpe,max_drawdown,profit_factor,win_rate,trades,fees,final_equity,fills,final_balance');
    expect(csv).toHaveLength(r.evaluated + 1);
    const doc = JSON.parse(resultsJson(r)) as { rows: Array<Record<string, unknown>>; skipped: number };
    expect([doc.skipped, doc.rows[0]?.['rank']]).toEqual([2, 1]);
    const rows = await parquetReadObjects({ file: resultsParquet(r) });
    expect(rows.map((x) => x['index'])).toEqual(r.rows.map((x) => x.index));
    expect(rows[0]?.['total_return']).toBe(r.rows[0]?.metrics.total_return);
  });
});
