import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, MemoryStateStore, StateStoreError, type JsonValue } from '../../../src/state/index.js';

describe('MemoryStateStore', () => {
  it('returns what was put, as a copy', () => {
    const store = new MemoryStateStore();
    const value = { a: [1, 2], b: { c: 'x' } };
    store.put('m', 'k', value);
    value.a.push(3);
    const got = store.get('m', 'k') as { a: number[] };
    got.a.push(4);
    expect(store.get('m', 'k')).toEqual({ a: [1, 2], b: { c: 'x' } });
  });

  it('returns undefined for an absent key', () => {
    expect(new MemoryStateStore().get('m', 'missing')).toBeUndefined();
  });

  it('keeps maps apart', () => {
    const store = new MemoryStateStore();
    store.put('a', 'k', 1);
    store.put('b', 'k', 2);
    expect([store.get('a', 'k'), store.get('b', 'k')]).toEqual([1, 2]);
  });

  it('compare-and-sets only when the current value equals the expected one, key order ignored', () => {
    const store = new MemoryStateStore();
    store.put('m', 'k', { x: 1, y: 2 });
    expect(store.compareAndSet('m', 'k', { x: 1, y: 3 }, 'no')).toBe(false);
    expect(store.compareAndSet('m', 'k', { y: 2, x: 1 }, 'yes')).toBe(true);
    expect(store.get('m', 'k')).toBe('yes');
  });

  it('compare-and-sets against undefined only when the key is absent', () => {
    const store = new MemoryStateStore();
    expect(store.compareAndSet('m', 'k', undefined, 1)).toBe(true);
    expect(store.compareAndSet('m', 'k', undefined, 2)).toBe(false);
    expect(store.get('m', 'k')).toBe(1);
  });

  it('deletes and reports whether the key existed', () => {
    const store = new MemoryStateStore();
    store.put('m', 'k', true);
    expect([store.delete('m', 'k'), store.delete('m', 'k'), store.get('m', 'k')]).toEqual([true, false, undefined]);
  });

  it('lists keys sorted', () => {
    const store = new MemoryStateStore();
    for (const k of ['b', 'c', 'a']) store.put('m', k, null);
    expect(store.keys('m')).toEqual(['a', 'b', 'c']);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a nested undefined', { a: undefined }],
    ['a function', { f: () => 1 }],
  ])('rejects %s with invalid-value', (_name, value) => {
    const store = new MemoryStateStore();
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
        const store = new MemoryStateStore();
        const value = JSON.parse(JSON.stringify(v)) as JsonValue;
        store.put('m', 'k', value);
        return canonicalJson(store.get('m', 'k')) === canonicalJson(value);
      }),
    );
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
