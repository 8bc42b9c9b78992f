/**
 * Seed 000 D: risk events for an upper supervisor, published at one point. The engine publishes
 * on a {@link RiskEventBus}; the host subscribes once and maps every event to a pino line and a
 * RiskEvent protobuf on its telemetry PUB socket (topic "risk_event").
 */

/** Event types; the seed's RISK_EVENT_* names without the prefix, as the wire's RiskEvent.type. */
export const RiskEventType = {
  maxDailyLossHit: 'MAX_DAILY_LOSS_HIT',
  maxTradesPerHourHit: 'MAX_TRADES_PER_HOUR_HIT',
  positionTooLarge: 'POSITION_TOO_LARGE',
  sizeTooSmall: 'SIZE_TOO_SMALL',
  dataMissing: 'DATA_MISSING',
  profitLockHit: 'PROFIT_LOCK_HIT',
  cooldownStarted: 'COOLDOWN_STARTED',
  cooldownEnded: 'COOLDOWN_ENDED',
  /** A new trading day began: counters, PnL and halts were reset. */
  sessionDayRolled: 'SESSION_DAY_ROLLED',
  /** An entry passed every check: sizes, SL/TP and session stats in the details. */
  entryApproved: 'ENTRY_APPROVED',
  /** An entry was refused: symbol, decision, edge, notional, reasons and session stats. */
  entryRejected: 'ENTRY_REJECTED',
  /** An unexpected failure inside the risk layer (the entry was refused). */
  riskError: 'RISK_ERROR',
} as const;
export type RiskEventType = (typeof RiskEventType)[keyof typeof RiskEventType];

/** The wire's severities. */
export type RiskSeverity = 'info' | 'warning' | 'error';

/** A JSON-safe detail value (non-finite numbers are carried as strings such as "NaN"). */
export type RiskDetailValue = null | boolean | number | string | readonly RiskDetailValue[] | { readonly [key: string]: RiskDetailValue };

export interface RiskEvent {
  readonly type: RiskEventType;
  /** Instrument id the event concerns; "" for account-wide events (daily loss, day roll). */
  readonly symbol: string;
  readonly details: Readonly<Record<string, RiskDetailValue>>;
  /** Event time, ms since the epoch (the injected clock, never the wall clock). */
  readonly tsMs: number;
  readonly severity: RiskSeverity;
}

/** Receives every published event, synchronously, in publication order. */
export type RiskEventListener = (event: RiskEvent) => void;

export interface RiskEventBusOptions {
  /**
   * Called when a listener throws; the other listeners still run. Without it the first error is
   * rethrown after every listener has run.
   */
  readonly onListenerError?: (error: unknown, event: RiskEvent) => void;
}

/** The single point where risk events are published; pure and synchronous. */
export class RiskEventBus {
  private readonly listeners: RiskEventListener[] = [];

  constructor(private readonly options: RiskEventBusOptions = {}) {}

  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: RiskEventListener): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  /**
   * Delivers `event` to every listener in subscription order.
   * @throws the first listener error when no `onListenerError` was given.
   */
  publish(event: RiskEvent): void {
    let first: unknown = undefined;
    let failed = false;
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        if (this.options.onListenerError) this.options.onListenerError(error, event);
        else if (!failed) {
          failed = true;
          first = error;
        }
      }
    }
    if (failed) throw first;
  }
}

/** Builds a RiskEvent with JSON-safe details (non-finite numbers become strings). */
export function createRiskEvent(type: RiskEventType, symbol: string, severity: RiskSeverity, tsMs: number, details: Record<string, unknown>): RiskEvent {
  return { type, symbol, severity, tsMs, details: toDetails(details) };
}

function toDetails(details: Record<string, unknown>): Record<string, RiskDetailValue> {
  const out: Record<string, RiskDetailValue> = {};
  for (const [k, v] of Object.entries(details)) if (v !== undefined) out[k] = toDetail(v);
  return out;
}

function toDetail(v: unknown): RiskDetailValue {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (Array.isArray(v)) return v.map(toDetail);
  if (typeof v === 'object') return toDetails(v as Record<string, unknown>);
  return typeof v === 'bigint' ? `${v}n` : `a ${typeof v}`;
}

/** The fields of the wire's telemetry RiskEvent message (proto dolphin.bridge.v1.RiskEvent). */
export interface RiskEventWire {
  readonly type: string;
  readonly symbol: string;
  /** Canonical JSON of the details (keys sorted at every depth). */
  readonly detailsJson: string;
  readonly tsNs: bigint;
  readonly severity: RiskSeverity;
  readonly strategy: string;
}

/** Maps an event to the telemetry RiskEvent fields; the host encodes and publishes them on PUB. */
export function riskEventToWire(event: RiskEvent, strategy: string): RiskEventWire {
  return {
    type: event.type,
    symbol: event.symbol,
    detailsJson: canonicalDetails(event.details),
    tsNs: BigInt(Math.trunc(event.tsMs)) * 1_000_000n,
    severity: event.severity,
    strategy,
  };
}

function canonicalDetails(v: RiskDetailValue): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${(v as readonly RiskDetailValue[]).map(canonicalDetails).join(',')}]`;
  const o = v as Readonly<Record<string, RiskDetailValue>>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalDetails(o[k] ?? null)}`)
    .join(',')}}`;
}
