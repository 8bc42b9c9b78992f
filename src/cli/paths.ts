/** Where the repository, the Python runtime and the bundled data are, seen from the built CLI. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder holding package.json). */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i += 1) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'python_bridge'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

/** The project's Python (DOLPHIN_PYTHON overrides; default .venv/bin/python made by `npm run setup`). */
export function pythonExecutable(): string {
  const fromEnv = process.env['DOLPHIN_PYTHON'];
  if (fromEnv) return fromEnv;
  return join(repoRoot(), '.venv', 'bin', 'python');
}

/**
 * A file of the bundled market data: `../shared/data/NAME` beside the repository (where the README
 * and DESIGN.md place it), so that the defaults hold wherever the repository is cloned.
 */
export function bundledDataFile(name: string): string {
  return join(repoRoot(), '..', 'shared', 'data', name);
}

/** Resolves a user path against the current directory. */
export function userPath(p: string): string {
  return resolve(process.cwd(), p);
}
