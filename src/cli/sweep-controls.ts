/**
 * The sweep's controls module (backtest/sweep/sweep-controls.ts): every combination runs inside a
 * fresh control plane built from the run's settings, as `backtest --engine host` runs it (the risk
 * engine, the survival stack, memory state, the same session key), so that a sweep's row is that
 * backtest's result. Its log is silent: a sweep reports rows, not thousands of runs' events.
 */
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { venueInstruments } from '../backtest/index.js';
import type { CreateSweepControls } from '../backtest/sweep/index.js';
import type { Settings } from '../config/index.js';
import { ManualClock } from '../market/index.js';
import { ObjectStateStore } from '../state/index.js';
import { inProcessControls, sessionExtrasFactory } from './controls.js';
import type { StrategyRuntime } from './strategy-runtime.js';

/** The options the sweep command passes (structured-cloned into every worker). */
export interface SweepControlsOptions {
  readonly settings: Settings;
}

/** This module, for SweepControlsSpec.module. */
export const SWEEP_CONTROLS_MODULE = fileURLToPath(import.meta.url);

/** Sweeps refuse vbt_cache data, so no strategy here has a dataset or per-session services. */
const NO_RUNTIME: StrategyRuntime = { dataset: null, servicesFor: () => undefined };

export const createSweepControls: CreateSweepControls = (options, definition, venue) => {
  const { settings } = options as SweepControlsOptions;
  const ctx = { settings, strategy: definition };
  const spec = { risk: settings.controls.risk, survival: settings.controls.survival };
  const instruments = venueInstruments(venue);
  const log = pino({ level: 'silent' });
  return () => {
    const clock = new ManualClock();
    const extras = sessionExtrasFactory(ctx, spec, new ObjectStateStore(), NO_RUNTIME, () => 1)({ sessionId: 'HOST', instruments, telemetry: null, clock, log });
    return inProcessControls(extras, clock);
  };
};
