/** `dolphin host`: run the host until SIGINT/SIGTERM; shims connect to --endpoint. */
import type { Command } from 'commander';
import { DolphinHost, systemClock, type ControlPlane } from '../../host/index.js';
import { controlsFromSettings, createStateStore, sessionExtrasFactory } from '../controls.js';
import { resolveData } from '../data-source.js';
import { hostOptions } from '../host-options.js';
import { prepareStrategyRuntime } from '../strategy-runtime.js';
import { CliError } from '../cli-error.js';
import { buildRunContext } from '../run-context.js';

/** How often `dolphin host` runs the survival watchdog of its sessions. */
const WATCHDOG_INTERVAL_MS = 5_000;

interface HostFlags {
  strategy?: string;
  config?: string[];
  endpoint?: string;
  telemetry?: string;
}

export function registerHostCommand(program: Command): void {
  program
    .command('host')
    .description('run the host: shims connect to the endpoint, each gets a session of the strategy')
    .option('--strategy <name>', 'registered strategy name or module path (default from config: ema-cross)')
    .option('--config <file...>', 'YAML/JSON config files, later ones override earlier ones')
    .option('--endpoint <url>', 'ROUTER endpoint (tcp://127.0.0.1:5555 or ipc:///tmp/dolphin.sock)')
    .option('--telemetry <url>', 'telemetry PUB endpoint (risk events, posture)')
    .action(async (flags: HostFlags) => {
      const overrides: Record<string, unknown> = {};
      const transport: Record<string, unknown> = {};
      if (flags.endpoint) transport['endpoint'] = flags.endpoint;
      if (flags.telemetry) transport['telemetry_endpoint'] = flags.telemetry;
      if (Object.keys(transport).length > 0) overrides['transport'] = transport;
      const ctx = await buildRunContext({ ...(flags.config ? { config: flags.config } : {}), ...(flags.strategy ? { strategy: flags.strategy } : {}) }, overrides);
      const endpoint = ctx.settings.transport.endpoint ?? 'tcp://127.0.0.1:5555';
      // Live and remote sessions get the same controls as backtests: risk and survival per the
      // config, with the state store it names (file: counters, PnL, halts and posture survive a
      // restart).
      const runtime = await prepareStrategyRuntime(ctx, ctx.settings.data.path ? resolveData(ctx.settings) : null);
      const hostRef: { current: DolphinHost | null } = { current: null };
      const planes: ControlPlane[] = [];
      // Cat1 reads how long each shim has been silent (wall clock; heartbeats count). A session
      // that ended keeps the time it was last heard, so its age keeps growing.
      const lastHeardMs = new Map<string, number>();
      const heartbeatAgeMs = (sessionId: string): number => {
        const now = systemClock.nowMs();
        const info = hostRef.current?.transport.server.openSessions().find((x) => x.id === sessionId);
        // A lockstep shim blocks on the host: its silence is the host's turn, not a lost peer.
        if (info?.mode === 'lockstep') return 0;
        if (info) lastHeardMs.set(sessionId, Number(info.lastHeardNs / 1_000_000n));
        return Math.max(0, now - (lastHeardMs.get(sessionId) ?? now));
      };
      const extras = sessionExtrasFactory(ctx, controlsFromSettings(ctx), createStateStore(ctx), runtime, () => hostRef.current?.transport.server.openSessions().length ?? 0, planes, heartbeatAgeMs);
      let host: DolphinHost;
      try {
        host = await DolphinHost.start(
          hostOptions(ctx, endpoint, {
            ...(ctx.settings.transport.telemetry_endpoint ? { telemetryEndpoint: ctx.settings.transport.telemetry_endpoint } : {}),
            extrasFor: extras,
          }),
        );
        hostRef.current = host;
      } catch (err: unknown) {
        throw new CliError(err instanceof Error ? err.message : String(err), 2, { cause: err });
      }
      process.stderr.write(`dolphin host: ${ctx.strategy.name} listening on ${host.endpoint} (config ${ctx.configHash.slice(0, 12)}); Ctrl-C to stop\n`);
      // The survival watchdog: while a session's bars are late, its posture is re-evaluated and
      // published between bars (a dead feed or shim reaches HIBERNATE for a supervisor).
      const watchdog = setInterval(() => {
        const now = systemClock.nowMs();
        for (const plane of planes) plane.watchdog(now);
      }, WATCHDOG_INTERVAL_MS);
      await new Promise<void>((resolve) => {
        const stop = (): void => { resolve(); };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      clearInterval(watchdog);
      await host.close('operator stop');
      ctx.log.info({}, 'host_stopped');
    });
}
