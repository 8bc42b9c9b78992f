/**
 * `dolphin sweep --grid FILE --data PATH [--strategy NAME] [--workers N] [--out BASE]`: evaluates a
 * parameter grid (cartesian product, or `mode: random` samples) with the in-process backtester
 * across worker threads, shows progress (a bar with rate and ETA on a TTY, plain lines otherwise,
 * on stderr), and writes the results table sorted by the grid's `sort_by` to BASE.csv, BASE.json
 * and BASE.parquet, and the best row as a config layer (BASE.best.yaml: `--config` it after the
 * sweep's own config files to run that combination, e.g. in `dolphin paired`). Combinations run
 * inside the host controls when the config has them on, as `backtest` runs.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { parse as parseYaml } from 'yaml';
import { formatZodIssues, type Settings } from '../../config/index.js';
import { expandGrid, resultPaths, runSweep, SweepGridError, sweepGridSchema, SweepWorkerError, writeResults, type SweepControlsSpec, type SweepGrid, type SweepProgress, type SweepResult } from '../../backtest/sweep/index.js';
import { SWEEP_CONTROLS_MODULE, type SweepControlsOptions } from '../sweep-controls.js';
import { loadBars, type BarSeries, type TickSeries } from '../../data/index.js';
import { CliError } from '../cli-error.js';
import { intFlag } from '../int-flag.js';
import { loadCheckedTicks, requireHostSimulatedBars, resolveData } from '../data-source.js';
import { userPath } from '../paths.js';
import { buildRunContext } from '../run-context.js';
import { bestConfigYaml, proveCommand } from '../sweep-best.js';

interface SweepFlags {
  grid: string;
  data?: string;
  strategy?: string;
  config?: string[];
  workers: string;
  out: string;
  progress: boolean;
}

/** Registers `dolphin sweep`. */
export function registerSweepCommand(program: Command): void {
  program
    .command('sweep')
    .description('evaluate a parameter grid with the in-process backtester across worker threads')
    .requiredOption('--grid <file>', 'grid YAML/JSON: {strategy, params: {name: {range: [a, b]} | [values] | value}, mode, samples, seed, sort_by}')
    .option('--data <path>', 'bar or tick CSV/Parquet file')
    .option('--strategy <name>', 'registered strategy or module path (default: the grid file\'s)')
    .option('--config <file...>', 'YAML/JSON config files (venue, data, controls; strategy.params apply to every combination, the grid\'s keys win)')
    .option('--workers <n>', 'worker threads (0 = in this thread)', String(availableParallelism()))
    .option('--out <base>', 'results base path: writes BASE.csv, BASE.json, BASE.parquet and the best row as BASE.best.yaml', 'out/sweep/results')
    .option('--no-progress', 'no progress output')
    .action(async (flags: SweepFlags) => {
      const grid = readGrid(flags.grid, flags.strategy);
      const workers = intFlag('--workers', flags.workers, 0);
      const ctx = await buildRunContext({ ...(flags.config ? { config: flags.config } : {}), strategy: grid.strategy, ...(flags.data ? { data: flags.data } : {}) });
      const data = resolveData(ctx.settings);
      if (data.kind === 'vbt_cache') throw new CliError('--data: sweeps run on CSV/Parquet bar files (a vbt_cache strategy needs per-session services)', 2);
      requireHostSimulatedBars(data);
      const base = userPath(flags.out);
      const outputs = [...resultPaths(base), `${base}.best.yaml`];
      const inputs: Array<readonly [string, string]> = [['--grid', userPath(flags.grid)], ['--data', resolve(data.path)], ...(flags.config ?? []).map((c) => ['--config', userPath(c)] as const)];
      for (const [flag, input] of inputs) {
        if (outputs.includes(input)) throw new CliError(`--out: ${flags.out} would overwrite the ${flag} file ${input}; give another results base`, 2);
      }
      let series: BarSeries[] = [];
      let ticks: TickSeries | undefined;
      if (data.ticks !== null) ticks = (await loadCheckedTicks(data.path, data.ticks, data.venue)).ticks;
      else if (data.kind === 'csv' || data.kind === 'parquet') {
        series = [await loadBars({ kind: data.kind, path: data.path, bar_type: ctx.settings.data.bar_type, timestamp_convention: ctx.settings.data.timestamp_convention })];
      }
      const progress = createProgress(flags.progress);
      // determinism-ok: wall time only for the printed rate, never in results.
      const started = performance.now();
      let result: SweepResult;
      try {
        // The config's strategy.params apply to every combination; the grid's keys win over them.
        const fixedParams = ctx.settings.strategy.params;
        result = await runSweep({ grid, series, ...(ticks === undefined ? {} : { ticks }), venue: data.venue, workers, fixedParams, ...sweepControls(ctx.settings), onProgress: progress.update });
      } catch (err: unknown) {
        if (err instanceof SweepGridError) throw new CliError(`invalid grid in ${flags.grid}:\n  ${err.message}`, 2, { cause: err });
        if (err instanceof SweepWorkerError) throw new CliError(err.message, 1, { cause: err });
        throw err;
      } finally {
        progress.stop();
      }
      const seconds = (performance.now() - started) / 1000;
      mkdirSync(dirname(base), { recursive: true });
      const paths = await writeResults(result, base);
      const bestPath = `${base}.best.yaml`;
      const how = { strategy: grid.strategy, configs: flags.config ?? [], data: flags.data, cwd: process.cwd() };
      const best = bestConfigYaml(result, how, `${flags.out}.best.yaml`);
      // Never leave an earlier sweep's best beside these results.
      if (best === null) rmSync(bestPath, { force: true });
      else {
        writeFileSync(bestPath, best);
        paths.push(bestPath);
      }
      process.stdout.write(`${formatSweep(result, seconds, paths, ticks !== undefined, ctx.settings)}\n`);
      if (best !== null) process.stdout.write(`  prove the best in Nautilus: ${proveCommand(how, `${flags.out}.best.yaml`)}\n`);
    });
}

/** Reads and validates a grid file; `strategy` overrides the file's. @throws CliError (exit 2). */
export function readGrid(path: string, strategy?: string): SweepGrid {
  let raw: unknown;
  try {
    const text = readFileSync(userPath(path), 'utf8');
    raw = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err: unknown) {
    throw new CliError(`--grid: cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`, 2, { cause: err });
  }
  const withStrategy = strategy && raw !== null && typeof raw === 'object' ? { ...(raw as Record<string, unknown>), strategy } : raw;
  const parsed = sweepGridSchema.safeParse(withStrategy);
  if (!parsed.success) throw new CliError(`invalid grid in ${path}:\n  ${formatZodIssues(parsed.error, withStrategy, 'grid', sweepGridSchema).join('\n  ')}`, 2);
  try {
    expandGrid(parsed.data); // empty or oversized ranges, too many combinations
  } catch (err: unknown) {
    if (err instanceof SweepGridError) throw new CliError(`invalid grid in ${path}:\n  ${err.message}`, 2, { cause: err });
    throw err;
  }
  return parsed.data;
}

interface Progress {
  readonly update: (p: SweepProgress) => void;
  readonly stop: () => void;
}

function createProgress(enabled: boolean): Progress {
  if (!enabled) return { update: () => undefined, stop: () => undefined };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: 'sweep [{bar}] {percentage}% | {value}/{total} combos | {rate}/s | ETA {eta_formatted} | skipped {skipped}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    // determinism-ok: progress display only.
    const t0 = performance.now();
    return {
      update: (p) => {
        if (!started) {
          bar.start(p.total, 0, { rate: '0', skipped: 0 });
          started = true;
        }
        const rate = (p.done / Math.max(1e-3, (performance.now() - t0) / 1000)).toFixed(0);
        bar.update(p.done, { rate, skipped: p.skipped });
      },
      stop: () => {
        if (started) bar.stop();
      },
    };
  }
  // determinism-ok: progress display only.
  const t0 = performance.now();
  let lastPrint = -1;
  return {
    update: (p) => {
      const elapsed = (performance.now() - t0) / 1000;
      if (p.done !== p.total && elapsed - lastPrint < 2) return;
      lastPrint = elapsed;
      const rate = p.done / Math.max(1e-3, elapsed);
      const eta = rate > 0 ? (p.total - p.done) / rate : 0;
      process.stderr.write(`sweep ${p.done}/${p.total} combos (${rate.toFixed(0)}/s, eta ${eta.toFixed(0)} s, skipped ${p.skipped})\n`);
    },
    stop: () => undefined,
  };
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The controls `backtest` runs (controls.risk, controls.survival) around every combination, so that
 * a row is that backtest's result; none when both are off (the strategy alone, as bench sweep runs).
 */
function sweepControls(settings: Settings): { controls?: SweepControlsSpec } {
  const c = settings.controls;
  if (!c.risk && !c.survival) return {};
  const options: SweepControlsOptions = { settings };
  return { controls: { module: SWEEP_CONTROLS_MODULE, options } };
}

function formatSweep(r: SweepResult, seconds: number, paths: readonly string[], ticksRun: boolean, settings: Settings): string {
  const best = r.rows[0];
  const lines = [
    `dolphin sweep: ${plural(r.total, 'combination')} (${r.evaluated} evaluated, ${r.skipped} skipped as invalid) in ${seconds.toFixed(1)} s ${r.workers === 0 ? 'in one thread' : `on ${plural(r.workers, 'worker')}`}`,
    `  ${(r.total / seconds).toFixed(0)} combos/s, ${(r.barEvals / seconds / 1e6).toFixed(1)} M ${ticksRun ? 'tick' : 'bar'} evals/s, sorted by ${r.sortBy}`,
  ];
  const c = settings.controls;
  const on = [...(c.risk ? ['risk engine'] : []), ...(c.survival ? ['survival stack'] : [])];
  lines.push(
    on.length > 0
      ? `  controls: ${on.join(' and ')} around every combination, as in backtest (controls: { risk: false, survival: false } for the strategy alone)`
      : '  controls: none (the strategy alone)',
  );
  const fixed = Object.entries(r.fixedParams);
  if (fixed.length > 0) lines.push(`  every combination with (--config strategy.params): ${fixed.map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ')}`);
  // Why combinations were skipped, by parameter: a value of the wrong type shows up here too.
  for (const reason of r.skipReasons) lines.push(`  skipped ${reason.count}, refused on ${reason.param}${reason.count > 1 ? ', first' : ''}: ${reason.example}`);
  if (best) {
    const m = best.metrics;
    lines.push(
      `  best: ${Object.entries(best.params).map(([k, v]) => `${k}=${String(v)}`).join(' ')}  return ${(m.total_return * 100).toFixed(2)} %  sharpe ${m.sharpe?.toFixed(2) ?? 'n/a'}  max dd ${(m.max_drawdown * 100).toFixed(2)} %  trades ${m.trades}`,
    );
  }
  lines.push(`  results: ${paths.join(', ')}`);
  return lines.join('\n');
}
