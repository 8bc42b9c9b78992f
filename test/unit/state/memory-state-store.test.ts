import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, copyJson, MemoryStateStore, ObjectStateStore, StateStoreError, type JsonValue, type StateStore } from '../../../src/state/index.js';

// The same contract for both in-memory stores (text kept per write, or copies spelled out on demand).
const STORES: ReadonlyArray<[string, () => StateStore]> = [
  ['MemoryStateStore', () => new MemoryStateStore()],
  ['ObjectStateStore', () => new ObjectStateStore()],
];

describe.each(STORES)('%s', (_name, make) => {
  it('returns what was put, as a copy', () => {
    const store = make();
    const value = { a: [1, 2], b: { c: 'x' } };
    store.put('m', 'k', value);
    value.a.push(3);
    const got = store.get('m', 'k') as { a: number[] };
    got.a.push(4);
    expect(store.get('m', 'k')).toEqual({ a: [1, 2], b: { c: 'x' } });
  });

  it('returns undefined for an absent key', () => {
    expect(make().get('m', 'missing')).toBeUndefined();
  });

  it('keeps maps apart', () => {
    const store = make();
    store.put('a', 'k', 1);
    store.put('b', 'k', 2);
    expect([store.get('a', 'k'), store.get('b', 'k')]).toEqual([1, 2]);
  });

  it('compare-and-sets only when the current value equals the expected one, key order ignored', () => {
    const store = make();
    store.put('m', 'k', { x: 1, y: 2 });
    expect(store.compareAndSet('m', 'k', { x: 1, y: 3 }, 'no')).toBe(false);
    expect(store.compareAndSet('m', 'k', { y: 2, x: 1 }, 'yes')).toBe(true);
    expect(store.get('m', 'k')).toBe('yes');
  });

  it('compare-and-sets against undefined only when the key is absent', () => {
    const store = make();
    expect(store.compareAndSet('m', 'k', undefined, 1)).toBe(true);
    expect(store.compareAndSet('m', 'k', undefined, 2)).toBe(false);
    expect(store.get('m', 'k')).toBe(1);
  });

  it('deletes and reports whether the key existed', () => {
    const store = make();
    store.put('m', 'k', true);
    expect([store.delete('m', 'k'), store.delete('m', 'k'), store.get('m', 'k')]).toEqual([true, false, undefined]);
  });

  it('lists keys sorted', () => {
    const store = make();
    for (const k of ['b', 'c', 'a']) store.put('m', k, null);
    expect(store.keys('m')).toEqual(['a', 'b', 'c']);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a nested undefined', { a: undefined }],
    ['a function', { f: () => 1 }],
  ])('rejects %s with invalid-value', (_name, value) => {
    const store = make();
    const act = (): void => store.put('m', 'k', value as unknown as JsonValue);
    expect(act).toThrow(StateStoreError);
    try {
      act();
    } catch (e) {
      expect((e as StateStoreError).code).toBe('invalid-value');
    }
  });

  it('stores every JSON value so that get returns an equal value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const store = make();
        const value = JSON.parse(JSON.stringify(v)) as JsonValue;
        store.put('m', 'k', value);
        return canonicalJson(store.get('m', 'k')) === canonicalJson(value);
      }),
    );
  });
});

describe('ObjectStateStore against MemoryStateStore', () => {
  it('holds the same canonical snapshot after the same puts, compare-and-sets and deletes', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('put' as const), key: fc.constantFrom('a', 'b'), value: fc.jsonValue() }),
      fc.record({ kind: fc.constant('cas' as const), key: fc.constantFrom('a', 'b'), value: fc.jsonValue(), expected: fc.option(fc.jsonValue(), { nil: undefined }) }),
      fc.record({ kind: fc.constant('delete' as const), key: fc.constantFrom('a', 'b') }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        const text = new MemoryStateStore();
        const objects = new ObjectStateStore();
        for (const o of ops) {
          const json = (v: unknown): JsonValue => JSON.parse(JSON.stringify(v)) as JsonValue;
          if (o.kind === 'put') {
            text.put('m', o.key, json(o.value));
            objects.put('m', o.key, json(o.value));
          } else if (o.kind === 'cas') {
            const expected = o.expected === undefined ? undefined : json(o.expected);
            if (text.compareAndSet('m', o.key, expected, json(o.value)) !== objects.compareAndSet('m', o.key, expected, json(o.value))) return false;
          } else if (text.delete('m', o.key) !== objects.delete('m', o.key)) return false;
        }
        return JSON.stringify(text.snapshot()) === JSON.stringify(objects.snapshot());
      }),
    );
  });

  it.each([
    ['NaN deep in an array', { a: [1, { b: Number.NaN }] }],
    ['undefined before a later bad key', { z: Number.POSITIVE_INFINITY, a: undefined }],
    ['a cycle', (() => { const o: Record<string, unknown> = { x: 1 }; o['self'] = o; return o; })()],
  ])('refuses %s with the same message as canonicalJson', (_name, value) => {
    const message = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(message(() => copyJson(value))).toBe(message(() => canonicalJson(value)));
    expect(message(() => copyJson(value))).toMatch(/^invalid state value at \$/);
  });
});

describe('canonicalJson', () => {
  it('sorts object keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}');
  });

  it('rejects a cycle', () => {
    const o: Record<string, unknown> = {};
    o['self'] = o;
    expect(() => canonicalJson(o)).toThrow(/not JSON/);
  });
});
