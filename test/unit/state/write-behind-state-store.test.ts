import { describe, expect, it } from 'vitest';
import { WriteBehindStateStore, type AsyncStateBackend, type JsonValue } from '../../../src/state/index.js';

class FakeBackend implements AsyncStateBackend {
  readonly maps = new Map<string, Map<string, JsonValue>>();
  readonly ops: string[] = [];
  failNext = false;

  async entries(map: string): Promise<Array<[string, JsonValue]>> {
    return [...(this.maps.get(map) ?? new Map<string, JsonValue>()).entries()];
  }

  async put(map: string, key: string, value: JsonValue): Promise<void> {
    await Promise.resolve();
    if (this.failNext) {
      this.failNext = false;
      throw new Error('backend down');
    }
    this.ops.push(`put ${map}/${key}=${JSON.stringify(value)}`);
    const m = this.maps.get(map) ?? new Map<string, JsonValue>();
    m.set(key, value);
    this.maps.set(map, m);
  }

  async delete(map: string, key: string): Promise<void> {
    this.ops.push(`delete ${map}/${key}`);
    this.maps.get(map)?.delete(key);
  }
}

describe('WriteBehindStateStore', () => {
  it('serves the maps loaded at open', async () => {
    const backend = new FakeBackend();
    await backend.put('risk.session', 'default', { tradesToday: 3 });
    backend.ops.length = 0;
    const store = await WriteBehindStateStore.open(backend, ['risk.session']);
    expect([store.get('risk.session', 'default'), backend.ops]).toEqual([{ tradesToday: 3 }, []]);
  });

  it('answers reads at once and ships writes in order', async () => {
    const backend = new FakeBackend();
    const store = await WriteBehindStateStore.open(backend, []);
    store.put('m', 'a', 1);
    store.put('m', 'a', 2);
    store.delete('m', 'a');
    store.put('m', 'b', 3);
    expect(store.get('m', 'b')).toBe(3);
    await store.flush();
    expect(backend.ops).toEqual(['put m/a=1', 'put m/a=2', 'delete m/a', 'put m/b=3']);
  });

  it('reports a backend failure from flush and keeps shipping later writes', async () => {
    const backend = new FakeBackend();
    const store = await WriteBehindStateStore.open(backend, []);
    backend.failNext = true;
    store.put('m', 'a', 1);
    store.put('m', 'b', 2);
    await expect(store.flush()).rejects.toThrow('backend down');
    expect(backend.ops).toEqual(['put m/b=2']);
  });
});
