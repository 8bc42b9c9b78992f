/**
 * The strategy registry: built-in strategies by name, plus loading a strategy module from a path
 * (its default export, or its `strategy` export, must be a StrategyDefinition).
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { StrategyDefinition } from '../strategy/index.js';
import { emaCross } from './ema-cross/index.js';

const builtIns = new Map<string, StrategyDefinition<never>>();

/** Registers a strategy definition under its name (throws on a duplicate name). */
export function registerStrategy(definition: StrategyDefinition<never>): void {
  if (builtIns.has(definition.name)) throw new Error(`strategy already registered: ${definition.name}`);
  builtIns.set(definition.name, definition);
}

registerStrategy(emaCross as unknown as StrategyDefinition<never>);

/** Names of the registered strategies, sorted. */
export function strategyNames(): string[] {
  return [...builtIns.keys()].sort();
}

/** Looks up a registered strategy; undefined when unknown. */
export function findStrategy(name: string): StrategyDefinition<unknown> | undefined {
  return builtIns.get(name) as StrategyDefinition<unknown> | undefined;
}

/**
 * Resolves a strategy by registered name, or loads it from a module path (anything containing a
 * path separator or ending in .js/.ts).
 * @throws Error naming the strategy and the known names when it cannot be found.
 */
export async function resolveStrategy(nameOrPath: string): Promise<StrategyDefinition<unknown>> {
  const known = findStrategy(nameOrPath);
  if (known) return known;
  if (/[\\/]/.test(nameOrPath) || /\.(m?js|ts)$/.test(nameOrPath)) {
    const mod = (await import(pathToFileURL(resolve(nameOrPath)).href)) as Record<string, unknown>;
    const def = (mod['default'] ?? mod['strategy']) as StrategyDefinition<unknown> | undefined;
    if (!def || typeof def.create !== 'function' || typeof def.name !== 'string') {
      throw new Error(`strategy module ${nameOrPath} has no default (or 'strategy') export made with defineStrategy()`);
    }
    return def;
  }
  throw new Error(`unknown strategy "${nameOrPath}"; known: ${strategyNames().join(', ')} (or give a path to a module)`);
}
