/** Data loaders and generators (I/O lives here, not in the pure modules). */
export * from './bar-data-error.js';
export * from './bar-series.js';
export * from './bar-source.js';
export * from './csv-bars.js';
export * from './parquet-bars.js';
export * from './load-bars.js';
export * from './vbt-schema.js';
export * from './vbt-instruments.js';
export * from './vbt-writer.js';
export * from './vbt-reader.js';
export * from './vbt-feature-feed.js';
export * from './vbt-external-factors.js';
export * from './vbt-dataset.js';
export * from './synth-vbt.js';
export * from './synth-vbt-writer.js';
export * from './peek.js';
export * from './tick-series.js';
