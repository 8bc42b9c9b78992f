/**
 * Grid rounding with ccxt's own precision helper, `decimalToPrecision` in TICK_SIZE counting mode:
 * the same arithmetic ccxt applies to Binance's PRICE_FILTER.tickSize and LOT_SIZE.stepSize, done
 * on decimal strings so that 0.1-style increments leave no binary residue.
 *
 * Only ccxt's number module is loaded (about 10 ms), not the whole bundle (0.5 to 0.8 s measured
 * on the 2-core box), so importing the risk layer keeps the CLI fast. ccxt's package exports map
 * hides the module, so it is reached next to the resolved package entry; if ccxt ever moves it,
 * the full bundle is the fallback. Module loading is not I/O a run can observe: the function is the
 * same either way.
 */
import { InvariantError } from '../market/index.js';

interface CcxtNumberModule {
  decimalToPrecision(x: string | number, roundingMode: number, numPrecisionDigits: string | number, countingMode?: number, paddingMode?: number): string;
  readonly TRUNCATE: number;
  readonly ROUND: number;
  readonly TICK_SIZE: number;
  readonly NO_PADDING: number;
}

async function loadCcxtNumber(): Promise<{ mod: CcxtNumberModule; source: 'number-module' | 'bundle' }> {
  try {
    const entry = import.meta.resolve('ccxt');
    const mod = (await import(new URL('./src/base/functions/number.js', entry).href)) as CcxtNumberModule;
    if (typeof mod.decimalToPrecision === 'function' && mod.TICK_SIZE === 4) return { mod, source: 'number-module' };
  } catch {
    // Fall through to the full bundle.
  }
  const full = (await import('ccxt')) as unknown as { functions: CcxtNumberModule };
  return { mod: full.functions, source: 'bundle' };
}

const loaded = await loadCcxtNumber();
const ccxt: CcxtNumberModule = loaded.mod;

/** Which ccxt module supplied `decimalToPrecision`: its number module (fast) or the full bundle. */
export const ccxtPrecisionSource: 'number-module' | 'bundle' = loaded.source;

/** How {@link roundToTick} resolves a value between two grid points. */
export type TickRounding = 'down' | 'up' | 'nearest';

/** A value within this relative distance of a grid point is that point (binary noise, ~4500 ulp). */
const SNAP_RELATIVE = 1e-12;

/**
 * Rounds a non-negative `value` onto the grid of the decimal string `tick` and returns the result
 * as a plain decimal string (no padding, "0" for zero). `down` never exceeds the value, `up` never
 * falls below it, `nearest` is ccxt's ROUND: half up, with the remainder past the lower grid
 * point first rounded to 8 decimal places, so a value less than 0.5e-8 short of the half tick
 * rounds up too (it matters on ticks finer than 1e-4: 0.4995 of a 0.00001 tick gives 0.00001); a
 * value within 1e-12 (relative) of a grid point, such as 0.0029999999999999996 for 0.003, is that
 * point in every mode.
 * @throws InvariantError when value is negative or not finite, or tick is not a positive decimal.
 */
export function roundToTick(value: number, tick: string, mode: TickRounding): string {
  if (!Number.isFinite(value) || value < 0) throw new InvariantError('value', 'not a finite number >= 0', value);
  const tickNum = Number(tick);
  if (!/^\d+(\.\d+)?$/.test(tick) || !(tickNum > 0)) throw new InvariantError('tick', 'not a positive decimal string', tick);
  const nearest = ccxt.decimalToPrecision(value, ccxt.ROUND, tick, ccxt.TICK_SIZE, ccxt.NO_PADDING);
  if (mode === 'nearest' || Math.abs(value - Number(nearest)) <= Math.max(value, tickNum) * SNAP_RELATIVE) return nearest;
  const floor = ccxt.decimalToPrecision(value, ccxt.TRUNCATE, tick, ccxt.TICK_SIZE, ccxt.NO_PADDING);
  if (mode === 'down') return floor;
  return ccxt.decimalToPrecision(Number(floor) + tickNum, ccxt.ROUND, tick, ccxt.TICK_SIZE, ccxt.NO_PADDING);
}

/** {@link roundToTick} as a number. */
export function roundToTickNumber(value: number, tick: string, mode: TickRounding): number {
  return Number(roundToTick(value, tick, mode));
}
