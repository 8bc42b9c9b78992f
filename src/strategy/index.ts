/** The strategy SDK: what a strategy author implements and the context it gets. */
export * from './events.js';
export * from './commands.js';
export * from './strategy.js';
export * from './portfolio.js';
export * from './runner.js';
