/** Every top-level subcommand of `dolphin`; add one line per command module. */
import type { Command } from 'commander';
import { registerBenchCommand } from './bench.js';
import { registerDataCommand } from './data.js';
import { registerSurvivalCommand } from './survival.js';

export const commandRegistrations: ReadonlyArray<(program: Command) => void> = [registerBenchCommand, registerSurvivalCommand, registerDataCommand];
