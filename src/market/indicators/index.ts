/** Indicators with Nautilus-identical arithmetic where Nautilus has one. */
export * from './ema.js';
