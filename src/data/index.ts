/** Data loaders and generators (I/O lives here, not in the pure modules). */
export * from './bar-series.js';
