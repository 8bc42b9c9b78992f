/**
 * What a strategy author implements (`Strategy`, created by a `StrategyDefinition`) and what it
 * gets (`StrategyContext`). A strategy cannot tell which engine runs it: Nautilus through the
 * bridge and the in-process backtester drive the same {@link StrategyRunner}.
 */
import type { z } from 'zod';
import type { Clock, Instrument } from '../market/index.js';
import type {
  AccountSnapshot,
  AccountStateEvent,
  Bar,
  CommandRejected,
  OrderBookDepth,
  OrderEvent,
  OrderSide,
  PositionEvent,
  PositionSnapshot,
  QuoteTick,
  TimeInForce,
  TradeTick,
} from './events.js';

/** Structured logger handed to strategies; `event` is a stable snake_case name. */
export interface StrategyLogger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

/** A logger that drops everything (sweeps, tests). */
export const silentLogger: StrategyLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** Callbacks a strategy may implement. All are optional; the engine calls them in event order. */
export interface Strategy {
  onStart?(): void;
  onBar?(bar: Bar): void;
  onQuote?(quote: QuoteTick): void;
  onTrade?(trade: TradeTick): void;
  onBook?(book: OrderBookDepth): void;
  /** Order events, and `command-rejected` for a command refused before reaching the venue. */
  onOrderEvent?(event: OrderEvent | CommandRejected): void;
  onPositionEvent?(event: PositionEvent): void;
  onAccountState?(event: AccountStateEvent): void;
  /** The node is stopping: cancel and close here if the strategy wants a flat book at the end. */
  onStop?(): void;
}

/** A strategy as the registry knows it: name, version, parameter schema and factory. */
export interface StrategyDefinition<P = unknown> {
  /** Kebab-case id, e.g. `ema-cross`. */
  readonly name: string;
  readonly version: string;
  readonly description: string;
  /** zod schema of the parameters; `.strict()` so an unknown key is an error naming it. */
  readonly paramsSchema: z.ZodType<P>;
  /**
   * When true, bars sharing a close time are delivered one by one but a decision is taken only
   * after the last of the group (multi-asset strategies such as `dolphin`).
   */
  readonly groupBarsByTs?: boolean;
  create(params: P, ctx: StrategyContext): Strategy;
}

/** Defines a strategy with its parameter type inferred from the schema. */
export function defineStrategy<P>(definition: StrategyDefinition<P>): StrategyDefinition<P> {
  return definition;
}

export interface OrderRequestBase {
  readonly instrumentId: string;
  readonly side: OrderSide;
  /** A number on the size grid (formatted with the instrument precision) or a decimal string. */
  readonly quantity: number | string;
  readonly timeInForce?: TimeInForce;
  readonly reduceOnly?: boolean;
  readonly tags?: readonly string[];
}

export type MarketOrderRequest = OrderRequestBase;

export interface LimitOrderRequest extends OrderRequestBase {
  readonly price: number | string;
  readonly postOnly?: boolean;
  readonly expireTimeMs?: number;
}

export interface StopMarketOrderRequest extends OrderRequestBase {
  readonly triggerPrice: number | string;
  readonly expireTimeMs?: number;
}

export interface BracketOrderRequest {
  readonly instrumentId: string;
  readonly side: OrderSide;
  readonly quantity: number | string;
  /** Default: market entry. */
  readonly entry?: { readonly type: 'MARKET' } | { readonly type: 'LIMIT'; readonly price: number | string; readonly postOnly?: boolean };
  readonly slTriggerPrice: number | string;
  readonly tpPrice: number | string;
  /** Default true, as in Nautilus. */
  readonly tpPostOnly?: boolean;
  readonly timeInForce?: TimeInForce;
  readonly entryTags?: readonly string[];
  readonly slTags?: readonly string[];
  readonly tpTags?: readonly string[];
}

export interface BracketIds {
  readonly entry: string;
  readonly sl: string;
  readonly tp: string;
}

export type OrderStatus =
  | 'SUBMITTED'
  | 'ACCEPTED'
  | 'TRIGGERED'
  | 'PARTIALLY_FILLED'
  | 'FILLED'
  | 'CANCELED'
  | 'EXPIRED'
  | 'REJECTED'
  | 'DENIED';

/** The host's view of one order, kept from commands and events. */
export interface OrderView {
  readonly clientOrderId: string;
  readonly instrumentId: string;
  readonly side: OrderSide;
  readonly type: string;
  readonly quantity: number;
  readonly filledQty: number;
  readonly price: number | null;
  readonly triggerPrice: number | null;
  readonly reduceOnly: boolean;
  readonly status: OrderStatus;
  readonly tags: readonly string[];
}

/** Read-only portfolio view, updated from the engine's events before each callback. */
export interface PortfolioView {
  /** Open position on the instrument, or null when flat. */
  position(instrumentId: string): PositionSnapshot | null;
  /** Signed net quantity (negative = short, 0 = flat). */
  netQuantity(instrumentId: string): number;
  isFlat(instrumentId: string): boolean;
  isNetLong(instrumentId: string): boolean;
  isNetShort(instrumentId: string): boolean;
  /** True when no instrument has an open position. */
  isCompletelyFlat(): boolean;
  /** Instruments with an open position, sorted by id. */
  openPositions(): readonly PositionSnapshot[];
  /** Last account state reported by the venue, or null before the first. */
  account(): AccountSnapshot | null;
  /** Total balance in `currency` (default: the account's base currency), or NaN when unknown. */
  balanceTotal(currency?: string): number;
  balanceFree(currency?: string): number;
  /** Unrealized PnL of the open position at the last known price (0 when flat, NaN without a price). */
  unrealizedPnl(instrumentId: string): number;
  /** Balance total + unrealized PnL of every open position, settlement currency. NaN when unknown. */
  equity(): number;
  /** |net quantity| x last price x multiplier, quote currency (0 when flat). */
  exposureNotional(instrumentId: string): number;
  /** Last price seen for the instrument (bar close, trade, quote mid or fill), or NaN. */
  lastPrice(instrumentId: string): number;
  /** Orders not in a terminal state, optionally for one instrument, in submission order. */
  openOrders(instrumentId?: string): readonly OrderView[];
  order(clientOrderId: string): OrderView | null;
}

/** Read access to the instruments the node offered in Hello. */
export interface InstrumentCatalog {
  /** @throws InvariantError for an unknown id. */
  get(instrumentId: string): Instrument;
  has(instrumentId: string): boolean;
  list(): readonly Instrument[];
}

/** A typed key for a service the host injects into strategies (feature feed, order-book provider...). */
export interface ServiceKey<T> {
  readonly name: string;
  /** Phantom field carrying the service type; never set. */
  readonly __type?: T;
}

/** Creates a typed service key; the module that owns the service type exports it. */
export function serviceKey<T>(name: string): ServiceKey<T> {
  return { name };
}

/** Services the host injected for this run. */
export interface ServiceRegistry {
  get<T>(key: ServiceKey<T>): T | undefined;
}

/** What a strategy wants to enter, for the risk engine (seed 000 Layer 2 -> Layer 3). */
export interface EntryDecision {
  readonly instrumentId: string;
  readonly direction: 'LONG' | 'SHORT';
  /** |p - 0.5| style edge estimate, >= 0. */
  readonly edge: number;
  readonly confidence?: number;
  readonly regime?: string;
  readonly tag?: string;
}

/** The risk engine's verdict as a strategy sees it; an approved entry was submitted as a bracket. */
export interface EntryOutcome {
  readonly approved: boolean;
  readonly quantity: number;
  readonly notional: number;
  readonly leverage: number;
  readonly sl: number | null;
  readonly tp: number | null;
  readonly reasons: readonly string[];
  /** Ids of the bracket submitted when approved. */
  readonly orderIds: BracketIds | null;
}

/** Layer-3 risk as a strategy sees it (implemented by src/risk, wired by the host). */
export interface RiskGateway {
  /** Sizes the entry, places SL/TP, checks session limits; when approved, submits a bracket. */
  enter(decision: EntryDecision): EntryOutcome;
}

export type Posture = 'APEX' | 'STALKER' | 'TURTLE' | 'HIBERNATE';

/** The survival controller's current output as a strategy sees it. */
export interface PostureView {
  readonly posture: Posture;
  /** Risk multiplier in [0, 1]. */
  readonly rm: number;
}

/** What a strategy gets: time, logs, instruments, portfolio, order entry, services. */
export interface StrategyContext {
  readonly clock: Clock;
  readonly log: StrategyLogger;
  readonly instruments: InstrumentCatalog;
  readonly portfolio: PortfolioView;
  readonly services: ServiceRegistry;
  /** Null when the host runs without a risk engine. */
  readonly risk: RiskGateway | null;
  /** The current survival posture (APEX with rm 1 when the host runs without survival control). */
  readonly posture: PostureView;

  /** Subscriptions are declared in onStart. */
  subscribeBars(barType: string): void;
  subscribeQuotes(instrumentId: string): void;
  subscribeTrades(instrumentId: string): void;
  subscribeBook(instrumentId: string, options?: { depth?: number; intervalMs?: number }): void;

  /** Each submit returns the client order id the host assigned. */
  submitMarket(request: MarketOrderRequest): string;
  submitLimit(request: LimitOrderRequest): string;
  submitStopMarket(request: StopMarketOrderRequest): string;
  submitBracket(request: BracketOrderRequest): BracketIds;
  cancelOrder(clientOrderId: string): void;
  cancelAllOrders(instrumentId?: string, side?: OrderSide): void;
  modifyOrder(clientOrderId: string, changes: { quantity?: number | string; price?: number | string; triggerPrice?: number | string }): void;
  /** Market-closes the open position (reduce-only). Returns the order id, or null when flat. */
  closePosition(instrumentId: string, tags?: readonly string[]): string | null;
  /** Closes every open position. */
  closeAllPositions(tags?: readonly string[]): void;
}
