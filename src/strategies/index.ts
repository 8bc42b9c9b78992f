/**
 * The strategy registry: built-in strategies by name (loading a strategy module from a path is I/O:
 * src/backtest/strategy-loader.ts).
 */
import type { StrategyDefinition } from '../strategy/index.js';
import { emaCross, type EmaCrossParams } from './ema-cross/index.js';
import { emaCrossBracket } from './ema-cross-bracket/index.js';
import { edgeScalper } from './edge-scalper/index.js';
import { dolphin } from './dolphin/index.js';
import { tickEmaCross, type TickEmaCrossParams } from './tick-ema-cross/index.js';
import { tickEmaCrossNativeReference } from './tick-ema-cross/native.js';
import { emaCrossNativeReference, type NativeReference } from './ema-cross/native.js';

const builtIns = new Map<string, StrategyDefinition<never>>();

/** Registers a strategy definition under its name (throws on a duplicate name). */
export function registerStrategy(definition: StrategyDefinition<never>): void {
  if (builtIns.has(definition.name)) throw new Error(`strategy already registered: ${definition.name}`);
  builtIns.set(definition.name, definition);
}

registerStrategy(emaCross as unknown as StrategyDefinition<never>);
registerStrategy(emaCrossBracket as unknown as StrategyDefinition<never>);
registerStrategy(edgeScalper as unknown as StrategyDefinition<never>);
registerStrategy(dolphin as unknown as StrategyDefinition<never>);
registerStrategy(tickEmaCross as unknown as StrategyDefinition<never>);

/** Names of the registered strategies, sorted. */
export function strategyNames(): string[] {
  return [...builtIns.keys()].sort();
}

/** Looks up a registered strategy; undefined when unknown. */
export function findStrategy(name: string): StrategyDefinition | undefined {
  return builtIns.get(name);
}

const nativeReferences = new Map<string, (params: unknown) => NativeReference>([
  ['ema-cross', (p) => emaCrossNativeReference(p as EmaCrossParams)],
  ['tick-ema-cross', (p) => tickEmaCrossNativeReference(p as TickEmaCrossParams)],
]);

/** The native Nautilus strategy a registered strategy ports, or undefined when it has none. */
export function nativeReferenceFor(name: string, params: unknown): NativeReference | undefined {
  return nativeReferences.get(name)?.(params);
}

export type { NativeReference };
