#!/usr/bin/env node
// Benchmark (not a test): one synthetic day of N assets (default 400) through the `dolphin` strategy
// on the StrategyRunner, with market orders filled at the bar close by a minimal NETTING driver.
// Prints wall times and peak memory as one JSON object.
// Run: npm run build && node --expose-gc test/perf/dolphin-400-assets.mjs [--assets 400] [--days 1] [--online]
// (--online computes the features from the prices, src/features, instead of reading them.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const dist = new URL('../../dist/', import.meta.url);
const { writeSynthVbtDataset, loadVbtDataset } = await import(new URL('data/index.js', dist).href);
const { instrumentSpecFromConfig } = await import(new URL('backtest/venue-config.js', dist).href);
const { instrumentFromSpec, ManualClock } = await import(new URL('market/index.js', dist).href);
const { StrategyRunner, createServiceRegistry, silentLogger } = await import(new URL('strategy/index.js', dist).href);
const { dolphin, dolphinParamsSchema, createDolphinServiceEntries } = await import(new URL('strategies/dolphin/index.js', dist).href);

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

const instruments = ds.instruments.map((c) => instrumentFromSpec(instrumentSpecFromConfig(c, 10)));
const clock = new ManualClock();
const lines = [];
const log = { ...silentLogger, info: (event, fields) => lines.push({ event, fields }) };
const runner = new StrategyRunner({
  definition: dolphin,
  params: dolphinParamsSchema.parse(online ? { features: 'online' } : {}),
  instruments,
  clock,
  log,
  services: createServiceRegistry(createDolphinServiceEntries(ds, { mc: true })),
});
runner.start();
const positions = new Map();
const last = new Map();
let seq = 0;
let fills = 0;
const fill = (instrumentId, side, qty, clientOrderId, tags) => {
  const px = last.get(instrumentId);
  seq++;
  fills++;
  runner.onEvent({ kind: 'order-filled', clientOrderId, instrumentId, tsMs: clock.nowMs(), venueOrderId: `V${seq}`, tradeId: `T${seq}`, positionId: 'P', side, orderType: 'MARKET', lastQty: qty, lastPx: px, commission: 0, commissionCurrency: 'USDT', liquiditySide: 'TAKER', tags });
  const signed = side === 'BUY' ? qty : -qty;
  const q = (positions.get(instrumentId) ?? 0) + signed;
  const snap = { positionId: 'P', instrumentId, side: q > 0 ? 'LONG' : q < 0 ? 'SHORT' : 'FLAT', quantity: Math.abs(q), signedQty: q, avgPxOpen: px, avgPxClose: px, realizedPnl: 0, unrealizedPnl: 0, openingOrderId: '', closingOrderId: '', tsOpenedMs: 0, tsClosedMs: 0, tsMs: clock.nowMs(), lastPx: px, lastQty: qty };
  if (Math.abs(q) < 1e-12) {
    positions.delete(instrumentId);
    runner.onEvent({ kind: 'position-closed', position: snap });
  } else {
    positions.set(instrumentId, q);
    runner.onEvent({ kind: 'position-opened', position: snap });
  }
};
const execute = (cmds) => {
  for (const c of cmds) {
    if (c.kind === 'submit-market') fill(c.instrumentId, c.side, Number(c.quantity), c.clientOrderId, c.tags);
    else if (c.kind === 'close-position' && positions.has(c.instrumentId)) {
      const q = positions.get(c.instrumentId);
      fill(c.instrumentId, q > 0 ? 'SELL' : 'BUY', Math.abs(q), c.clientOrderId, c.tags);
    }
  }
};
const bar = { barType: '', instrumentId: '', open: 0, high: 0, low: 0, close: 0, volume: NaN, tsMs: 0, tsEventMs: 0 };
const n = ds.tsMs.length;
let bars = 0;
t = performance.now();
for (let r = 0; r < n; r++) {
  const ts = ds.tsMs[r];
  clock.setMs(ts);
  for (const s of ds.series) {
    const c = s.columns;
    // Every synthetic row has every asset, so row r is bar r of each series.
    const px = c.close[r];
    last.set(s.instrumentId, px);
    bar.barType = s.barType;
    bar.instrumentId = s.instrumentId;
    bar.open = bar.high = bar.low = bar.close = px;
    bar.tsMs = bar.tsEventMs = ts;
    runner.onBar(bar);
    bars++;
    const cmds = runner.drainCommands();
    if (cmds.length > 0) execute(cmds);
  }
}
runner.stop();
execute(runner.drainCommands());
const runMs = performance.now() - t;
const summary = lines.find((l) => l.event === 'dolphin_summary')?.fields;
const out = {
  bench: 'dolphin-assets',
  assets,
  days,
  rows: n,
  bars,
  fills,
  entries: summary?.entries,
  skips: summary?.skips,
  synth_ms: Math.round(synthMs),
  load_ms: Math.round(loadMs),
  run_ms: Math.round(runMs),
  us_per_row: Math.round((runMs * 1000) / n),
  ns_per_bar: Math.round((runMs * 1e6) / bars),
  features: online ? 'online' : 'feed',
  heap_after_load_mb: mb(heapAfterLoad),
  array_buffers_mb: mb(process.memoryUsage().arrayBuffers),
  peak_rss_mb: mb(process.resourceUsage().maxRSS * 1024),
};
process.stdout.write(`${JSON.stringify(out)}\n`);
rmSync(dir, { recursive: true, force: true });
