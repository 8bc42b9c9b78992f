/**
 * IRP asset selection (seed 002 section 5): Impulse Response Profiling of every asset over its last
 * `irp_window` (50) prices, ranked by ARS; the asset traded is the best-ranked one passing every
 * gate, and there is no fallback asset when none passes.
 *
 * Returns are raw price differences, exactly as the seed's kernel writes them
 * (`(price[i+1] - price[i]) * direction`), so noise and the `noise > 500` gate are in price units
 * squared: high-priced assets carry large noise and rank low. Our readings of open points:
 * - mfe = max(0, max cumulative) (a path that never gains has mfe 0, not a negative one);
 * - latency = the number of returns until the cumulative first reaches 10% of mfe, or the window
 *   length (50) when mfe is 0;
 * - noise is the population variance (ddof 0, numpy's default);
 * - the direct direction wins an ARS tie;
 * - "bubble-sort by ARS, walk the list" is the same as taking the highest ARS among assets passing
 *   every gate, ties to the lower column index (a bubble sort is stable): one O(n) pass.
 */
import type { PriceHistory } from './price-history.js';

/** IRP metrics of one asset in one direction (section 5.2), plus its ARS (5.3). */
export interface IrpMetrics {
  mfe: number;
  mae: number;
  efficiency: number;
  alignment: number;
  noise: number;
  latency: number;
  ars: number;
}

/** A metrics record to reuse. */
export function createIrpMetrics(): IrpMetrics {
  return { mfe: 0, mae: 0, efficiency: 0, alignment: 0, noise: 0, latency: 0, ars: 0 };
}

/** ARS = 0.5 ln(1 + efficiency) + 0.35 alignment - 0.15 noise x 1000 (section 5.3). */
export function computeArs(efficiency: number, alignment: number, noise: number): number {
  return 0.5 * Math.log1p(efficiency) + 0.35 * alignment - 0.15 * noise * 1000;
}

/**
 * Computes the IRP of `prices[0..n)` (oldest first) for `direction` and its inverse in one pass,
 * into `direct` and `inverse`.
 */
export function computeIrpPair(prices: Float64Array, n: number, direction: number, direct: IrpMetrics, inverse: IrpMetrics): void {
  const nRet = n - 1;
  let cum = 0;
  let maxCum = -Infinity;
  let minCum = Infinity;
  let pos = 0;
  let neg = 0;
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < nRet; i++) {
    const r = ((prices[i + 1] as number) - (prices[i] as number)) * direction;
    cum += r;
    if (cum > maxCum) maxCum = cum;
    if (cum < minCum) minCum = cum;
    if (r > 0) pos++;
    else if (r < 0) neg++;
    sum += r;
    sumSq += r * r;
  }
  const mean = sum / nRet;
  const noise = Math.max(0, sumSq / nRet - mean * mean);
  const mfe = Math.max(0, maxCum);
  const mae = Math.max(0, -minCum);
  // Latencies need a second pass: the first time the cumulative reaches 10% of each side's mfe.
  let latD = n;
  let latI = n;
  if (mfe > 0 || mae > 0) {
    const tD = 0.1 * mfe;
    const tI = 0.1 * mae;
    cum = 0;
    for (let i = 0; i < nRet && (latD === n || latI === n); i++) {
      cum += ((prices[i + 1] as number) - (prices[i] as number)) * direction;
      if (latD === n && mfe > 0 && cum >= tD) latD = i + 1;
      if (latI === n && mae > 0 && -cum >= tI) latI = i + 1;
    }
  }
  fill(direct, mfe, mae, pos / nRet, noise, mfe > 0 ? latD : n);
  fill(inverse, mae, mfe, neg / nRet, noise, mae > 0 ? latI : n);
}

function fill(m: IrpMetrics, mfe: number, mae: number, alignment: number, noise: number, latency: number): void {
  m.mfe = mfe;
  m.mae = mae;
  m.efficiency = mfe / (mae + 1e-6);
  m.alignment = alignment;
  m.noise = noise;
  m.latency = latency;
  m.ars = computeArs(m.efficiency, alignment, noise);
}

/** Gate parameters of the selection (section 5.4-5.5; champion values in params.ts). */
export interface IrpSelectionParams {
  readonly irp_window: number;
  readonly irp_max_noise: number;
  readonly irp_max_latency: number;
  readonly irp_min_alignment: number;
  readonly min_irp_alignment: number;
}

/** Optional per-asset depth quality (OB-1 and the OB depth gate); null = no OB data. */
export type DepthQualityFn = (asset: number) => number | null;

/** The outcome of a selection, reused between calls. */
export interface IrpSelection {
  /** Column index of the selected asset, or -1. */
  asset: number;
  /** Its ARS (after the OB-1 depth adjustment). */
  ars: number;
  /** Assets with a full window (the seed's market_data). */
  candidates: number;
  /** Candidates ranked (passing the noise, latency and 0.20 alignment filters). */
  ranked: number;
}

/** Creates a selection record to reuse. */
export function createIrpSelection(): IrpSelection {
  return { asset: -1, ars: NaN, candidates: 0, ranked: 0 };
}

/** Reusable scratch buffers of {@link selectAssetIrp}. */
export class IrpScratch {
  readonly prices: Float64Array;
  readonly direct = createIrpMetrics();
  readonly inverse = createIrpMetrics();
  constructor(window: number) {
    this.prices = new Float64Array(window);
  }
}

/**
 * Selects the asset to trade in `direction` (section 5.4-5.5). For each asset with at least
 * `irp_window` prices: IRP both ways, keep the higher-ARS way, skip on noise > irp_max_noise,
 * latency > irp_max_latency or alignment < irp_min_alignment; adjust ARS by depth quality (OB-1)
 * through `adjustArs` when given; then the walk gates: alignment >= min_irp_alignment (when > 0),
 * the kept way equals `direction` (an inverse pick is ranked but never traded), depth quality >=
 * 0.20 when the asset has OB data. Writes the best survivor into `out` (asset -1 when none).
 */
export function selectAssetIrp(
  history: PriceHistory,
  direction: number,
  p: IrpSelectionParams,
  scratch: IrpScratch,
  out: IrpSelection,
  depthQuality: DepthQualityFn | null = null,
  adjustArs: ((ars: number, depthQuality: number) => number) | null = null,
): IrpSelection {
  out.asset = -1;
  out.ars = NaN;
  out.candidates = 0;
  out.ranked = 0;
  const w = p.irp_window;
  let bestArs = -Infinity;
  for (let a = 0; a < history.nAssets; a++) {
    if (!history.copyLast(a, w, scratch.prices)) continue;
    out.candidates++;
    computeIrpPair(scratch.prices, w, direction, scratch.direct, scratch.inverse);
    const isDirect = scratch.direct.ars >= scratch.inverse.ars;
    const m = isDirect ? scratch.direct : scratch.inverse;
    if (m.noise > p.irp_max_noise || m.latency > p.irp_max_latency || m.alignment < p.irp_min_alignment) continue;
    out.ranked++;
    const dq = depthQuality ? depthQuality(a) : null;
    const ars = dq !== null && adjustArs ? adjustArs(m.ars, dq) : m.ars;
    if (p.min_irp_alignment > 0 && m.alignment < p.min_irp_alignment) continue;
    if (!isDirect) continue;
    if (dq !== null && dq < 0.2) continue;
    if (ars > bestArs) {
      bestArs = ars;
      out.asset = a;
      out.ars = ars;
    }
  }
  return out;
}
