/**
 * Turns zod issues into lines a person can act on: the key path, what is allowed, and the value
 * that was given (`risk.base_risk_fraction: must be > 0, was -0.5`).
 */
import type { z } from 'zod';
import { objectKeys, schemaAt, type AnySchema } from '../market/index.js';

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function show(value: unknown): string {
  if (value === undefined) return 'missing';
  try {
    const s = JSON.stringify(value);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
  } catch {
    return '[unserializable value]';
  }
}

/**
 * One line per issue, prefixed with `prefix` (e.g. "strategy.params"). With the `schema` that
 * was parsed, an unknown key's line lists the keys its section allows.
 */
export function formatZodIssues(error: z.ZodError, input: unknown, prefix = '', schema?: AnySchema): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const where = [prefix, ...path].filter(Boolean).join('.');
      const keys = issue.keys.map((k) => [where, k].filter(Boolean).join('.'));
      const allowed = schema === undefined ? [] : objectKeys(schemaAt(schema, issue.path));
      return `${keys.join(', ')}: unknown key${keys.length > 1 ? 's' : ''} (remove ${keys.length > 1 ? 'them or check their' : 'it or check its'} spelling${allowed.length > 0 ? `; ${where || 'the top level'} allows: ${allowed.join(', ')}` : ''})`;
    }
    const key = [prefix, ...path].filter(Boolean).join('.') || '(root)';
    // A schema's own message may already give the value (`must be less than ..., was 12`).
    if (/, was [^,]+$/.test(issue.message)) return `${key}: ${issue.message}`;
    return `${key}: ${issue.message}, was ${show(valueAt(input, issue.path))}`;
  });
}

/** A configuration that failed validation; `lines` name each bad key. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly source: string,
    readonly lines: readonly string[],
  ) {
    super(`invalid configuration in ${source}:\n  ${lines.join('\n  ')}`);
  }
}
