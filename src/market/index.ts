/** Instruments, filters, precision, clock and randomness: the vocabulary every pure module shares. */
export * from './errors.js';
export * from './clock.js';
export * from './rng.js';
export * from './precision.js';
export * from './instrument.js';
export * from './indicators/index.js';
export * from './schema-walk.js';
