/** Parameter sweeps over the in-process backtester. */
export * from './sweep-grid.js';
export * from './sweep-evaluate.js';
export * from './sweep-runner.js';
export * from './sweep-results.js';
export * from './sweep-controls.js';
