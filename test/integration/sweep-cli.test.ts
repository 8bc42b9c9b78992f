/**
 * `dolphin sweep` as a user runs it (issue 3): the built CLI on the BTC month across two worker
 * threads writes the ranked table in three formats and the best row as a config layer that
 * `paired` proves in Nautilus, and says why it skipped combinations; a grid the strategy cannot
 * run exits 2 naming the parameter, before anything is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { BTC_MONTH, dolphin, readJson, ROOT, tempDir } from './cli.js';

interface ResultsDoc {
  readonly sort_by: string;
  readonly total: number;
  readonly evaluated: number;
  readonly skipped: number;
  readonly skip_reasons: ReadonlyArray<{ param: string; count: number; example: string }>;
  readonly rows: ReadonlyArray<Record<string, number | string | null>>;
}

describe('dolphin sweep (BTCUSDT month)', () => {
  it('ranks a grid on two workers and writes CSV, JSON and Parquet', { timeout: 120_000 }, async () => {
    const dir = tempDir('sweep');
    const grid = join(dir, 'grid.yaml');
    writeFileSync(grid, 'strategy: ema-cross\nparams:\n  fast_ema_period: [5, 10, 40]\n  slow_ema_period: [20, 30]\nsort_by: return\n');
    const base = join(dir, 'results');
    const r = await dolphin(['sweep', '--grid', grid, '--data', BTC_MONTH, '--workers', '2', '--out', base, '--no-progress']);
    expect(r.exitCode, r.stderr.slice(-1500)).toBe(0);
    expect(r.stdout).toMatch(/6 combinations \(4 evaluated, 2 skipped as invalid\)/);
    expect(r.stdout).toContain('skipped 2, refused on fast_ema_period, first: must be less than slow_ema_period (20), was 40');
    const doc = readJson<ResultsDoc>(`${base}.json`);
    expect([doc.total, doc.evaluated, doc.skipped, doc.sort_by]).toEqual([6, 4, 2, 'return']);
    expect(doc.skip_reasons.map((s) => [s.param, s.count])).toEqual([['fast_ema_period', 2]]);
    const returns = doc.rows.map((row) => row['total_return'] as number);
    expect(returns).toEqual([...returns].sort((a, b) => b - a));
    const csv = readFileSync(`${base}.csv`, 'utf8').trim().split('\n');
    expect(csv).toHaveLength(5);
    const bytes = readFileSync(`${base}.parquet`);
    const parquet = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
    expect(parquet.map((row) => row['total_return'])).toEqual(returns);
    // The best row as a config layer, and the command that proves it in Nautilus.
    expect(r.stdout).toContain(`prove the best in Nautilus: npx dolphin paired --data ${BTC_MONTH} --config ${base}.best.yaml`);
    const best = readFileSync(`${base}.best.yaml`, 'utf8');
    expect(best).toContain(`sorted by return:`);
    expect(best).toContain(`fast_ema_period: ${String(doc.rows[0]?.['fast_ema_period'])}`);
  });

  it('proves the best row in Nautilus with the config layer it writes', { timeout: 240_000 }, async () => {
    const dir = tempDir('sweep-prove');
    const grid = join(dir, 'grid.yaml');
    writeFileSync(grid, 'strategy: ema-cross\nparams:\n  fast_ema_period: [8, 12]\n  slow_ema_period: [26]\nsort_by: sharpe\n');
    const cfg = join(dir, 'size.yaml');
    writeFileSync(cfg, 'strategy:\n  params: { trade_size: "0.020" }\ncontrols: { risk: false, survival: false }\n');
    const base = join(dir, 'results');
    const r = await dolphin(['sweep', '--grid', grid, '--config', cfg, '--data', BTC_MONTH, '--workers', '2', '--out', base, '--no-progress']);
    expect(r.exitCode, r.stderr.slice(-1500)).toBe(0);
    const doc = readJson<ResultsDoc>(`${base}.json`);
    const top = doc.rows[0];
    const p = await dolphin(['paired', '--data', BTC_MONTH, '--config', cfg, '--config', `${base}.best.yaml`, '--out', join(dir, 'paired')]);
    expect(p.exitCode, p.stdout + p.stderr.slice(-1500)).toBe(0);
    expect(p.stdout).toMatch(new RegExp(`^paired: ${String(top?.['fills'])} fills identical, \\d+ account states identical, \\d+ positions identical, metrics identical`, 'm'));
    // Both sides ran the sweep's best combination: the same final balance as its row.
    for (const side of ['host', 'nautilus']) {
      expect(readJson<{ final_balance: string }>(join(dir, 'paired', side, 'summary.json')).final_balance).toBe(top?.['final_balance']);
    }
  });

  it('runs a TypeScript strategy file by path, in the backtest and across sweep workers', { timeout: 120_000 }, async () => {
    const dir = tempDir('sweep-ts');
    const strategy = join(ROOT, 'test', 'fixtures', 'strategies', 'breakout.ts');
    const one = await dolphin(['backtest', '--engine', 'host', '--strategy', strategy, '--data', BTC_MONTH, '--out', join(dir, 'bt'), '--no-progress']);
    expect(one.exitCode, one.stderr.slice(-1500)).toBe(0);
    const fills = readJson<unknown[]>(join(dir, 'bt', 'fills.json'));
    expect(fills.length).toBeGreaterThan(0);
    const grid = join(dir, 'grid.json');
    writeFileSync(grid, JSON.stringify({ strategy, params: { lookback: [10, 20, 30] }, sort_by: 'trades' }));
    const r = await dolphin(['sweep', '--grid', grid, '--data', BTC_MONTH, '--workers', '2', '--out', join(dir, 'results'), '--no-progress']);
    expect(r.exitCode, r.stderr.slice(-1500)).toBe(0);
    const doc = readJson<ResultsDoc>(join(dir, 'results.json'));
    expect([doc.total, doc.evaluated]).toEqual([3, 3]);
    // The sweep's row for the default lookback is the single backtest's run: same fills.
    expect(doc.rows.find((row) => row['lookback'] === 20)?.['fills']).toBe(fills.length);
  });

  it("applies the config's strategy.params and controls to every combination, the grid's keys winning", { timeout: 120_000 }, async () => {
    const dir = tempDir('sweep-fixed');
    const cfg = join(dir, 'size.yaml');
    writeFileSync(cfg, 'strategy:\n  params: { trade_size: "0.050", fast_ema_period: 7 }\n');
    const one = await dolphin(['backtest', '--engine', 'host', '--strategy', 'ema-cross', '--config', cfg, '--data', BTC_MONTH, '--out', join(dir, 'bt'), '--no-progress']);
    expect(one.exitCode, one.stderr.slice(-1500)).toBe(0);
    const grid = join(dir, 'grid.yaml');
    writeFileSync(grid, 'strategy: ema-cross\nparams:\n  fast_ema_period: [7, 10]\n  slow_ema_period: [20]\n');
    const r = await dolphin(['sweep', '--grid', grid, '--config', cfg, '--data', BTC_MONTH, '--workers', '2', '--out', join(dir, 'results'), '--no-progress']);
    expect(r.exitCode, r.stderr.slice(-1500)).toBe(0);
    expect(r.stdout).toContain('every combination with (--config strategy.params): trade_size=0.050');
    // 0.05 BTC entries (~2,300 USDT) meet the risk engine's caps: rows are runs inside the controls.
    expect(r.stdout).toContain('controls: risk engine and survival stack around every combination, as in backtest');
    const doc = readJson<ResultsDoc & { fixed_params: Record<string, unknown> }>(join(dir, 'results.json'));
    expect(doc.fixed_params).toEqual({ trade_size: '0.050' });
    // The row with the config's own fast period is the single backtest with that config.
    const summary = readJson<{ final_balance: string }>(join(dir, 'bt', 'summary.json'));
    expect(doc.rows.find((row) => row['fast_ema_period'] === 7)?.['final_balance']).toBe(summary.final_balance);
    expect(doc.rows.find((row) => row['fast_ema_period'] === 10)?.['final_balance']).not.toBe(summary.final_balance);
  });

  it('sweeps a strategy that enters through the risk engine (ctx.risk), as its backtest runs', { timeout: 120_000 }, async () => {
    const dir = tempDir('sweep-risk');
    const one = await dolphin(['backtest', '--engine', 'host', '--strategy', 'edge-scalper', '--data', BTC_MONTH, '--out', join(dir, 'bt'), '--no-progress']);
    expect(one.exitCode, one.stderr.slice(-1500)).toBe(0);
    const grid = join(dir, 'grid.yaml');
    writeFileSync(grid, 'strategy: edge-scalper\nparams: {}\n');
    const r = await dolphin(['sweep', '--grid', grid, '--data', BTC_MONTH, '--workers', '1', '--out', join(dir, 'results'), '--no-progress']);
    expect(r.exitCode, r.stderr.slice(-1500)).toBe(0);
    const doc = readJson<ResultsDoc>(join(dir, 'results.json'));
    const summary = readJson<{ final_balance: string; fills: number }>(join(dir, 'bt', 'summary.json'));
    expect([doc.rows[0]?.['final_balance'], doc.rows[0]?.['fills']]).toEqual([summary.final_balance, summary.fills]);
    // Without the controls the strategy has no risk engine to enter through: a clear refusal.
    const cfg = join(dir, 'alone.yaml');
    writeFileSync(cfg, 'controls: { risk: false, survival: false }\n');
    const alone = await dolphin(['sweep', '--grid', grid, '--config', cfg, '--data', BTC_MONTH, '--workers', '1', '--out', join(dir, 'alone'), '--no-progress']);
    expect(alone.exitCode).toBe(1);
    expect(alone.stderr).toContain('ctx.risk');
  });

  it('exits 2 on a parameter the strategy does not have, writing nothing', { timeout: 60_000 }, async () => {
    const dir = tempDir('sweep-typo');
    const grid = join(dir, 'grid.json');
    writeFileSync(grid, JSON.stringify({ strategy: 'ema-cross', params: { fast_ema_periodd: [5], slow_ema_period: [20] } }));
    const base = join(dir, 'results');
    const r = await dolphin(['sweep', '--grid', grid, '--data', BTC_MONTH, '--workers', '2', '--out', base, '--no-progress']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr, r.stderr).toContain('grid.params.fast_ema_periodd: not a parameter of ema-cross (remove it or check its spelling');
    expect(existsSync(`${base}.json`)).toBe(false);
  });

  it('exits 2 on an empty range, and before overwriting the grid file with results', { timeout: 60_000 }, async () => {
    const dir = tempDir('sweep-guard');
    const grid = join(dir, 'grid.json');
    const text = JSON.stringify({ strategy: 'ema-cross', params: { fast_ema_period: { range: [5, 2] }, slow_ema_period: [20] } });
    writeFileSync(grid, text);
    const empty = await dolphin(['sweep', '--grid', grid, '--data', BTC_MONTH, '--out', join(dir, 'results'), '--no-progress']);
    expect(empty.exitCode).toBe(2);
    expect(empty.stderr, empty.stderr).toContain('grid.params.fast_ema_period.range: [from, to, step?] must give 1 to 10^7 values (from <= to), was [5,2], giving 0');
    const good = JSON.stringify({ strategy: 'ema-cross', params: { fast_ema_period: [5], slow_ema_period: [20] } });
    writeFileSync(grid, good);
    const clash = await dolphin(['sweep', '--grid', grid, '--data', BTC_MONTH, '--out', join(dir, 'grid'), '--no-progress']);
    expect(clash.exitCode).toBe(2);
    expect(clash.stderr, clash.stderr).toContain(`--out: ${join(dir, 'grid')} would overwrite the --grid file ${grid}; give another results base`);
    expect(readFileSync(grid, 'utf8')).toBe(good);
    // Nor a config file it reads: the previous sweep's best row layered into the next sweep.
    const cfg = join(dir, 'results.best.yaml');
    writeFileSync(cfg, 'strategy:\n  params: { trade_size: "0.020" }\n');
    const layer = await dolphin(['sweep', '--grid', grid, '--config', cfg, '--data', BTC_MONTH, '--out', join(dir, 'results'), '--no-progress']);
    expect(layer.exitCode).toBe(2);
    expect(layer.stderr, layer.stderr).toContain(`--out: ${join(dir, 'results')} would overwrite the --config file ${cfg}; give another results base`);
  });

  it('exits 2 when the schema refuses every combination, naming the parameter', { timeout: 60_000 }, async () => {
    const dir = tempDir('sweep-none');
    const grid = join(dir, 'grid.json');
    writeFileSync(grid, JSON.stringify({ strategy: 'ema-cross', params: { fast_ema_period: [30, 40], slow_ema_period: [20] } }));
    const r = await dolphin(['sweep', '--grid', grid, '--data', BTC_MONTH, '--workers', '2', '--out', join(dir, 'results'), '--no-progress']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr, r.stderr).toMatch(/refused all 2 combinations[^]*fast_ema_period: must be less than slow_ema_period \(20\), was 30 \(2 combinations\)/);
  });
});
