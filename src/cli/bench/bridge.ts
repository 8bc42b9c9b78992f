/**
 * `dolphin bench bridge [--json]`: the bridge's cost, measured side by side in one run.
 * - rt_p50_us / rt_p99_us: shim -> host -> shim lockstep round trips with real encode/decode
 *   (`python -m dolphin_bridge.bench rt` against this process's host running ema-cross);
 * - rt_noop_p50_us: the same against a host running a strategy that never trades (the host's floor:
 *   zeromq.js's event-loop hop plus decode, dispatch and encode);
 * - echo_p50_us: a raw pyzmq DEALER/ROUTER echo on the same transport with the same receive
 *   strategy (spin, then block); rt_ratio_p50 = rt / echo;
 * - bridge_bars_per_s / native_bars_per_s: the BTC month through the bridge vs Nautilus's native
 *   EMACross (engine.run() time as the runner reports it; best of `--repeat` runs each, alternated);
 *   throughput_ratio = bridge / native.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { execa } from 'execa';
import { pino } from 'pino';
import { DolphinHost, systemClock } from '../../host/index.js';
import { nativeReferenceFor } from '../../strategies/index.js';
import { defineStrategy, type StrategyDefinition } from '../../strategy/index.js';
import { z } from 'zod';
import { tempIpcEndpoint } from '../../transport/index.js';
import { CliError } from '../cli-error.js';
import { intFlag } from '../int-flag.js';
import { runNautilusBacktest } from '../nautilus-run.js';
import { bundledDataFile, pythonExecutable, repoRoot } from '../paths.js';
import { buildRunContext } from '../run-context.js';

interface BenchBridgeFlags {
  json: boolean;
  n: string;
  data: string;
  repeat: string;
}

async function pythonBench(args: string[]): Promise<Record<string, number>> {
  const r = await execa(pythonExecutable(), ['-m', 'dolphin_bridge.bench', ...args], { cwd: repoRoot(), reject: false });
  if (r.exitCode !== 0) throw new CliError(`python bench ${args[0] ?? ''} failed (${r.exitCode}): ${r.stderr.slice(-500)}`, 1);
  const line = r.stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(line) as Record<string, number>;
}

/** A strategy that subscribes to the BTC bars and never trades: the host's floor cost. */
const NOOP = defineStrategy({
  name: 'bench-noop',
  version: '1.0.0',
  description: 'subscribes to the BTCUSDT bars, never trades',
  paramsSchema: z.object({}).strict(),
  create: (_p, ctx) => ({
    onStart: () => {
      ctx.subscribeBars('BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL');
    },
    onBar: () => undefined,
  }),
});

export function registerBenchBridge(bench: Command): void {
  bench
    .command('bridge')
    .description('lockstep round trip vs raw pyzmq echo, and bridge vs native throughput on the BTC month')
    .option('--json', 'print one JSON object', false)
    .option('--n <count>', 'round trips per latency measurement', '20000')
    .option('--repeat <count>', 'full-month runs per side (best is kept)', '2')
    .option('--data <path>', 'bars for the throughput runs', bundledDataFile('btcusdt-perp-1m-2022-01.csv'))
    .action(async (flags: BenchBridgeFlags) => {
      const n = String(intFlag('--n', flags.n, 1000));
      const repeat = intFlag('--repeat', flags.repeat, 1);
      const ctx = await buildRunContext({ strategy: 'ema-cross', data: flags.data }, { controls: { risk: false, survival: false }, logging: { level: 'error' } });
      const say = (s: string): void => {
        if (!flags.json) process.stderr.write(`${s}\n`);
      };

      say('bench bridge: raw pyzmq echo ...');
      const echo = await pythonBench(['echo', '--transport', 'ipc', '--n', n]);
      const roundTrips = async (strategy: StrategyDefinition, params: unknown, name: string): Promise<Record<string, number>> => {
        const endpoint = tempIpcEndpoint(`bench-rt-${name}`);
        const host = await DolphinHost.start({ endpoint, log: pino({ level: 'silent' }), wallClock: systemClock, defaultStrategy: strategy, defaultParams: params });
        try {
          return await pythonBench(['rt', '--endpoint', endpoint, '--n', n, '--strategy', '']);
        } finally {
          await host.close('bench done');
        }
      };
      say('bench bridge: lockstep round trips against the host (ema-cross) ...');
      const rt = await roundTrips(ctx.strategy, ctx.params, 'ema');
      say('bench bridge: lockstep round trips against the host running a no-op strategy ...');
      const rtNoop = await roundTrips(NOOP, {}, 'noop');

      const native = nativeReferenceFor(ctx.strategy.name, ctx.params);
      if (!native) throw new CliError('ema-cross has no native reference', 1);
      const work = mkdtempSync(join(tmpdir(), 'dolphin-bench-'));
      const best = { bridge: Infinity, native: Infinity };
      let bars = 0;
      for (let i = 0; i < repeat; i++) {
        say(`bench bridge: BTC month, native EMACross (${i + 1}/${repeat}) ...`);
        await runNautilusBacktest({ ctx, outDir: join(work, `native-${i}`), native });
        say(`bench bridge: BTC month, ema-cross through the bridge (${i + 1}/${repeat}) ...`);
        await runNautilusBacktest({ ctx, outDir: join(work, `bridge-${i}`) });
        const nSummary = readSummary(join(work, `native-${i}`));
        const bSummary = readSummary(join(work, `bridge-${i}`));
        bars = bSummary.bars_processed;
        best.native = Math.min(best.native, nSummary.elapsed_s);
        best.bridge = Math.min(best.bridge, bSummary.elapsed_s);
      }
      const rtP50 = rt['p50_us'] ?? NaN;
      const echoP50 = echo['p50_us'] ?? NaN;
      const result = {
        transport: 'ipc',
        round_trips: Number(n),
        rt_p50_us: rtP50,
        rt_p99_us: rt['p99_us'] ?? NaN,
        echo_p50_us: echoP50,
        echo_p99_us: echo['p99_us'] ?? NaN,
        rt_ratio_p50: round(rtP50 / echoP50, 3),
        rt_noop_p50_us: rtNoop['p50_us'] ?? NaN,
        rt_noop_ratio_p50: round((rtNoop['p50_us'] ?? NaN) / echoP50, 3),
        bars,
        bridge_bars_per_s: round(bars / best.bridge, 0),
        native_bars_per_s: round(bars / best.native, 0),
        throughput_ratio: round(best.native / best.bridge, 3),
        targets: { rt_ratio_p50: '<= 1.3', throughput_ratio: '>= 0.5' },
      };
      if (flags.json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    });
}

function readSummary(dir: string): { elapsed_s: number; bars_processed: number } {
  return JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { elapsed_s: number; bars_processed: number };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
