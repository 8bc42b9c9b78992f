/**
 * Resolves a strategy by registered name, or loads it from a module path: anything containing a
 * path separator or ending in .js/.mjs/.ts/.mts. A TypeScript file is loaded as it is (compiled on
 * the fly by tsx, no build step; its own imports may be TypeScript too), a JavaScript file by
 * Node. The module's default export (or its `strategy` export) must be a StrategyDefinition made
 * with defineStrategy(). One loader for every engine: the CLI's runs and each sweep worker thread
 * (which loads the strategy by name or path itself).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { StrategyDefinition } from '../strategy/index.js';
import { findStrategy, strategyNames } from '../strategies/index.js';

const TYPESCRIPT = /\.[cm]?ts$/;

/** @throws Error naming the strategy and the known names when it cannot be found or loaded. */
export async function resolveStrategy(nameOrPath: string): Promise<StrategyDefinition> {
  const known = findStrategy(nameOrPath);
  if (known) return known;
  if (!/[\\/]/.test(nameOrPath) && !/\.(m?js|[cm]?ts)$/.test(nameOrPath)) {
    throw new Error(`unknown strategy "${nameOrPath}"; known: ${strategyNames().join(', ')} (or give a path to a module)`);
  }
  const path = resolve(nameOrPath);
  if (!existsSync(path)) throw new Error(`strategy module ${nameOrPath} does not exist (${path})`);
  const url = pathToFileURL(path).href;
  let mod: Record<string, unknown>;
  if (TYPESCRIPT.test(path)) {
    const { tsImport } = await import('tsx/esm/api');
    mod = (await tsImport(url, import.meta.url)) as Record<string, unknown>;
  } else {
    mod = (await import(url)) as Record<string, unknown>;
  }
  const def = strategyExport(mod);
  if (def === undefined) throw new Error(`strategy module ${nameOrPath} has no default (or 'strategy') export made with defineStrategy()`);
  return def;
}

/**
 * The definition a module exports: `default`, or `strategy`; a file outside any `"type": "module"`
 * package is loaded as CommonJS, whose exports then sit one level down, under `default`.
 */
function strategyExport(mod: Record<string, unknown>): StrategyDefinition | undefined {
  const inner = mod['default'] !== null && typeof mod['default'] === 'object' ? (mod['default'] as Record<string, unknown>) : {};
  for (const candidate of [mod['default'], mod['strategy'], inner['default'], inner['strategy']]) {
    if (isDefinition(candidate)) return candidate;
  }
  return undefined;
}

function isDefinition(x: unknown): x is StrategyDefinition {
  if (x === null || typeof x !== 'object') return false;
  const d = x as Partial<StrategyDefinition>;
  return typeof d.create === 'function' && typeof d.name === 'string' && d.paramsSchema !== undefined;
}
