/** Indicators with Nautilus-identical arithmetic where Nautilus has one. */
export * from './ema.js';
export * from './atr.js';
export * from './realized-vol.js';
