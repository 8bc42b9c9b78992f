/**
 * The sweep's best row as a config file (BASE.best.yaml): layered after the sweep's own config
 * files, it runs exactly that combination, so that a user can prove it in Nautilus
 * (`dolphin paired ... --config BASE.best.yaml`) or run it as a backtest without copying
 * parameters by hand. Pure: the caller writes the text.
 */
import { isAbsolute, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { SweepResult } from '../backtest/sweep/index.js';

/** How the sweep was invoked, for the file's comment (paths as the user gave them). */
export interface SweepInvocation {
  /** The grid's strategy: a registered name or a module path. */
  readonly strategy: string;
  readonly configs: readonly string[];
  readonly data: string | undefined;
  /** The directory relative module paths were given from (written absolute). */
  readonly cwd: string;
}

/** A strategy given as a file (a path or a module file name) rather than a registered name. */
function isModulePath(strategy: string): boolean {
  return strategy.includes('/') || strategy.includes('\\') || /\.(m?[jt]s)$/.test(strategy);
}

/** The command that proves the best row in Nautilus: the sweep's data and configs, then the best row's. */
export function proveCommand(how: SweepInvocation, bestPath: string): string {
  const layered = [...how.configs.map((c) => `--config ${c}`), `--config ${bestPath}`].join(' ');
  return `npx dolphin paired${how.data === undefined ? '' : ` --data ${how.data}`} ${layered}`;
}

/** The config text of the best row, or null when no combination was evaluated. */
export function bestConfigYaml(result: SweepResult, how: SweepInvocation, bestPath: string): string | null {
  const best = result.rows[0];
  if (best === undefined) return null;
  const m = best.metrics;
  const pct = (x: number): string => `${(x * 100).toFixed(2)} %`;
  const name = isModulePath(how.strategy) && !isAbsolute(how.strategy) ? resolve(how.cwd, how.strategy) : how.strategy;
  const header = [
    `# The best of ${result.evaluated} combinations of a dolphin sweep, sorted by ${result.sortBy}:`,
    `#   return ${pct(m.total_return)}, sharpe ${m.sharpe === null ? 'n/a' : m.sharpe.toFixed(4)}, max drawdown ${pct(m.max_drawdown)}, trades ${m.trades}, final balance ${best.finalBalance}`,
    '# Layered after the sweep\'s own config files it runs exactly this combination, e.g. proven in Nautilus:',
    `#   ${proveCommand(how, bestPath)}`,
  ];
  // The parameters every combination shared, then the row's own (the grid's keys win).
  const params = { ...result.fixedParams, ...best.params };
  return `${header.join('\n')}\n${stringify({ strategy: { name, params } })}`;
}
