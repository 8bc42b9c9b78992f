/**
 * Encoding and decoding of bridge frames, and the mapping between wire messages and the strategy
 * SDK's domain types. The generated protobufjs code in ./gen is never edited by hand.
 */
import Long from 'long';
import protobuf from 'protobufjs/minimal.js';
import { dolphin } from './gen/bridge.js';
import { instrumentFromSpec, nsToMs, type Instrument, type InstrumentSpec } from '../market/index.js';
import type {
  AccountSnapshot,
  Bar,
  Command,
  CommandRejectCode,
  ExecutionEvent,
  LiquiditySide,
  OrderBookDepth,
  OrderSide,
  OrderType,
  PositionSide,
  PositionSnapshot,
  QuoteTick,
  TimeInForce,
  TradeTick,
  TradingState,
} from '../strategy/index.js';

// protobufjs picks up `long` for 64-bit fields when it is configured this way.
protobuf.util.Long = Long;
protobuf.configure();

export const pb = dolphin.bridge.v1;
export type Envelope = dolphin.bridge.v1.Envelope;
export type EnvelopeProps = dolphin.bridge.v1.Envelope.$Properties;
export type EnvelopeBody = NonNullable<Envelope['body']>;

/** The protocol version this build speaks. */
export const PROTOCOL_VERSION = pb.ProtocolVersion.PROTOCOL_VERSION_CURRENT;

/** A frame that could not be decoded as an Envelope. */
export class WireDecodeError extends Error {
  override readonly name = 'WireDecodeError';
}

/** Encodes an envelope to bytes. */
export function encodeEnvelope(props: EnvelopeProps): Uint8Array {
  return pb.Envelope.encode(props).finish();
}

const Writer = protobuf.Writer;

/**
 * Encodes a Decision envelope directly with the wire writer: the lockstep hot path (one per
 * request). Byte-compatible with {@link encodeEnvelope} of the same fields (zero-valued scalars
 * omitted, as proto3 does).
 */
export function encodeDecisionFrame(
  seq: number,
  ack: number,
  tsNs: number | Long | null | undefined,
  sessionId: string,
  inReplyTo: number | Long | null | undefined,
  commands: readonly dolphin.bridge.v1.Command.$Properties[],
): Uint8Array {
  const w = Writer.create();
  if (seq !== 0) w.uint32(8).uint64(seq);
  if (ack !== 0) w.uint32(16).uint64(ack);
  if (tsNs !== null && tsNs !== undefined && tsNs !== 0) w.uint32(24).int64(tsNs);
  if (sessionId !== '') w.uint32(34).string(sessionId);
  w.uint32(122).fork();
  if (inReplyTo !== null && inReplyTo !== undefined && inReplyTo !== 0) w.uint32(8).uint64(inReplyTo);
  for (const c of commands) pb.Command.encode(c, w.uint32(18).fork()).ldelim();
  w.ldelim();
  return w.finish();
}

/**
 * Decodes one frame.
 * @throws WireDecodeError when the bytes are not a valid Envelope or carry no known body.
 */
export function decodeEnvelope(bytes: Uint8Array): Envelope {
  let env: Envelope;
  try {
    env = pb.Envelope.decode(bytes);
  } catch (err: unknown) {
    throw new WireDecodeError(`malformed frame (${bytes.length} bytes): ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  return env;
}

/** 64-bit wire integer (Long or number) to bigint, exactly. */
export function toBigInt(v: number | Long | null | undefined): bigint {
  if (v === null || v === undefined) return 0n;
  if (typeof v === 'number') return BigInt(Math.trunc(v));
  const unsigned = (BigInt(v.high >>> 0) << 32n) | BigInt(v.low >>> 0);
  return v.unsigned ? unsigned : BigInt.asIntN(64, unsigned);
}

/** bigint to a signed 64-bit Long for the wire. */
export function toLong(v: bigint): Long {
  const u = BigInt.asUintN(64, v);
  return Long.fromBits(Number(u & 0xffffffffn) | 0, Number(u >> 32n) | 0, false);
}

/** bigint to an unsigned 64-bit Long for the wire (seq, ack). */
export function toULong(v: bigint): Long {
  const u = BigInt.asUintN(64, v);
  return Long.fromBits(Number(u & 0xffffffffn) | 0, Number(u >> 32n) | 0, true);
}

/** A wire integer below 2^53 (sequence numbers) as a number. */
export function toSafeNumber(v: number | Long | null | undefined): number {
  if (v === null || v === undefined) return 0;
  return typeof v === 'number' ? v : v.toNumber();
}

/** Nanosecond wire timestamp to whole milliseconds. */
export function wireNsToMs(v: number | Long | null | undefined): number {
  return nsToMs(toBigInt(v));
}

// ---------------------------------------------------------------------------------------------
// Enums
// ---------------------------------------------------------------------------------------------

const E = pb;

export function orderSideFromWire(v: number | null | undefined): OrderSide {
  return v === E.OrderSide.ORDER_SIDE_SELL ? 'SELL' : 'BUY';
}

export function orderSideToWire(side: OrderSide): dolphin.bridge.v1.OrderSide {
  return side === 'BUY' ? E.OrderSide.ORDER_SIDE_BUY : E.OrderSide.ORDER_SIDE_SELL;
}

const ORDER_TYPES: Record<number, OrderType> = {
  [E.OrderType.ORDER_TYPE_MARKET]: 'MARKET',
  [E.OrderType.ORDER_TYPE_LIMIT]: 'LIMIT',
  [E.OrderType.ORDER_TYPE_STOP_MARKET]: 'STOP_MARKET',
  [E.OrderType.ORDER_TYPE_STOP_LIMIT]: 'STOP_LIMIT',
  [E.OrderType.ORDER_TYPE_MARKET_IF_TOUCHED]: 'MARKET_IF_TOUCHED',
  [E.OrderType.ORDER_TYPE_LIMIT_IF_TOUCHED]: 'LIMIT_IF_TOUCHED',
  [E.OrderType.ORDER_TYPE_TRAILING_STOP_MARKET]: 'TRAILING_STOP_MARKET',
};

export function orderTypeFromWire(v: number | null | undefined): OrderType {
  return ORDER_TYPES[v ?? 0] ?? 'OTHER';
}

const ORDER_TYPES_TO_WIRE: Record<OrderType, dolphin.bridge.v1.OrderType> = {
  MARKET: E.OrderType.ORDER_TYPE_MARKET,
  LIMIT: E.OrderType.ORDER_TYPE_LIMIT,
  STOP_MARKET: E.OrderType.ORDER_TYPE_STOP_MARKET,
  STOP_LIMIT: E.OrderType.ORDER_TYPE_STOP_LIMIT,
  MARKET_IF_TOUCHED: E.OrderType.ORDER_TYPE_MARKET_IF_TOUCHED,
  LIMIT_IF_TOUCHED: E.OrderType.ORDER_TYPE_LIMIT_IF_TOUCHED,
  TRAILING_STOP_MARKET: E.OrderType.ORDER_TYPE_TRAILING_STOP_MARKET,
  OTHER: E.OrderType.ORDER_TYPE_OTHER,
};

export function orderTypeToWire(t: OrderType): dolphin.bridge.v1.OrderType {
  return ORDER_TYPES_TO_WIRE[t];
}

const TIFS: Record<TimeInForce, dolphin.bridge.v1.TimeInForce> = {
  GTC: E.TimeInForce.TIME_IN_FORCE_GTC,
  IOC: E.TimeInForce.TIME_IN_FORCE_IOC,
  FOK: E.TimeInForce.TIME_IN_FORCE_FOK,
  GTD: E.TimeInForce.TIME_IN_FORCE_GTD,
  DAY: E.TimeInForce.TIME_IN_FORCE_DAY,
};

export function timeInForceToWire(t: TimeInForce): dolphin.bridge.v1.TimeInForce {
  return TIFS[t];
}

function liquidityFromWire(v: number | null | undefined): LiquiditySide {
  if (v === E.LiquiditySide.LIQUIDITY_SIDE_MAKER) return 'MAKER';
  if (v === E.LiquiditySide.LIQUIDITY_SIDE_TAKER) return 'TAKER';
  return 'NONE';
}

function positionSideFromWire(v: number | null | undefined): PositionSide {
  if (v === E.PositionSide.POSITION_SIDE_LONG) return 'LONG';
  if (v === E.PositionSide.POSITION_SIDE_SHORT) return 'SHORT';
  return 'FLAT';
}

const REJECT_CODES: Record<number, CommandRejectCode> = {
  1: 'UNKNOWN_INSTRUMENT',
  2: 'OFF_GRID_PRICE',
  3: 'OFF_GRID_QUANTITY',
  4: 'QUANTITY_BELOW_MIN',
  5: 'QUANTITY_ABOVE_MAX',
  6: 'NOTIONAL_BELOW_MIN',
  7: 'NOTIONAL_ABOVE_MAX',
  8: 'REDUCE_ONLY_WOULD_INCREASE',
  9: 'DUPLICATE_COMMAND_ID',
  10: 'DUPLICATE_CLIENT_ORDER_ID',
  11: 'UNKNOWN_ORDER',
  12: 'NO_POSITION',
  13: 'INVALID_COMMAND',
  14: 'INVALID_PRICE',
  15: 'INVALID_QUANTITY',
  16: 'ORDER_NOT_OPEN',
  17: 'FAIL_SAFE_ACTIVE',
};

export function commandRejectCodeFromWire(v: number | null | undefined): CommandRejectCode {
  return REJECT_CODES[v ?? 0] ?? 'INVALID_COMMAND';
}

const TRADING_STATES: Record<TradingState, dolphin.bridge.v1.TradingState> = {
  ACTIVE: E.TradingState.TRADING_STATE_ACTIVE,
  HALTED: E.TradingState.TRADING_STATE_HALTED,
  REDUCING: E.TradingState.TRADING_STATE_REDUCING,
};

// ---------------------------------------------------------------------------------------------
// Session data
// ---------------------------------------------------------------------------------------------

/** Wire Instrument to the SDK's spec shape. */
export function instrumentSpecFromWire(i: dolphin.bridge.v1.Instrument.$Properties): InstrumentSpec {
  return {
    instrumentId: i.instrumentId ?? '',
    rawSymbol: i.rawSymbol ?? '',
    baseCurrency: i.baseCurrency ?? '',
    quoteCurrency: i.quoteCurrency ?? '',
    settlementCurrency: i.settlementCurrency ?? '',
    isInverse: i.isInverse ?? false,
    pricePrecision: i.pricePrecision ?? 0,
    sizePrecision: i.sizePrecision ?? 0,
    priceIncrement: i.priceIncrement ?? '',
    sizeIncrement: i.sizeIncrement ?? '',
    multiplier: i.multiplier ?? '',
    lotSize: i.lotSize ?? '',
    minQuantity: i.minQuantity ?? '',
    maxQuantity: i.maxQuantity ?? '',
    minNotional: i.minNotional ?? '',
    maxNotional: i.maxNotional ?? '',
    minPrice: i.minPrice ?? '',
    maxPrice: i.maxPrice ?? '',
    makerFee: i.makerFee ?? '',
    takerFee: i.takerFee ?? '',
    marginInit: i.marginInit ?? '',
    marginMaint: i.marginMaint ?? '',
    maxLeverage: i.maxLeverage ?? '',
  };
}

/** SDK spec to the wire Instrument. */
export function instrumentSpecToWire(s: InstrumentSpec): dolphin.bridge.v1.Instrument.$Properties {
  return { ...s };
}

/** Wire Instrument to an SDK Instrument. @throws InvariantError on missing increments. */
export function instrumentFromWire(i: dolphin.bridge.v1.Instrument.$Properties): Instrument {
  return instrumentFromSpec(instrumentSpecFromWire(i));
}

export function accountFromWire(a: dolphin.bridge.v1.AccountState.$Properties): AccountSnapshot {
  return {
    accountId: a.accountId ?? '',
    accountType: a.accountType ?? '',
    baseCurrency: a.baseCurrency ?? '',
    balances: (a.balances ?? []).map((b) => ({
      currency: b.currency ?? '',
      total: Number(b.total ?? 'NaN'),
      locked: Number(b.locked ?? 'NaN'),
      free: Number(b.free ?? 'NaN'),
    })),
    margins: (a.margins ?? []).map((m) => ({
      instrumentId: m.instrumentId ?? '',
      initial: Number(m.initial ?? 'NaN'),
      maintenance: Number(m.maintenance ?? 'NaN'),
      currency: m.currency ?? '',
    })),
    tsMs: wireNsToMs(a.tsEventNs),
  };
}

// ---------------------------------------------------------------------------------------------
// Market data
// ---------------------------------------------------------------------------------------------

export function barFromWire(b: dolphin.bridge.v1.Bar.$Properties): Bar {
  return {
    barType: b.barType ?? '',
    instrumentId: b.instrumentId ?? '',
    open: b.open ?? 0,
    high: b.high ?? 0,
    low: b.low ?? 0,
    close: b.close ?? 0,
    volume: b.volume ?? 0,
    tsMs: wireNsToMs(b.tsInitNs),
    tsEventMs: wireNsToMs(b.tsEventNs),
  };
}

export function quoteFromWire(q: dolphin.bridge.v1.QuoteTick.$Properties): QuoteTick {
  return {
    instrumentId: q.instrumentId ?? '',
    bid: q.bid ?? 0,
    ask: q.ask ?? 0,
    bidSize: q.bidSize ?? 0,
    askSize: q.askSize ?? 0,
    tsMs: wireNsToMs(q.tsInitNs),
  };
}

export function tradeFromWire(t: dolphin.bridge.v1.TradeTick.$Properties): TradeTick {
  const a = t.aggressorSide;
  return {
    instrumentId: t.instrumentId ?? '',
    price: t.price ?? 0,
    size: t.size ?? 0,
    aggressor: a === E.AggressorSide.AGGRESSOR_SIDE_BUYER ? 'BUYER' : a === E.AggressorSide.AGGRESSOR_SIDE_SELLER ? 'SELLER' : 'NONE',
    tradeId: t.tradeId ?? '',
    tsMs: wireNsToMs(t.tsInitNs),
  };
}

export function bookFromWire(b: dolphin.bridge.v1.OrderBookDepth.$Properties): OrderBookDepth {
  const level = (l: dolphin.bridge.v1.BookLevel.$Properties): { price: number; size: number } => ({ price: l.price ?? 0, size: l.size ?? 0 });
  return {
    instrumentId: b.instrumentId ?? '',
    bids: (b.bids ?? []).map(level),
    asks: (b.asks ?? []).map(level),
    tsMs: wireNsToMs(b.tsInitNs),
  };
}

// ---------------------------------------------------------------------------------------------
// Execution events
// ---------------------------------------------------------------------------------------------

function positionFromWire(p: dolphin.bridge.v1.PositionState.$Properties | null | undefined): PositionSnapshot {
  const s = p ?? {};
  return {
    positionId: s.positionId ?? '',
    instrumentId: s.instrumentId ?? '',
    side: positionSideFromWire(s.side),
    quantity: Number(s.quantity || '0'),
    signedQty: s.signedQty ?? 0,
    avgPxOpen: s.avgPxOpen ?? 0,
    avgPxClose: s.avgPxClose ?? 0,
    realizedPnl: Number(s.realizedPnl || '0'),
    unrealizedPnl: Number(s.unrealizedPnl || '0'),
    openingOrderId: s.openingOrderId ?? '',
    closingOrderId: s.closingOrderId ?? '',
    tsOpenedMs: wireNsToMs(s.tsOpenedNs),
    tsClosedMs: wireNsToMs(s.tsClosedNs),
    tsMs: wireNsToMs(s.tsEventNs),
    lastPx: Number(s.lastPx || 'NaN'),
    lastQty: Number(s.lastQty || '0'),
  };
}

function optionalNumber(text: string | null | undefined): number | null {
  return text ? Number(text) : null;
}

/**
 * The execution event an envelope carries, or null when its body is not an execution event.
 */
export function executionEventFromWire(env: Envelope): ExecutionEvent | null {
  switch (env.body) {
    case 'orderSubmitted': {
      const e = env.orderSubmitted ?? {};
      return { kind: 'order-submitted', clientOrderId: e.clientOrderId ?? '', instrumentId: e.instrumentId ?? '', tsMs: wireNsToMs(e.tsEventNs) };
    }
    case 'orderAccepted': {
      const e = env.orderAccepted ?? {};
      return { kind: 'order-accepted', clientOrderId: e.clientOrderId ?? '', instrumentId: e.instrumentId ?? '', venueOrderId: e.venueOrderId ?? '', tsMs: wireNsToMs(e.tsEventNs) };
    }
    case 'orderRejected': {
      const e = env.orderRejected ?? {};
      return { kind: 'order-rejected', clientOrderId: e.clientOrderId ?? '', instrumentId: e.instrumentId ?? '', reason: e.reason ?? '', duePostOnly: e.duePostOnly ?? false, tsMs: wireNsToMs(e.tsEventNs) };
    }
    case 'orderDenied': {
      const e = env.orderDenied ?? {};
      return { kind: 'order-denied', clientOrderId: e.clientOrderId ?? '', instrumentId: e.instrumentId ?? '', reason: e.reason ?? '', tsMs: wireNsToMs(e.tsEventNs) };
    }
    case 'orderFilled': {
      const e = env.orderFilled ?? {};
      return {
        kind: 'order-filled',
        clientOrderId: e.clientOrderId ?? '',
        instrumentId: e.instrumentId ?? '',
        venueOrderId: e.venueOrderId ?? '',
        tradeId: e.tradeId ?? '',
        positionId: e.positionId ?? '',
        side: orderSideFromWire(e.side),
        orderType: orderTypeFromWire(e.orderType),
        lastQty: Number(e.lastQty ?? 'NaN'),
        lastPx: Number(e.lastPx ?? 'NaN'),
        commission: Number(e.commission || '0'),
        commissionCurrency: e.commissionCurrency ?? '',
        liquiditySide: liquidityFromWire(e.liquiditySide),
        tags: e.tags ?? [],
        tsMs: wireNsToMs(e.tsEventNs),
      };
    }
    case 'orderCanceled': {
      const e = env.orderCanceled ?? {};
      return { kind: 'order-canceled', clientOrderId: e.clientOrderId ?? '', instrumentId: e.instrumentId ?? '', tsMs: wireNsToMs(e.tsEventNs) };
    }
    case 'orderExpired': {
      const e = env.orderExpired ?? {};
      return { kind: 'order-expired', clientOrderId: e.clientOrderId ?? '', instrumentId: e.instrumentId ?? '', tsMs: wireNsToMs(e.tsEventNs) };
    }
    case 'orderTriggered': {
      const e = env.orderTriggered ?? {};
      return { kind: 'order-triggered', clientOrderId: e.clientOrderId ?? '', instrumentId: e.instrumentId ?? '', tsMs: wireNsToMs(e.tsEventNs) };
    }
    case 'orderUpdated': {
      const e = env.orderUpdated ?? {};
      return {
        kind: 'order-updated',
        clientOrderId: e.clientOrderId ?? '',
        instrumentId: e.instrumentId ?? '',
        quantity: Number(e.quantity || 'NaN'),
        price: optionalNumber(e.price),
        triggerPrice: optionalNumber(e.triggerPrice),
        tsMs: wireNsToMs(e.tsEventNs),
      };
    }
    case 'orderModifyRejected': {
      const e = env.orderModifyRejected ?? {};
      return { kind: 'order-modify-rejected', clientOrderId: e.clientOrderId ?? '', instrumentId: e.instrumentId ?? '', reason: e.reason ?? '', tsMs: wireNsToMs(e.tsEventNs) };
    }
    case 'orderCancelRejected': {
      const e = env.orderCancelRejected ?? {};
      return { kind: 'order-cancel-rejected', clientOrderId: e.clientOrderId ?? '', instrumentId: e.instrumentId ?? '', reason: e.reason ?? '', tsMs: wireNsToMs(e.tsEventNs) };
    }
    case 'positionOpened':
      return { kind: 'position-opened', position: positionFromWire(env.positionOpened?.position) };
    case 'positionChanged':
      return { kind: 'position-changed', position: positionFromWire(env.positionChanged?.position) };
    case 'positionClosed':
      return { kind: 'position-closed', position: positionFromWire(env.positionClosed?.position) };
    case 'accountState':
      return { kind: 'account-state', account: accountFromWire(env.accountState ?? {}) };
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------------

/** A domain command to its wire form. */
export function commandToWire(cmd: Command): dolphin.bridge.v1.Command.$Properties {
  const id = { commandId: cmd.commandId };
  switch (cmd.kind) {
    case 'submit-market':
      return {
        ...id,
        submitMarket: {
          instrumentId: cmd.instrumentId,
          side: orderSideToWire(cmd.side),
          quantity: cmd.quantity,
          timeInForce: timeInForceToWire(cmd.timeInForce),
          reduceOnly: cmd.reduceOnly,
          clientOrderId: cmd.clientOrderId,
          tags: [...cmd.tags],
        },
      };
    case 'submit-limit':
      return {
        ...id,
        submitLimit: {
          instrumentId: cmd.instrumentId,
          side: orderSideToWire(cmd.side),
          quantity: cmd.quantity,
          price: cmd.price,
          timeInForce: timeInForceToWire(cmd.timeInForce),
          postOnly: cmd.postOnly,
          reduceOnly: cmd.reduceOnly,
          expireTimeNs: toLong(BigInt(cmd.expireTimeMs) * 1_000_000n),
          clientOrderId: cmd.clientOrderId,
          tags: [...cmd.tags],
        },
      };
    case 'submit-stop-market':
      return {
        ...id,
        submitStopMarket: {
          instrumentId: cmd.instrumentId,
          side: orderSideToWire(cmd.side),
          quantity: cmd.quantity,
          triggerPrice: cmd.triggerPrice,
          timeInForce: timeInForceToWire(cmd.timeInForce),
          reduceOnly: cmd.reduceOnly,
          expireTimeNs: toLong(BigInt(cmd.expireTimeMs) * 1_000_000n),
          clientOrderId: cmd.clientOrderId,
          tags: [...cmd.tags],
        },
      };
    case 'submit-bracket':
      return {
        ...id,
        submitBracket: {
          instrumentId: cmd.instrumentId,
          side: orderSideToWire(cmd.side),
          quantity: cmd.quantity,
          entryType: orderTypeToWire(cmd.entryType),
          entryPrice: cmd.entryPrice,
          entryPostOnly: cmd.entryPostOnly,
          slTriggerPrice: cmd.slTriggerPrice,
          tpPrice: cmd.tpPrice,
          tpPostOnly: cmd.tpPostOnly,
          timeInForce: timeInForceToWire(cmd.timeInForce),
          entryClientOrderId: cmd.entryClientOrderId,
          slClientOrderId: cmd.slClientOrderId,
          tpClientOrderId: cmd.tpClientOrderId,
          entryTags: [...cmd.entryTags],
          slTags: [...cmd.slTags],
          tpTags: [...cmd.tpTags],
        },
      };
    case 'cancel-order':
      return { ...id, cancelOrder: { clientOrderId: cmd.clientOrderId } };
    case 'cancel-all':
      return {
        ...id,
        cancelAll: { instrumentId: cmd.instrumentId, side: cmd.side === null ? E.OrderSide.ORDER_SIDE_UNSPECIFIED : orderSideToWire(cmd.side) },
      };
    case 'modify-order':
      return { ...id, modifyOrder: { clientOrderId: cmd.clientOrderId, quantity: cmd.quantity, price: cmd.price, triggerPrice: cmd.triggerPrice } };
    case 'close-position':
      return { ...id, closePosition: { instrumentId: cmd.instrumentId, clientOrderId: cmd.clientOrderId, tags: [...cmd.tags] } };
    case 'close-all':
      return { ...id, closeAll: { tags: [...cmd.tags], clientOrderIdPrefix: cmd.clientOrderIdPrefix } };
    case 'set-trading-state':
      return { ...id, setTradingState: { state: TRADING_STATES[cmd.state], reason: cmd.reason } };
  }
}
