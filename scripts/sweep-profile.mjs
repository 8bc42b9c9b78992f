// Evaluates a fixed spread of valid ema-cross sweep combinations in this thread (after a warm-up)
// and prints the time, the fills and a checksum of the results: the harness behind the sweep
// figures in docs/perf.md. Not a benchmark of record (`dolphin bench sweep` is); for profiling:
//   node scripts/sweep-profile.mjs [N=300]                         (wall time)
//   valgrind --tool=cachegrind --cache-sim=no node scripts/sweep-profile.mjs 80   (instructions)
//   perf record -g node --perf-basic-prof scripts/sweep-profile.mjs 400           (CPU samples)
// Env: DIST (a build directory, default ./dist), STRAT (strategy name or module path), WARM
// (warm-up combinations, default 150), DATA (bars CSV, default the bundled BTC month).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = resolve(process.env.DIST ?? new URL('../dist', import.meta.url).pathname);
const load = (p) => import(pathToFileURL(`${dist}/${p}`).href);
const { venueConfigSchema, prepareHostData } = await load('backtest/index.js');
const { evaluateCombos } = await load('backtest/sweep/sweep-evaluate.js');
const { expandGrid, sweepGridSchema } = await load('backtest/sweep/sweep-grid.js');
const { resolveStrategy } = await load('backtest/strategy-loader.js');
const { loadCsvBars } = await load('data/index.js');

const n = Number(process.argv[2] ?? 300);
const data = process.env.DATA ?? new URL('../../shared/data/btcusdt-perp-1m-2022-01.csv', import.meta.url).pathname;
const grid = sweepGridSchema.parse({
  strategy: 'ema-cross',
  params: { fast_ema_period: { range: [2, 101] }, slow_ema_period: { range: [10, 109] }, trade_size: ['0.010'] },
  sort_by: 'sharpe',
});
const series = await loadCsvBars(data, { barType: 'BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL', timestampConvention: 'open' });
const venue = venueConfigSchema.parse({});
const prepared = prepareHostData(venue, [series]);
const expanded = expandGrid(grid);
const definition = await resolveStrategy(process.env.STRAT ?? 'ema-cross');
// Grid index of (fast, slow) is (fast - 2) * 100 + (slow - 10); only fast < slow is valid.
const valid = [];
for (let f = 2; f <= 101; f++) for (let s = 10; s <= 109; s++) if (f < s) valid.push((f - 2) * 100 + (s - 10));
const spread = (count, offset) => Array.from({ length: count }, (_, k) => valid[(Math.floor((k * valid.length) / count) + offset) % valid.length]);
evaluateCombos(definition, prepared, venue, expanded, spread(Number(process.env.WARM ?? 150), 7));
const t0 = performance.now();
const batch = evaluateCombos(definition, prepared, venue, expanded, spread(n, 3));
const seconds = (performance.now() - t0) / 1000;
console.log(
  JSON.stringify({
    combos: batch.rows.length,
    s: Math.round(seconds * 1000) / 1000,
    fills: batch.rows.reduce((a, r) => a + r.fills, 0),
    checksum: batch.rows.reduce((a, r) => a + Number(r.finalBalance), 0).toFixed(6),
  }),
);
