/** Every top-level subcommand of `dolphin`; add one line per command module. */
import type { Command } from 'commander';
import { registerBacktestCommand } from './backtest.js';
import { registerBenchCommand } from './bench.js';
import { registerDataCommand } from './data.js';
import { registerHostCommand } from './host.js';
import { registerPairedCommand } from './paired.js';
import { registerSurvivalCommand } from './survival.js';
import { registerSweepCommand } from './sweep.js';

export const commandRegistrations: ReadonlyArray<(program: Command) => void> = [
  registerHostCommand,
  registerBacktestCommand,
  registerPairedCommand,
  registerBenchCommand,
  registerSurvivalCommand,
  registerDataCommand,
  registerSweepCommand,
];
