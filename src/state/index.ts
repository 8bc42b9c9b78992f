/** Hot state in named maps of JSON values: memory (default), durable file, write-behind for network backends. */
export * from './canonical-json.js';
export * from './state-store-error.js';
export * from './state-store.js';
export * from './memory-state-store.js';
export * from './object-state-store.js';
export * from './file-state-store.js';
export * from './write-behind-state-store.js';
