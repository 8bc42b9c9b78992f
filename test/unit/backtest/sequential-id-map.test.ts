import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SequentialIdMap } from '../../../src/strategy/portfolio.js';

type Op =
  | { readonly kind: 'set'; readonly key: string; readonly value: number }
  | { readonly kind: 'delete'; readonly key: string }
  | { readonly kind: 'replace'; readonly key: string; readonly expected: number; readonly value: number };

/** Keys as the runner issues them (mostly increasing), with stragglers, re-used and odd keys. */
const keyArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 40 }).map((n) => `O-${String(n).padStart(6, '0')}`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }).map((n) => `X-${n}`) },
  { weight: 1, arbitrary: fc.constantFrom('close-1', 'abc', '', '7', 'O-1234567890', 'O-0000005000') },
);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), key: keyArb, value: fc.integer({ min: -2, max: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), key: keyArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace' as const), key: keyArb, expected: fc.integer({ min: -2, max: 2 }), value: fc.integer() }) },
);

function sequentialKeys(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `O-${String(i + 1).padStart(6, '0')}`);
}

describe('SequentialIdMap', () => {
  it('answers every operation exactly as a Map does, iteration order included', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80 }), fc.array(keyArb, { maxLength: 10 }), (ops, probes) => {
        const ref = new Map<string, number>();
        const map = new SequentialIdMap<number>();
        for (const op of ops) {
          if (op.kind === 'set') {
            ref.set(op.key, op.value);
            map.set(op.key, op.value);
          } else if (op.kind === 'replace') {
            const hit = ref.has(op.key) && ref.get(op.key) === op.expected;
            if (hit) ref.set(op.key, op.value);
            expect(map.replace(op.key, op.expected, op.value)).toBe(hit);
          } else expect(map.delete(op.key)).toBe(ref.delete(op.key));
          expect(map.size).toBe(ref.size);
        }
        for (const k of [...probes, ...ref.keys()]) {
          expect(map.get(k)).toBe(ref.get(k));
          expect(map.has(k)).toBe(ref.has(k));
        }
        expect([...map.entries()]).toEqual([...ref.entries()]);
        expect([...map.values()]).toEqual([...ref.values()]);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps insertion order when a deleted id comes back (it moves last, as in a Map)', () => {
    const map = new SequentialIdMap<number>();
    const [a, b, c] = sequentialKeys(3) as [string, string, string];
    map.set(a, 1).set(b, 2).set(c, 3);
    map.delete(a);
    map.set(a, 4);
    expect([...map.entries()]).toEqual([[b, 2], [c, 3], [a, 4]]);
  });

  it('skips gaps in the sequence and deletes while iterating', () => {
    const map = new SequentialIdMap<string>();
    const keys = sequentialKeys(10).filter((_, i) => i % 3 !== 1);
    for (const k of keys) map.set(k, k);
    for (const [k] of map) if (k.endsWith('4')) map.delete(k);
    expect([...map.values()]).toEqual(keys.filter((k) => !k.endsWith('4')));
    expect(map.get('O-000002')).toBeUndefined();
  });
});
