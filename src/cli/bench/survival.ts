/**
 * `dolphin bench survival [--json]`: nanoseconds per full survival evaluation (five built-in
 * sensors, profiles, combination, bounded recovery, posture, hysteresis), median of several runs
 * over a cycle of seeded varied snapshots. Target <= 1000 ns (the seed claims under 5 us).
 */
import { PerformanceObserver } from 'node:perf_hooks';
import type { Command } from 'commander';
import { createRng } from '../../market/index.js';
import { SurvivalController, SurvivalMonitor, createHealthySnapshot, type McGateStatus, type SurvivalSnapshot } from '../../survival/index.js';
import { intFlag } from '../int-flag.js';

/** Result of {@link benchSurvival}. */
export interface SurvivalBenchResult {
  readonly bench: 'survival';
  /** Median ns per controller.evaluate over the runs. */
  readonly evaluate_ns: number;
  /** Median ns per monitor.snapshot + controller.evaluate (the host's per-bar cost). */
  readonly monitor_plus_evaluate_ns: number;
  /** ns per evaluation of each run, in run order. */
  readonly runs_ns: readonly number[];
  readonly runs: number;
  readonly evaluations_per_run: number;
  readonly target_ns: number;
  /** Posture changes seen in the last run (shows the inputs exercise the whole path). */
  readonly posture_changes_last_run: number;
  /** Garbage collections per million evaluate calls during the timed runs (allocation check). */
  readonly gcs_per_million_evaluations: number;
}

const MC: readonly McGateStatus[] = ['OK', 'OK', 'OK', 'ORANGE', 'RED'];

/**
 * Builds `count` seeded snapshots that move every category: healthy-but-noisy readings with a
 * stress episode (stale data, RED, spikes, drawdown, lost nodes) in the first 16 of every 256, so
 * the posture walks down and recovers inside the cycle.
 */
function makeSnapshots(count: number, seed: number): SurvivalSnapshot[] {
  const rng = createRng(seed);
  const out: SurvivalSnapshot[] = [];
  for (let i = 0; i < count; i++) {
    const s = createHealthySnapshot();
    const stressed = i % 256 < 16;
    s.hzNodes = stressed && rng.next() < 0.1 ? 0 : 1;
    s.heartbeatAgeS = rng.next() * (stressed ? 40 : 10);
    s.mcStatus = stressed ? (MC[Math.floor(rng.next() * MC.length)] ?? 'OK') : 'OK';
    s.stalenessHours = rng.next() * (stressed ? 12 : 1);
    s.obStale = stressed && rng.next() < 0.3;
    s.depthQuality = stressed ? rng.next() * 2 : 1 + rng.next();
    s.fillProb = stressed ? 0.5 + rng.next() * 0.5 : 0.95 + rng.next() * 0.05;
    s.dvolSpike = stressed && rng.next() < 0.5;
    s.tSinceSpikeMin = rng.next() * 240;
    s.drawdown = rng.next() * (stressed ? 0.25 : 0.02);
    out.push(s);
  }
  return out;
}

function nowNs(): bigint {
  return process.hrtime.bigint();
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

/** Measures evaluation cost: `runs` runs of `evaluations` each after a warm-up. */
export async function benchSurvival(runs = 7, evaluations = 500_000): Promise<SurvivalBenchResult> {
  const snapshots = makeSnapshots(1024, 42);
  const mask = snapshots.length - 1;
  const stepMs = 60_000;
  const runsNs: number[] = [];
  let changes = 0;
  let t = 0;
  const controller = new SurvivalController();
  for (let i = 0; i < 200_000; i++) controller.evaluate(snapshots[i & mask] as SurvivalSnapshot, (t += stepMs));
  let gcs = 0;
  const observer = new PerformanceObserver((list) => {
    gcs += list.getEntries().length;
  });
  observer.observe({ entryTypes: ['gc'] });
  for (let r = 0; r < runs; r++) {
    changes = 0;
    const start = nowNs();
    for (let i = 0; i < evaluations; i++) {
      if (controller.evaluate(snapshots[i & mask] as SurvivalSnapshot, (t += stepMs)).changed) changes += 1;
    }
    runsNs.push(Number(nowNs() - start) / evaluations);
  }
  // GC entries reach the observer asynchronously, after the timed loop has returned.
  await new Promise<void>((resolve) => setTimeout(resolve, 50));
  observer.disconnect();

  const monitor = new SurvivalMonitor({ startMs: t, hasOrderBookProvider: true });
  monitor.setConnectedShims(1);
  const hostController = new SurvivalController({ initial: { posture: 'APEX', rm: 1 } });
  const hostRuns: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = nowNs();
    for (let i = 0; i < evaluations; i++) {
      t += stepMs;
      monitor.recordHeartbeat(t);
      monitor.recordBar(t);
      if ((i & 7) === 0) monitor.recordOrderBook(1.2, 0.9, t);
      monitor.recordEquity(10_000 - (i & 255));
      hostController.evaluate(monitor.snapshot(t), t);
    }
    hostRuns.push(Number(nowNs() - start) / evaluations);
  }

  return {
    bench: 'survival',
    evaluate_ns: round1(median(runsNs)),
    monitor_plus_evaluate_ns: round1(median(hostRuns)),
    runs_ns: runsNs.map(round1),
    runs,
    evaluations_per_run: evaluations,
    target_ns: 1000,
    posture_changes_last_run: changes,
    gcs_per_million_evaluations: round1((gcs * 1e6) / (runs * evaluations)),
  };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Registers `dolphin bench survival`. */
export function registerSurvivalBench(bench: Command): void {
  bench
    .command('survival')
    .description('ns per full survival evaluation (median of runs); target <= 1000 ns')
    .option('--json', 'print one JSON object')
    .option('--runs <n>', 'number of timed runs', '7')
    .option('--evaluations <n>', 'evaluations per run', '500000')
    .action(async (opts: { json?: boolean; runs: string; evaluations: string }) => {
      const result = await benchSurvival(intFlag('--runs', opts.runs, 1), intFlag('--evaluations', opts.evaluations, 1000));
      if (opts.json) {
        process.stdout.write(JSON.stringify(result) + '\n');
        return;
      }
      process.stdout.write(
        `survival evaluate: ${result.evaluate_ns} ns/eval (median of ${result.runs} x ${result.evaluations_per_run}; target <= ${result.target_ns})\n` +
          `monitor.snapshot + evaluate: ${result.monitor_plus_evaluate_ns} ns/bar\n` +
          `runs: ${result.runs_ns.join(', ')} ns; posture changes in last run: ${result.posture_changes_last_run}; ` +
          `GCs per million evaluations: ${result.gcs_per_million_evaluations}\n`,
      );
    });
}
