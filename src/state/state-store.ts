/**
 * The `StateStore` contract: JSON values under string keys in named maps, the shape of a
 * Hazelcast IMap reduced to what the host needs (get, put, compare-and-set, delete, keys).
 *
 * It is synchronous on purpose. The risk session and the survival posture are read and written
 * inside strategy callbacks, which are synchronous and, in lockstep, must give byte-identical
 * runs; an `await` there would let other events interleave. A network backend (Hazelcast) is
 * therefore fronted by {@link WriteBehindStateStore}: it loads its maps before the run, answers
 * reads from memory and ships writes in order behind the caller.
 */
import type { JsonValue } from './canonical-json.js';

export interface StateStore {
  /** The value under `key` in map `map` (a fresh copy), or undefined when absent. */
  get(map: string, key: string): JsonValue | undefined;
  /**
   * Stores a copy of `value` under `key`, replacing any previous value.
   * @throws StateStoreError `invalid-value` when `value` is not JSON; `io` when a durable backend
   *   cannot persist it (the in-memory value is then unchanged).
   */
  put(map: string, key: string, value: JsonValue): void;
  /**
   * Replaces the value under `key` with `value` only when the current value equals `expected` as
   * JSON (key order ignored); `expected` undefined means "only when absent". Returns true when
   * it replaced. The IMap `replace(key, old, new)` / `putIfAbsent` pair.
   * @throws StateStoreError as {@link put}.
   */
  compareAndSet(map: string, key: string, expected: JsonValue | undefined, value: JsonValue): boolean;
  /** Removes `key`; true when it was present. @throws StateStoreError `io` as {@link put}. */
  delete(map: string, key: string): boolean;
  /** Keys of map `map`, sorted. */
  keys(map: string): string[];
}
