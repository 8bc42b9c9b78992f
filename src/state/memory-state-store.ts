/**
 * The default `StateStore`: process memory, nothing survives a restart. Backtests use it (fast,
 * deterministic); values are kept as canonical JSON text, so no caller can alias a stored value.
 */
import { canonicalJson, type JsonValue } from './canonical-json.js';
import type { StateStore } from './state-store.js';

/** A serialisable image of a store: map name -> key -> canonical JSON text. */
export type StateSnapshot = Record<string, Record<string, string>>;

/** An in-memory {@link StateStore}; see the module comment. */
export class MemoryStateStore implements StateStore {
  protected readonly maps = new Map<string, Map<string, string>>();

  get(map: string, key: string): JsonValue | undefined {
    const text = this.maps.get(map)?.get(key);
    return text === undefined ? undefined : (JSON.parse(text) as JsonValue);
  }

  put(map: string, key: string, value: JsonValue): void {
    this.write(map, key, canonicalJson(value));
  }

  compareAndSet(map: string, key: string, expected: JsonValue | undefined, value: JsonValue): boolean {
    const next = canonicalJson(value);
    const current = this.maps.get(map)?.get(key);
    const wanted = expected === undefined ? undefined : canonicalJson(expected);
    if (current !== wanted) return false;
    this.write(map, key, next);
    return true;
  }

  delete(map: string, key: string): boolean {
    const m = this.maps.get(map);
    if (!m?.has(key)) return false;
    this.remove(map, key);
    return true;
  }

  keys(map: string): string[] {
    return [...(this.maps.get(map)?.keys() ?? [])].sort();
  }

  /** A copy of every map, for persistence and tests. */
  snapshot(): StateSnapshot {
    return snapshotOf(this.maps, (text) => text);
  }

  /** Stores canonical text (subclasses persist around this). */
  protected write(map: string, key: string, text: string): void {
    mapOf(this.maps, map).set(key, text);
  }

  /** Removes a key (subclasses persist around this). */
  protected remove(map: string, key: string): void {
    this.maps.get(map)?.delete(key);
  }
}

/** The maps as a snapshot: names and keys sorted, empty maps left out, each value as its text. */
export function snapshotOf<T>(maps: ReadonlyMap<string, ReadonlyMap<string, T>>, text: (value: T) => string): StateSnapshot {
  const out: StateSnapshot = {};
  for (const name of [...maps.keys()].sort()) {
    const m = maps.get(name);
    if (!m || m.size === 0) continue;
    const entries: Record<string, string> = {};
    for (const k of [...m.keys()].sort()) entries[k] = text(m.get(k) as T);
    out[name] = entries;
  }
  return out;
}

/** The named map of `maps`, created empty when absent. */
export function mapOf<T>(maps: Map<string, Map<string, T>>, name: string): Map<string, T> {
  let m = maps.get(name);
  if (!m) {
    m = new Map();
    maps.set(name, m);
  }
  return m;
}
