/**
 * AlphaExitManager (seed 002 section 7): fixed take-profit, stop loss, OB duress adjustments of
 * TP / SL / max hold, the vel_div adverse-turn exit behind its flag, max hold; plus the exit
 * slippage of section 7.4. Reasons keep the seed's names and become the exit orders' tags.
 */
import { effectiveImbalance, type ObMacro, type ObSignal } from './ob-provider.js';

/** Why a position is closed. */
export const ExitReason = {
  fixedTp: 'FIXED_TP',
  stopLoss: 'STOP_LOSS',
  vdAdverseTurn: 'VD_ADVERSE_TURN',
  maxHold: 'MAX_HOLD',
  hibernateHalt: 'HIBERNATE_HALT',
  subdayAcbNormalization: 'SUBDAY_ACB_NORMALIZATION',
  endOfData: 'END_OF_DATA',
} as const;
export type ExitReason = (typeof ExitReason)[keyof typeof ExitReason];

/** Exit parameters (champion values in params.ts). */
export interface ExitParams {
  readonly fixed_tp_pct: number;
  readonly stop_pct: number;
  readonly max_hold_bars: number;
  readonly vd_enabled: boolean;
  readonly vd_exit_threshold: number;
  readonly vd_exit_bars: number;
  readonly exit_slip_sl: number;
  readonly exit_slip_tp: number;
  readonly exit_slip_other: number;
}

/** TP / SL / max hold after the OB adjustments. */
export interface DynamicExitParams {
  tpPct: number;
  slPct: number;
  maxHoldBars: number;
}

/** A record to reuse. */
export function createDynamicExitParams(): DynamicExitParams {
  return { tpPct: 0, slPct: 0, maxHoldBars: 0 };
}

/**
 * Section 7.2. Start from fixed_tp_pct / stop_pct / max_hold_bars. Cascade (cascade_count > 0):
 * TP x 1.40, max hold x 0.50. Else withdrawal stress (regime_signal +1): SL 0.10; TP x 0.60 when in
 * profit; max hold x 0.40 when the asset's book opposes (eff_imb < -0.10). Else calm (-1) with a
 * favourable book (eff_imb > 0.15): max hold x 1.50. Outside cascade and stress, a thinning book
 * (withdrawal_velocity < -0.20) caps max hold at x 0.40 and, in profit, TP x 0.75. Bar counts are
 * truncated (Python int()).
 */
export function computeDynamicExitParams(
  pnlPct: number,
  direction: number,
  signal: ObSignal | null,
  macro: ObMacro | null,
  p: ExitParams,
  out: DynamicExitParams,
): DynamicExitParams {
  out.tpPct = p.fixed_tp_pct;
  out.slPct = p.stop_pct;
  out.maxHoldBars = p.max_hold_bars;
  if (!macro) return out;
  const eff = signal ? effectiveImbalance(signal.imbalanceMa5, direction) : 0;
  const cascade = macro.cascadeCount > 0;
  const stress = !cascade && macro.regimeSignal === 1;
  if (cascade) {
    out.tpPct *= 1.4;
    out.maxHoldBars = Math.trunc(p.max_hold_bars * 0.5);
  } else if (stress) {
    out.slPct = 0.1;
    if (pnlPct > 0) out.tpPct *= 0.6;
    if (eff < -0.1) out.maxHoldBars = Math.trunc(p.max_hold_bars * 0.4);
  } else if (macro.regimeSignal === -1 && eff > 0.15) {
    out.maxHoldBars = Math.trunc(p.max_hold_bars * 1.5);
  }
  if (signal && signal.withdrawalVelocity < -0.2 && !cascade && !stress) {
    out.maxHoldBars = Math.min(out.maxHoldBars, Math.trunc(p.max_hold_bars * 0.4));
    if (pnlPct > 0) out.tpPct *= 0.75;
  }
  return out;
}

/** PnL fraction of a position at `price`: direction x (price - entry) / entry. */
export function positionPnlPct(entryPrice: number, price: number, direction: number): number {
  return (direction * (price - entryPrice)) / entryPrice;
}

/**
 * Evaluates the exits in the seed's priority order (7.1): FIXED_TP (pnl >= tp), STOP_LOSS (pnl <=
 * -sl), VD_ADVERSE_TURN (when vd_enabled and vel_div has been adverse for vd_exit_bars bars),
 * MAX_HOLD (bars held >= max hold). Returns null to hold.
 */
export function evaluateExit(pnlPct: number, barsHeld: number, adverseBars: number, dyn: DynamicExitParams, p: ExitParams): ExitReason | null {
  if (pnlPct >= dyn.tpPct) return ExitReason.fixedTp;
  if (pnlPct <= -dyn.slPct) return ExitReason.stopLoss;
  if (p.vd_enabled && adverseBars >= p.vd_exit_bars) return ExitReason.vdAdverseTurn;
  if (barsHeld >= dyn.maxHoldBars) return ExitReason.maxHold;
  return null;
}

/**
 * Adverse turn (our reading of TODO-1): vel_div beyond +vd_exit_threshold against a SHORT (below
 * -threshold against a LONG).
 */
export function isAdverseVelDiv(velDiv: number, direction: number, threshold: number): boolean {
  return direction < 0 ? velDiv > threshold : velDiv < -threshold;
}

/** Exit slippage (7.4): STOP_LOSS 5 bps, FIXED_TP 2 bps, anything else 2 bps. */
export function exitSlippage(reason: ExitReason, p: ExitParams): number {
  if (reason === ExitReason.stopLoss) return p.exit_slip_sl;
  if (reason === ExitReason.fixedTp) return p.exit_slip_tp;
  return p.exit_slip_other;
}

/** Exit price with slippage against the position: a SHORT covers at price x (1 + slip). */
export function slippedExitPrice(price: number, direction: number, slip: number): number {
  return price * (1 - direction * slip);
}
