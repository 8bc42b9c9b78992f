/** Eigenvalue-velocity features (v50..v750, vel_div) of the DOLPHIN engine: types, feeds, online computation. */
export * from './feature-feed.js';
export * from './lambda-max.js';
export * from './eigen-velocity-engine.js';
