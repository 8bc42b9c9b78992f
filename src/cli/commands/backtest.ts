/**
 * `dolphin backtest --engine nautilus|host --strategy NAME --data PATH [--config FILE] --out DIR`:
 * one backtest, written as fills.json, summary.json, positions.json, account.json and report.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { ControlPlane, DolphinHost } from '../../host/index.js';
import { CliError } from '../cli-error.js';
import { controlsFromSettings, createStateStore, sessionExtrasFactory } from '../controls.js';
import { resolveData } from '../data-source.js';
import { prepareStrategyRuntime } from '../strategy-runtime.js';
import { runHostEngine } from '../host-run.js';
import { runNautilusBacktest } from '../nautilus-run.js';
import { userPath } from '../paths.js';
import { buildRunContext, type RunContext } from '../run-context.js';
import { equitySeries, formatSummary, readFills, writeRunReports } from '../run-reports.js';

interface BacktestFlags {
  engine: string;
  strategy?: string;
  data?: string;
  config?: string[];
  out: string;
  progress: boolean;
  telemetry?: string;
}

export function registerBacktestCommand(program: Command): void {
  program
    .command('backtest')
    .description('run one backtest with the Nautilus engine (through the bridge) or the in-process host engine')
    .option('--engine <engine>', 'nautilus | host', 'nautilus')
    .option('--strategy <name>', 'registered strategy or module path (default from config)')
    .option('--data <path>', 'bar CSV/Parquet file, a vbt_cache folder, or a trade/quote tick CSV/Parquet file (nautilus engine)')
    .option('--config <file...>', 'YAML/JSON config files (later ones override earlier ones)')
    .option('--out <dir>', 'output folder', 'out/backtest')
    .option('--telemetry <url>', 'publish risk events and posture on this PUB endpoint')
    .option('--no-progress', 'no progress bar')
    .action(async (flags: BacktestFlags) => {
      if (flags.engine !== 'nautilus' && flags.engine !== 'host') throw new CliError(`--engine: must be nautilus or host, was ${JSON.stringify(flags.engine)}`, 2);
      const outDir = userPath(flags.out);
      const ctx = await buildRunContext({
        ...(flags.config ? { config: flags.config } : {}),
        ...(flags.strategy ? { strategy: flags.strategy } : {}),
        ...(flags.data ? { data: flags.data } : {}),
        logFile: join(outDir, 'dolphin.log'),
      });
      const summary = flags.engine === 'nautilus' ? await backtestNautilus(ctx, outDir, flags) : await backtestHost(ctx, outDir, flags.telemetry);
      process.stdout.write(`${formatSummary(summary, flags.out)}\n`);
    });
}

/** The Python runner's summary.json (python_bridge/dolphin_bridge/backtest.py). */
interface RunnerSummary {
  readonly bars_processed: number;
  readonly ticks_processed: number;
  readonly starting_balance: string;
  readonly final_balance: string;
  readonly currency: string;
  readonly [key: string]: unknown;
}

/** Nautilus through the bridge; the reports come from the runner plus the host's equity record. */
export async function backtestNautilus(ctx: RunContext, outDir: string, flags: { progress?: boolean; telemetry?: string } = {}): Promise<ReturnType<typeof writeRunReports>> {
  const planes: ControlPlane[] = [];
  const store = createStateStore(ctx);
  const runtime = await prepareStrategyRuntime(ctx, resolveData(ctx.settings));
  const hostRef: { current: DolphinHost | null } = { current: null };
  const result = await runNautilusBacktest({
    onHost: (h) => {
      hostRef.current = h;
    },
    ctx,
    outDir,
    progress: flags.progress ?? false,
    ...(flags.telemetry ? { telemetryEndpoint: flags.telemetry } : {}),
    extras: sessionExtrasFactory(ctx, controlsFromSettings(ctx), store, runtime, () => hostRef.current?.transport.server.openSessions().length ?? 1, planes),
  });
  const runner = JSON.parse(readFileSync(join(outDir, 'summary.json'), 'utf8')) as RunnerSummary;
  return writeRunReports(outDir, {
    engine: 'nautilus',
    strategy: ctx.strategy.name,
    configHash: ctx.configHash,
    dataPath: result.data.path,
    barsProcessed: runner.bars_processed,
    ticksProcessed: runner.ticks_processed,
    fills: readFills(join(outDir, 'fills.json')),
    startingBalance: runner.starting_balance,
    finalBalance: runner.final_balance,
    currency: runner.currency,
    equity: equitySeries(result.equity.tsMs, result.equity.equity),
    elapsedS: result.elapsedS,
    details: { nautilus: { ...runner }, risk_events: planes.reduce((n, p) => n + p.riskEvents.length, 0), posture_changes: planes.flatMap((p) => p.postureChanges) },
    ...(result.session ? { subscriptions: result.session.runner.subscriptionsByPhase() } : {}),
    dataBarTypes: result.data.barTypes,
    dataTicks: result.data.ticks,
  });
}

/** The in-process backtester, with the same controls. */
export async function backtestHost(ctx: RunContext, outDir: string, telemetry?: string): Promise<ReturnType<typeof writeRunReports>> {
  return runHostEngine(ctx, outDir, telemetry);
}
