/**
 * The seed's trade PnL model (section 8): blended SmartPlacer fees, probabilistic maker refunds and
 * the OB edge, applied to a closed trade of the model capital. Randomness comes from an injected
 * Rng (createRng(seed), seed 42), drawn in the seed's order: entry refund, exit refund, legacy OB
 * edge; a draw is made only when its feature is on.
 */
import type { Rng } from '../../market/index.js';
import { ExitReason, exitSlippage, slippedExitPrice, type ExitParams } from './exit-manager.js';
import type { ObPlacement } from './ob-provider.js';
import { entryFeeRate, exitFeeRate, type DolphinParams } from './params.js';

/** Fee, refund and edge parameters. */
export type FeeParams = Pick<
  DolphinParams,
  | 'maker_fee'
  | 'taker_fee'
  | 'sp_maker_entry_rate'
  | 'sp_maker_exit_rate'
  | 'sp_refunds'
  | 'sp_refund_pct'
  | 'ob_mc_edge'
  | 'ob_edge_bps'
  | 'ob_confirm_rate'
> &
  ExitParams;

/** Entry fee of a notional: 0.000314 x notional at the champion (8.1). */
export function computeEntryFee(notional: number, p: FeeParams): number {
  return entryFeeRate(p) * notional;
}

/** Exit fee: STOP_LOSS pays pure taker (0.0005), every other exit the blend (0.000350) (8.1). */
export function computeExitFee(notional: number, reason: ExitReason, p: FeeParams): number {
  return (reason === ExitReason.stopLoss ? p.taker_fee : exitFeeRate(p)) * notional;
}

/** A closed trade as the model books it. */
export interface TradePnl {
  exitPrice: number;
  /** Raw PnL fraction after slippage, refunds and OB edge. */
  pnlPctRaw: number;
  gross: number;
  entryFee: number;
  exitFee: number;
  net: number;
}

/** A record to reuse. */
export function createTradePnl(): TradePnl {
  return { exitPrice: 0, pnlPctRaw: 0, gross: 0, entryFee: 0, exitFee: 0, net: 0 };
}

/**
 * Books a closed trade (7.4, 8.1-8.3): exit price slipped against the position; pnl_pct_raw =
 * direction x (exit - entry) / entry; + sp_refund_pct when rng < sp_maker_entry_rate and again,
 * except on STOP_LOSS, when rng < sp_maker_exit_rate (only with sp_refunds); OB edge: with a
 * placement of depth quality > 0.5, + fill_probability x ob_edge_bps x 1e-4; without an order-book
 * provider (`obPlacement` undefined) and ob_mc_edge on, + ob_edge_bps x 1e-4 when rng <
 * ob_confirm_rate. gross = pnl_pct_raw x notional; net = gross - entry fee - exit fee.
 * @param obPlacement null = provider present but no data for the asset (no edge); undefined = no
 *   provider (legacy path).
 */
export function computeTradePnl(
  direction: number,
  entryPrice: number,
  price: number,
  notional: number,
  reason: ExitReason,
  obPlacement: ObPlacement | null | undefined,
  rng: Rng,
  p: FeeParams,
  out: TradePnl,
): TradePnl {
  const exitPrice = slippedExitPrice(price, direction, exitSlippage(reason, p));
  let pnl = (direction * (exitPrice - entryPrice)) / entryPrice;
  if (p.sp_refunds) {
    if (rng.next() < p.sp_maker_entry_rate) pnl += p.sp_refund_pct;
    if (reason !== ExitReason.stopLoss && rng.next() < p.sp_maker_exit_rate) pnl += p.sp_refund_pct;
  }
  if (obPlacement === undefined) {
    if (p.ob_mc_edge && rng.next() < p.ob_confirm_rate) pnl += p.ob_edge_bps * 1e-4;
  } else if (obPlacement !== null && obPlacement.depthQuality > 0.5) {
    pnl += obPlacement.fillProbability * p.ob_edge_bps * 1e-4;
  }
  out.exitPrice = exitPrice;
  out.pnlPctRaw = pnl;
  out.gross = pnl * notional;
  out.entryFee = computeEntryFee(notional, p);
  out.exitFee = computeExitFee(notional, reason, p);
  out.net = out.gross - out.entryFee - out.exitFee;
  return out;
}
