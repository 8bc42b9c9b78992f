/** `dolphin bench <name>`: benchmarks that print ratios measured side by side in one run. */
import type { Command } from 'commander';
import { benchRegistrations } from '../bench/index.js';

export function registerBenchCommand(program: Command): void {
  const bench = program.command('bench').description('benchmarks (ratios measured side by side in one run; --json for one JSON object)');
  for (const register of benchRegistrations) register(bench);
}
