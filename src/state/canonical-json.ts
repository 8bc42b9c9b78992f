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
  return write(value, [], []);
}

// The objects being written (a cycle is an object inside itself; the same object twice side by
// side is fine) and the keys down to the value being written: its path is only spelled out for an
// error (building it per key was most of the cost of a store write, measured).
function write(value: unknown, open: object[], path: Array<string | number>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw invalid(pathText(path), value);
      return JSON.stringify(value);
    case 'object':
      return writeObject(value, open, path);
    default:
      throw invalid(pathText(path), value);
  }
}

function writeObject(value: object, open: object[], path: Array<string | number>): string {
  if (open.includes(value)) throw invalid(pathText(path), '[cycle]');
  open.push(value);
  let text: string;
  if (Array.isArray(value)) {
    text = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ',';
      path.push(i);
      text += write(value[i], open, path);
      path.pop();
    }
    text += ']';
  } else {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    text = '{';
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      if (i > 0) text += ',';
      path.push(k);
      text += `${JSON.stringify(k)}:${write(record[k], open, path)}`;
      path.pop();
    }
    text += '}';
  }
  open.pop();
  return text;
}

/**
 * A deep copy of a JSON value, checked as {@link canonicalJson} checks it (the same errors and
 * paths), without spelling out its text: arrays and plain objects are copied, primitives kept.
 * @throws StateStoreError (`invalid-value`) as canonicalJson.
 */
export function copyJson(value: unknown): JsonValue {
  const out = copy(value, []);
  if (out !== INVALID) return out;
  // Only now the keys are walked in canonicalJson's order, for its error about the first bad value.
  canonicalJson(value);
  throw invalid('$', value);
}

const INVALID: unique symbol = Symbol('invalid');

function copy(value: unknown, open: object[]): JsonValue | typeof INVALID {
  if (value === null) return null;
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : INVALID;
    case 'object':
      break;
    default:
      return INVALID;
  }
  if (open.includes(value)) return INVALID;
  open.push(value);
  let out: JsonValue;
  if (Array.isArray(value)) {
    const items: JsonValue[] = [];
    for (let i = 0; i < value.length; i++) {
      const v = copy(value[i], open);
      if (v === INVALID) return INVALID;
      items.push(v);
    }
    out = items;
  } else {
    const record = value as Record<string, unknown>;
    const fields: Record<string, JsonValue> = {};
    for (const k of Object.keys(record)) {
      const v = copy(record[k], open);
      if (v === INVALID) return INVALID;
      fields[k] = v;
    }
    out = fields;
  }
  open.pop();
  return out;
}

/** `$`, `.key` per object key, `[i]` per array index. */
function pathText(path: ReadonlyArray<string | number>): string {
  let text = '$';
  for (const p of path) text += typeof p === 'number' ? `[${p}]` : `.${p}`;
  return text;
}

function invalid(path: string, value: unknown): StateStoreError {
  const shown = typeof value === 'bigint' ? `${value}n` : String(value);
  return new StateStoreError('invalid-value', `invalid state value at ${path}, not JSON, was ${shown}`);
}
