/** The host: strategy sessions over the bridge, logging, telemetry wiring. */
export * from './logger.js';
export * from './strategy-session.js';
export * from './dolphin-host.js';
export * from './wall-clock.js';
export * from './control-plane.js';
export * from './tick-bars.js';
