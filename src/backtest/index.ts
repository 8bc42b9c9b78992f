/** The in-process backtester: simulated venue, host backtest runs, metrics, paired comparison, the strategy loader (sweeps: ./sweep). */
export * from './venue-config.js';
export * from './report.js';
export * from './host-backtest.js';
export * from './host-reports.js';
export * from './metrics.js';
export * from './paired.js';
export * from './prepared-data.js';
export * from './backtest-clock.js';
export * from './command-validation.js';
export * from './simulated-venue.js';
export * from './strategy-loader.js';
