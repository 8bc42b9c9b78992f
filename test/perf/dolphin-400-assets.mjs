#!/usr/bin/env node
// Benchmark (not a test): synthetic days of N assets (default 400 x 1 day) through the `dolphin`
// strategy on the in-process host backtester (runHostBacktest: simulated venue, tagged fees).
// Prints wall times and memory as one JSON object.
// Run: npm run build && node --expose-gc test/perf/dolphin-400-assets.mjs [--assets 400] [--days 1] [--online]
// (--online computes the features from the prices, src/features, instead of reading them.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const dist = new URL(process.env.DOLPHIN_DIST ?? '../../dist/', import.meta.url);
const { writeSynthVbtDataset, loadVbtDataset } = await import(new URL('data/index.js', dist).href);
const { venueConfigSchema } = await import(new URL('backtest/venue-config.js', dist).href);
const { runHostBacktest } = await import(new URL('backtest/host-backtest.js', dist).href);
const { createServiceRegistry, silentLogger } = await import(new URL('strategy/index.js', dist).href);
const { dolphin, createDolphinServiceEntries, dolphinVenueFeeModel } = await import(new URL('strategies/dolphin/index.js', dist).href);

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const assets = arg('assets', 400);
const days = arg('days', 1);
const online = process.argv.includes('--online');
const dir = mkdtempSync(join(tmpdir(), 'dolphin-perf-'));
const mb = (b) => Math.round((b / 1048576) * 10) / 10;

let t = performance.now();
writeSynthVbtDataset({ assets, days, seed: 7, outDir: dir });
const synthMs = performance.now() - t;
t = performance.now();
const ds = await loadVbtDataset(dir);
const loadMs = performance.now() - t;
globalThis.gc?.();
const heapAfterLoad = process.memoryUsage().heapUsed;

const lines = [];
const log = { ...silentLogger, info: (event, fields) => lines.push({ event, fields }) };
t = performance.now();
const result = runHostBacktest({
  definition: dolphin,
  params: online ? { features: 'online' } : {},
  venue: venueConfigSchema.parse({ instruments: ds.instruments, fee_model: dolphinVenueFeeModel() }),
  data: ds.series,
  log,
  runner: { services: createServiceRegistry(createDolphinServiceEntries(ds, { mc: true })) },
});
const runMs = performance.now() - t;
const summary = lines.find((l) => l.event === 'dolphin_summary')?.fields;
const out = {
  bench: 'dolphin-assets-host-backtest',
  assets,
  days,
  rows: ds.tsMs.length,
  bars: result.barsProcessed,
  fills: result.fillCount,
  entries: summary?.entries,
  skips: summary?.skips,
  features: online ? 'online' : 'feed',
  synth_ms: Math.round(synthMs),
  load_ms: Math.round(loadMs),
  run_ms: Math.round(runMs),
  ns_per_bar: Math.round((runMs * 1e6) / result.barsProcessed),
  final_balance: result.finalBalance,
  heap_after_load_mb: mb(heapAfterLoad),
  heap_end_mb: mb(process.memoryUsage().heapUsed),
  array_buffers_mb: mb(process.memoryUsage().arrayBuffers),
  peak_rss_mb: mb(process.resourceUsage().maxRSS * 1024),
};
process.stdout.write(`${JSON.stringify(out)}\n`);
rmSync(dir, { recursive: true, force: true });
