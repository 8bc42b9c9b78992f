/**
 * `dolphin data synth --assets N --days D --seed S --out DIR [--start YYYY-MM-DD] [--bar-seconds 60]`:
 * writes a seeded synthetic vbt_cache_klines dataset (day Parquet files, instruments.json,
 * external_factors.json; see src/data/synth-vbt.ts) and prints what it wrote. Same arguments,
 * byte-identical files. Bad arguments exit 2 naming the option.
 */
import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { writeSynthVbtDataset, type SynthVbtWriteResult } from '../../data/index.js';
import { CliError } from '../cli-error.js';
import { intFlag } from '../int-flag.js';

/** Options of {@link runDataSynth}, as parsed from the command line. */
export interface DataSynthOptions {
  readonly assets: string;
  readonly days: string;
  readonly seed: string;
  readonly out: string;
  readonly start: string;
  readonly barSeconds: string;
}

/**
 * Validates the options and writes the dataset; the code path of the command.
 * @throws CliError (exit 2) for an invalid option.
 */
export function runDataSynth(o: DataSynthOptions): SynthVbtWriteResult {
  const assets = intFlag('--assets', o.assets, 1);
  const days = intFlag('--days', o.days, 1);
  const seed = intFlag('--seed', o.seed, -2_147_483_648);
  const barSeconds = intFlag('--bar-seconds', o.barSeconds, 1);
  if (86_400 % barSeconds !== 0) throw new CliError(`--bar-seconds: must divide 86400 (a whole number of bars a day), was ${barSeconds}`, 2);
  // A calendar date: Date.parse takes 2024-02-30 as March 1st, so the date must print back the same.
  const startMs = /^\d{4}-\d{2}-\d{2}$/.test(o.start) ? Date.parse(`${o.start}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(startMs) || new Date(startMs).toISOString().slice(0, 10) !== o.start) {
    throw new CliError(`--start: must be a YYYY-MM-DD calendar date, was "${o.start}"`, 2);
  }
  if (existsSync(o.out) && !statSync(o.out).isDirectory()) throw new CliError(`--out: ${o.out} is a file, not a folder; give a folder for the dataset`, 2);
  return writeSynthVbtDataset({ assets, days, seed, start: o.start, barSeconds, outDir: o.out });
}

/** One line per file, then a summary line. */
export function formatSynthResult(r: SynthVbtWriteResult): string {
  const lines = r.files.map((f) => `wrote ${f}`);
  lines.push(
    `synth: ${r.dates.length} day(s) ${r.dates[0] ?? ''}..${r.dates[r.dates.length - 1] ?? ''}, ${r.assets} assets, ${r.rowsPerDay} rows/day of ${r.barSeconds}s bars, ${r.bytes} bytes in ${r.outDir}`,
  );
  return `${lines.join('\n')}\n`;
}

/** Registers `dolphin data synth`. */
export function registerDataCommand(program: Command): void {
  const data = program.command('data').description('datasets for the DOLPHIN engine (vbt_cache_klines day files)');
  data
    .command('synth')
    .description('write a seeded synthetic vbt_cache_klines dataset (correlated assets, vel_div regimes)')
    .requiredOption('--assets <n>', 'number of asset columns')
    .requiredOption('--days <n>', 'number of days')
    .requiredOption('--seed <n>', 'RNG seed (32-bit integer)')
    .requiredOption('--out <dir>', 'output directory (created)')
    .option('--start <date>', 'first date, YYYY-MM-DD', '2024-01-01')
    .option('--bar-seconds <n>', 'bar length in seconds (divides 86400)', '60')
    .action((opts: DataSynthOptions) => {
      process.stdout.write(formatSynthResult(runDataSynth(opts)));
    });
}
