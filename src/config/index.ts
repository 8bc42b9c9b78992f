/** Configuration: composition of the modules' schemas, YAML loading, errors that name the key. */
export * from './format-issues.js';
export * from './canonical-json.js';
export * from './settings.js';
