import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dolphin } from '../../src/wire/gen/bridge.js';
import { encodeWireCase, loadWireCases, wireDir } from './write-ts-vectors.js';

const Envelope = dolphin.bridge.v1.Envelope;
const cases = loadWireCases();
const toObjectOptions = { longs: String, enums: String, defaults: false, json: true } as const;

/** Field-by-field equality; numbers compare with Object.is (so -0 differs from 0). */
function expectSame(expected: unknown, actual: unknown, path = 'envelope'): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${path} is a list`).toBe(true);
    const list = actual as unknown[];
    expect(list.length, `${path} length`).toBe(expected.length);
    expected.forEach((e, n) => expectSame(e, list[n], `${path}[${n}]`));
  } else if (expected !== null && typeof expected === 'object') {
    expect(actual !== null && typeof actual === 'object', `${path} is a message`).toBe(true);
    const record = actual as Record<string, unknown>;
    expect(Object.keys(record).sort(), `${path} fields`).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) expectSame(value, record[key], `${path}.${key}`);
  } else if (typeof expected === 'number') {
    expect(typeof actual, `${path} type`).toBe('number');
    expect(Object.is(expected, actual), `${path}: ${String(expected)} vs ${String(actual)}`).toBe(true);
  } else {
    expect(actual, path).toStrictEqual(expected);
  }
}

function readBin(side: 'py' | 'ts', name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(wireDir, side, `${name}.bin`)));
}

describe('golden wire vectors', () => {
  it.each(cases.map((c) => [c.name, c] as const))('decodes the Python bytes of %s field by field', (_name, c) => {
    const decoded = Envelope.toObject(Envelope.decode(readBin('py', c.name)), toObjectOptions);
    expectSame(c.envelope, decoded);
  });

  it.each(cases.map((c) => [c.name, c] as const))('re-encodes %s exactly as its committed ts bytes', (_name, c) => {
    expect(Buffer.from(encodeWireCase(c)).equals(Buffer.from(readBin('ts', c.name)))).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))('writes the same bytes as Python for %s', (_name, c) => {
    expect(Buffer.from(readBin('ts', c.name)).equals(Buffer.from(readBin('py', c.name)))).toBe(true);
  });

  it('has a vector file on each side for exactly the cases', () => {
    const names = cases.map((c) => c.name).sort();
    for (const side of ['py', 'ts']) {
      const files = readdirSync(join(wireDir, side)).filter((f) => f.endsWith('.bin')).map((f) => f.slice(0, -4));
      expect(files.sort()).toEqual(names);
    }
  });

  it('keeps -0 and NaN apart from 0 when decoding', () => {
    const edge = cases.find((c) => c.name === 'bar-edge-values');
    expect(edge).toBeDefined();
    const bar = Envelope.decode(readBin('py', 'bar-edge-values')).bar;
    expect(Object.is(bar?.close, -0)).toBe(true);
    expect(Number.isNaN(bar?.open)).toBe(true);
    expect(bar?.high).toBe(Number.POSITIVE_INFINITY);
  });
});
