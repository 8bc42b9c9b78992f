/**
 * A synchronous {@link StateStore} in front of an asynchronous backend (a Hazelcast IMap, a
 * database): the named maps are loaded once before the run, reads are answered from memory, and
 * every change is shipped to the backend in order behind the caller. The host is the only writer
 * of its keys, so the local copy is authoritative and compare-and-set is decided locally.
 */
import type { JsonValue } from './canonical-json.js';
import { MemoryStateStore } from './memory-state-store.js';

/** What a network backend must offer; maps onto IMap get/set/delete/entrySet. */
export interface AsyncStateBackend {
  /** Every entry of map `map`. */
  entries(map: string): Promise<ReadonlyArray<readonly [string, JsonValue]>>;
  put(map: string, key: string, value: JsonValue): Promise<void>;
  delete(map: string, key: string): Promise<void>;
}

/** A write-behind {@link StateStore}; see the module comment. */
export class WriteBehindStateStore extends MemoryStateStore {
  private queue: Promise<void> = Promise.resolve();
  private failure: unknown = null;
  private loading = true;

  private constructor(private readonly backend: AsyncStateBackend) {
    super();
  }

  /**
   * Loads `maps` from `backend` and returns a store serving them.
   * @throws whatever the backend throws while loading.
   */
  static async open(backend: AsyncStateBackend, maps: readonly string[]): Promise<WriteBehindStateStore> {
    const store = new WriteBehindStateStore(backend);
    for (const name of maps) {
      for (const [key, value] of await backend.entries(name)) store.put(name, key, value);
    }
    store.loading = false;
    return store;
  }

  /** The first backend write failure since open, or null; writes after a failure still go out. */
  get lastFailure(): unknown {
    return this.failure;
  }

  /**
   * Resolves when every change made so far has reached the backend.
   * @throws the first backend write failure, if any.
   */
  async flush(): Promise<void> {
    await this.queue;
    const failure = this.failure;
    if (failure === null) return;
    throw failure instanceof Error ? failure : new Error(`state backend write failed: ${JSON.stringify(failure)}`, { cause: failure });
  }

  protected override write(map: string, key: string, text: string): void {
    super.write(map, key, text);
    if (!this.loading) this.enqueue(() => this.backend.put(map, key, JSON.parse(text) as JsonValue));
  }

  protected override remove(map: string, key: string): void {
    super.remove(map, key);
    if (!this.loading) this.enqueue(() => this.backend.delete(map, key));
  }

  private enqueue(op: () => Promise<void>): void {
    this.queue = this.queue.then(op).catch((e: unknown) => {
      if (this.failure === null) this.failure = e;
    });
  }
}
