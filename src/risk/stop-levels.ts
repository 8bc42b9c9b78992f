/**
 * Seed 000 B.3: volatility-aware SL/TP. Distances by mode and band:
 * - atr: SL = atr x sl_mult_<band>, TP = atr x tp_mult_<band> (null: base_rr x SL);
 * - percent: SL = price x sl_percent_<band> / 100, TP = SL x tp_rr_<band> (null: base_rr);
 * - VOL_MEDIUM takes the midpoint of the LOW and HIGH distances.
 * Each distance is at least max(min_distance_ticks x tick, price x min_distance_pct / 100). The
 * prices are then rounded away from the entry onto the tick grid (ccxt TICK_SIZE), so neither is
 * ever closer to the entry than that minimum: LONG SL below / TP above, SHORT mirrored.
 */
import { requirePositive, invariant, type Instrument } from '../market/index.js';
import type { SltpConfig } from './config.js';
import { roundToTick } from './round-to-tick.js';
import { VolBand } from './volatility-band.js';

export interface StopLevelsInput {
  readonly direction: 'LONG' | 'SHORT';
  /** Reference entry price (> 0). */
  readonly entryPrice: number;
  readonly band: VolBand;
  /** Average true range, price units; required (> 0) in atr mode. */
  readonly atr: number | null;
  readonly instrument: Instrument;
}

export type StopLevels =
  | {
      readonly ok: true;
      /** Stop-loss trigger price, on the tick grid. */
      readonly sl: number;
      /** Take-profit limit price, on the tick grid. */
      readonly tp: number;
      /** |entry - sl| and |tp - entry| after rounding, price units. */
      readonly slDistance: number;
      readonly tpDistance: number;
    }
  | { readonly ok: false; readonly why: string };

/** SL and TP distances before tick rounding, price units. */
export function computeStopDistances(cfg: SltpConfig, band: VolBand, price: number, atr: number | null): { sl: number; tp: number } {
  const at = (b: Exclude<VolBand, 'VOL_MEDIUM'>): { sl: number; tp: number } => {
    const low = b === VolBand.low;
    if (cfg.mode === 'atr') {
      const a = requirePositive(atr ?? Number.NaN, 'atr');
      const sl = a * (low ? cfg.atr.sl_mult_low_vol : cfg.atr.sl_mult_high_vol);
      const tpMult = low ? cfg.atr.tp_mult_low_vol : cfg.atr.tp_mult_high_vol;
      return { sl, tp: tpMult === null ? sl * cfg.base_rr : a * tpMult };
    }
    const sl = (price * (low ? cfg.percent.sl_percent_low_vol : cfg.percent.sl_percent_high_vol)) / 100;
    const rr = low ? cfg.percent.tp_rr_low_vol : cfg.percent.tp_rr_high_vol;
    return { sl, tp: sl * (rr ?? cfg.base_rr) };
  };
  if (band !== VolBand.medium) return at(band);
  const lo = at(VolBand.low);
  const hi = at(VolBand.high);
  return { sl: (lo.sl + hi.sl) / 2, tp: (lo.tp + hi.tp) / 2 };
}

/**
 * Computes direction-correct SL/TP prices on the tick grid; see the module comment. Returns
 * `ok: false` when a price would leave the venue's range (at or below zero, under min_price or
 * over max_price).
 * @throws InvariantError when entryPrice is not positive, or atr is missing in atr mode.
 */
export function computeStopLevels(input: StopLevelsInput, cfg: SltpConfig): StopLevels {
  const { instrument: inst, direction } = input;
  const entry = requirePositive(input.entryPrice, 'entryPrice');
  invariant(direction === 'LONG' || direction === 'SHORT', 'direction', 'not LONG or SHORT', direction);
  const raw = computeStopDistances(cfg, input.band, entry, input.atr);
  const minDistance = Math.max(cfg.min_distance_ticks * inst.priceIncrement, (entry * cfg.min_distance_pct) / 100);
  const slDist = Math.max(raw.sl, minDistance);
  const tpDist = Math.max(raw.tp, minDistance);
  const long = direction === 'LONG';
  const slRaw = long ? entry - slDist : entry + slDist;
  const tpRaw = long ? entry + tpDist : entry - tpDist;
  if (slRaw <= 0 || tpRaw <= 0) return { ok: false, why: `${slRaw <= 0 ? 'SL' : 'TP'} would be at or below zero (${slRaw <= 0 ? slRaw : tpRaw})` };
  const tick = inst.priceIncrementText;
  const sl = Number(roundToTick(slRaw, tick, long ? 'down' : 'up'));
  const tp = Number(roundToTick(tpRaw, tick, long ? 'up' : 'down'));
  if (sl <= 0 || tp <= 0) return { ok: false, why: `${sl <= 0 ? 'SL' : 'TP'} rounds to zero on tick ${tick}` };
  for (const [name, px] of [['SL', sl], ['TP', tp]] as const) {
    if (inst.minPrice !== null && px < inst.minPrice) return { ok: false, why: `${name} ${px} under the venue's min price ${inst.minPrice}` };
    if (inst.maxPrice !== null && inst.maxPrice > 0 && px > inst.maxPrice) return { ok: false, why: `${name} ${px} over the venue's max price ${inst.maxPrice}` };
  }
  return { ok: true, sl, tp, slDistance: Math.abs(entry - sl), tpDistance: Math.abs(tp - entry) };
}
