/**
 * `dolphin backtest --engine host`: the in-process backtester with the same configuration, data,
 * strategy services and host controls (risk, survival) as the Nautilus run, writing the same
 * report files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { reportJson, runHostBacktest, venueInstruments, type PreparedHostData } from '../backtest/index.js';
import { loadBarSources, type BarSeries } from '../data/index.js';
import { strategyLogger, type ControlPlane } from '../host/index.js';
import { ManualClock } from '../market/index.js';
import { TelemetryPublisher } from '../transport/index.js';
import { CliError } from './cli-error.js';
import { controlsFromSettings, createStateStore, inProcessControls, sessionExtrasFactory } from './controls.js';
import { loadCheckedTicks, requireHostSimulatedBars, resolveData } from './data-source.js';
import type { RunContext } from './run-context.js';
import { writeRunReports } from './run-reports.js';
import { prepareStrategyRuntime } from './strategy-runtime.js';

/** Runs the host engine and writes its reports into `outDir`; returns the summary. */
export async function runHostEngine(ctx: RunContext, outDir: string, telemetryEndpoint?: string): Promise<ReturnType<typeof writeRunReports>> {
  const data = resolveData(ctx.settings);
  requireHostSimulatedBars(data);
  const runtime = await prepareStrategyRuntime(ctx, data);
  let series: readonly BarSeries[] = [];
  // Tick data comes prepared (checked against its instrument once, then run as prepared).
  let prepared: PreparedHostData | undefined;
  if (data.ticks !== null) prepared = (await loadCheckedTicks(data.path, data.ticks, data.venue)).prepared;
  else if (data.kind === 'vbt_cache') {
    if (!runtime.dataset) throw new CliError(`data.path: ${data.path} could not be read as a vbt_cache folder`, 2);
    series = runtime.dataset.series;
  } else {
    series = await loadBarSources(data.runnerEntries);
  }
  mkdirSync(outDir, { recursive: true });
  const venue = data.venue;
  const instruments = venueInstruments(venue);
  const telemetry = telemetryEndpoint ? await TelemetryPublisher.bind(telemetryEndpoint, ctx.log.child({ component: 'telemetry' })) : null;
  const planes: ControlPlane[] = [];
  // The controls' clock follows the bar closes (the runner's own clock does the same).
  const clock = new ManualClock();
  const extras = sessionExtrasFactory(ctx, controlsFromSettings(ctx), createStateStore(ctx), runtime, () => 1, planes)({
    sessionId: 'HOST',
    instruments,
    telemetry,
    clock,
    log: ctx.log.child({ sessionId: 'HOST' }),
  });
  const started = performance.now(); // determinism-ok: wall time of the run, for the report only
  const result = runHostBacktest({
    definition: ctx.strategy,
    params: ctx.params,
    venue,
    data: prepared ?? series,
    log: strategyLogger(ctx.log.child({ component: 'strategy', strategy: ctx.strategy.name })),
    ...inProcessControls(extras, clock),
  });
  const elapsedS = (performance.now() - started) / 1000; // determinism-ok: wall time for the report
  await telemetry?.close();
  writeFileSync(join(outDir, 'fills.json'), `${JSON.stringify(result.fills, null, 2)}\n`);
  writeFileSync(join(outDir, 'positions.json'), `${reportJson(result.positions)}\n`);
  writeFileSync(join(outDir, 'account.json'), `${JSON.stringify(result.account, null, 2)}\n`);
  return writeRunReports(outDir, {
    engine: 'host',
    strategy: ctx.strategy.name,
    configHash: ctx.configHash,
    dataPath: data.path,
    barsProcessed: result.barsProcessed,
    ticksProcessed: result.ticksProcessed,
    fills: result.fills,
    startingBalance: result.startingBalance,
    finalBalance: result.finalBalance,
    currency: result.currency,
    equity: result.equity,
    elapsedS,
    details: { risk_events: planes.reduce((n, p) => n + p.riskEvents.length, 0), posture_changes: planes.flatMap((p) => p.postureChanges) },
    subscriptions: result.subscriptions,
    dataBarTypes: data.barTypes,
    dataTicks: data.ticks,
  });
}
