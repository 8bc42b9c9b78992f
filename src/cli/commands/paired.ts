/**
 * `dolphin paired --strategy NAME --data PATH [--reference native|nautilus] [--config FILE]`: the
 * same strategy, data, instruments, fees and fill rules run two ways; fills, final balance,
 * account states, positions and (both sides computing them) metrics compared
 * (src/backtest/paired.ts). Exit 0 only when they agree (`paired: N fills identical, M account
 * states identical, P positions identical, metrics identical`); otherwise the first divergence
 * (index, time, field, both sides) and exit 1. The verdict is also written to OUT/paired.json.
 * - native: the TypeScript strategy through the bridge vs the Nautilus strategy it ports, both in
 *   a Nautilus BacktestEngine. Host controls (risk, survival) are off for this comparison: the
 *   native strategy has none, and the point is to prove the bridge transparent.
 * - nautilus: the in-process host backtester vs Nautilus through the bridge, with the same
 *   controls on both sides.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { compareRuns, pairedVerdict, type AccountStateRow, type PairedRun, type PositionRow } from '../../backtest/index.js';
import { nativeReferenceFor } from '../../strategies/index.js';
import { CliError } from '../cli-error.js';
import { runNautilusBacktest } from '../nautilus-run.js';
import { userPath } from '../paths.js';
import { buildRunContext, type RunContext } from '../run-context.js';
import { readFills } from '../run-reports.js';
import { backtestHost, backtestNautilus } from './backtest.js';

interface PairedFlags {
  strategy?: string;
  data?: string;
  config?: string[];
  reference: string;
  out: string;
}

export function registerPairedCommand(program: Command): void {
  program
    .command('paired')
    .description('run a strategy two ways and demand identical fills, final balance, account states, positions and metrics')
    .option('--strategy <name>', 'registered strategy (default from config)')
    .option('--data <path>', 'bar CSV/Parquet file, or a vbt_cache folder')
    .option('--config <file...>', 'YAML/JSON config files (later ones override earlier ones)')
    .option('--reference <kind>', 'native (Nautilus strategy vs bridge) | nautilus (host engine vs Nautilus through the bridge)', 'nautilus')
    .option('--out <dir>', 'output folder (one subfolder per side, and the verdict as paired.json)', 'out/paired')
    .action(async (flags: PairedFlags) => {
      if (flags.reference !== 'native' && flags.reference !== 'nautilus') {
        throw new CliError(`--reference: must be native or nautilus, was ${JSON.stringify(flags.reference)}`, 2);
      }
      const outDir = userPath(flags.out);
      const base = {
        ...(flags.config ? { config: flags.config } : {}),
        ...(flags.strategy ? { strategy: flags.strategy } : {}),
        ...(flags.data ? { data: flags.data } : {}),
        logFile: join(outDir, 'dolphin.log'),
      };
      const [a, b] = flags.reference === 'native' ? await pairNative(base, outDir) : await pairNautilus(base, outDir);
      const result = compareRuns(a, b);
      const nothing = result.identical && result.fills === 0;
      const message = nothing
        ? // Two runs without a single fill agree trivially: nothing was compared.
          `paired: no fills on either side, nothing was compared (check the strategy parameters and the risk limits in ${join(outDir, 'dolphin.log')})`
        : result.message;
      writeFileSync(join(outDir, 'paired.json'), `${JSON.stringify(pairedVerdict(flags.reference, a, b, result, message), null, 2)}\n`);
      process.stdout.write(`${message}\n`);
      if (nothing) {
        process.exitCode = 1;
        return;
      }
      if (!result.identical) process.exitCode = 1;
    });
}

function sideOf(label: string, dir: string): PairedRun {
  const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { final_balance: string; metrics?: Record<string, unknown> };
  const account = JSON.parse(readFileSync(join(dir, 'account.json'), 'utf8')) as { report: AccountStateRow[] };
  const positions = JSON.parse(readFileSync(join(dir, 'positions.json'), 'utf8')) as PositionRow[];
  return {
    label,
    fills: readFills(join(dir, 'fills.json')),
    finalBalance: summary.final_balance,
    accountStates: account.report,
    positions,
    ...(summary.metrics === undefined ? {} : { metrics: summary.metrics }),
  };
}

async function pairNative(flags: Parameters<typeof buildRunContext>[0], outDir: string): Promise<[PairedRun, PairedRun]> {
  const ctx = await buildRunContext(flags, { controls: { risk: false, survival: false } });
  const native = nativeReferenceFor(ctx.strategy.name, ctx.params);
  if (!native) throw new CliError(`strategy ${ctx.strategy.name} ports no native Nautilus strategy; use --reference nautilus`, 2);
  ctx.log.info({ strategy: ctx.strategy.name, native: native.class_path }, 'paired_native_controls_off');
  await backtestNautilus(ctx, join(outDir, 'bridge'));
  await runNautilusBacktest({ ctx, outDir: join(outDir, 'native'), native });
  return [sideOf('bridge', join(outDir, 'bridge')), sideOf('native', join(outDir, 'native'))];
}

async function pairNautilus(flags: Parameters<typeof buildRunContext>[0], outDir: string): Promise<[PairedRun, PairedRun]> {
  const ctx: RunContext = await buildRunContext(flags);
  await backtestHost(ctx, join(outDir, 'host'));
  await backtestNautilus(ctx, join(outDir, 'nautilus'));
  return [sideOf('host', join(outDir, 'host')), sideOf('nautilus', join(outDir, 'nautilus'))];
}
