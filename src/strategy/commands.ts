/**
 * Commands a strategy's context emits, one-to-one with the wire's Command message. Prices and
 * quantities are decimal strings on the instrument's increments; the shim and the simulator
 * re-validate them and reject, they never re-round.
 */
import type { OrderSide, OrderType, TimeInForce, TradingState } from './events.js';

interface CommandBase {
  /** Idempotency key, unique per session. */
  readonly commandId: string;
}

export interface SubmitMarket extends CommandBase {
  readonly kind: 'submit-market';
  readonly instrumentId: string;
  readonly side: OrderSide;
  readonly quantity: string;
  readonly timeInForce: TimeInForce;
  readonly reduceOnly: boolean;
  readonly clientOrderId: string;
  readonly tags: readonly string[];
}

export interface SubmitLimit extends CommandBase {
  readonly kind: 'submit-limit';
  readonly instrumentId: string;
  readonly side: OrderSide;
  readonly quantity: string;
  readonly price: string;
  readonly timeInForce: TimeInForce;
  readonly postOnly: boolean;
  readonly reduceOnly: boolean;
  /** For GTD, ms; 0 otherwise. */
  readonly expireTimeMs: number;
  readonly clientOrderId: string;
  readonly tags: readonly string[];
}

export interface SubmitStopMarket extends CommandBase {
  readonly kind: 'submit-stop-market';
  readonly instrumentId: string;
  readonly side: OrderSide;
  readonly quantity: string;
  readonly triggerPrice: string;
  readonly timeInForce: TimeInForce;
  readonly reduceOnly: boolean;
  readonly expireTimeMs: number;
  readonly clientOrderId: string;
  readonly tags: readonly string[];
}

export interface SubmitBracket extends CommandBase {
  readonly kind: 'submit-bracket';
  readonly instrumentId: string;
  readonly side: OrderSide;
  readonly quantity: string;
  readonly entryType: Extract<OrderType, 'MARKET' | 'LIMIT'>;
  /** For a LIMIT entry; '' otherwise. */
  readonly entryPrice: string;
  readonly entryPostOnly: boolean;
  readonly slTriggerPrice: string;
  readonly tpPrice: string;
  /** Nautilus's default is true: a TP that would take liquidity is rejected. */
  readonly tpPostOnly: boolean;
  readonly timeInForce: TimeInForce;
  readonly entryClientOrderId: string;
  readonly slClientOrderId: string;
  readonly tpClientOrderId: string;
  readonly entryTags: readonly string[];
  readonly slTags: readonly string[];
  readonly tpTags: readonly string[];
}

export interface CancelOrder extends CommandBase {
  readonly kind: 'cancel-order';
  readonly clientOrderId: string;
}

export interface CancelAll extends CommandBase {
  readonly kind: 'cancel-all';
  /** '' = every instrument. */
  readonly instrumentId: string;
  /** null = both sides. */
  readonly side: OrderSide | null;
}

export interface ModifyOrder extends CommandBase {
  readonly kind: 'modify-order';
  readonly clientOrderId: string;
  /** '' leaves a field unchanged. */
  readonly quantity: string;
  readonly price: string;
  readonly triggerPrice: string;
}

export interface ClosePosition extends CommandBase {
  readonly kind: 'close-position';
  readonly instrumentId: string;
  readonly clientOrderId: string;
  readonly tags: readonly string[];
}

export interface CloseAll extends CommandBase {
  readonly kind: 'close-all';
  readonly tags: readonly string[];
  /** Closing orders get ids `${prefix}-${n}`, n from 1 in instrument-id order. */
  readonly clientOrderIdPrefix: string;
}

export interface SetTradingState extends CommandBase {
  readonly kind: 'set-trading-state';
  readonly state: TradingState;
  readonly reason: string;
}

export type Command =
  | SubmitMarket
  | SubmitLimit
  | SubmitStopMarket
  | SubmitBracket
  | CancelOrder
  | CancelAll
  | ModifyOrder
  | ClosePosition
  | CloseAll
  | SetTradingState;

export type SubmitCommand = SubmitMarket | SubmitLimit | SubmitStopMarket | SubmitBracket;

/** True for commands that create orders. */
export function isSubmitCommand(cmd: Command): cmd is SubmitCommand {
  return cmd.kind === 'submit-market' || cmd.kind === 'submit-limit' || cmd.kind === 'submit-stop-market' || cmd.kind === 'submit-bracket';
}
