import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStateStore, StateStoreError } from '../../../src/state/index.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dolphin-state-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function codeOf(act: () => unknown): string | null {
  try {
    act();
    return null;
  } catch (e) {
    return e instanceof StateStoreError ? e.code : `other: ${String(e)}`;
  }
}

describe('FileStateStore', () => {
  it('reloads what an earlier store wrote', () => {
    const path = join(dir, 'state.json');
    const a = new FileStateStore(path);
    a.put('risk.session', 'default', { realizedPnl: -12.5, halted: true });
    a.put('posture', 'current', 'TURTLE');
    const b = new FileStateStore(path);
    expect([b.get('risk.session', 'default'), b.get('posture', 'current')]).toEqual([{ realizedPnl: -12.5, halted: true }, 'TURTLE']);
  });

  it('persists deletes', () => {
    const path = join(dir, 'state.json');
    const a = new FileStateStore(path);
    a.put('m', 'k', 1);
    a.delete('m', 'k');
    expect(new FileStateStore(path).get('m', 'k')).toBeUndefined();
  });

  it('creates missing parent directories', () => {
    const path = join(dir, 'a', 'b', 'state.json');
    new FileStateStore(path).put('m', 'k', 1);
    expect(existsSync(path)).toBe(true);
  });

  it('leaves no temporary file behind', () => {
    const path = join(dir, 'state.json');
    new FileStateStore(path).put('m', 'k', 1);
    expect(existsSync(`${path}.tmp`)).toBe(false);
  });

  it('writes a versioned document with sorted keys', () => {
    const path = join(dir, 'state.json');
    const s = new FileStateStore(path);
    s.put('m', 'k', { b: 2, a: 1 });
    expect(readFileSync(path, 'utf8')).toBe('{"format":"dolphin-state","maps":{"m":{"k":{"a":1,"b":2}}},"version":1}\n');
  });

  it('refuses a file that is not JSON with corrupt-file', () => {
    const path = join(dir, 'state.json');
    writeFileSync(path, '{ not json');
    expect(codeOf(() => new FileStateStore(path))).toBe('corrupt-file');
  });

  it('refuses a JSON file of another format with corrupt-file', () => {
    const path = join(dir, 'state.json');
    writeFileSync(path, JSON.stringify({ hello: 1 }));
    expect(codeOf(() => new FileStateStore(path))).toBe('corrupt-file');
  });

  it('keeps memory and file unchanged when a write fails', () => {
    const path = join(dir, 'state.json');
    const s = new FileStateStore(path);
    s.put('m', 'k', 1);
    // A directory where the temporary file goes makes the write fail, even for root.
    mkdirSync(`${path}.tmp`);
    const code = codeOf(() => s.put('m', 'k', 2));
    expect([code, s.get('m', 'k'), new FileStateStore(path).get('m', 'k')]).toEqual(['io', 1, 1]);
  });
});
