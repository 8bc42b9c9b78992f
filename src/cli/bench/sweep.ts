/**
 * `dolphin bench sweep [--json] [--workers N] [--no-vectorbt]`: the 10,000-combination ema-cross grid
 * (fast 2..101 x slow 10..109, trade size 0.010) on the BTC month through the real simulator and
 * runner on worker threads; invalid combinations (fast >= slow) are skipped and counted. Prints
 * combos_per_s (all 10,000 over the wall time), evaluated_per_s (evaluated combinations over the
 * wall time), bar_evals_per_s (bars run by evaluated combinations), fills (simulated by all of them:
 * with bars, what the time goes to), the worker count. Unless --no-vectorbt, it also runs the same grid with vectorbt (EMA
 * cross signals, long and short, taker fees; every EMA computed once, the portfolio simulated in
 * chunks of 250 combinations to bound memory; installed into .venv-bench on first use) in the same
 * run and prints vs_vectorbt = our combos/s / vectorbt's.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { execa } from 'execa';
import { venueConfigSchema } from '../../backtest/index.js';
import { runSweep, sweepGridSchema } from '../../backtest/sweep/index.js';
import { loadCsvBars } from '../../data/index.js';
import { intFlag } from '../int-flag.js';
import { bundledDataFile, repoRoot, userPath } from '../paths.js';

const DEFAULT_DATA = bundledDataFile('btcusdt-perp-1m-2022-01.csv');
const BAR_TYPE = 'BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL';
const VECTORBT = 'vectorbt==1.2.0';

/** Result of {@link benchSweep}. */
export interface SweepBenchResult {
  readonly bench: 'sweep';
  readonly grid: string;
  readonly combos: number;
  readonly evaluated: number;
  readonly skipped: number;
  readonly workers: number;
  readonly elapsed_s: number;
  readonly combos_per_s: number;
  readonly evaluated_per_s: number;
  readonly bar_evals_per_s: number;
  /** Fills simulated over all evaluated combinations. */
  readonly fills: number;
  readonly target_s: number;
  readonly best: string;
  /** Present unless --no-vectorbt: vectorbt's wall time for the same grid, and our combos/s over its. */
  readonly vectorbt_elapsed_s?: number;
  readonly vectorbt_combos_per_s?: number;
  readonly vs_vectorbt?: number;
  /** Why vectorbt was not measured (not installable here, or its run failed). */
  readonly vectorbt_error?: string;
}

/** Runs the sweep (and vectorbt when asked); see the module comment. */
export async function benchSweep(options: { data: string; workers: number; vectorbt: boolean }): Promise<SweepBenchResult> {
  const grid = sweepGridSchema.parse({
    strategy: 'ema-cross',
    params: { fast_ema_period: { range: [2, 101] }, slow_ema_period: { range: [10, 109] }, trade_size: ['0.010'] },
    sort_by: 'sharpe',
  });
  const series = await loadCsvBars(options.data, { barType: BAR_TYPE, timestampConvention: 'open' });
  // determinism-ok: benchmark timing.
  const t0 = performance.now();
  const r = await runSweep({ grid, series: [series], venue: venueConfigSchema.parse({}), workers: options.workers });
  const elapsed = (performance.now() - t0) / 1000;
  const best = r.rows[0];
  const result: SweepBenchResult = {
    bench: 'sweep',
    grid: 'ema-cross fast 2..101 x slow 10..109, trade_size 0.010',
    combos: r.total,
    evaluated: r.evaluated,
    skipped: r.skipped,
    workers: r.workers,
    elapsed_s: Math.round(elapsed * 1000) / 1000,
    combos_per_s: Math.round(r.total / elapsed),
    evaluated_per_s: Math.round(r.evaluated / elapsed),
    bar_evals_per_s: Math.round(r.barEvals / elapsed),
    fills: r.rows.reduce((n, row) => n + row.fills, 0),
    target_s: 10,
    best: best ? `${Object.entries(best.params).map(([k, v]) => `${k}=${String(v)}`).join(' ')} sharpe ${best.metrics.sharpe?.toFixed(3) ?? 'n/a'}` : '',
  };
  if (!options.vectorbt) return result;
  try {
    const vbtS = await runVectorbt(options.data);
    const vbtRate = r.total / vbtS;
    return { ...result, vectorbt_elapsed_s: Math.round(vbtS * 1000) / 1000, vectorbt_combos_per_s: Math.round(vbtRate), vs_vectorbt: Math.round((r.total / elapsed / vbtRate) * 100) / 100 };
  } catch (err: unknown) {
    return { ...result, vectorbt_error: err instanceof Error ? err.message : String(err) };
  }
}

/** The vectorbt side: same close prices, same grid, EMA crosses long/short, taker fee; returns seconds. */
const VECTORBT_SCRIPT = `
import json, sys, time
import numpy as np, pandas as pd
import vectorbt as vbt
df = pd.read_csv(sys.argv[1])
close = pd.Series(df["close"].values, index=pd.to_datetime(df["timestamp"], utc=True) + pd.Timedelta(minutes=1))
pairs = [(f, s) for f in range(2, 102) for s in range(10, 110)]
valid = [(f, s) for f, s in pairs if f < s]
chunk = int(sys.argv[2]) if len(sys.argv) > 2 else 250
t0 = time.perf_counter()
windows = list(range(2, 110))
ma = vbt.MA.run(close, window=windows, ewm=True).ma.values  # every window once: (bars, 108)
col = {w: k for k, w in enumerate(windows)}
best = (-np.inf, None)
for start in range(0, len(valid), chunk):
    part = valid[start:start + chunk]
    above = ma[:, [col[f] for f, s in part]] >= ma[:, [col[s] for f, s in part]]
    prev = np.vstack([above[:1], above[:-1]])
    entries = pd.DataFrame(above & ~prev, index=close.index)
    exits = pd.DataFrame(~above & prev, index=close.index)
    pf = vbt.Portfolio.from_signals(close, entries=entries, exits=exits, short_entries=exits, short_exits=entries,
                                    size=0.010, fees=0.00018, init_cash=10000, freq="1min")
    sharpe = pf.sharpe_ratio().values
    k = int(np.nanargmax(sharpe)) if np.isfinite(sharpe).any() else 0
    if np.isfinite(sharpe[k]) and sharpe[k] > best[0]:
        best = (float(sharpe[k]), part[k])
elapsed = time.perf_counter() - t0
print(json.dumps({"elapsed_s": elapsed, "combos": len(pairs), "evaluated": len(valid), "best": str(best[1]), "sharpe": best[0]}))
`;

async function runVectorbt(data: string): Promise<number> {
  const venv = join(repoRoot(), '.venv-bench');
  const python = join(venv, 'bin', 'python');
  if (!existsSync(python) || (await execa(python, ['-c', 'import vectorbt'], { reject: false })).exitCode !== 0) {
    process.stderr.write(`bench sweep: installing ${VECTORBT} into ${venv} (first use)\n`);
    const base = join(repoRoot(), '.venv', 'bin', 'python');
    const made = await execa(existsSync(base) ? base : 'python3', ['-m', 'venv', venv], { reject: false });
    if (made.exitCode !== 0) throw new Error(`cannot create ${venv}: ${made.stderr.slice(-500)}`);
    const pip = await execa(python, ['-m', 'pip', 'install', '-q', VECTORBT], { reject: false });
    if (pip.exitCode !== 0) throw new Error(`pip install ${VECTORBT} failed: ${pip.stderr.slice(-800)}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'dolphin-bench-vbt-'));
  try {
    const script = join(dir, 'vbt_sweep.py');
    writeFileSync(script, VECTORBT_SCRIPT);
    const run = await execa(python, [script, data], { reject: false });
    if (run.exitCode !== 0) throw new Error(`vectorbt run failed: ${run.stderr.slice(-800)}`);
    const out = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { elapsed_s?: number };
    if (typeof out.elapsed_s !== 'number') throw new Error(`vectorbt printed no timing: ${run.stdout.slice(-300)}`);
    return out.elapsed_s;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Registers `dolphin bench sweep`. */
export function registerSweepBench(bench: Command): void {
  bench
    .command('sweep')
    .description('10,000-combination ema-cross grid on the BTC month across worker threads, then the same grid with vectorbt')
    .option('--data <path>', 'bar CSV (open-stamped 1-minute klines)', DEFAULT_DATA)
    .option('--workers <n>', 'worker threads', String(availableParallelism()))
    .option('--no-vectorbt', 'skip the vectorbt run (by default it runs after ours; installed into .venv-bench on first use)')
    .option('--json', 'print one JSON object')
    .action(async (flags: { data: string; workers: string; vectorbt?: boolean; json?: boolean }) => {
      const workers = intFlag('--workers', flags.workers, 0);
      const r = await benchSweep({ data: userPath(flags.data), workers, vectorbt: flags.vectorbt ?? true });
      if (flags.json) process.stdout.write(`${JSON.stringify(r)}\n`);
      else {
        const lines = [
          `bench sweep: ${r.grid}: ${r.combos} combos (${r.evaluated} evaluated, ${r.skipped} skipped) in ${r.elapsed_s} s on ${r.workers} workers (target ${r.target_s} s)`,
          `  ${r.combos_per_s} combos/s (${r.evaluated_per_s} evaluated/s), ${(r.bar_evals_per_s / 1e6).toFixed(1)} M bar evals/s, ${r.fills} fills; best ${r.best}`,
        ];
        if (r.vs_vectorbt !== undefined) lines.push(`  vectorbt ${r.vectorbt_elapsed_s} s (${r.vectorbt_combos_per_s} combos/s): vs_vectorbt ${r.vs_vectorbt}`);
        if (r.vectorbt_error) lines.push(`  vectorbt not measured: ${r.vectorbt_error}`);
        process.stdout.write(`${lines.join('\n')}\n`);
      }
    });
}
