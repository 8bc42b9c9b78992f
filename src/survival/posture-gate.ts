/**
 * The survival posture as a host-side command gate (shape of src/strategy `CommandGate`), so the
 * posture effects of seed 002 section 11.7 apply to any strategy: TURTLE and HIBERNATE refuse
 * entries, STALKER refuses entries that would lift account leverage above the cap, exits and
 * other commands (cancels, modifies) always pass.
 */
import type { Command, CommandGate, CommandIntent, CommandRejectCode, PortfolioView, PostureView } from '../strategy/index.js';
import { HIBERNATE_HALT_TAG, postureEffects } from './posture-effects.js';

/** Options of {@link createPostureGate}. */
export interface PostureGateOptions {
  /** The current posture, read at every check (e.g. `() => cell.current()` of a {@link PostureCell}). */
  readonly posture: () => PostureView;
  /** STALKER leverage cap (default 2.0). */
  readonly stalkerMaxLeverage?: number;
  /** Contract multiplier of an instrument (default 1 for all). */
  readonly multiplier?: (instrumentId: string) => number;
}

/** Name the gate reports in rejections (`survival-posture: ...`). */
export const POSTURE_GATE_NAME = 'survival-posture';

type Verdict = { code: CommandRejectCode; reason: string } | null;

/**
 * Creates the posture gate. In STALKER the leverage of an entry is the gross exposure after it
 * (the other instruments' open exposure plus this instrument's position after the order, at the
 * order's price or the last price) divided by the portfolio equity; open orders not yet filled are
 * not counted. Unknown equity or price refuses the entry (fail-safe).
 */
export function createPostureGate(options: PostureGateOptions): CommandGate {
  const cap = options.stalkerMaxLeverage ?? 2.0;
  const multiplier = options.multiplier ?? ((): number => 1);
  return {
    name: POSTURE_GATE_NAME,
    check(command: Command, intent: CommandIntent, portfolio: PortfolioView): Verdict {
      if (intent !== 'entry') return null;
      const { posture } = options.posture();
      const effects = postureEffects(posture, cap);
      if (!effects.allowEntries) return { code: 'POSTURE_BLOCKED', reason: `${posture} blocks new entries` };
      if (effects.maxLeverage === null) return null;
      const leverage = entryLeverage(command, portfolio, multiplier);
      if (Number.isNaN(leverage)) return { code: 'POSTURE_BLOCKED', reason: `${posture} needs equity and price to check leverage, unknown` };
      if (leverage > effects.maxLeverage + 1e-9) {
        return { code: 'POSTURE_BLOCKED', reason: `${posture} caps leverage at ${effects.maxLeverage}, entry would reach ${leverage.toFixed(3)}` };
      }
      return null;
    },
  };
}

/**
 * Gross account leverage after an entry command fills, or NaN when equity or price is unknown or
 * the command is not a submit.
 */
export function entryLeverage(command: Command, portfolio: PortfolioView, multiplier: (instrumentId: string) => number = () => 1): number {
  let price: number;
  switch (command.kind) {
    case 'submit-market':
      price = portfolio.lastPrice(command.instrumentId);
      break;
    case 'submit-limit':
      price = Number(command.price);
      break;
    case 'submit-stop-market':
      price = Number(command.triggerPrice);
      break;
    case 'submit-bracket':
      price = command.entryType === 'LIMIT' ? Number(command.entryPrice) : portfolio.lastPrice(command.instrumentId);
      break;
    default:
      return NaN;
  }
  const equity = portfolio.equity();
  if (!(equity > 0) || !(price > 0)) return NaN;
  const qty = Number(command.quantity);
  const net = portfolio.netQuantity(command.instrumentId);
  const after = Math.abs(net + (command.side === 'BUY' ? qty : -qty)) * price * multiplier(command.instrumentId);
  let others = 0;
  for (const p of portfolio.openPositions()) {
    if (p.instrumentId !== command.instrumentId) others += portfolio.exposureNotional(p.instrumentId);
  }
  return (others + after) / equity;
}

/**
 * True when HIBERNATE holds and some open position has no working HIBERNATE_HALT close order: the
 * host should then call `runner.forceCloseAll(['HIBERNATE_HALT'])` (at bar start, before the
 * strategy's callback). False in every other posture.
 */
export function isHibernateCloseDue(posture: PostureView, portfolio: PortfolioView): boolean {
  if (!postureEffects(posture.posture).forceClose) return false;
  for (const p of portfolio.openPositions()) {
    const closing = portfolio.openOrders(p.instrumentId).some((o) => o.reduceOnly && o.tags.includes(HIBERNATE_HALT_TAG));
    if (!closing) return true;
  }
  return false;
}
