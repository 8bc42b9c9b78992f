/**
 * Runs the built `dolphin` CLI (dist/, built by `npm test` before vitest) for integration tests:
 * real Nautilus backtests through the bridge, real Python runner, real sockets.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BTC_MONTH = join(ROOT, '..', 'shared', 'data', 'btcusdt-perp-1m-2022-01.csv');

export interface CliResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `dolphin ARGS` and resolves with its exit code and output (never rejects on exit != 0). */
export async function dolphin(args: readonly string[], timeoutMs = 240_000): Promise<CliResult> {
  const r = await execa('node', [join(ROOT, 'bin', 'dolphin.js'), ...args], { cwd: ROOT, reject: false, timeout: timeoutMs });
  return { exitCode: r.exitCode ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temp folder for one test's outputs. */
export function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `dolphin-it-${name}-`));
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
