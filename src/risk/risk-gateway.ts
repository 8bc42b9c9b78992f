/**
 * `ctx.risk` for strategies: `enter(decision)` reads the last price, the volatility tracker, the
 * equity and the symbol's exposure, asks {@link RiskEngine.check}, and when approved submits a
 * bracket: market entry, stop-market SL, limit TP, tagged `entry` / `sl` / `tp`. The returned
 * EntryOutcome carries the verdict and the bracket's order ids.
 *
 * Another host control (the survival posture) decides before the engine when it blocks entries
 * outright (`admitEntry`), so a refused entry is never sized, approved or counted; when a later
 * gate refuses the approved bracket itself (the STALKER leverage cap), the approval is revoked:
 * the entry leaves the session counters and ENTRY_REJECTED follows ENTRY_APPROVED.
 */
import type { EntryDecision, EntryOutcome, RiskGateway, RiskGatewayFactoryApi } from '../strategy/index.js';
import type { RiskCheckResult, RiskEngine } from './risk-engine.js';
import { createRiskEvent, RiskEventType } from './risk-events.js';
import { RiskReason } from './risk-reasons.js';
import type { VolatilityTracker } from './volatility-tracker.js';

export interface RiskGatewayOptions {
  readonly engine: RiskEngine;
  readonly tracker: VolatilityTracker;
  /** Size multiplier in [0, 1] read at each entry, e.g. the survival Rm (default 1). */
  readonly riskScale?: () => number;
  /**
   * Post-only TP (default false): a TP that would take liquidity when released (the entry filled
   * beyond it) is then rejected instead of filling, leaving only the SL.
   */
  readonly tpPostOnly?: boolean;
  /** Called with every check result (the host logs sizes, SL/TP, rejections from it). */
  readonly onResult?: (result: RiskCheckResult) => void;
  /** Asked before every check: null admits the entry, a reason refuses it (e.g. `TURTLE blocks new entries`). */
  readonly admitEntry?: () => string | null;
}

/** The bracket tags the risk layer puts on an approved entry. */
export const BRACKET_TAGS = { entry: ['entry'], sl: ['sl'], tp: ['tp'] } as const;

/** Builds the factory the StrategyRunner calls with its order-entry hooks (RunnerOptions.riskGateway). */
export function createRiskGatewayFactory(options: RiskGatewayOptions): (api: RiskGatewayFactoryApi) => RiskGateway {
  return (api) => ({
    enter(decision: EntryDecision): EntryOutcome {
      const iid = decision.instrumentId;
      const refusal = options.admitEntry?.() ?? null;
      if (refusal !== null) {
        options.engine.rejectByHost(decision, refusal);
        return { approved: false, quantity: 0, notional: 0, leverage: 0, sl: null, tp: null, reasons: [RiskReason.hostBlocked], orderIds: null };
      }
      const instrument = api.instruments.has(iid) ? api.instruments.get(iid) : null;
      const vol = options.tracker.snapshot(iid);
      const scale = options.riskScale?.();
      const result = options.engine.check(
        decision,
        { instrument, price: api.portfolio.lastPrice(iid), atr: vol.atr, atrBaseline: vol.atrBaseline, realizedVol: vol.realizedVol },
        { equity: api.portfolio.equity(), exposureNotional: api.portfolio.exposureNotional(iid), ...(scale === undefined ? {} : { riskScale: scale }) },
      );
      options.onResult?.(result);
      if (!result.approved || result.sl === null || result.tp === null) {
        return { approved: false, quantity: 0, notional: 0, leverage: result.leverage, sl: result.sl, tp: result.tp, reasons: result.reasons, orderIds: null };
      }
      let orderIds: EntryOutcome['orderIds'];
      try {
        orderIds = api.submitBracket({
          instrumentId: iid,
          side: result.direction === 'LONG' ? 'BUY' : 'SELL',
          quantity: result.quantity,
          entry: { type: 'MARKET' },
          slTriggerPrice: result.sl,
          tpPrice: result.tp,
          tpPostOnly: options.tpPostOnly ?? false,
          entryTags: BRACKET_TAGS.entry,
          slTags: BRACKET_TAGS.sl,
          tpTags: BRACKET_TAGS.tp,
        });
      } catch (error) {
        // Fail safe: a bracket the host cannot build is no trade, reported like any risk error.
        options.engine.publish(
          createRiskEvent(RiskEventType.riskError, iid, 'error', options.engine.clock.nowMs(), {
            error: error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown',
            stage: 'submit_bracket',
            quantity: result.quantity,
            sl: result.sl,
            tp: result.tp,
          }),
        );
        return { approved: false, quantity: 0, notional: 0, leverage: result.leverage, sl: result.sl, tp: result.tp, reasons: [RiskReason.riskError], orderIds: null };
      }
      if (orderIds === null) {
        // A gate after the engine refused the bracket (its command-rejected event names it).
        options.engine.revokeApproval(decision, result);
        return { approved: false, quantity: 0, notional: 0, leverage: result.leverage, sl: result.sl, tp: result.tp, reasons: [RiskReason.hostBlocked], orderIds: null };
      }
      return { approved: true, quantity: result.quantity, notional: result.notional, leverage: result.leverage, sl: result.sl, tp: result.tp, reasons: [], orderIds };
    },
  });
}
