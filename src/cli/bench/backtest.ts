/**
 * `dolphin bench backtest [--json]`: the in-process host engine against Nautilus's own EMACross
 * (native, no bridge) on the same BTC month, measured side by side in one run. Both timings cover
 * the engine run only (Nautilus: `engine.run()` as timed by `python -m dolphin_bridge.backtest`;
 * host: `runHostBacktest` on bars loaded and rounded once), both write their fills; the host time is
 * the median of several runs after five warm-up runs, Nautilus's is one run. The fills are compared too (`paired`).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { execa } from 'execa';
import { compareRuns, prepareHostData, runHostBacktest, venueConfigSchema, type FillRecord } from '../../backtest/index.js';
import { loadCsvBars } from '../../data/index.js';
import { emaCross } from '../../strategies/ema-cross/index.js';
import { CliError } from '../cli-error.js';
import { intFlag } from '../int-flag.js';
import { bundledDataFile, pythonExecutable, repoRoot, userPath } from '../paths.js';

const DEFAULT_DATA = bundledDataFile('btcusdt-perp-1m-2022-01.csv');
const BAR_TYPE = 'BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL';

/** Result of {@link benchBacktest}. */
export interface BacktestBenchResult {
  readonly bench: 'backtest';
  readonly data: string;
  readonly strategy: string;
  readonly bars: number;
  readonly host_bars_per_s: number;
  readonly nautilus_native_bars_per_s: number;
  /** host_bars_per_s / nautilus_native_bars_per_s. */
  readonly speedup: number;
  readonly host_elapsed_s: number;
  readonly host_runs_s: readonly number[];
  readonly nautilus_native_elapsed_s: number;
  readonly host_fills: number;
  readonly nautilus_native_fills: number;
  /** The paired comparison of the two runs' fills and final balances. */
  readonly paired: string;
  readonly target_speedup: number;
}

/** Runs both engines; see the module comment. @throws CliError when the Python runner fails. */
export async function benchBacktest(options: { data: string; hostRuns: number }): Promise<BacktestBenchResult> {
  const params = { fast_ema_period: 10, slow_ema_period: 20, trade_size: '0.010' };
  const venue = venueConfigSchema.parse({});
  const series = await loadCsvBars(options.data, { barType: BAR_TYPE, timestampConvention: 'open' });
  const prepared = prepareHostData(venue, [series]);
  const runs: number[] = [];
  // Warm the JIT first: the timed runs measure the steady state, as a long sweep sees it.
  let host = runHostBacktest({ definition: emaCross, params, venue, data: prepared });
  for (let i = 0; i < 4; i++) host = runHostBacktest({ definition: emaCross, params, venue, data: prepared });
  for (let i = 0; i < options.hostRuns; i++) {
    // determinism-ok: benchmark timing.
    const t0 = performance.now();
    host = runHostBacktest({ definition: emaCross, params, venue, data: prepared });
    runs.push((performance.now() - t0) / 1000);
  }
  const hostS = median(runs);
  const native = await runNative(options.data, params);
  const paired = compareRuns({ label: 'host', fills: host.fills, finalBalance: host.finalBalance }, { label: 'nautilus native', fills: native.fills, finalBalance: native.finalBalance });
  const bars = prepared.data.bars;
  const hostRate = bars / hostS;
  const nativeRate = bars / native.elapsedS;
  return {
    bench: 'backtest',
    data: options.data,
    strategy: 'ema-cross 10/20 0.010 vs nautilus_trader.examples.strategies.ema_cross:EMACross',
    bars,
    host_bars_per_s: Math.round(hostRate),
    nautilus_native_bars_per_s: Math.round(nativeRate),
    speedup: Math.round((hostRate / nativeRate) * 10) / 10,
    host_elapsed_s: round3(hostS),
    host_runs_s: runs.map(round3),
    nautilus_native_elapsed_s: round3(native.elapsedS),
    host_fills: host.fillCount,
    nautilus_native_fills: native.fills.length,
    paired: paired.message,
    target_speedup: 100,
  };
}

async function runNative(data: string, params: { fast_ema_period: number; slow_ema_period: number; trade_size: string }): Promise<{ fills: FillRecord[]; finalBalance: string; elapsedS: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'dolphin-bench-backtest-'));
  try {
    const config = {
      log_level: 'OFF',
      out_dir: dir,
      data: [{ kind: 'csv', path: data, bar_type: BAR_TYPE, timestamp_convention: 'open' }],
      strategy: {
        kind: 'native',
        class_path: 'nautilus_trader.examples.strategies.ema_cross:EMACross',
        config_path: 'nautilus_trader.examples.strategies.ema_cross:EMACrossConfig',
        config: {
          instrument_id: 'BTCUSDT-PERP.BINANCE',
          bar_type: BAR_TYPE,
          trade_size: params.trade_size,
          fast_ema_period: params.fast_ema_period,
          slow_ema_period: params.slow_ema_period,
          request_bars: false,
          subscribe_trade_ticks: false,
          close_positions_on_stop: true,
          log_events: false,
          log_commands: false,
        },
      },
    };
    const configPath = join(dir, 'config.json');
    writeFileSync(configPath, JSON.stringify(config));
    const result = await execa(pythonExecutable(), ['-m', 'dolphin_bridge.backtest', configPath, '--out', dir], { cwd: join(repoRoot(), 'python_bridge'), reject: false });
    if (result.exitCode !== 0) throw new CliError(`bench backtest: the Nautilus runner failed (exit ${result.exitCode}): ${result.stderr.slice(-2000)}`, 1);
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { elapsed_s: number; final_balance: string };
    const fills = JSON.parse(readFileSync(join(dir, 'fills.json'), 'utf8')) as FillRecord[];
    return { fills, finalBalance: summary.final_balance, elapsedS: summary.elapsed_s };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Registers `dolphin bench backtest`. */
export function registerBacktestBench(bench: Command): void {
  bench
    .command('backtest')
    .description('host engine vs Nautilus native EMACross on the BTC month: bars/s side by side, speedup, paired fills')
    .option('--data <path>', 'bar CSV (open-stamped 1-minute klines)', DEFAULT_DATA)
    .option('--host-runs <n>', 'timed host runs (median)', '9')
    .option('--json', 'print one JSON object')
    .action(async (flags: { data: string; hostRuns: string; json?: boolean }) => {
      const result = await benchBacktest({ data: userPath(flags.data), hostRuns: intFlag('--host-runs', flags.hostRuns, 1) });
      if (flags.json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else {
        process.stdout.write(
          [
            `bench backtest: ${result.bars} bars, ${result.strategy}`,
            `  host    ${result.host_bars_per_s.toLocaleString('en-US')} bars/s (median of ${result.host_runs_s.length}: ${result.host_elapsed_s} s), ${result.host_fills} fills`,
            `  native  ${result.nautilus_native_bars_per_s.toLocaleString('en-US')} bars/s (${result.nautilus_native_elapsed_s} s), ${result.nautilus_native_fills} fills`,
            `  speedup ${result.speedup}x (target >= ${result.target_speedup})`,
            `  ${result.paired.split('\n').join('\n  ')}`,
          ].join('\n') + '\n',
        );
      }
    });
}
