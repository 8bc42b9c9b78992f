/**
 * Seed 000 A.2: position sizing from equity and edge. Steps, in order:
 * 1. base notional = base_risk_fraction x equity;
 * 2. edge multiplier m (linear from min_multiplier at min_edge to max_multiplier at max_edge,
 *    clamped; at or below min_edge: no trade or min_multiplier, by config), times `riskScale`;
 * 3. target = clamp(base x m, min_notional, max_notional);
 * 4. exposure cap: symbol exposure + target <= max_exposure_fraction x equity, and leverage cap:
 *    (exposure + target) / equity <= min(max_leverage, venue leverage); over a cap the target is
 *    reduced to fit (on_exposure_limit = reduce) or the entry blocked (POSITION_TOO_LARGE);
 *    a reduction below min_notional blocks too;
 * 5. quantity = target / (price x multiplier), rounded down to the step with ccxt's TICK_SIZE
 *    rounding and capped at the venue's max quantity; when that leaves a non-zero quantity whose
 *    notional is under min_notional, one step up is taken if it stays within every upper cap
 *    (max_notional, exposure and leverage room, venue max notional and max quantity);
 * 6. blocked with SIZE_TOO_SMALL when the quantity is 0, under the venue's min quantity, or the
 *    notional is under the venue's min notional or min_notional.
 * The current exposure counts whatever its side: a conservative reading of "exposure for symbol".
 */
import { invariant, requireFinite, requirePositive, type Instrument } from '../market/index.js';
import type { EdgeSizingConfig, RiskConfig } from './config.js';
import { RiskReason } from './risk-reasons.js';
import { roundToTick } from './round-to-tick.js';

/** Which cap bound the target notional. */
export type SizeCap = 'min_notional' | 'max_notional' | 'exposure' | 'leverage' | 'venue_max_notional' | 'max_quantity' | 'step_up';

export interface PositionSizeInput {
  /** Edge estimate, |p - 0.5| style, >= 0. */
  readonly edge: number;
  /** Reference entry price, quote currency per unit (> 0). */
  readonly price: number;
  /** Account equity, settlement currency (> 0). */
  readonly equity: number;
  /** Current absolute exposure of the symbol, settlement currency (>= 0). */
  readonly exposureNotional: number;
  readonly instrument: Instrument;
  /** Extra size multiplier in [0, 1], e.g. the survival controller's Rm (default 1). */
  readonly riskScale?: number;
}

export interface PositionSize {
  readonly approved: boolean;
  readonly reasons: readonly RiskReason[];
  /** On the step grid; 0 when blocked. */
  readonly quantity: number;
  /** The quantity as the decimal string ccxt produced ("" when blocked). */
  readonly quantityText: string;
  /** quantity x price x multiplier; 0 when blocked. */
  readonly notional: number;
  /** (exposure + notional) / equity after the entry. */
  readonly leverage: number;
  /** base_risk_fraction x equity. */
  readonly baseNotional: number;
  /** Edge multiplier applied (0 when the edge blocked the entry). */
  readonly edgeMultiplier: number;
  readonly riskScale: number;
  /** Target notional after multipliers and caps, before rounding. */
  readonly targetNotional: number;
  /** Caps that bound the size, in the order they applied. */
  readonly capped: readonly SizeCap[];
}

/**
 * The seed's edge multiplier: min_multiplier + (edge - min_edge) / (max_edge - min_edge) x
 * (max_multiplier - min_multiplier), clamped to [min_multiplier, max_multiplier]. At or below
 * min_edge it returns null (no trade) or min_multiplier, as `below_min_edge` says.
 * @throws InvariantError when edge is negative or not finite.
 */
export function computeEdgeMultiplier(edge: number, cfg: EdgeSizingConfig): number | null {
  invariant(Number.isFinite(edge) && edge >= 0, 'edge', 'not a finite number >= 0', edge);
  if (edge <= cfg.min_edge) return cfg.below_min_edge === 'no_trade' ? null : cfg.min_multiplier;
  const m = cfg.min_multiplier + ((edge - cfg.min_edge) / (cfg.max_edge - cfg.min_edge)) * (cfg.max_multiplier - cfg.min_multiplier);
  return Math.min(Math.max(m, cfg.min_multiplier), cfg.max_multiplier);
}

/** Effective leverage cap: the config's, lowered to the venue's when the venue reports one. */
export function effectiveMaxLeverage(cfg: RiskConfig, instrument: Instrument): number {
  const venue = instrument.maxLeverage;
  return Number.isFinite(venue) && venue > 0 ? Math.min(cfg.max_leverage, venue) : cfg.max_leverage;
}

/**
 * Sizes an entry; see the module comment for the steps. A denial is a value (`approved: false`
 * with reasons), never an exception.
 * @throws InvariantError when price or equity is not positive, exposure is negative, edge is
 *   negative, or riskScale is outside [0, 1] (the RiskEngine checks these first and reports
 *   DATA_MISSING instead).
 */
export function computePositionSize(input: PositionSizeInput, cfg: RiskConfig): PositionSize {
  const { instrument } = input;
  const price = requirePositive(input.price, 'price');
  const equity = requirePositive(input.equity, 'equity');
  const exposure = requireFinite(input.exposureNotional, 'exposureNotional');
  invariant(exposure >= 0, 'exposureNotional', 'negative', exposure);
  const riskScale = input.riskScale ?? 1;
  invariant(Number.isFinite(riskScale) && riskScale >= 0 && riskScale <= 1, 'riskScale', 'not in [0, 1]', riskScale);

  const baseNotional = cfg.base_risk_fraction * equity;
  const edgeMultiplier = computeEdgeMultiplier(input.edge, cfg.edge_sizing);
  const partial = { baseNotional, riskScale, edgeMultiplier: edgeMultiplier ?? 0, leverage: exposure / equity };
  if (edgeMultiplier === null) return blocked(partial, 0, [], RiskReason.edgeTooLow);
  if (riskScale === 0) return blocked(partial, 0, [], RiskReason.sizeTooSmall);

  const capped: SizeCap[] = [];
  let target = baseNotional * edgeMultiplier * riskScale;
  if (target < cfg.min_notional) {
    target = cfg.min_notional;
    capped.push('min_notional');
  } else if (target > cfg.max_notional) {
    target = cfg.max_notional;
    capped.push('max_notional');
  }

  const rooms: Array<[SizeCap, number]> = [
    ['exposure', cfg.max_exposure_fraction * equity - exposure],
    ['leverage', effectiveMaxLeverage(cfg, instrument) * equity - exposure],
  ];
  let upperCap = cfg.max_notional;
  for (const [cap, room] of rooms) {
    upperCap = Math.min(upperCap, room);
    if (target <= room) continue;
    if (cfg.on_exposure_limit === 'block' || room <= 0 || room < cfg.min_notional) return blocked(partial, target, [...capped, cap], RiskReason.positionTooLarge);
    target = room;
    capped.push(cap);
  }
  const venueMax = instrument.maxNotional;
  if (venueMax !== null && venueMax > 0) {
    upperCap = Math.min(upperCap, venueMax);
    if (target > venueMax) {
      target = venueMax;
      capped.push('venue_max_notional');
    }
  }
  return normaliseQuantity({ ...partial, target, upperCap, capped, price, exposure, equity, instrument }, cfg);
}

interface Partial {
  readonly baseNotional: number;
  readonly riskScale: number;
  readonly edgeMultiplier: number;
  readonly leverage: number;
}

interface NormaliseInput extends Partial {
  readonly target: number;
  readonly upperCap: number;
  readonly capped: SizeCap[];
  readonly price: number;
  readonly exposure: number;
  readonly equity: number;
  readonly instrument: Instrument;
}

function normaliseQuantity(n: NormaliseInput, cfg: RiskConfig): PositionSize {
  const { instrument: inst, price } = n;
  const unitNotional = price * inst.multiplier;
  const step = inst.sizeIncrementText;
  let qtyText = roundToTick(n.target / unitNotional, step, 'down');
  const maxQty = inst.maxQuantity;
  if (maxQty !== null && maxQty > 0 && Number(qtyText) > maxQty) {
    qtyText = roundToTick(maxQty, step, 'down');
    n.capped.push('max_quantity');
  }
  if (Number(qtyText) > 0 && Number(qtyText) * unitNotional < cfg.min_notional) {
    const up = roundToTick(Number(qtyText) + inst.sizeIncrement, step, 'nearest');
    const fits = Number(up) * unitNotional <= n.upperCap * (1 + 1e-12) && (maxQty === null || maxQty <= 0 || Number(up) <= maxQty);
    if (fits) {
      qtyText = up;
      n.capped.push('step_up');
    }
  }
  const qty = Number(qtyText);
  const notional = qty * unitNotional;
  const tooSmall =
    qty <= 0 ||
    (inst.minQuantity !== null && qty < inst.minQuantity) ||
    (inst.minNotional !== null && notional < inst.minNotional) ||
    notional < cfg.min_notional * (1 - 1e-12);
  if (tooSmall) return blocked(n, n.target, n.capped, RiskReason.sizeTooSmall);
  return {
    approved: true,
    reasons: [],
    quantity: qty,
    quantityText: qtyText,
    notional,
    leverage: (n.exposure + notional) / n.equity,
    baseNotional: n.baseNotional,
    edgeMultiplier: n.edgeMultiplier,
    riskScale: n.riskScale,
    targetNotional: n.target,
    capped: n.capped,
  };
}

function blocked(p: Partial, target: number, capped: readonly SizeCap[], reason: RiskReason): PositionSize {
  return {
    approved: false,
    reasons: [reason],
    quantity: 0,
    quantityText: '',
    notional: 0,
    leverage: p.leverage,
    baseNotional: p.baseNotional,
    edgeMultiplier: p.edgeMultiplier,
    riskScale: p.riskScale,
    targetNotional: target,
    capped,
  };
}
