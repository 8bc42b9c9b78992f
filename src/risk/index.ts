/** Seed 000 Layer 3: sizing, exchange filters, SL/TP, session limits, risk events, RiskEngine. */
export * from './config.js';
export * from './config-error.js';
export * from './risk-reasons.js';
export * from './round-to-tick.js';
export * from './position-sizing.js';
export * from './volatility-band.js';
export * from './stop-levels.js';
export * from './trading-day.js';
export * from './session-limits.js';
export * from './risk-events.js';
export * from './realized-pnl-tracker.js';
export * from './volatility-tracker.js';
export * from './risk-engine.js';
export * from './risk-gate.js';
export * from './risk-gateway.js';
export * from './risk-layer.js';
