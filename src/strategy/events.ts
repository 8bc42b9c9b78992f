/**
 * Market data and execution events as a strategy sees them, identical in every engine (Nautilus
 * through the bridge, or the in-process backtester). Times are milliseconds since the epoch (UTC);
 * the exact nanosecond stamps ride along as bigint where Nautilus reports them.
 */

export const OrderSide = { buy: 'BUY', sell: 'SELL' } as const;
export type OrderSide = (typeof OrderSide)[keyof typeof OrderSide];

export type OrderType =
  | 'MARKET'
  | 'LIMIT'
  | 'STOP_MARKET'
  | 'STOP_LIMIT'
  | 'MARKET_IF_TOUCHED'
  | 'LIMIT_IF_TOUCHED'
  | 'TRAILING_STOP_MARKET'
  | 'OTHER';

export type TimeInForce = 'GTC' | 'IOC' | 'FOK' | 'GTD' | 'DAY';
export type LiquiditySide = 'MAKER' | 'TAKER' | 'NONE';
export type PositionSide = 'FLAT' | 'LONG' | 'SHORT';
export type TradingState = 'ACTIVE' | 'HALTED' | 'REDUCING';

/**
 * A bar, stamped at its close (`tsMs` = Nautilus ts_init). In the in-process backtester the same
 * object is reused for every bar: copy what you need to keep, it is valid during the callback only.
 */
export interface Bar {
  readonly barType: string;
  readonly instrumentId: string;
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly close: number;
  readonly volume: number;
  /** Close time (ts_init), ms. */
  readonly tsMs: number;
  /** Nautilus ts_event, ms (equals tsMs for close-stamped bars). */
  readonly tsEventMs: number;
}

/** A trade or quote tick as observers around the strategy see it: the trade's price and size, or the quote's mid (size 0). */
export interface TickPoint {
  readonly instrumentId: string;
  readonly tsMs: number;
  readonly price: number;
  readonly size: number;
}

export interface QuoteTick {
  readonly instrumentId: string;
  readonly bid: number;
  readonly ask: number;
  readonly bidSize: number;
  readonly askSize: number;
  readonly tsMs: number;
}

export interface TradeTick {
  readonly instrumentId: string;
  readonly price: number;
  readonly size: number;
  readonly aggressor: 'BUYER' | 'SELLER' | 'NONE';
  readonly tradeId: string;
  readonly tsMs: number;
}

export interface BookLevel {
  readonly price: number;
  readonly size: number;
}

/** Depth-limited order book snapshot, best level first on each side. */
export interface OrderBookDepth {
  readonly instrumentId: string;
  readonly bids: readonly BookLevel[];
  readonly asks: readonly BookLevel[];
  readonly tsMs: number;
}

interface OrderEventBase {
  readonly clientOrderId: string;
  readonly instrumentId: string;
  readonly tsMs: number;
}

export interface OrderSubmitted extends OrderEventBase {
  readonly kind: 'order-submitted';
}
export interface OrderAccepted extends OrderEventBase {
  readonly kind: 'order-accepted';
  readonly venueOrderId: string;
}
export interface OrderRejected extends OrderEventBase {
  readonly kind: 'order-rejected';
  readonly reason: string;
  readonly duePostOnly: boolean;
}
export interface OrderDenied extends OrderEventBase {
  readonly kind: 'order-denied';
  readonly reason: string;
}
export interface OrderFilled extends OrderEventBase {
  readonly kind: 'order-filled';
  readonly venueOrderId: string;
  readonly tradeId: string;
  readonly positionId: string;
  readonly side: OrderSide;
  readonly orderType: OrderType;
  readonly lastQty: number;
  readonly lastPx: number;
  /** Commission in `commissionCurrency` (positive = paid). */
  readonly commission: number;
  readonly commissionCurrency: string;
  readonly liquiditySide: LiquiditySide;
  readonly tags: readonly string[];
}
export interface OrderCanceled extends OrderEventBase {
  readonly kind: 'order-canceled';
}
export interface OrderExpired extends OrderEventBase {
  readonly kind: 'order-expired';
}
export interface OrderTriggered extends OrderEventBase {
  readonly kind: 'order-triggered';
}
export interface OrderUpdated extends OrderEventBase {
  readonly kind: 'order-updated';
  readonly quantity: number;
  readonly price: number | null;
  readonly triggerPrice: number | null;
}
export interface OrderModifyRejected extends OrderEventBase {
  readonly kind: 'order-modify-rejected';
  readonly reason: string;
}
export interface OrderCancelRejected extends OrderEventBase {
  readonly kind: 'order-cancel-rejected';
  readonly reason: string;
}

export type OrderEvent =
  | OrderSubmitted
  | OrderAccepted
  | OrderRejected
  | OrderDenied
  | OrderFilled
  | OrderCanceled
  | OrderExpired
  | OrderTriggered
  | OrderUpdated
  | OrderModifyRejected
  | OrderCancelRejected;

/** A position as Nautilus reports it on PositionOpened / Changed / Closed (NETTING: one per instrument). */
export interface PositionSnapshot {
  readonly positionId: string;
  readonly instrumentId: string;
  readonly side: PositionSide;
  /** Absolute quantity. */
  readonly quantity: number;
  /** Negative when short. */
  readonly signedQty: number;
  readonly avgPxOpen: number;
  readonly avgPxClose: number;
  /** Settlement currency, commissions included (Nautilus Position.realized_pnl). */
  readonly realizedPnl: number;
  readonly unrealizedPnl: number;
  readonly openingOrderId: string;
  readonly closingOrderId: string;
  readonly tsOpenedMs: number;
  readonly tsClosedMs: number;
  readonly tsMs: number;
  readonly lastPx: number;
  readonly lastQty: number;
}

export interface PositionEvent {
  readonly kind: 'position-opened' | 'position-changed' | 'position-closed';
  readonly position: PositionSnapshot;
}

export interface BalanceSnapshot {
  readonly currency: string;
  readonly total: number;
  readonly locked: number;
  readonly free: number;
}

export interface MarginSnapshot {
  readonly instrumentId: string;
  readonly initial: number;
  readonly maintenance: number;
  readonly currency: string;
}

export interface AccountSnapshot {
  readonly accountId: string;
  readonly accountType: string;
  readonly baseCurrency: string;
  readonly balances: readonly BalanceSnapshot[];
  readonly margins: readonly MarginSnapshot[];
  readonly tsMs: number;
}

export interface AccountStateEvent {
  readonly kind: 'account-state';
  readonly account: AccountSnapshot;
}

/** Reason codes for a command refused before it reached the venue (shim, host gate or simulator). */
export type CommandRejectCode =
  | 'UNKNOWN_INSTRUMENT'
  | 'OFF_GRID_PRICE'
  | 'OFF_GRID_QUANTITY'
  | 'QUANTITY_BELOW_MIN'
  | 'QUANTITY_ABOVE_MAX'
  | 'NOTIONAL_BELOW_MIN'
  | 'NOTIONAL_ABOVE_MAX'
  | 'REDUCE_ONLY_WOULD_INCREASE'
  | 'DUPLICATE_COMMAND_ID'
  | 'DUPLICATE_CLIENT_ORDER_ID'
  | 'UNKNOWN_ORDER'
  | 'NO_POSITION'
  | 'INVALID_COMMAND'
  | 'INVALID_PRICE'
  | 'INVALID_QUANTITY'
  | 'ORDER_NOT_OPEN'
  | 'FAIL_SAFE_ACTIVE'
  /** Host-side gates (risk engine, survival posture). */
  | 'RISK_DENIED'
  | 'POSTURE_BLOCKED';

/** A command that was refused: by the shim's validation, by the simulator, or by a host gate. */
export interface CommandRejected {
  readonly kind: 'command-rejected';
  readonly commandId: string;
  readonly code: CommandRejectCode;
  readonly reason: string;
  readonly clientOrderIds: readonly string[];
  readonly tsMs: number;
}

export type ExecutionEvent = OrderEvent | PositionEvent | AccountStateEvent | CommandRejected;
