/**
 * Resolves a strategy by registered name, or loads it from a module path: anything containing a
 * path separator or ending in .js/.mjs/.ts. The module's default export (or its `strategy` export)
 * must be a StrategyDefinition made with defineStrategy().
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { StrategyDefinition } from '../strategy/index.js';
import { findStrategy, strategyNames } from '../strategies/index.js';

/** @throws Error naming the strategy and the known names when it cannot be found or loaded. */
export async function resolveStrategy(nameOrPath: string): Promise<StrategyDefinition> {
  const known = findStrategy(nameOrPath);
  if (known) return known;
  if (/[\\/]/.test(nameOrPath) || /\.(m?js|ts)$/.test(nameOrPath)) {
    const mod = (await import(pathToFileURL(resolve(nameOrPath)).href)) as Record<string, unknown>;
    const def = (mod['default'] ?? mod['strategy']) as StrategyDefinition | undefined;
    if (!def || typeof def.create !== 'function' || typeof def.name !== 'string' || !def.paramsSchema) {
      throw new Error(`strategy module ${nameOrPath} has no default (or 'strategy') export made with defineStrategy()`);
    }
    return def;
  }
  throw new Error(`unknown strategy "${nameOrPath}"; known: ${strategyNames().join(', ')} (or give a path to a module)`);
}
