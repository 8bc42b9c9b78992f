/**
 * Host controls around every sweep combination (the risk engine and survival stack a backtest
 * runs), plugged in from above: the backtester does not know the host's control plane, so a sweep
 * names a module that builds them, and each thread that evaluates combinations imports it. The
 * module's `createSweepControls(options, definition, venue)` returns a per-combination factory of
 * runner options and observers, as `runHostBacktest` takes them.
 */
import { pathToFileURL } from 'node:url';
import type { StrategyDefinition } from '../../strategy/index.js';
import type { HostBacktestOptions } from '../host-backtest.js';
import type { VenueConfig } from '../venue-config.js';

/** What a sweep passes to each thread: the module's path and its (structured-clone) options. */
export interface SweepControlsSpec {
  /** Absolute path (or file URL) of a module exporting {@link CreateSweepControls} as `createSweepControls`. */
  readonly module: string;
  readonly options: unknown;
}

/** One combination's controls: fresh state for each run. */
export interface ComboControls {
  readonly runner: NonNullable<HostBacktestOptions<unknown>['runner']>;
  readonly observers: NonNullable<HostBacktestOptions<unknown>['observers']>;
}

/** Builds the controls of one combination. */
export type ComboControlsFactory = () => ComboControls;

/** The export a controls module provides. */
export type CreateSweepControls = (options: unknown, definition: StrategyDefinition, venue: VenueConfig) => ComboControlsFactory;

/** Imports the module of `spec` and returns its per-combination factory. @throws Error naming the module. */
export async function loadSweepControls(spec: SweepControlsSpec, definition: StrategyDefinition, venue: VenueConfig): Promise<ComboControlsFactory> {
  const url = spec.module.startsWith('file:') ? spec.module : pathToFileURL(spec.module).href;
  const mod = (await import(url)) as { createSweepControls?: CreateSweepControls };
  if (typeof mod.createSweepControls !== 'function') throw new Error(`sweep controls module ${spec.module} exports no createSweepControls function`);
  return mod.createSweepControls(spec.options, definition, venue);
}
