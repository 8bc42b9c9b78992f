/**
 * The shim's re-validation of host commands (python_bridge/dolphin_bridge/validation.py, pinned by
 * the shared table test/golden/validation/commands.json), applied by the simulator before a command
 * reaches the simulated venue so both engines refuse the same commands with the same codes.
 * Check order (first failure wins): command id, duplicate command id, kind, fail-safe, instrument,
 * enums and required fields, client order ids, quantity, prices, reduce-only side, notional
 * (reduce-only orders are exempt from notional checks; market orders use the last bar close and
 * skip the check without one). Decimal strings are checked exactly and never re-rounded.
 */
import type { Command, CommandRejectCode, OrderSide } from '../strategy/index.js';
import type { SimInstrument } from './sim-instrument.js';

/** A refusal: the code the CommandAck carries and a sentence naming the field and the fix. */
export interface CommandRefusal {
  readonly code: CommandRejectCode;
  readonly reason: string;
}

/** An existing order as validation sees it. */
export interface ValidationOrder {
  readonly instrumentId: string;
  /** Order type name ('LIMIT', 'STOP_MARKET', 'MARKET'...). */
  readonly type: string;
  readonly isOpen: boolean;
}

/** What validation reads from the venue's current state. */
export interface ValidationState {
  instrument(instrumentId: string): SimInstrument | undefined;
  /** Instrument ids of the venue, for close-all naming. */
  instrumentIds(): readonly string[];
  order(clientOrderId: string): ValidationOrder | undefined;
  /** Net signed position quantity (0 when flat). */
  netQuantity(instrumentId: string): number;
  /** Last bar close of the instrument in price units, NaN before any bar. */
  lastCloseUnits(instrumentId: string): number;
  /** Whether this command id was processed before. */
  seenCommand(commandId: string): boolean;
  /** The live shim's fail-safe (host lost); never active in the simulator. */
  failSafeActive(): boolean;
  /** Whether set-trading-state can be executed (the shim needs the risk engine; the simulator can). */
  canSetTradingState(): boolean;
}

const MAX_DECIMAL_CHARS = 40;
const PRICED_TYPES = new Set(['LIMIT', 'STOP_LIMIT', 'LIMIT_IF_TOUCHED']);
const TRIGGERED_TYPES = new Set(['STOP_MARKET', 'STOP_LIMIT', 'MARKET_IF_TOUCHED', 'LIMIT_IF_TOUCHED', 'TRAILING_STOP_MARKET']);
const TIFS = new Set<string>(['GTC', 'IOC', 'FOK', 'GTD', 'DAY']);

class Refused extends Error {
  constructor(readonly refusal: CommandRefusal) {
    super(refusal.reason);
  }
}

function refuse(code: CommandRejectCode, reason: string): never {
  throw new Refused({ code, reason });
}

/** Validates one command; returns null when it may be executed. Pure: the caller records the id. */
export function validateCommand(cmd: Command, state: ValidationState): CommandRefusal | null {
  try {
    check(cmd, state);
    return null;
  } catch (err: unknown) {
    if (err instanceof Refused) return err.refusal;
    throw err;
  }
}

function check(cmd: Command, state: ValidationState): void {
  if (!cmd.commandId) refuse('INVALID_COMMAND', 'command_id is empty; give every command a unique idempotency key');
  if (state.seenCommand(cmd.commandId)) {
    refuse('DUPLICATE_COMMAND_ID', `command_id ${cmd.commandId} was already processed in this session; it is never executed twice, use a new id for a new command`);
  }
  switch (cmd.kind) {
    case 'submit-market': {
      entriesAllowed(cmd.reduceOnly, state);
      const inst = rules(cmd.instrumentId, state);
      requireSide(cmd.side);
      requireTif(cmd.timeInForce, 'time_in_force GTD is not allowed for a market order; use GTC, IOC, FOK or DAY');
      newId('client_order_id', cmd.clientOrderId, state);
      const qty = quantity('quantity', cmd.quantity, inst);
      if (cmd.reduceOnly) reduceOnlySide(cmd.side, inst, state);
      else notional(qty, state.lastCloseUnits(inst.id), inst);
      return;
    }
    case 'submit-limit':
    case 'submit-stop-market': {
      entriesAllowed(cmd.reduceOnly, state);
      const inst = rules(cmd.instrumentId, state);
      requireSide(cmd.side);
      requireTif(cmd.timeInForce, '');
      requireExpiry(cmd.timeInForce, cmd.expireTimeMs);
      newId('client_order_id', cmd.clientOrderId, state);
      const qty = quantity('quantity', cmd.quantity, inst);
      const px = cmd.kind === 'submit-limit' ? price('price', cmd.price, inst) : price('trigger_price', cmd.triggerPrice, inst);
      if (cmd.reduceOnly) reduceOnlySide(cmd.side, inst, state);
      else notional(qty, px, inst);
      return;
    }
    case 'submit-bracket': {
      entriesAllowed(false, state);
      const inst = rules(cmd.instrumentId, state);
      requireSide(cmd.side);
      if (cmd.entryType !== 'MARKET' && cmd.entryType !== 'LIMIT') refuse('INVALID_COMMAND', 'entry_type must be ORDER_TYPE_MARKET or ORDER_TYPE_LIMIT for a bracket');
      const isLimit = cmd.entryType === 'LIMIT';
      requireTif(cmd.timeInForce, 'time_in_force GTD is not available for a bracket (it carries no expiry); use GTC, IOC, FOK or DAY');
      if (!isLimit && (cmd.entryPrice !== '' || cmd.entryPostOnly)) {
        refuse('INVALID_COMMAND', 'entry_price and entry_post_only are only for a LIMIT entry; clear them for a MARKET entry');
      }
      newIds(
        [
          ['entry_client_order_id', cmd.entryClientOrderId],
          ['sl_client_order_id', cmd.slClientOrderId],
          ['tp_client_order_id', cmd.tpClientOrderId],
        ],
        state,
      );
      const qty = quantity('quantity', cmd.quantity, inst);
      const entry = isLimit ? price('entry_price', cmd.entryPrice, inst) : Number.NaN;
      const sl = price('sl_trigger_price', cmd.slTriggerPrice, inst);
      const tp = price('tp_price', cmd.tpPrice, inst);
      bracketSides(cmd.side, sl, tp, entry, inst);
      notional(qty, isLimit ? entry : state.lastCloseUnits(inst.id), inst);
      return;
    }
    case 'cancel-order':
      openOrder(cmd.clientOrderId, state);
      return;
    case 'cancel-all':
      if (cmd.instrumentId !== '') rules(cmd.instrumentId, state);
      if (cmd.side !== null) requireSide(cmd.side);
      return;
    case 'modify-order': {
      const order = openOrder(cmd.clientOrderId, state);
      if (cmd.quantity === '' && cmd.price === '' && cmd.triggerPrice === '') refuse('INVALID_COMMAND', 'modify_order changes nothing; set quantity, price or trigger_price');
      const inst = rules(order.instrumentId, state);
      if (cmd.quantity !== '') quantity('quantity', cmd.quantity, inst);
      if (cmd.price !== '') {
        if (!PRICED_TYPES.has(order.type)) refuse('INVALID_COMMAND', `order ${cmd.clientOrderId} has no limit price; clear price (only limit-type orders take one)`);
        price('price', cmd.price, inst);
      }
      if (cmd.triggerPrice !== '') {
        if (!TRIGGERED_TYPES.has(order.type)) refuse('INVALID_COMMAND', `order ${cmd.clientOrderId} has no trigger price; clear trigger_price (only stop/if-touched orders)`);
        price('trigger_price', cmd.triggerPrice, inst);
      }
      return;
    }
    case 'close-position': {
      const inst = rules(cmd.instrumentId, state);
      newId('client_order_id', cmd.clientOrderId, state);
      if (state.netQuantity(inst.id) === 0) refuse('NO_POSITION', `there is no open position on ${inst.id} to close; check the portfolio before closing`);
      return;
    }
    case 'close-all': {
      if (!cmd.clientOrderIdPrefix) refuse('INVALID_COMMAND', 'client_order_id_prefix is empty; closing orders are named {prefix}-{n}');
      const open = [...state.instrumentIds()].sort().filter((id) => state.netQuantity(id) !== 0);
      newIds(
        open.map((_, k): [string, string] => [`client_order_id ${k + 1}`, `${cmd.clientOrderIdPrefix}-${k + 1}`]),
        state,
      );
      return;
    }
    case 'set-trading-state':
      if (cmd.state !== 'ACTIVE' && cmd.state !== 'HALTED' && cmd.state !== 'REDUCING') {
        refuse('INVALID_COMMAND', 'state is unspecified; set TRADING_STATE_ACTIVE, TRADING_STATE_HALTED or TRADING_STATE_REDUCING');
      }
      if (!state.canSetTradingState()) {
        refuse('INVALID_COMMAND', "set_trading_state needs the node's risk engine and the runner did not provide it (BridgeStrategy.set_risk_engine); use cancel/close commands instead");
      }
      return;
    default:
      refuse('INVALID_COMMAND', 'command has no kind; set exactly one command body');
  }
}

function entriesAllowed(reduceOnly: boolean, state: ValidationState): void {
  if (!reduceOnly && state.failSafeActive()) {
    refuse('FAIL_SAFE_ACTIVE', "the shim's fail-safe is active after the host was lost: new entries are blocked; only reduce-only orders, cancels and closes are executed");
  }
}

function rules(instrumentId: string, state: ValidationState): SimInstrument {
  const inst = state.instrument(instrumentId);
  if (inst === undefined) {
    const known = [...state.instrumentIds()].sort().join(', ') || 'none';
    refuse('UNKNOWN_INSTRUMENT', `instrument_id ${instrumentId || '(empty)'} is not configured in the node; use one of: ${known}`);
  }
  return inst;
}

function requireSide(side: string): void {
  if (side !== 'BUY' && side !== 'SELL') refuse('INVALID_COMMAND', 'side is unspecified; set ORDER_SIDE_BUY or ORDER_SIDE_SELL');
}

function requireTif(tif: string, noGtdReason: string): void {
  // The common values are compared first (interned strings: a pointer test, not a Set hash).
  if (tif !== 'GTC' && tif !== 'IOC' && !TIFS.has(tif)) refuse('INVALID_COMMAND', 'time_in_force is unspecified; set TIME_IN_FORCE_GTC (or IOC, FOK, GTD, DAY)');
  if (tif === 'GTD' && noGtdReason !== '') refuse('INVALID_COMMAND', noGtdReason);
}

function requireExpiry(tif: string, expireTimeMs: number): void {
  if (tif === 'GTD' && !(expireTimeMs > 0)) refuse('INVALID_COMMAND', 'expire_time_ns is missing; a GTD order needs a positive expiry in ns since the epoch');
  if (tif !== 'GTD' && expireTimeMs !== 0) refuse('INVALID_COMMAND', 'expire_time_ns is set but time_in_force is not GTD; clear it or use TIME_IN_FORCE_GTD');
}

/** One new client order id (the common case, without building a list). */
function newId(name: string, value: string, state: ValidationState): void {
  if (!value) refuse('INVALID_COMMAND', `${name} is empty; the host assigns client order ids such as O-000001`);
  if (state.order(value) !== undefined) refuse('DUPLICATE_CLIENT_ORDER_ID', `${name} ${value} is already used by another order; assign a new client order id`);
}

function newIds(ids: ReadonlyArray<readonly [string, string]>, state: ValidationState): void {
  if (ids.length === 1) {
    const [name, value] = ids[0] as readonly [string, string];
    newId(name, value, state);
    return;
  }
  const seen = new Set<string>();
  for (const [name, value] of ids) {
    if (!value) refuse('INVALID_COMMAND', `${name} is empty; the host assigns client order ids such as O-000001`);
    if (seen.has(value) || state.order(value) !== undefined) refuse('DUPLICATE_CLIENT_ORDER_ID', `${name} ${value} is already used by another order; assign a new client order id`);
    seen.add(value);
  }
}

/**
 * Units of a positive plain decimal at `precision`, exact, or a refusal with `invalidCode`.
 * Sets {@link lastOffPrecision} when the text has non-zero digits beyond the precision (on no grid).
 * Short texts (up to 15 digits) are scanned into a double without regex or bigint (the hot path).
 */
function parsePositive(name: string, text: string, precision: number, invalidCode: CommandRejectCode): number {
  const n = text.length;
  let plain = n > 0 && n <= MAX_DECIMAL_CHARS;
  let units = 0;
  let digits = 0;
  let frac = -1;
  let offPrecision = false;
  for (let k = 0; plain && k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === 46) {
      if (frac >= 0 || k === 0 || k === n - 1) plain = false;
      frac = 0;
      continue;
    }
    if (c < 48 || c > 57) {
      plain = false;
      break;
    }
    if (frac >= 0) {
      if (frac >= precision) {
        if (c !== 48) offPrecision = true;
        continue;
      }
      frac += 1;
    }
    units = units * 10 + (c - 48);
    digits += 1;
  }
  if (!plain) refuse(invalidCode, `${name} '${text}' is not a plain decimal string; send digits with an optional point, e.g. "0.001"`);
  for (let d = frac < 0 ? 0 : frac; d < precision; d++) units *= 10;
  if (digits + precision > 15) units = Number(bigUnits(text, precision));
  if (units === 0 && !offPrecision) refuse(invalidCode, `${name} ${text} is not positive; send a value > 0`);
  lastOffPrecision = offPrecision;
  return units;
}

/** Whether the last {@link parsePositive} text had non-zero digits beyond the precision (set with its result, no object per parse). */
let lastOffPrecision = false;

/** Exact units of a long decimal (beyond a double's exact integers; compared approximately after). */
function bigUnits(text: string, precision: number): bigint {
  const dot = text.indexOf('.');
  const int = dot < 0 ? text : text.slice(0, dot);
  const frac = dot < 0 ? '' : text.slice(dot + 1);
  return BigInt(int + frac.slice(0, precision).padEnd(precision, '0'));
}

function quantity(name: string, text: string, inst: SimInstrument): number {
  const i = inst.instrument;
  const units = parsePositive(name, text, inst.sizePrecision, 'INVALID_QUANTITY');
  if (lastOffPrecision || !Number.isSafeInteger(units) || units % inst.sizeIncrementUnits !== 0) {
    refuse('OFF_GRID_QUANTITY', `${name} ${text} is not a multiple of the size increment ${i.sizeIncrementText} of ${i.id}; round it down to the step grid before sending`);
  }
  if (inst.minQuantityUnits !== null && units < inst.minQuantityUnits) {
    refuse('QUANTITY_BELOW_MIN', `${name} ${text} is below the minimum quantity ${i.minQuantity} of ${i.id}; send at least ${i.minQuantity} or skip the trade`);
  }
  if (inst.maxQuantityUnits !== null && units > inst.maxQuantityUnits) {
    refuse('QUANTITY_ABOVE_MAX', `${name} ${text} is above the maximum quantity ${i.maxQuantity} of ${i.id}; split the order or reduce it`);
  }
  return units;
}

function price(name: string, text: string, inst: SimInstrument): number {
  const i = inst.instrument;
  if (text === '') refuse('INVALID_PRICE', `${name} is empty; send a price on the tick grid`);
  const units = parsePositive(name, text, inst.pricePrecision, 'INVALID_PRICE');
  if (lastOffPrecision || !Number.isSafeInteger(units) || units % inst.priceIncrementUnits !== 0) {
    refuse('OFF_GRID_PRICE', `${name} ${text} is not a multiple of the price increment ${i.priceIncrementText} of ${i.id}; round it to the tick grid before sending`);
  }
  if (inst.minPriceUnits !== null && units < inst.minPriceUnits) refuse('INVALID_PRICE', `${name} ${text} is below the minimum price ${i.minPrice} of ${i.id}`);
  if (inst.maxPriceUnits !== null && units > inst.maxPriceUnits) refuse('INVALID_PRICE', `${name} ${text} is above the maximum price ${i.maxPrice} of ${i.id}`);
  return units;
}

function bracketSides(side: OrderSide, sl: number, tp: number, entry: number, inst: SimInstrument): void {
  const [lo, hi] = side === 'BUY' ? [sl, tp] : [tp, sl];
  const ok = lo < hi && (Number.isNaN(entry) || (lo < entry && entry < hi));
  if (!ok) {
    const px = (u: number): string => (u / inst.priceScale).toFixed(inst.pricePrecision);
    const which = side === 'BUY' ? 'sl_trigger_price < entry_price < tp_price' : 'tp_price < entry_price < sl_trigger_price';
    refuse('INVALID_PRICE', `bracket prices are on the wrong sides (sl ${px(sl)}, tp ${px(tp)}, entry ${Number.isNaN(entry) ? 'market' : px(entry)}); a ${side} bracket needs ${which}`);
  }
}

function reduceOnlySide(side: OrderSide, inst: SimInstrument, state: ValidationState): void {
  const position = state.netQuantity(inst.id);
  if (position === 0 || (position > 0 && side === 'BUY') || (position < 0 && side === 'SELL')) {
    const where = position === 0 ? 'flat' : position > 0 ? 'long' : 'short';
    refuse('REDUCE_ONLY_WOULD_INCREASE', `reduce_only order on ${inst.id} would open or grow the position (position is ${where}); send it on the closing side or clear reduce_only`);
  }
}

/** quantity x price x multiplier against the instrument's notional bounds, exact (bigint). */
function notional(qtyUnits: number, pxUnits: number, inst: SimInstrument): void {
  if (Number.isNaN(pxUnits) || (inst.minNotionalScaled === null && inst.maxNotionalScaled === null)) return;
  // Far from both bounds a double decides; near one (or past 2^53) the exact bigint does.
  const approx = qtyUnits * pxUnits * inst.multiplierScaledF64;
  const lo = inst.minNotionalF64;
  const hi = inst.maxNotionalF64;
  if (approx < 9e15 && approx > lo * (1 + 1e-9) + 1 && approx < hi * (1 - 1e-9) - 1) return;
  // Units of 10^-(size + price + multiplier precision).
  const value = BigInt(qtyUnits) * BigInt(pxUnits) * inst.multiplierScaled;
  const i = inst.instrument;
  const text = (): string => formatScaled(value, inst.notionalScale);
  if (inst.minNotionalScaled !== null && value < inst.minNotionalScaled) {
    refuse('NOTIONAL_BELOW_MIN', `notional ${text()} (quantity x price x multiplier) is below the minimum notional ${i.minNotional} of ${i.id}; increase the quantity`);
  }
  if (inst.maxNotionalScaled !== null && value > inst.maxNotionalScaled) {
    refuse('NOTIONAL_ABOVE_MAX', `notional ${text()} (quantity x price x multiplier) is above the maximum notional ${i.maxNotional} of ${i.id}; reduce the quantity`);
  }
}

function formatScaled(v: bigint, scale: number): string {
  const digits = v.toString().padStart(scale + 1, '0');
  return scale === 0 ? digits : `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
}

function openOrder(clientOrderId: string, state: ValidationState): ValidationOrder {
  if (!clientOrderId) refuse('INVALID_COMMAND', 'client_order_id is empty; name the order to act on');
  const order = state.order(clientOrderId);
  if (order === undefined) refuse('UNKNOWN_ORDER', `client_order_id ${clientOrderId} is not a known order of this strategy; check the id`);
  if (!order.isOpen) refuse('ORDER_NOT_OPEN', `order ${clientOrderId} is already closed (filled, canceled, rejected or expired); nothing to change`);
  return order;
}
