/**
 * Seed 000 C: session limits. Tracks, per trading day (see {@link tradingDayOf}): the starting
 * equity, realized PnL (closed trades, fees included), its intraday low, entries opened, and the
 * entries of the rolling last hour; enforces before each entry:
 * - a halt (on_violation = halt) until the next trading day;
 * - a cooldown (on_violation = cooldown) until cooldown_minutes after the violation;
 * - max_trades_per_hour: with N entries in the last 60 minutes and N >= max, the entry is refused
 *   (MAX_TRADES_PER_HOUR_REACHED), so the 101st inside an hour is blocked for a max of 100.
 * A violation is a realized-PnL update that leaves the day's PnL at or beyond a limit
 * (<= -max_daily_loss_abs, <= -max_daily_loss_pct x starting equity; the profit lock mirrored)
 * while no halt or cooldown is active. After a cooldown ends entries resume; a further loss while
 * still beyond the limit starts another.
 *
 * What counts as a trade opened: an entry the risk layer approved and sent (a RiskEngine
 * approval or a direct entry command let through by the gate), counted when sent, not when filled.
 * This is conservative (an entry the venue rejects still counts) and race-free in lockstep,
 * where the fill arrives a bar later. Exits are never checked here.
 *
 * The day roll resets PnL, the trade count, halts and the profit lock; an active cooldown runs
 * to its end, and the rolling hour spans midnight. The state lives in a {@link StateStore}
 * (map `risk.session`), written on every change, so a host restarted mid-day resumes with its
 * counters, PnL, halt and cooldown.
 */
import { InvariantError, requireFinite, type Clock } from '../market/index.js';
import type { JsonValue, StateStore } from '../state/index.js';
import type { SessionConfig } from './config.js';
import { createRiskEvent, RiskEventType, type RiskEvent, type RiskEventBus } from './risk-events.js';
import { RiskReason } from './risk-reasons.js';
import { tradingDayOf } from './trading-day.js';

const HOUR_MS = 3_600_000;
/** State-store map holding session state. */
export const SESSION_STATE_MAP = 'risk.session';
const STATE_VERSION = 1;

/** The persisted session state (JSON). */
interface SessionState {
  version: number;
  day: string;
  startingEquity: number | null;
  lastEquity: number | null;
  realizedPnl: number;
  minRealizedPnl: number;
  tradesToday: number;
  tradesBySymbol: Record<string, number>;
  /** Entry times (ms) inside the rolling hour, ascending. */
  entryTimesMs: number[];
  halted: boolean;
  haltReason: string | null;
  cooldownUntilMs: number | null;
  cooldownReason: string | null;
  overtrading: boolean;
}

/** Session statistics for logs and event details. */
export interface SessionSnapshot {
  readonly day: string;
  readonly startingEquity: number | null;
  readonly realizedPnl: number;
  /** Lowest realized PnL of the day (<= 0): the day's realized drawdown. */
  readonly minRealizedPnl: number;
  readonly tradesToday: number;
  /** Entries of the day per instrument id. */
  readonly tradesBySymbol: Readonly<Record<string, number>>;
  readonly tradesLastHour: number;
  readonly halted: boolean;
  readonly haltReason: string | null;
  readonly cooldownUntilMs: number | null;
  readonly overtrading: boolean;
}

/** Whether the session allows a new entry now. */
export interface SessionVerdict {
  readonly allowed: boolean;
  readonly reasons: readonly RiskReason[];
  /** Events this check produced (already published). */
  readonly events: readonly RiskEvent[];
}

export interface SessionLimitsOptions {
  readonly store: StateStore;
  readonly clock: Clock;
  /** Where events are published (they are also returned). */
  readonly bus?: RiskEventBus;
  /** Key of this session's state in the store (default "default"), e.g. trader and strategy id. */
  readonly key?: string;
}

/** Session limits with their state in a StateStore; see the module comment. */
export class SessionLimits {
  private state: SessionState;
  private readonly store: StateStore;
  private readonly clock: Clock;
  private readonly bus: RiskEventBus | undefined;
  private readonly key: string;

  /**
   * Loads the session state under `key` from the store (a fresh session when absent).
   * @throws InvariantError when the stored state is not a session state of this version (start-up
   *   stops rather than forget a halt).
   */
  constructor(
    readonly config: SessionConfig,
    options: SessionLimitsOptions,
  ) {
    this.store = options.store;
    this.clock = options.clock;
    this.bus = options.bus;
    this.key = options.key ?? 'default';
    const stored = this.store.get(SESSION_STATE_MAP, this.key);
    this.state = stored === undefined ? freshState('', null) : parseState(stored, this.key);
  }

  /**
   * Rolls the trading day and ends a finished cooldown at `tsMs` (default: the clock); the host
   * may call it on every bar so COOLDOWN_ENDED and SESSION_DAY_ROLLED come out on time. Returns
   * the events it published.
   */
  advance(tsMs: number = this.clock.nowMs()): RiskEvent[] {
    const events: RiskEvent[] = [];
    const s = this.state;
    const day = tradingDayOf(tsMs, this.config.timezone);
    let changed = false;
    if (day !== s.day) {
      if (s.day !== '') events.push(createRiskEvent(RiskEventType.sessionDayRolled, '', 'info', tsMs, { ...this.statsOf(s, tsMs), previousDay: s.day, day }));
      const next = freshState(day, s.lastEquity);
      next.entryTimesMs = s.entryTimesMs;
      next.cooldownUntilMs = s.cooldownUntilMs;
      next.cooldownReason = s.cooldownReason;
      this.state = next;
      changed = true;
    }
    const st = this.state;
    if (st.cooldownUntilMs !== null && tsMs >= st.cooldownUntilMs) {
      events.push(createRiskEvent(RiskEventType.cooldownEnded, '', 'info', tsMs, { reason: st.cooldownReason, cooldownUntilMs: st.cooldownUntilMs }));
      st.cooldownUntilMs = null;
      st.cooldownReason = null;
      changed = true;
    }
    if (changed) this.persist();
    return this.emit(events);
  }

  /**
   * Records the account equity at `tsMs`; the first equity of a trading day is its starting
   * equity (the base of max_daily_loss_pct). Non-finite or non-positive values are ignored.
   */
  onEquity(equity: number, tsMs: number): void {
    this.advance(tsMs);
    if (!Number.isFinite(equity) || equity <= 0) return;
    const s = this.state;
    const first = s.startingEquity === null;
    if (first) s.startingEquity = equity;
    if (first || s.lastEquity !== equity) {
      s.lastEquity = equity;
      this.persist();
    }
  }

  /**
   * Adds a realized PnL delta (settlement currency, fees included; negative = loss) from a closed
   * or reduced position and starts a halt or cooldown when it crosses a daily limit. Returns the
   * events published (MAX_DAILY_LOSS_HIT / PROFIT_LOCK_HIT, COOLDOWN_STARTED).
   * @throws InvariantError when pnl is not finite.
   */
  onRealizedPnl(symbol: string, pnl: number, tsMs: number): RiskEvent[] {
    requireFinite(pnl, 'pnl');
    const events = this.advance(tsMs);
    const s = this.state;
    s.realizedPnl += pnl;
    s.minRealizedPnl = Math.min(s.minRealizedPnl, s.realizedPnl);
    if (!s.halted && !(s.cooldownUntilMs !== null && tsMs < s.cooldownUntilMs)) {
      const limit = pnl < 0 ? this.lossLimitHit() : pnl > 0 ? this.profitLimitHit() : null;
      if (limit) events.push(...this.emit(this.violate(symbol, tsMs, limit, pnl)));
    }
    this.persist();
    return events;
  }

  /**
   * Checks whether a new entry may open now (the clock's time): halt, cooldown and trades per
   * hour. Publishes MAX_TRADES_PER_HOUR_HIT when the hourly limit starts to bind.
   */
  checkEntry(symbol: string): SessionVerdict {
    const tsMs = this.clock.nowMs();
    const events = this.advance(tsMs);
    const s = this.state;
    const reasons: RiskReason[] = [];
    if (s.halted) reasons.push((s.haltReason as RiskReason | null) ?? RiskReason.maxDailyLoss);
    if (s.cooldownUntilMs !== null && tsMs < s.cooldownUntilMs) reasons.push(RiskReason.cooldownActive);
    const lastHour = this.pruneHour(tsMs);
    if (lastHour >= this.config.max_trades_per_hour) {
      reasons.push(RiskReason.maxTradesPerHour);
      if (!s.overtrading) {
        s.overtrading = true;
        this.persist();
        events.push(
          ...this.emit([
            createRiskEvent(RiskEventType.maxTradesPerHourHit, symbol, 'warning', tsMs, { tradesLastHour: lastHour, maxTradesPerHour: this.config.max_trades_per_hour }),
          ]),
        );
      }
    } else if (s.overtrading) {
      s.overtrading = false;
      this.persist();
    }
    return { allowed: reasons.length === 0, reasons, events };
  }

  /**
   * Counts an entry on `symbol` opened at `tsMs` (see the module comment for what counts). The
   * limits are account-wide; the per-symbol count is for the session stats.
   */
  recordEntry(symbol: string, tsMs: number): void {
    this.advance(tsMs);
    const s = this.state;
    s.entryTimesMs.push(tsMs);
    s.tradesToday += 1;
    s.tradesBySymbol[symbol] = (s.tradesBySymbol[symbol] ?? 0) + 1;
    this.pruneHour(tsMs);
    this.persist();
  }

  /**
   * Takes back an entry recorded at `tsMs` for `symbol` that never went out (a later host gate
   * refused its order); a no-op when there is none.
   */
  cancelEntry(symbol: string, tsMs: number): void {
    const s = this.state;
    const at = s.entryTimesMs.lastIndexOf(tsMs);
    if (at < 0) return;
    s.entryTimesMs.splice(at, 1);
    if (s.tradesToday > 0) s.tradesToday -= 1;
    const bySymbol = s.tradesBySymbol[symbol];
    if (bySymbol !== undefined && bySymbol > 0) s.tradesBySymbol[symbol] = bySymbol - 1;
    this.persist();
  }

  /** Session statistics at `tsMs` (default: the clock). */
  snapshot(tsMs: number = this.clock.nowMs()): SessionSnapshot {
    return this.statsOf(this.state, tsMs);
  }

  private statsOf(s: SessionState, tsMs: number): SessionSnapshot {
    let lastHour = 0;
    for (const t of s.entryTimesMs) if (t > tsMs - HOUR_MS) lastHour += 1;
    return {
      day: s.day,
      startingEquity: s.startingEquity,
      realizedPnl: s.realizedPnl,
      minRealizedPnl: s.minRealizedPnl,
      tradesToday: s.tradesToday,
      tradesBySymbol: { ...s.tradesBySymbol },
      tradesLastHour: lastHour,
      halted: s.halted,
      haltReason: s.haltReason,
      cooldownUntilMs: s.cooldownUntilMs,
      overtrading: s.overtrading,
    };
  }

  /** Drops entries older than one hour; returns the count left. */
  private pruneHour(tsMs: number): number {
    const times = this.state.entryTimesMs;
    let drop = 0;
    while (drop < times.length && (times[drop] ?? 0) <= tsMs - HOUR_MS) drop += 1;
    if (drop > 0) times.splice(0, drop);
    return times.length;
  }

  private lossLimitHit(): { reason: RiskReason; event: RiskEventType; limit: Record<string, number> } | null {
    const { max_daily_loss_abs: abs, max_daily_loss_pct: pct } = this.config;
    const s = this.state;
    if (abs !== null && s.realizedPnl <= -abs) return { reason: RiskReason.maxDailyLoss, event: RiskEventType.maxDailyLossHit, limit: { maxDailyLossAbs: abs } };
    if (pct !== null && s.startingEquity !== null && s.realizedPnl <= -pct * s.startingEquity) {
      return { reason: RiskReason.maxDailyLoss, event: RiskEventType.maxDailyLossHit, limit: { maxDailyLossPct: pct, lossLimit: pct * s.startingEquity } };
    }
    return null;
  }

  private profitLimitHit(): { reason: RiskReason; event: RiskEventType; limit: Record<string, number> } | null {
    const { max_daily_profit_abs: abs, max_daily_profit_pct: pct } = this.config;
    const s = this.state;
    if (abs !== null && s.realizedPnl >= abs) return { reason: RiskReason.maxDailyProfit, event: RiskEventType.profitLockHit, limit: { maxDailyProfitAbs: abs } };
    if (pct !== null && s.startingEquity !== null && s.realizedPnl >= pct * s.startingEquity) {
      return { reason: RiskReason.maxDailyProfit, event: RiskEventType.profitLockHit, limit: { maxDailyProfitPct: pct, profitLimit: pct * s.startingEquity } };
    }
    return null;
  }

  private violate(symbol: string, tsMs: number, hit: { reason: RiskReason; event: RiskEventType; limit: Record<string, number> }, pnl: number): RiskEvent[] {
    const s = this.state;
    const action = this.config.on_violation;
    const base = { reason: hit.reason, action, pnl, realizedPnl: s.realizedPnl, startingEquity: s.startingEquity, ...hit.limit };
    const events = [createRiskEvent(hit.event, symbol, hit.event === RiskEventType.maxDailyLossHit ? 'error' : 'warning', tsMs, base)];
    if (action === 'halt') {
      s.halted = true;
      s.haltReason = hit.reason;
    } else {
      s.cooldownUntilMs = tsMs + this.config.cooldown_minutes * 60_000;
      s.cooldownReason = hit.reason;
      events.push(createRiskEvent(RiskEventType.cooldownStarted, symbol, 'warning', tsMs, { reason: hit.reason, cooldownUntilMs: s.cooldownUntilMs, cooldownMinutes: this.config.cooldown_minutes }));
    }
    return events;
  }

  private emit(events: RiskEvent[]): RiskEvent[] {
    if (this.bus) for (const e of events) this.bus.publish(e);
    return events;
  }

  private persist(): void {
    this.store.put(SESSION_STATE_MAP, this.key, this.state as unknown as JsonValue);
  }
}

function freshState(day: string, equity: number | null): SessionState {
  return {
    version: STATE_VERSION,
    day,
    startingEquity: equity,
    lastEquity: equity,
    realizedPnl: 0,
    minRealizedPnl: 0,
    tradesToday: 0,
    tradesBySymbol: {},
    entryTimesMs: [],
    halted: false,
    haltReason: null,
    cooldownUntilMs: null,
    cooldownReason: null,
    overtrading: false,
  };
}

function parseState(v: JsonValue, key: string): SessionState {
  const bad = (why: string): InvariantError => new InvariantError(`stored session state "${key}"`, why, v);
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw bad('not an object');
  const o = v as Record<string, JsonValue>;
  if (o['version'] !== STATE_VERSION) throw bad(`not version ${STATE_VERSION}`);
  const num = (k: string): number => {
    const x = o[k];
    if (typeof x !== 'number') throw bad(`${k} not a number`);
    return x;
  };
  const numOrNull = (k: string): number | null => (o[k] === null ? null : num(k));
  const strOrNull = (k: string): string | null => {
    const x = o[k];
    if (x !== null && typeof x !== 'string') throw bad(`${k} not a string or null`);
    return x;
  };
  const times = o['entryTimesMs'];
  if (!Array.isArray(times) || !times.every((t) => typeof t === 'number')) throw bad('entryTimesMs not a list of numbers');
  const bySymbol = o['tradesBySymbol'];
  if (typeof bySymbol !== 'object' || bySymbol === null || Array.isArray(bySymbol) || !Object.values(bySymbol).every((n) => typeof n === 'number')) {
    throw bad('tradesBySymbol not a map of counts');
  }
  if (typeof o['day'] !== 'string' || typeof o['halted'] !== 'boolean' || typeof o['overtrading'] !== 'boolean') throw bad('day, halted or overtrading malformed');
  return {
    version: STATE_VERSION,
    day: o['day'],
    startingEquity: numOrNull('startingEquity'),
    lastEquity: numOrNull('lastEquity'),
    realizedPnl: num('realizedPnl'),
    minRealizedPnl: num('minRealizedPnl'),
    tradesToday: num('tradesToday'),
    tradesBySymbol: { ...(bySymbol as Record<string, number>) },
    entryTimesMs: [...times],
    halted: o['halted'],
    haltReason: strOrNull('haltReason'),
    cooldownUntilMs: numOrNull('cooldownUntilMs'),
    cooldownReason: strOrNull('cooldownReason'),
    overtrading: o['overtrading'],
  };
}
