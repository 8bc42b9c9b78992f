/**
 * JSON values and their canonical text (object keys sorted, no whitespace): the form every
 * {@link StateStore} backend stores, compares and hashes.
 */
import { StateStoreError } from './state-store-error.js';

/** A JSON value: what a state store holds. Numbers are finite. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * Serialises a JSON value canonically: object keys sorted by code unit, arrays in order, no
 * whitespace. Two values are equal as JSON exactly when their canonical texts are equal.
 * @throws StateStoreError (`invalid-value`) for a non-finite number, `undefined`, a function, a
 *   bigint, a symbol or a cycle, naming the path of the offending value.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$', new Set());
}

function write(value: unknown, path: string, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw invalid(path, value);
      return JSON.stringify(value);
    case 'object':
      return writeObject(value, path, seen);
    default:
      throw invalid(path, value);
  }
}

function writeObject(value: object, path: string, seen: Set<object>): string {
  if (seen.has(value)) throw invalid(path, '[cycle]');
  seen.add(value);
  let text: string;
  if (Array.isArray(value)) {
    text = `[${value.map((v, i) => write(v, `${path}[${i}]`, seen)).join(',')}]`;
  } else {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    text = `{${keys.map((k) => `${JSON.stringify(k)}:${write(record[k], `${path}.${k}`, seen)}`).join(',')}}`;
  }
  seen.delete(value);
  return text;
}

function invalid(path: string, value: unknown): StateStoreError {
  const shown = typeof value === 'bigint' ? `${value}n` : String(value);
  return new StateStoreError('invalid-value', `invalid state value at ${path}, not JSON, was ${shown}`);
}
