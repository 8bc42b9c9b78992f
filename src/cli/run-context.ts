/**
 * What every run command does first: load and validate the configuration (files + flags), resolve
 * the strategy and validate its parameters, create the logger. Errors become CliError exit 2.
 */
import type { Logger } from 'pino';
import { ConfigError, formatZodIssues, loadSettings, hashConfig, type LoadedSettings, type Settings } from '../config/index.js';

import type { StrategyDefinition } from '../strategy/index.js';
import { resolveStrategy } from '../backtest/index.js';
import { createRootLogger, createRunLogger } from '../host/index.js';
import { CliError } from './cli-error.js';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot, userPath } from './paths.js';

export interface RunContext {
  readonly loaded: LoadedSettings;
  readonly settings: Settings;
  readonly strategy: StrategyDefinition;
  readonly params: unknown;
  /** sha256 over the settings and the validated strategy parameters. */
  readonly configHash: string;
  readonly log: Logger;
}

export interface RunFlags {
  readonly config?: string[] | string;
  readonly strategy?: string;
  readonly data?: string;
  /** Batch runs: write the full log to this file (warnings also on stderr). */
  readonly logFile?: string;
}

/** Builds the run context from CLI flags. @throws CliError (exit 2) on any configuration error. */
export async function buildRunContext(flags: RunFlags, extraOverrides: Record<string, unknown> = {}): Promise<RunContext> {
  if (flags.logFile !== undefined) {
    // The log goes into the output folder: refuse a file in its place before anything is written.
    const outDir = dirname(flags.logFile);
    if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new CliError(`--out: ${outDir} is a file, not a folder; give a folder for the outputs`, 2);
  }
  const files = flags.config === undefined ? [] : Array.isArray(flags.config) ? flags.config : [flags.config];
  const overrides: Record<string, unknown> = { ...extraOverrides };
  if (flags.strategy) overrides['strategy'] = { name: flags.strategy };
  if (flags.data) overrides['data'] = { path: userPath(flags.data) };
  let loaded: LoadedSettings;
  try {
    const base = join(repoRoot(), 'config', 'settings.yaml');
    const baseFile = existsSync(base) ? base : undefined;
    const userFiles = files.map(userPath);
    loaded = loadSettings(userFiles, overrides, baseFile);
    // A strategy's run profile (config/strategies/<name>.yaml) sits between the base and the user's files.
    const profile = join(repoRoot(), 'config', 'strategies', `${loaded.settings.strategy.name}.yaml`);
    if (existsSync(profile)) loaded = loadSettings([profile, ...userFiles], overrides, baseFile);
  } catch (err: unknown) {
    if (err instanceof ConfigError) throw new CliError(err.message, 2, { cause: err });
    throw err;
  }
  const settings = loaded.settings;
  let strategy: StrategyDefinition;
  try {
    strategy = await resolveStrategy(settings.strategy.name);
  } catch (err: unknown) {
    throw new CliError(`strategy.name: ${err instanceof Error ? err.message : String(err)}`, 2, { cause: err });
  }
  const parsed = strategy.paramsSchema.safeParse(settings.strategy.params);
  if (!parsed.success) {
    const lines = formatZodIssues(parsed.error, settings.strategy.params, 'strategy.params', strategy.paramsSchema);
    throw new CliError(`invalid configuration in ${loaded.source}:\n  ${lines.join('\n  ')}`, 2);
  }
  const log = flags.logFile ? createRunLogger(flags.logFile, settings.logging.level) : createRootLogger({ level: settings.logging.level });
  const configHash = hashConfig({ settings, params: parsed.data });
  return { loaded, settings, strategy, params: parsed.data, configHash, log };
}
