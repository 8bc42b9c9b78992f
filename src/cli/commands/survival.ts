/**
 * `dolphin survival replay --sensors FILE.jsonl [--config FILE.yaml]`: runs recorded sensor
 * readings through the survival controller the host runs and prints one JSON line per input
 * {t_s, r_target, rm, posture, factors{cat1..cat5}}. Bad input exits 2 naming the line and field.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { InvariantError } from '../../market/index.js';
import { SensorReplayError, parseSurvivalConfig, replaySensorLines, type SurvivalConfig } from '../../survival/index.js';
import { CliError } from '../cli-error.js';

/** Options of {@link runSurvivalReplay}. */
export interface SurvivalReplayOptions {
  /** Path of the JSONL sensor file. */
  readonly sensors: string;
  /** Optional settings YAML; its `survival:` section is used (defaults when absent). */
  readonly config?: string;
}

/**
 * Reads the settings file's `survival:` section (the seed's defaults without a file).
 * @throws CliError (exit 2) when the file cannot be read or the section is invalid.
 */
export function loadSurvivalConfigFile(path: string | undefined): SurvivalConfig {
  if (path === undefined) return parseSurvivalConfig({});
  const doc = parseYaml(readText(path, 'config')) as unknown;
  const section = doc !== null && typeof doc === 'object' ? (doc as Record<string, unknown>)['survival'] : undefined;
  try {
    return parseSurvivalConfig(section ?? {});
  } catch (err: unknown) {
    if (err instanceof InvariantError) throw new CliError(`${path}: ${err.message}`, 2, { cause: err });
    throw err;
  }
}

/**
 * Runs the replay and hands each output line (JSON text, no newline) to `emit`; the code path of
 * the command. Returns the number of lines emitted.
 * @throws CliError (exit 2) for unreadable files or bad input (line number and field named).
 */
export function runSurvivalReplay(options: SurvivalReplayOptions, emit: (line: string) => void): number {
  const config = loadSurvivalConfigFile(options.config);
  const lines = readText(options.sensors, 'sensors').split(/\r?\n/);
  let n = 0;
  try {
    for (const out of replaySensorLines(lines, { config })) {
      emit(JSON.stringify(out));
      n += 1;
    }
  } catch (err: unknown) {
    if (err instanceof SensorReplayError) throw new CliError(`${options.sensors}: ${err.message}`, 2, { cause: err });
    throw err;
  }
  return n;
}

/** Registers `dolphin survival replay`. */
export function registerSurvivalCommand(program: Command): void {
  const survival = program.command('survival').description('survival controller tools (seed 002 section 11)');
  survival
    .command('replay')
    .description('replay sensor readings (JSONL) through the survival controller; one JSON line out per line in')
    .requiredOption('--sensors <file>', 'JSONL: {t_s, hz_nodes, heartbeat_age_s, mc_status, staleness_hours, ob_stale, depth_quality, fill_prob, dvol_spike, t_since_spike_min, drawdown}')
    .option('--config <file>', 'settings YAML whose survival: section overrides the seed defaults')
    .action((opts: { sensors: string; config?: string }) => {
      const chunk: string[] = [];
      const flush = (): void => {
        if (chunk.length > 0) process.stdout.write(chunk.join('\n') + '\n');
        chunk.length = 0;
      };
      try {
        runSurvivalReplay({ sensors: opts.sensors, ...(opts.config !== undefined ? { config: opts.config } : {}) }, (line) => {
          chunk.push(line);
          if (chunk.length >= 1024) flush();
        });
      } finally {
        flush();
      }
    });
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err: unknown) {
    const code = err instanceof Error && 'code' in err ? String((err as NodeJS.ErrnoException).code) : 'unreadable';
    throw new CliError(`cannot read ${what} file ${path}: ${code}`, 2, { cause: err });
  }
}
