/**
 * The shim's re-validation of host commands (docs/wire-protocol.md "Commands"), applied by the
 * simulator before a command reaches the simulated venue so both engines refuse the same commands
 * with the same codes. Prices and quantities must be decimal strings already on the instrument's
 * increments: they are checked exactly (no floating point) and never re-rounded.
 */
import type { Command, CommandRejectCode } from '../strategy/index.js';
import type { SimInstrument } from './sim-instrument.js';

/** A refusal: the code the CommandAck carries and a sentence naming the field and the fix. */
export interface CommandRefusal {
  readonly code: CommandRejectCode;
  readonly reason: string;
}

/** What validation reads from the venue's current state. */
export interface ValidationState {
  instrument(instrumentId: string): SimInstrument | undefined;
  /** Known client order ids (any status). */
  hasOrder(clientOrderId: string): boolean;
  /** Whether the order is still working (not filled, canceled, rejected, denied or expired). */
  isOrderOpen(clientOrderId: string): boolean;
  /** Net signed position quantity as a double (0 when flat). */
  netQuantity(instrumentId: string): number;
  /** Last traded price of the instrument (bar close), NaN before any. */
  lastPrice(instrumentId: string): number;
  /** Whether this command id was executed before. */
  seenCommand(commandId: string): boolean;
}

const ENUM_SIDES = new Set(['BUY', 'SELL']);
const ENUM_TIF = new Set(['GTC', 'IOC', 'FOK', 'GTD', 'DAY']);

/** Validates one command; returns null when it may be executed. */
export function validateCommand(cmd: Command, state: ValidationState): CommandRefusal | null {
  if (!cmd.commandId) return refuse('INVALID_COMMAND', 'command_id is empty; give every command a unique id');
  if (state.seenCommand(cmd.commandId)) return refuse('DUPLICATE_COMMAND_ID', `command_id ${cmd.commandId} was already executed; never resend a command`);
  switch (cmd.kind) {
    case 'submit-market':
      return validateSubmit(state, cmd.instrumentId, cmd.side, cmd.timeInForce, cmd.quantity, [], cmd.reduceOnly, [cmd.clientOrderId], null);
    case 'submit-limit':
      return validateSubmit(state, cmd.instrumentId, cmd.side, cmd.timeInForce, cmd.quantity, [['price', cmd.price]], cmd.reduceOnly, [cmd.clientOrderId], cmd.price);
    case 'submit-stop-market':
      return validateSubmit(state, cmd.instrumentId, cmd.side, cmd.timeInForce, cmd.quantity, [['trigger_price', cmd.triggerPrice]], cmd.reduceOnly, [cmd.clientOrderId], cmd.triggerPrice);
    case 'submit-bracket': {
      const prices: Array<[string, string]> = [
        ['sl_trigger_price', cmd.slTriggerPrice],
        ['tp_price', cmd.tpPrice],
      ];
      if (cmd.entryType === 'LIMIT') prices.unshift(['entry_price', cmd.entryPrice]);
      else if (cmd.entryType !== 'MARKET') return refuse('INVALID_COMMAND', `entry_type ${String(cmd.entryType)} is not MARKET or LIMIT`);
      const ids = [cmd.entryClientOrderId, cmd.slClientOrderId, cmd.tpClientOrderId];
      if (new Set(ids).size !== 3) return refuse('DUPLICATE_CLIENT_ORDER_ID', 'the bracket legs need three distinct client order ids');
      return validateSubmit(state, cmd.instrumentId, cmd.side, cmd.timeInForce, cmd.quantity, prices, false, ids, cmd.entryType === 'LIMIT' ? cmd.entryPrice : null);
    }
    case 'cancel-order':
      return validateExisting(state, cmd.clientOrderId);
    case 'modify-order': {
      const existing = validateExisting(state, cmd.clientOrderId);
      if (existing) return existing;
      if (cmd.quantity === '' && cmd.price === '' && cmd.triggerPrice === '') {
        return refuse('INVALID_COMMAND', 'modify_order changes nothing; give a quantity, price or trigger_price');
      }
      return null;
    }
    case 'cancel-all':
      if (cmd.instrumentId !== '' && !state.instrument(cmd.instrumentId)) return unknownInstrument(cmd.instrumentId);
      if (cmd.side !== null && !ENUM_SIDES.has(cmd.side)) return refuse('INVALID_COMMAND', `side ${String(cmd.side)} is not BUY or SELL`);
      return null;
    case 'close-position':
      if (!state.instrument(cmd.instrumentId)) return unknownInstrument(cmd.instrumentId);
      if (!cmd.clientOrderId) return refuse('INVALID_COMMAND', 'client_order_id is empty; the host assigns one per closing order');
      if (state.hasOrder(cmd.clientOrderId)) return duplicateId(cmd.clientOrderId);
      if (state.netQuantity(cmd.instrumentId) === 0) return refuse('NO_POSITION', `no open position on ${cmd.instrumentId} to close`);
      return null;
    case 'close-all':
      if (!cmd.clientOrderIdPrefix) return refuse('INVALID_COMMAND', 'client_order_id_prefix is empty; closing orders are named {prefix}-{n}');
      return null;
    case 'set-trading-state':
      if (cmd.state !== 'ACTIVE' && cmd.state !== 'HALTED' && cmd.state !== 'REDUCING') {
        return refuse('INVALID_COMMAND', `state ${String(cmd.state)} is not ACTIVE, HALTED or REDUCING`);
      }
      return null;
  }
}

function validateSubmit(
  state: ValidationState,
  instrumentId: string,
  side: string,
  tif: string,
  quantity: string,
  prices: ReadonlyArray<readonly [string, string]>,
  reduceOnly: boolean,
  ids: readonly string[],
  notionalPrice: string | null,
): CommandRefusal | null {
  const inst = state.instrument(instrumentId);
  if (!inst) return unknownInstrument(instrumentId);
  if (!ENUM_SIDES.has(side)) return refuse('INVALID_COMMAND', `side ${side} is not BUY or SELL`);
  if (!ENUM_TIF.has(tif)) return refuse('INVALID_COMMAND', `time_in_force ${tif} is not GTC, IOC, FOK, GTD or DAY`);
  for (const id of ids) {
    if (!id) return refuse('INVALID_COMMAND', 'client_order_id is empty; the host assigns one per order');
    if (state.hasOrder(id)) return duplicateId(id);
  }
  const i = inst.instrument;
  const qtyUnits = scanUnits(quantity, inst.sizePrecision);
  if (Number.isNaN(qtyUnits) || qtyUnits <= 0) return refuse('INVALID_QUANTITY', `quantity "${quantity}" is not a decimal > 0`);
  if (qtyUnits === Number.POSITIVE_INFINITY || qtyUnits % inst.sizeIncrementUnits !== 0) {
    return refuse('OFF_GRID_QUANTITY', `quantity ${quantity} is not a multiple of the size increment ${i.sizeIncrementText} of ${i.id}; round it with the instrument`);
  }
  let firstPrice = Number.NaN;
  for (const [field, text] of prices) {
    const pxUnits = scanUnits(text, inst.pricePrecision);
    if (Number.isNaN(pxUnits) || pxUnits <= 0) return refuse('INVALID_PRICE', `${field} "${text}" is not a decimal > 0`);
    if (pxUnits === Number.POSITIVE_INFINITY || pxUnits % inst.priceIncrementUnits !== 0) {
      return refuse('OFF_GRID_PRICE', `${field} ${text} is not a multiple of the price increment ${i.priceIncrementText} of ${i.id}; round it with the instrument`);
    }
    if (Number.isNaN(firstPrice)) firstPrice = pxUnits / inst.priceScale;
  }
  if (inst.minQuantityUnits !== null && qtyUnits < inst.minQuantityUnits) return refuse('QUANTITY_BELOW_MIN', `quantity ${quantity} is below the minimum ${i.minQuantity} of ${i.id}`);
  if (inst.maxQuantityUnits !== null && qtyUnits > inst.maxQuantityUnits) return refuse('QUANTITY_ABOVE_MAX', `quantity ${quantity} is above the maximum ${i.maxQuantity} of ${i.id}`);
  const qty = qtyUnits / inst.sizeScale;
  const px = notionalPrice !== null ? Number(notionalPrice) : !Number.isNaN(firstPrice) ? firstPrice : state.lastPrice(instrumentId);
  if (Number.isFinite(px)) {
    const notional = qty * px * i.multiplier;
    if (i.minNotional !== null && notional < i.minNotional) {
      return refuse('NOTIONAL_BELOW_MIN', `notional ${notional} (quantity x price) is below the minimum ${i.minNotional} of ${i.id}`);
    }
    if (i.maxNotional !== null && notional > i.maxNotional) {
      return refuse('NOTIONAL_ABOVE_MAX', `notional ${notional} (quantity x price) is above the maximum ${i.maxNotional} of ${i.id}`);
    }
  }
  if (reduceOnly) {
    const net = state.netQuantity(instrumentId);
    if (net === 0 || (net > 0 && side === 'BUY') || (net < 0 && side === 'SELL')) {
      return refuse('REDUCE_ONLY_WOULD_INCREASE', `reduce-only ${side} on ${i.id} would ${net === 0 ? 'open' : 'grow'} the position; drop reduce_only or flip the side`);
    }
  }
  return null;
}

function validateExisting(state: ValidationState, clientOrderId: string): CommandRefusal | null {
  if (!state.hasOrder(clientOrderId)) return refuse('UNKNOWN_ORDER', `order ${clientOrderId} is unknown to the venue`);
  if (!state.isOrderOpen(clientOrderId)) return refuse('ORDER_NOT_OPEN', `order ${clientOrderId} is no longer open`);
  return null;
}

/**
 * Units of a plain non-negative decimal string ("46420.1") at `precision`, scanned without regex
 * or bigint: NaN when the text is not such a decimal, +Infinity when it has non-zero digits beyond
 * the precision (so it is on no grid of that precision).
 */
export function scanUnits(text: string, precision: number): number {
  const n = text.length;
  if (n === 0 || n > 40) return Number.NaN;
  let units = 0;
  let fracDigits = -1;
  let beyond = false;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === 46) {
      if (fracDigits >= 0 || k === 0 || k === n - 1) return Number.NaN;
      fracDigits = 0;
      continue;
    }
    if (c < 48 || c > 57) return Number.NaN;
    if (fracDigits >= 0) {
      if (fracDigits >= precision) {
        if (c !== 48) beyond = true;
        continue;
      }
      fracDigits += 1;
    }
    units = units * 10 + (c - 48);
  }
  if (beyond) return Number.POSITIVE_INFINITY;
  for (let d = fracDigits < 0 ? 0 : fracDigits; d < precision; d++) units *= 10;
  return Number.isSafeInteger(units) ? units : Number.NaN;
}

function unknownInstrument(instrumentId: string): CommandRefusal {
  return refuse('UNKNOWN_INSTRUMENT', `instrument ${instrumentId || '(empty)'} is not offered by this venue`);
}

function duplicateId(id: string): CommandRefusal {
  return refuse('DUPLICATE_CLIENT_ORDER_ID', `client_order_id ${id} is already used`);
}

function refuse(code: CommandRejectCode, reason: string): CommandRefusal {
  return { code, reason };
}
