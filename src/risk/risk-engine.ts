/**
 * Seed 000 Layer 3 in one call: `RiskEngine.check(decision, market, account)` runs after a
 * strategy says ENTER and before any command leaves the host. In order:
 * 1. roll the trading day, end a finished cooldown;
 * 2. fail safe: a missing or invalid edge, price, equity, exposure, ATR / volatility metric or
 *    instrument filter refuses the entry with DATA_MISSING (an `error` event with the field and
 *    value); an unexpected exception refuses it with RISK_ERROR. Never a throw, never a guess;
 * 3. session limits (halt, cooldown, trades per hour);
 * 4. position size from equity and edge with caps and exchange filters;
 * 5. volatility band and SL/TP on the tick grid;
 * 6. approved only when nothing refused it: the entry is counted as a trade opened.
 * Every event goes out on the engine's {@link RiskEventBus} and is returned in the result:
 * ENTRY_APPROVED (sizes, SL/TP, session stats) or ENTRY_REJECTED (symbol, decision, edge, would-be
 * notional, reasons, session stats), plus SIZE_TOO_SMALL, POSITION_TOO_LARGE, DATA_MISSING,
 * MAX_TRADES_PER_HOUR_HIT... as they apply. Exits never come here.
 */
import type { Clock, Instrument } from '../market/index.js';
import type { StateStore } from '../state/index.js';
import type { EntryDecision, PositionEvent } from '../strategy/index.js';
import type { RiskConfig } from './config.js';
import { computePositionSize, type PositionSize, type SizeCap } from './position-sizing.js';
import { RealizedPnlTracker } from './realized-pnl-tracker.js';
import { createRiskEvent, RiskEventBus, RiskEventType, type RiskEvent } from './risk-events.js';
import { RiskReason } from './risk-reasons.js';
import { SessionLimits, type SessionSnapshot } from './session-limits.js';
import { computeStopLevels } from './stop-levels.js';
import { classifyVolatility, computeVolMetric, volThreshold, type VolBand } from './volatility-band.js';

/** Market inputs of one check. */
export interface RiskMarket {
  /** The instrument with its venue filters (from Hello); null when unknown. */
  readonly instrument: Instrument | null;
  /** Reference entry price (last price), quote currency; NaN when unknown. */
  readonly price: number;
  /** ATR, price units; null before warm-up. */
  readonly atr: number | null;
  /** Mean ATR over the baseline window; null before warm-up. */
  readonly atrBaseline: number | null;
  /** Realized volatility per bar (fraction); null before warm-up. */
  readonly realizedVol: number | null;
}

/** Account inputs of one check. */
export interface RiskAccount {
  /** Equity, settlement currency; NaN when unknown. */
  readonly equity: number;
  /** Current absolute exposure of the symbol, settlement currency (0 when flat). */
  readonly exposureNotional: number;
  /** Extra size multiplier in [0, 1], e.g. the survival controller's Rm (default 1). */
  readonly riskScale?: number;
}

/** What the engine decided, with everything a log line or a supervisor needs. */
export interface RiskCheckResult {
  readonly approved: boolean;
  /** Instrument id. */
  readonly symbol: string;
  readonly direction: 'LONG' | 'SHORT';
  /** Quantity on the step grid; 0 when refused. */
  readonly quantity: number;
  /** quantity x price x multiplier; 0 when refused (meta.target_notional has the would-be size). */
  readonly notional: number;
  /** (exposure + notional) / equity after the entry. */
  readonly leverage: number;
  /**
   * SL trigger and TP limit prices on the tick grid; on a refusal the would-be levels when they
   * were computed, else null.
   */
  readonly sl: number | null;
  readonly tp: number | null;
  /** Empty when approved. */
  readonly reasons: readonly RiskReason[];
  /** Events this check published, in order. */
  readonly events: readonly RiskEvent[];
  readonly meta: RiskCheckMeta;
  readonly session: SessionSnapshot;
}

export interface RiskCheckMeta {
  readonly edge: number;
  readonly base_risk_fraction: number;
  readonly base_notional: number;
  /** Target notional after multipliers and caps, before rounding (0 when not sized). */
  readonly target_notional: number;
  readonly multipliers: { readonly edge: number; readonly risk_scale: number };
  readonly capped: readonly SizeCap[];
  readonly price: number;
  readonly equity: number;
  readonly exposure: number;
  readonly vol_band: VolBand | null;
  readonly vol_metric: number | null;
  readonly sl_distance: number | null;
  readonly tp_distance: number | null;
}

export interface RiskEngineOptions {
  /** The event clock (lockstep / backtest) or the host's wall clock (live). */
  readonly clock: Clock;
  /**
   * Session state store: a MemoryStateStore for backtests, a FileStateStore live (required, so a
   * pure module never picks a backend itself).
   */
  readonly store: StateStore;
  /** Where events are published (default: a new bus, see {@link RiskEngine.bus}). */
  readonly bus?: RiskEventBus;
  /** Key of the session state in the store (default "default"). */
  readonly sessionKey?: string;
}

/** A pre-approved entry the command gate lets through without checking it twice. */
interface ApprovalTicket {
  readonly instrumentId: string;
  readonly side: 'BUY' | 'SELL';
  readonly quantity: number;
}

/** Seed 000 Layer 3; see the module comment. */
export class RiskEngine {
  readonly bus: RiskEventBus;
  readonly session: SessionLimits;
  readonly clock: Clock;
  private readonly pnl = new RealizedPnlTracker();
  private ticket: ApprovalTicket | null = null;

  /** @param config a parsed (frozen) risk config, see parseRiskConfig. */
  constructor(
    readonly config: RiskConfig,
    options: RiskEngineOptions,
  ) {
    this.clock = options.clock;
    this.bus = options.bus ?? new RiskEventBus();
    this.session = new SessionLimits(config.session, { store: options.store, clock: options.clock, bus: this.bus, ...(options.sessionKey === undefined ? {} : { key: options.sessionKey }) });
  }

  /** Checks an entry; see the module comment. Never throws. */
  check(decision: EntryDecision, market: RiskMarket, account: RiskAccount): RiskCheckResult {
    const events: RiskEvent[] = [];
    this.ticket = null;
    let tsMs = 0;
    try {
      tsMs = this.clock.nowMs();
      events.push(...this.session.advance(tsMs));
      return this.checkEntry(decision, market, account, tsMs, events);
    } catch (error) {
      const e = this.publish(
        createRiskEvent(RiskEventType.riskError, decision.instrumentId, 'error', tsMs, {
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
          direction: decision.direction,
          edge: decision.edge,
        }),
      );
      events.push(e);
      return this.reject(decision, market, account, tsMs, [RiskReason.riskError], events, null);
    }
  }

  /**
   * Feeds a position event (position-opened / changed / closed): its realized-PnL delta goes to
   * the session limits. Returns the events published.
   */
  onPositionEvent(event: PositionEvent): RiskEvent[] {
    const delta = this.pnl.onPositionEvent(event);
    if (delta === 0) return [];
    return this.session.onRealizedPnl(event.position.instrumentId, delta, event.position.tsMs || this.clock.nowMs());
  }

  /** Adds a realized PnL delta directly (when the host tracks PnL itself). */
  onRealizedPnl(symbol: string, pnl: number, tsMs: number): RiskEvent[] {
    return this.session.onRealizedPnl(symbol, pnl, tsMs);
  }

  /** Records the account equity (the first of a trading day is its starting equity). */
  onEquity(equity: number, tsMs: number): void {
    this.session.onEquity(equity, tsMs);
  }

  /** Rolls the day and ends cooldowns on time; call once per bar. Returns the events published. */
  onTime(tsMs: number): RiskEvent[] {
    return this.session.advance(tsMs);
  }

  /**
   * True once for the bracket of the entry just approved (same instrument, side and quantity):
   * the command gate lets it through without counting it again.
   */
  consumeApproval(instrumentId: string, side: 'BUY' | 'SELL', quantity: number): boolean {
    const t = this.ticket;
    this.ticket = null;
    return t !== null && t.instrumentId === instrumentId && t.side === side && Math.abs(t.quantity - quantity) <= 1e-12 * Math.max(1, quantity);
  }

  /**
   * Another host control refused the entry before the check (see risk-gateway.ts): publishes
   * ENTRY_REJECTED with HOST_BLOCKED and the control's reason; nothing is sized or counted.
   */
  rejectByHost(decision: EntryDecision, blockedBy: string): RiskEvent {
    const tsMs = this.clock.nowMs();
    return this.publish(
      createRiskEvent(RiskEventType.entryRejected, decision.instrumentId, 'warning', tsMs, {
        decision: decisionDetails(decision),
        edge: decision.edge,
        notional: null,
        reasons: [RiskReason.hostBlocked],
        blockedBy,
        session: this.session.snapshot(tsMs),
      }),
    );
  }

  /**
   * A gate after the engine refused the bracket of an approved entry: the approval is withdrawn
   * (the ticket, and the entry in the session counters) and ENTRY_REJECTED published.
   */
  revokeApproval(decision: EntryDecision, approved: RiskCheckResult): RiskEvent {
    const tsMs = this.clock.nowMs();
    this.ticket = null;
    this.session.cancelEntry(approved.symbol, tsMs);
    return this.publish(
      createRiskEvent(RiskEventType.entryRejected, approved.symbol, 'warning', tsMs, {
        decision: decisionDetails(decision),
        edge: decision.edge,
        notional: approved.notional,
        reasons: [RiskReason.hostBlocked],
        blockedBy: 'a host gate refused the approved bracket',
        revoked: true,
        session: this.session.snapshot(tsMs),
      }),
    );
  }

  /** Publishes one event on the bus and returns it. */
  publish(event: RiskEvent): RiskEvent {
    this.bus.publish(event);
    return event;
  }

  private checkEntry(decision: EntryDecision, market: RiskMarket, account: RiskAccount, tsMs: number, events: RiskEvent[]): RiskCheckResult {
    const missing = this.findMissingData(decision, market, account);
    if (missing) {
      events.push(this.publish(createRiskEvent(RiskEventType.dataMissing, decision.instrumentId, 'error', tsMs, { ...missing, direction: decision.direction, edge: decision.edge })));
      return this.reject(decision, market, account, tsMs, [RiskReason.dataMissing], events, null);
    }
    const instrument = market.instrument as Instrument;
    this.session.onEquity(account.equity, tsMs);
    const verdict = this.session.checkEntry(instrument.id);
    events.push(...verdict.events);

    const size = computePositionSize(
      { edge: decision.edge, price: market.price, equity: account.equity, exposureNotional: account.exposureNotional, instrument, ...(account.riskScale === undefined ? {} : { riskScale: account.riskScale }) },
      this.config,
    );
    events.push(...this.sizeEvents(instrument.id, size, tsMs, market, account));

    const cfg = this.config.sltp;
    const metric = computeVolMetric(cfg.vol_metric, { price: market.price, atr: market.atr, atrBaseline: market.atrBaseline, realizedVol: market.realizedVol }) as number;
    const band = classifyVolatility(metric, volThreshold(cfg), cfg.medium_band);
    const stops = computeStopLevels({ direction: decision.direction, entryPrice: market.price, band, atr: market.atr, instrument }, cfg);

    const reasons: RiskReason[] = [...verdict.reasons, ...size.reasons];
    if (!stops.ok) reasons.push(RiskReason.stopsInvalid);
    const vol = { band, metric, sl: stops.ok ? stops : null };
    if (reasons.length > 0) return this.reject(decision, market, account, tsMs, reasons, events, { size, vol, why: stops.ok ? undefined : stops.why });

    this.session.recordEntry(instrument.id, tsMs);
    this.ticket = { instrumentId: instrument.id, side: decision.direction === 'LONG' ? 'BUY' : 'SELL', quantity: size.quantity };
    const result: RiskCheckResult = {
      approved: true,
      symbol: instrument.id,
      direction: decision.direction,
      quantity: size.quantity,
      notional: size.notional,
      leverage: size.leverage,
      sl: stops.ok ? stops.sl : null,
      tp: stops.ok ? stops.tp : null,
      reasons: [],
      events,
      meta: this.meta(decision, market, account, size, vol),
      session: this.session.snapshot(tsMs),
    };
    events.push(
      this.publish(
        createRiskEvent(RiskEventType.entryApproved, instrument.id, 'info', tsMs, {
          decision: decisionDetails(decision),
          quantity: result.quantity,
          notional: result.notional,
          leverage: result.leverage,
          sl: result.sl,
          tp: result.tp,
          meta: result.meta,
          session: result.session,
        }),
      ),
    );
    return result;
  }

  private findMissingData(decision: EntryDecision, market: RiskMarket, account: RiskAccount): Record<string, unknown> | null {
    const bad = (field: string, value: unknown, rule: string): Record<string, unknown> => ({ field, value: value === undefined ? 'undefined' : value, rule });
    if (decision.direction !== 'LONG' && decision.direction !== 'SHORT') return bad('direction', decision.direction, 'LONG or SHORT');
    if (!Number.isFinite(decision.edge) || decision.edge < 0) return bad('edge', decision.edge, 'a finite number >= 0');
    const inst = market.instrument;
    if (!inst) return bad('instrument', decision.instrumentId, 'an instrument of this session');
    if (inst.isInverse) return bad('instrument', inst.id, 'a linear (not inverse) instrument');
    for (const [field, v] of [['priceIncrement', inst.priceIncrement], ['sizeIncrement', inst.sizeIncrement], ['multiplier', inst.multiplier]] as const) {
      if (!Number.isFinite(v) || v <= 0) return bad(`instrument.${field}`, v, 'a positive number');
    }
    if (!Number.isFinite(market.price) || market.price <= 0) return bad('price', market.price, 'a positive number');
    if (!Number.isFinite(account.equity) || account.equity <= 0) return bad('equity', account.equity, 'a positive number');
    if (!Number.isFinite(account.exposureNotional) || account.exposureNotional < 0) return bad('exposureNotional', account.exposureNotional, 'a finite number >= 0');
    const scale = account.riskScale;
    if (scale !== undefined && !(Number.isFinite(scale) && scale >= 0 && scale <= 1)) return bad('riskScale', scale, 'a number in [0, 1]');
    const cfg = this.config.sltp;
    if (cfg.mode === 'atr' && !(market.atr !== null && Number.isFinite(market.atr) && market.atr > 0)) return bad('atr', market.atr, 'a positive number (warm ATR)');
    const metric = computeVolMetric(cfg.vol_metric, { price: market.price, atr: market.atr, atrBaseline: market.atrBaseline, realizedVol: market.realizedVol });
    if (metric === null) {
      return { ...bad(`volatility metric ${cfg.vol_metric}`, null, 'computable from warm indicators'), atr: market.atr, atrBaseline: market.atrBaseline, realizedVol: market.realizedVol };
    }
    return null;
  }

  private sizeEvents(symbol: string, size: PositionSize, tsMs: number, market: RiskMarket, account: RiskAccount): RiskEvent[] {
    const out: RiskEvent[] = [];
    const base = { targetNotional: size.targetNotional, price: market.price, equity: account.equity, exposure: account.exposureNotional, capped: size.capped };
    if (size.reasons.includes(RiskReason.sizeTooSmall)) out.push(this.publish(createRiskEvent(RiskEventType.sizeTooSmall, symbol, 'warning', tsMs, base)));
    if (size.reasons.includes(RiskReason.positionTooLarge)) {
      out.push(this.publish(createRiskEvent(RiskEventType.positionTooLarge, symbol, 'warning', tsMs, { ...base, action: 'blocked' })));
    } else if (size.capped.includes('exposure') || size.capped.includes('leverage')) {
      out.push(this.publish(createRiskEvent(RiskEventType.positionTooLarge, symbol, 'info', tsMs, { ...base, action: 'reduced' })));
    }
    return out;
  }

  private meta(decision: EntryDecision, market: RiskMarket, account: RiskAccount, size: PositionSize | null, vol: VolInfo | null): RiskCheckMeta {
    return {
      edge: decision.edge,
      base_risk_fraction: this.config.base_risk_fraction,
      base_notional: size?.baseNotional ?? this.config.base_risk_fraction * account.equity,
      target_notional: size?.targetNotional ?? 0,
      multipliers: { edge: size?.edgeMultiplier ?? 0, risk_scale: size?.riskScale ?? account.riskScale ?? 1 },
      capped: size?.capped ?? [],
      price: market.price,
      equity: account.equity,
      exposure: account.exposureNotional,
      vol_band: vol?.band ?? null,
      vol_metric: vol?.metric ?? null,
      sl_distance: vol?.sl?.slDistance ?? null,
      tp_distance: vol?.sl?.tpDistance ?? null,
    };
  }

  private reject(
    decision: EntryDecision,
    market: RiskMarket,
    account: RiskAccount,
    tsMs: number,
    reasons: RiskReason[],
    events: RiskEvent[],
    computed: { size: PositionSize; vol: VolInfo; why: string | undefined } | null,
  ): RiskCheckResult {
    const session = this.session.snapshot(tsMs);
    const meta = this.meta(decision, market, account, computed?.size ?? null, computed?.vol ?? null);
    const sl = computed?.vol.sl;
    const result: RiskCheckResult = {
      approved: false,
      symbol: decision.instrumentId,
      direction: decision.direction,
      quantity: 0,
      notional: 0,
      leverage: Number.isFinite(account.equity) && account.equity > 0 ? account.exposureNotional / account.equity : 0,
      sl: sl ? sl.sl : null,
      tp: sl ? sl.tp : null,
      reasons,
      events,
      meta,
      session,
    };
    events.push(
      this.publish(
        createRiskEvent(RiskEventType.entryRejected, result.symbol, 'warning', tsMs, {
          decision: decisionDetails(decision),
          edge: decision.edge,
          notional: meta.target_notional,
          reasons,
          ...(computed?.why === undefined ? {} : { stops: computed.why }),
          meta,
          session,
        }),
      ),
    );
    return result;
  }
}

interface VolInfo {
  readonly band: VolBand;
  readonly metric: number;
  readonly sl: { readonly slDistance: number; readonly tpDistance: number; readonly sl: number; readonly tp: number } | null;
}

function decisionDetails(d: EntryDecision): Record<string, unknown> {
  return { instrumentId: d.instrumentId, direction: d.direction, edge: d.edge, confidence: d.confidence, regime: d.regime, tag: d.tag };
}
