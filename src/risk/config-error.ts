/**
 * Readable config errors: one line per problem, naming the key path, what is allowed and the
 * value found, e.g. `risk.session.max_trades_per_hour: must be an integer >= 1, was -3`.
 */
import { z } from 'zod';
import { defOf, objectKeys, schemaAt, unwrapSchema, type AnySchema } from '../market/index.js';
import { riskConfigSchema, type RiskConfig } from './config.js';

/** A config that failed validation; `lines` are the formatted problems, also joined in `message`. */
export class RiskConfigError extends Error {
  override readonly name = 'RiskConfigError';
  readonly lines: readonly string[];

  constructor(lines: readonly string[], options?: ErrorOptions) {
    super(`invalid risk config:\n  ${lines.join('\n  ')}`, options);
    this.lines = lines;
  }
}

/**
 * Validates the `risk:` section (undefined = all defaults) and returns it deeply frozen.
 * @throws RiskConfigError listing every problem with key path, allowed values and the value.
 */
export function parseRiskConfig(raw: unknown, root = 'risk'): RiskConfig {
  const result = riskConfigSchema.safeParse(raw ?? {}, { reportInput: true });
  if (!result.success) throw new RiskConfigError(formatConfigError(result.error, root, riskConfigSchema), { cause: result.error });
  return deepFreeze(result.data);
}

/**
 * Formats a zod error as lines `<root>.<path>: <what is allowed>, was <value>`. The values come
 * from the issues, so parse with `{ reportInput: true }`; `schema` (default: the risk schema)
 * supplies what is allowed for a key.
 */
export function formatConfigError(error: z.ZodError, root = 'risk', schema: z.ZodType = riskConfigSchema): string[] {
  const lines: string[] = [];
  for (const issue of error.issues) {
    const path = formatPath(root, issue.path);
    if (issue.code === 'unrecognized_keys') {
      const allowed = objectKeys(schemaAt(schema, issue.path));
      const input = issue.input;
      for (const key of issue.keys) {
        const allowedText = allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : '';
        lines.push(`${formatPath(root, [...issue.path, key])}: unknown key${allowedText}, was ${formatValue(input?.[key])}`);
      }
      continue;
    }
    const rule = issue.code === 'custom' ? issue.message : describeAllowed(schemaAt(schema, issue.path)) ?? issue.message;
    lines.push(issue.input === undefined && issue.code === 'invalid_type' ? `${path}: is required, ${rule}` : `${path}: ${rule}, was ${formatValue(issue.input)}`);
  }
  return lines;
}


function formatPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out;
}

function formatValue(v: unknown): string {
  switch (typeof v) {
    case 'undefined':
      return 'missing';
    case 'string':
      return JSON.stringify(v);
    case 'number':
    case 'boolean':
      return String(v);
    case 'bigint':
      return `${v}n`;
    case 'object':
      try {
        return JSON.stringify(v);
      } catch {
        return 'an unprintable object';
      }
    default:
      return `a ${typeof v}`;
  }
}

function describeAllowed(s: AnySchema | null): string | null {
  if (!s) return null;
  const { inner, allowsNull } = unwrapSchema(s);
  const base = describeInner(inner);
  if (base === null) return null;
  return `must be ${base}${allowsNull ? ' or null' : ''}`;
}

function describeInner(s: AnySchema): string | null {
  const def = defOf(s);
  switch (def['type']) {
    case 'number':
      return describeNumber(def);
    case 'enum':
      return `one of ${Object.values(def['entries'] as Record<string, string>).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'boolean':
      return 'true or false';
    case 'string':
      return 'a string';
    case 'object':
      return 'a mapping of keys to values';
    case 'array':
      return 'a list';
    default:
      return null;
  }
}

function describeNumber(def: Record<string, unknown>): string {
  const checks = ((def['checks'] as AnySchema[] | undefined) ?? []).map((c) => c._zod.def as unknown as Record<string, unknown>);
  const isInt = checks.some((c) => c['check'] === 'number_format' && String(c['format']).includes('int'));
  const bounds: string[] = [];
  for (const c of checks) {
    if (c['check'] === 'greater_than') bounds.push(`${c['inclusive'] ? '>=' : '>'} ${String(c['value'])}`);
    if (c['check'] === 'less_than') bounds.push(`${c['inclusive'] ? '<=' : '<'} ${String(c['value'])}`);
  }
  return `${isInt ? 'an integer' : 'a number'}${bounds.length > 0 ? ` ${bounds.join(' and ')}` : ''}`;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}
