/** Resolves the strategy a sweep runs: a registered name, or a module path (default export). */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findStrategy, strategyNames } from '../../strategies/index.js';
import type { StrategyDefinition } from '../../strategy/index.js';

/**
 * Loads a strategy definition by name or path.
 * @throws Error naming the strategy and the known names when it cannot be found.
 */
export async function loadSweepStrategy(nameOrPath: string): Promise<StrategyDefinition> {
  const known = findStrategy(nameOrPath);
  if (known) return known;
  if (/[\\/]/.test(nameOrPath) || /\.(m?js|ts)$/.test(nameOrPath)) {
    const mod = (await import(pathToFileURL(resolve(nameOrPath)).href)) as Record<string, unknown>;
    const def = (mod['default'] ?? mod['strategy']) as StrategyDefinition | undefined;
    if (!def || typeof def.create !== 'function' || !def.paramsSchema) {
      throw new Error(`strategy module ${nameOrPath} has no default (or 'strategy') export made with defineStrategy()`);
    }
    return def;
  }
  throw new Error(`unknown strategy "${nameOrPath}"; known: ${strategyNames().join(', ')} (or give a path to a module)`);
}
