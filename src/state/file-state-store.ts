/**
 * The durable `StateStore` for live runs: every change rewrites one JSON file atomically (write a
 * temporary file, fsync it, rename it over the old one, fsync the directory), and a new store
 * reloads that file, so a host restarted mid-day finds its counters, PnL and halts again.
 * Suited to the small, slowly changing hot state of one host (a few writes per trade); shared
 * state across hosts belongs in the Hazelcast backend.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { canonicalJson, type JsonValue } from './canonical-json.js';
import { MemoryStateStore } from './memory-state-store.js';
import { StateStoreError } from './state-store-error.js';

const FORMAT = 'dolphin-state';
const VERSION = 1;

export interface FileStateStoreOptions {
  /** fsync the file and its directory on every write (default true; tests may turn it off). */
  readonly fsync?: boolean;
}

/** A file-backed {@link StateStore}; see the module comment. */
export class FileStateStore extends MemoryStateStore {
  /** Absolute path of the state file. */
  readonly path: string;
  private readonly fsync: boolean;

  /**
   * Opens (or creates on first write) the state file at `path` and loads what it holds.
   * @throws StateStoreError `corrupt-file` when the file exists but is not a state snapshot,
   *   `io` when it cannot be read or its directory cannot be created.
   */
  constructor(path: string, options: FileStateStoreOptions = {}) {
    super();
    this.path = resolve(path);
    this.fsync = options.fsync ?? true;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
    } catch (cause) {
      throw new StateStoreError('io', `cannot create the directory of state file ${this.path}`, { cause });
    }
    this.load();
  }

  protected override write(map: string, key: string, text: string): void {
    const previous = this.maps.get(map)?.get(key);
    super.write(map, key, text);
    this.persistOrRollback(map, key, previous);
  }

  protected override remove(map: string, key: string): void {
    const previous = this.maps.get(map)?.get(key);
    super.remove(map, key);
    this.persistOrRollback(map, key, previous);
  }

  private persistOrRollback(map: string, key: string, previous: string | undefined): void {
    try {
      this.persist();
    } catch (cause) {
      if (previous === undefined) super.remove(map, key);
      else super.write(map, key, previous);
      throw cause instanceof StateStoreError ? cause : new StateStoreError('io', `cannot write state file ${this.path}`, { cause });
    }
  }

  private load(): void {
    if (!existsSync(this.path)) return;
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (cause) {
      throw new StateStoreError('io', `cannot read state file ${this.path}`, { cause });
    }
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (cause) {
      throw new StateStoreError('corrupt-file', `state file ${this.path} is not valid JSON`, { cause });
    }
    for (const [name, entries] of Object.entries(readMaps(doc, this.path))) {
      for (const [key, value] of Object.entries(entries)) super.write(name, key, canonicalJson(value));
    }
  }

  private persist(): void {
    const maps: Record<string, Record<string, JsonValue>> = {};
    for (const [name, entries] of Object.entries(this.snapshot())) {
      const out: Record<string, JsonValue> = {};
      for (const [k, text] of Object.entries(entries)) out[k] = JSON.parse(text) as JsonValue;
      maps[name] = out;
    }
    const body = `${canonicalJson({ format: FORMAT, version: VERSION, maps })}\n`;
    const tmp = `${this.path}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, body);
      if (this.fsync) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      renameSync(tmp, this.path);
    } catch (cause) {
      rmSync(tmp, { force: true });
      throw cause;
    }
    if (this.fsync) syncDirectory(dirname(this.path));
  }
}

function readMaps(doc: unknown, path: string): Record<string, Record<string, JsonValue>> {
  const corrupt = (why: string): StateStoreError => new StateStoreError('corrupt-file', `state file ${path} ${why}`);
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw corrupt('does not hold a JSON object');
  const d = doc as Record<string, unknown>;
  if (d['format'] !== FORMAT) throw corrupt(`has format ${JSON.stringify(d['format'])}, expected "${FORMAT}"`);
  if (d['version'] !== VERSION) throw corrupt(`has version ${JSON.stringify(d['version'])}, this build reads ${VERSION}`);
  const maps = d['maps'];
  if (typeof maps !== 'object' || maps === null || Array.isArray(maps)) throw corrupt('has no "maps" object');
  for (const [name, entries] of Object.entries(maps as Record<string, unknown>)) {
    if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) throw corrupt(`map "${name}" is not an object`);
  }
  return maps as Record<string, Record<string, JsonValue>>;
}

/** fsyncs a directory so a rename in it is durable; platforms that cannot open a directory skip it. */
function syncDirectory(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a directory; the rename is still atomic there.
  } finally {
    closeSync(fd);
  }
}
