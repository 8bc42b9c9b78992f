/**
 * An in-memory `StateStore` that keeps each value as a checked deep copy and spells out canonical
 * JSON text only when asked (a snapshot, a compare-and-set): the contract of
 * {@link MemoryStateStore} (no caller can alias a stored value, non-JSON values are refused with
 * the same errors) without serialising every write. The host controls write the posture record
 * on every bar and the session state on every fill; serialising them was most of the controls'
 * cost in a backtest (measured). Nothing survives the process; the durable stores build on
 * MemoryStateStore's text instead.
 */
import { canonicalJson, copyJson, type JsonValue } from './canonical-json.js';
import { mapOf, snapshotOf, type StateSnapshot } from './memory-state-store.js';
import type { StateStore } from './state-store.js';

/** See the module comment. */
export class ObjectStateStore implements StateStore {
  private readonly maps = new Map<string, Map<string, JsonValue>>();

  get(map: string, key: string): JsonValue | undefined {
    const value = this.maps.get(map)?.get(key);
    return value === undefined ? undefined : copyJson(value);
  }

  put(map: string, key: string, value: JsonValue): void {
    this.set(map, key, copyJson(value));
  }

  compareAndSet(map: string, key: string, expected: JsonValue | undefined, value: JsonValue): boolean {
    const next = copyJson(value);
    const wanted = expected === undefined ? undefined : canonicalJson(expected);
    const current = this.maps.get(map)?.get(key);
    if ((current === undefined ? undefined : canonicalJson(current)) !== wanted) return false;
    this.set(map, key, next);
    return true;
  }

  delete(map: string, key: string): boolean {
    return this.maps.get(map)?.delete(key) ?? false;
  }

  keys(map: string): string[] {
    return [...(this.maps.get(map)?.keys() ?? [])].sort();
  }

  /** Every map as canonical text, as {@link MemoryStateStore.snapshot} gives it. */
  snapshot(): StateSnapshot {
    return snapshotOf(this.maps, canonicalJson);
  }

  private set(map: string, key: string, value: JsonValue): void {
    mapOf(this.maps, map).set(key, value);
  }
}
