/**
 * Turns zod issues into lines a person can act on: the key path, what is allowed, and the value
 * that was given (`risk.base_risk_fraction: must be > 0, was -0.5`).
 */
import type { z } from 'zod';

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

/** One line per issue, prefixed with `prefix` (e.g. "strategy.params"). */
export function formatZodIssues(error: z.ZodError, input: unknown, prefix = ''): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const where = [prefix, ...path].filter(Boolean).join('.');
      const keys = issue.keys.map((k) => [where, k].filter(Boolean).join('.'));
      return `${keys.join(', ')}: unknown key${keys.length > 1 ? 's' : ''} (remove it or check its spelling)`;
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
