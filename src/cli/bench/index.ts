/** Every `dolphin bench` subcommand; add one line per benchmark module. */
import type { Command } from 'commander';
import { registerBenchBridge } from './bridge.js';
import { registerBacktestBench } from './backtest.js';
import { registerSurvivalBench } from './survival.js';
import { registerSweepBench } from './sweep.js';

export const benchRegistrations: ReadonlyArray<(bench: Command) => void> = [registerBenchBridge, registerSurvivalBench, registerBacktestBench, registerSweepBench];
