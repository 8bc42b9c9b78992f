/**
 * The risk layer as a host `CommandGate`: every command a strategy emits passes it. Exits and
 * other commands (cancel, modify, close) always go through; session limits never block an exit.
 * An entry the RiskEngine just approved (the bracket `risk.enter` submits) goes through without
 * a second check. Any other entry (a strategy submitting directly) is checked against the session
 * limits (halt, cooldown, trades per hour) and the exposure and leverage caps, treating the order
 * as filled at its limit / trigger price or the last price; the gate cannot resize, it refuses
 * with RISK_DENIED and publishes ENTRY_REJECTED. An entry let through counts as a trade opened.
 */
import type { Instrument } from '../market/index.js';
import type { Command, CommandGate, CommandIntent, CommandRejectCode, PortfolioView } from '../strategy/index.js';
import { effectiveMaxLeverage } from './position-sizing.js';
import type { RiskEngine } from './risk-engine.js';
import { createRiskEvent, RiskEventType } from './risk-events.js';
import { RiskReason } from './risk-reasons.js';

type Verdict = { code: CommandRejectCode; reason: string } | null;

/**
 * Creates the gate named "risk"; see the module comment.
 * @param instruments the session's instruments (for multipliers and leverage).
 */
export function createRiskCommandGate(engine: RiskEngine, instruments: readonly Instrument[]): CommandGate {
  const byId = new Map(instruments.map((i) => [i.id, i]));
  return {
    name: 'risk',
    check(command: Command, intent: CommandIntent, portfolio: PortfolioView): Verdict {
      if (intent !== 'entry') return null;
      const entry = entryOf(command);
      if (!entry) return null;
      try {
        return checkEntry(engine, byId.get(entry.instrumentId), command, entry, portfolio);
      } catch (error) {
        // Fail safe: an entry the gate cannot judge does not go out.
        engine.publish(
          createRiskEvent(RiskEventType.riskError, entry.instrumentId, 'error', engine.clock.nowMs(), {
            error: error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown',
            stage: 'command_gate',
            command: command.kind,
          }),
        );
        return { code: 'RISK_DENIED', reason: RiskReason.riskError };
      }
    },
  };
}

function checkEntry(engine: RiskEngine, inst: Instrument | undefined, command: Command, entry: GatedEntry, portfolio: PortfolioView): Verdict {
  if (engine.consumeApproval(entry.instrumentId, entry.side, entry.quantity)) return null;
  const tsMs = engine.clock.nowMs();
  const reasons: string[] = [...engine.session.checkEntry(entry.instrumentId).reasons];
  const caps = checkCaps(engine, inst, entry, portfolio);
  if (caps.reason !== null) reasons.push(caps.reason);
  if (reasons.length > 0) {
    engine.publish(
      createRiskEvent(RiskEventType.entryRejected, entry.instrumentId, 'warning', tsMs, {
        decision: { kind: command.kind, side: entry.side, quantity: entry.quantity },
        edge: null,
        notional: caps.notional,
        reasons,
        session: engine.session.snapshot(tsMs),
      }),
    );
    return { code: 'RISK_DENIED', reason: reasons.join(', ') };
  }
  engine.session.recordEntry(entry.instrumentId, tsMs);
  return null;
}

interface GatedEntry {
  readonly instrumentId: string;
  readonly side: 'BUY' | 'SELL';
  readonly quantity: number;
  /** Limit or trigger price, or null for a market order. */
  readonly price: number | null;
}

function entryOf(cmd: Command): GatedEntry | null {
  switch (cmd.kind) {
    case 'submit-market':
      return { instrumentId: cmd.instrumentId, side: cmd.side, quantity: Number(cmd.quantity), price: null };
    case 'submit-limit':
      return { instrumentId: cmd.instrumentId, side: cmd.side, quantity: Number(cmd.quantity), price: Number(cmd.price) };
    case 'submit-stop-market':
      return { instrumentId: cmd.instrumentId, side: cmd.side, quantity: Number(cmd.quantity), price: Number(cmd.triggerPrice) };
    case 'submit-bracket':
      return { instrumentId: cmd.instrumentId, side: cmd.side, quantity: Number(cmd.quantity), price: cmd.entryType === 'LIMIT' ? Number(cmd.entryPrice) : null };
    default:
      return null;
  }
}

/** The entry's notional (null when it cannot be priced) and the cap it breaks, if any. */
function checkCaps(engine: RiskEngine, inst: Instrument | undefined, e: GatedEntry, portfolio: PortfolioView): { reason: RiskReason | null; notional: number | null } {
  const equity = portfolio.equity();
  const price = e.price ?? portfolio.lastPrice(e.instrumentId);
  if (!inst || !(Number.isFinite(price) && price > 0) || !(e.quantity > 0)) return { reason: RiskReason.dataMissing, notional: null };
  const notional = e.quantity * price * inst.multiplier;
  if (!(Number.isFinite(equity) && equity > 0)) return { reason: RiskReason.dataMissing, notional };
  const netAfter = portfolio.netQuantity(e.instrumentId) + (e.side === 'BUY' ? e.quantity : -e.quantity);
  const exposureAfter = Math.abs(netAfter) * price * inst.multiplier;
  const cfg = engine.config;
  const tolerance = 1 + 1e-9;
  const cap = Math.min(cfg.max_exposure_fraction, effectiveMaxLeverage(cfg, inst)) * equity * tolerance;
  return { reason: exposureAfter > cap ? RiskReason.positionTooLarge : null, notional };
}
