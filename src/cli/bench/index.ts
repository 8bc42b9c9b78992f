/** Every `dolphin bench` subcommand; add one line per benchmark module. */
import type { Command } from 'commander';
import { registerSurvivalBench } from './survival.js';

export const benchRegistrations: ReadonlyArray<(bench: Command) => void> = [registerSurvivalBench];
