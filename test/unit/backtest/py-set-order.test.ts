/**
 * The host engine's model of CPython set order against Python itself: golden vectors written by
 * `PYTHONHASHSEED=0 python -m dolphin_bridge.py_set_vectors --write` (pytest checks they are
 * current): str hashes, and the iteration order of sets of order ids up to 1,000 entries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PySetOrder, pyStrHash } from '../../../src/backtest/py-set-order.js';

const vectors = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'py-set-order.json'), 'utf8')) as {
  hashes: Array<[string, string]>;
  sets: Array<{ added: string[]; order: string[] }>;
};

describe('CPython set order under PYTHONHASHSEED=0', () => {
  it.each(vectors.hashes)('hash(%j) = %s', (s, h) => {
    expect(pyStrHash(s)).toBe(BigInt(h));
  });

  it.each(vectors.sets.map((s) => [s.added.length, s] as const))('a set built from %i adds iterates as Python does', (_, s) => {
    const set = new PySetOrder();
    for (const k of s.added) set.add(k);
    expect(set.values()).toEqual(s.order);
    expect(s.order.map((k) => set.rank(k))).toEqual([...s.order.map((k) => set.rank(k))].sort((a, b) => a - b));
  });

  it('keys added after a first read join the same table', () => {
    const s = vectors.sets.find((x) => x.added.length === 300) as { added: string[]; order: string[] };
    const set = new PySetOrder();
    s.added.slice(0, 100).forEach((k) => set.add(k));
    set.values();
    s.added.slice(100).forEach((k) => set.add(k));
    expect(set.values()).toEqual(s.order);
  });

  it('refuses a string that is not ASCII (its Python hash would differ)', () => {
    expect(() => pyStrHash('é')).toThrow(/ASCII only/);
  });
});
