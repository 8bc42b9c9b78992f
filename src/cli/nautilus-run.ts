/**
 * Runs a Nautilus BacktestEngine through the Python runner (`python -m dolphin_bridge.backtest`),
 * either with the bridge (the host, started here, decides: lockstep over a fresh ipc socket) or
 * with a native Nautilus strategy (reference runs). Supervises the child, shows progress, and maps
 * the runner's exit codes to ours.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import cliProgress from 'cli-progress';
import { BACKTEST_TRADER_ID } from '../backtest/index.js';
import { DolphinHost, type DolphinHostOptions, type StrategySession } from '../host/index.js';
import { hostOptions } from './host-options.js';

type ExtrasFactory = NonNullable<DolphinHostOptions['extrasFor']>;
import { tempIpcEndpoint } from '../transport/index.js';
import { CliError } from './cli-error.js';
import { EquityRecorder } from './equity-recorder.js';
import { checkBarFile, resolveData, type ResolvedData } from './data-source.js';
import { pythonExecutable, repoRoot } from './paths.js';
import type { RunContext } from './run-context.js';

export interface NativeStrategySpec {
  readonly class_path: string;
  readonly config_path: string;
  readonly config: Record<string, unknown>;
}

export interface NautilusRunOptions {
  readonly ctx: RunContext;
  readonly outDir: string;
  /** Native Nautilus strategy instead of the bridge. */
  readonly native?: NativeStrategySpec;
  /** Progress bar on stderr (only drawn when stderr is a TTY). */
  readonly progress?: boolean;
  /** Extra per-session wiring (risk, survival, services). */
  readonly extras?: ExtrasFactory;
  readonly telemetryEndpoint?: string;
  /** Called once the host listens (bridge runs only). */
  readonly onHost?: (host: DolphinHost) => void;
}

export interface NautilusRunResult {
  readonly data: ResolvedData;
  readonly elapsedS: number;
  readonly equity: EquityRecorder;
  readonly session: StrategySession | null;
  readonly host: DolphinHost | null;
}

let endpointCounter = 0;

/** Writes the Python runner's config for this run and returns its path. */
export function writeRunnerConfig(options: NautilusRunOptions, data: ResolvedData, endpoint: string): string {
  const { settings } = options.ctx;
  const venue = { ...data.venue };
  const strategy = options.native
    ? { kind: 'native', ...options.native }
    : {
        kind: 'bridge',
        endpoint,
        mode: 'lockstep',
        strategy: options.ctx.strategy.name,
        instrument_ids: venue.instruments.map((i) => i.instrument_id),
        bar_types: data.barTypes,
        reply_timeout_ms: settings.transport.reply_timeout_ms,
        handshake_timeout_ms: settings.transport.handshake_timeout_ms,
        spin_wait_us: settings.transport.spin_wait_us,
      };
  const config = {
    trader_id: BACKTEST_TRADER_ID,
    log_level: settings.logging.nautilus_level,
    out_dir: options.outDir,
    venue,
    data: data.runnerEntries,
    strategy,
  };
  const path = join(options.outDir, options.native ? 'runner-config.native.json' : 'runner-config.json');
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
  return path;
}

/** Runs one Nautilus backtest; see the module comment. @throws CliError with the runner's exit mapped. */
export async function runNautilusBacktest(options: NautilusRunOptions): Promise<NautilusRunResult> {
  const { ctx } = options;
  const data = resolveData(ctx.settings);
  const rows = await checkBarFile(data, ctx.settings);
  mkdirSync(options.outDir, { recursive: true });
  endpointCounter += 1;
  const endpoint = ctx.settings.transport.endpoint ?? tempIpcEndpoint(`bridge-${endpointCounter}`);
  const equity = new EquityRecorder();
  let session: StrategySession | null = null;
  let host: DolphinHost | null = null;
  if (!options.native) {
    host = await DolphinHost.start(
      hostOptions(ctx, endpoint, {
        ...(options.telemetryEndpoint ? { telemetryEndpoint: options.telemetryEndpoint } : {}),
        extrasFor: (s) => {
          const extra = options.extras?.(s) ?? {};
          return { ...extra, observers: [equity, ...(extra.observers ?? [])] };
        },
        onSession: (s) => {
          session = s;
        },
      }),
    );
    options.onHost?.(host);
  }
  const configPath = writeRunnerConfig(options, data, host?.endpoint ?? endpoint);
  const started = performance.now(); // determinism-ok: wall time of the run, for the report only
  const total = options.progress && process.stderr.isTTY && !options.native ? rows : 0;
  const unit = data.ticks === null ? 'bars' : 'ticks';
  const bar = total > 0 ? new cliProgress.SingleBar({ format: `nautilus |{bar}| {percentage}% {value}/{total} ${unit} {rate} ${unit}/s eta {eta_formatted}`, stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
  bar?.start(total, 0, { rate: 0 });
  const timer = bar
    ? setInterval(() => {
        const s0: StrategySession | null = session;
        const done = s0 === null ? 0 : s0.barsProcessed + s0.ticksProcessed;
        const s = (performance.now() - started) / 1000; // determinism-ok: progress display
        bar.update(done, { rate: Math.round(done / Math.max(s, 1e-3)) });
      }, 200)
    : null;
  const child = await execa(pythonExecutable(), ['-m', 'dolphin_bridge.backtest', configPath], {
    cwd: repoRoot(),
    reject: false,
    all: true,
    // Nautilus orders a few bursts (a flat position's reduce-only cancels, a bracket's child
    // updates) by Python set order, which follows the string hash seed: pinned (unless the
    // caller set one) so that the same inputs give the same Nautilus run every time.
    env: { PYTHONUNBUFFERED: '1', PYTHONHASHSEED: process.env.PYTHONHASHSEED ?? '0' },
  });
  if (timer) clearInterval(timer);
  bar?.stop();
  const elapsedS = (performance.now() - started) / 1000; // determinism-ok: wall time for the report
  await host?.close('backtest finished');
  const finalSession = session as StrategySession | null;
  const tail = (child.all ?? '').split('\n').slice(-25).join('\n');
  if (child.exitCode !== 0) {
    const code = child.exitCode ?? 1;
    const why = code === 3 ? 'handshake rejected' : code === 4 ? 'lockstep timeout or host lost' : code === 2 ? 'runner configuration error' : 'runner failed';
    // The reason the shim gave when it ended the session (e.g. a subscription it cannot honour)
    // comes first: Nautilus's own log lines and the traceback follow it in the tail.
    const said = finalSession?.closeReason?.startsWith('peer shutdown: ') === true ? `\nthe shim ended the session: ${finalSession.closeReason.slice('peer shutdown: '.length)}` : '';
    // 2: the runner refused its config or the data (e.g. a tick not exact at the instrument's precision).
    throw new CliError(`nautilus runner exited ${code} (${why}); runner config ${configPath}${said}\n${tail}`, code === 2 || code === 3 || code === 4 ? code : 1);
  }
  if (finalSession?.hasFailed) {
    throw new CliError(`the host session failed: ${finalSession.closeReason ?? 'unknown reason'}`, 1);
  }
  return { data, elapsedS, equity, session: finalSession, host };
}
