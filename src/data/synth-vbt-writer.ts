/**
 * Writes a synthetic vbt dataset to a directory: the day files, instruments.json and
 * external_factors.json. Same options, byte-identical files.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SynthVbtGenerator, type SynthVbtOptions } from './synth-vbt.js';
import { vbtDayFileName } from './vbt-schema.js';
import { writeVbtDayFile } from './vbt-writer.js';

/** What {@link writeSynthVbtDataset} wrote. */
export interface SynthVbtWriteResult {
  readonly outDir: string;
  /** Paths of the files written, day files first (date order), then instruments and factors. */
  readonly files: readonly string[];
  readonly dates: readonly string[];
  readonly assets: number;
  readonly rowsPerDay: number;
  readonly barSeconds: number;
  /** Total size of the files written, bytes. */
  readonly bytes: number;
}

/** JSON with 2-space indent and a final newline; NaN becomes null. */
function stableJson(value: unknown): string {
  return `${JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
}

/**
 * Generates and writes the dataset (creating `outDir`). Existing files of the same names are
 * replaced; other files in the directory are left alone (a day file from an older run with other
 * dates would be loaded too: use a fresh directory).
 * @throws Error for invalid options (see {@link SynthVbtGenerator}).
 */
export function writeSynthVbtDataset(options: SynthVbtOptions & { readonly outDir: string }): SynthVbtWriteResult {
  const gen = new SynthVbtGenerator(options);
  mkdirSync(options.outDir, { recursive: true });
  const files: string[] = [];
  while (gen.hasNextDay) {
    const day = gen.nextDay();
    const path = join(options.outDir, vbtDayFileName(day.date));
    writeVbtDayFile(path, day);
    files.push(path);
  }
  const instrumentsPath = join(options.outDir, 'instruments.json');
  writeFileSync(instrumentsPath, stableJson(gen.assets.map((a) => a.instrument)));
  files.push(instrumentsPath);
  const factorsPath = join(options.outDir, 'external_factors.json');
  writeFileSync(factorsPath, stableJson(gen.externalFactors));
  files.push(factorsPath);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  return { outDir: options.outDir, files, dates: gen.dates, assets: gen.assets.length, rowsPerDay: gen.rowsPerDay, barSeconds: gen.barSeconds, bytes };
}
