/**
 * The host's portfolio bookkeeping: positions, orders, balances and last prices, kept from the
 * engine's events. Identical in both engines because both feed it the same events.
 */
import type { Instrument } from '../market/index.js';
import type { AccountSnapshot, Bar, ExecutionEvent, OrderFilled, PositionSnapshot } from './events.js';
import type { OrderStatus, OrderView, PortfolioView } from './strategy.js';

interface MutableOrder {
  clientOrderId: string;
  instrumentId: string;
  side: OrderView['side'];
  type: string;
  quantity: number;
  filledQty: number;
  price: number | null;
  triggerPrice: number | null;
  reduceOnly: boolean;
  status: OrderStatus;
  tags: readonly string[];
}

/** Whether an order status is terminal (FILLED, CANCELED, REJECTED, EXPIRED, DENIED): comparisons of interned literals, no hashing. */
function isTerminalStatus(status: OrderStatus): boolean {
  return status === 'FILLED' || status === 'CANCELED' || status === 'REJECTED' || status === 'EXPIRED' || status === 'DENIED';
}

const MAX_SEQ_DIGITS = 9;
const MAX_SEQ_GAP = 4096;

/** The number the id ends with (up to 9 digits), or -1 when it does not end with a digit. */
function trailingSeq(id: string): number {
  let k = id.length - 1;
  let n = 0;
  let scale = 1;
  while (k >= 0 && id.length - k <= MAX_SEQ_DIGITS) {
    const d = id.charCodeAt(k) - 48;
    if (d < 0 || d > 9) break;
    n += d * scale;
    scale *= 10;
    k -= 1;
  }
  return scale === 1 ? -1 : n;
}

/**
 * A `Map<string, V>` (same results for get / has / set / delete / size / insertion-ordered
 * iteration) tuned for ids ending in a growing sequence number, as the runner issues them
 * (`O-000042`): while every new key ends in digits, each number larger than the last (by at most
 * 4096) and no key comes back after a delete, entries live in arrays indexed by that number (no
 * hashing, no table growth; a lookup compares the stored key). The first key that breaks this
 * moves every entry, in order, into a real Map, which serves from then on.
 */
export class SequentialIdMap<V> {
  private keys: Array<string | undefined> = [];
  private vals: Array<V | undefined> = [];
  private base = -1;
  private lastSeq = -1;
  private count = 0;
  private map: Map<string, V> | null = null;

  get size(): number {
    return this.map !== null ? this.map.size : this.count;
  }

  private indexOf(key: string): number {
    return this.indexAt(key, trailingSeq(key));
  }

  /** The array index of `key` (whose trailing number is `seq`), -1 when not stored. */
  private indexAt(key: string, seq: number): number {
    if (seq < 0 || this.base < 0) return -1;
    const i = seq - this.base;
    return i >= 0 && i < this.keys.length && this.keys[i] === key ? i : -1;
  }

  /** Sets `key` to `value` only when it currently maps to `expected` (one lookup); returns whether it did. */
  replace(key: string, expected: V, value: V): boolean {
    if (this.map !== null) {
      if (this.map.get(key) !== expected || !this.map.has(key)) return false;
      this.map.set(key, value);
      return true;
    }
    const i = this.indexOf(key);
    if (i < 0 || this.vals[i] !== expected) return false;
    this.vals[i] = value;
    return true;
  }

  get(key: string): V | undefined {
    if (this.map !== null) return this.map.get(key);
    const i = this.indexOf(key);
    return i < 0 ? undefined : this.vals[i];
  }

  has(key: string): boolean {
    return this.map !== null ? this.map.has(key) : this.indexOf(key) >= 0;
  }

  set(key: string, value: V): this {
    this.setNew(key, value);
    return this;
  }

  /** {@link set}, returning whether the key was new (one lookup for both). */
  setNew(key: string, value: V): boolean {
    if (this.map !== null) {
      const known = this.map.has(key);
      this.map.set(key, value);
      return !known;
    }
    const seq = trailingSeq(key);
    const i = this.indexAt(key, seq);
    if (i >= 0) {
      this.vals[i] = value;
      return false;
    }
    if (seq >= 0 && (this.base < 0 || (seq > this.lastSeq && seq - this.lastSeq <= MAX_SEQ_GAP))) {
      if (this.base < 0) this.base = seq;
      const at = seq - this.base;
      const keys = this.keys;
      const vals = this.vals;
      for (let k = keys.length; k < at; k++) {
        keys[k] = undefined;
        vals[k] = undefined;
      }
      keys[at] = key;
      vals[at] = value;
      this.lastSeq = seq;
      this.count += 1;
      return true;
    }
    const map = new Map<string, V>();
    for (let k = 0; k < this.keys.length; k++) {
      const stored = this.keys[k];
      if (stored !== undefined) map.set(stored, this.vals[k] as V);
    }
    map.set(key, value);
    this.map = map;
    this.keys = [];
    this.vals = [];
    return true;
  }

  delete(key: string): boolean {
    if (this.map !== null) return this.map.delete(key);
    const i = this.indexOf(key);
    if (i < 0) return false;
    this.keys[i] = undefined;
    this.vals[i] = undefined;
    this.count -= 1;
    return true;
  }

  *entries(): IterableIterator<[string, V]> {
    if (this.map !== null) {
      yield* this.map.entries();
      return;
    }
    for (let k = 0; k < this.keys.length; k++) {
      const stored = this.keys[k];
      if (stored !== undefined) yield [stored, this.vals[k] as V];
    }
  }

  *values(): IterableIterator<V> {
    if (this.map !== null) {
      yield* this.map.values();
      return;
    }
    for (let k = 0; k < this.keys.length; k++) if (this.keys[k] !== undefined) yield this.vals[k] as V;
  }

  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.entries();
  }
}

/**
 * Mutable portfolio state behind a read-only {@link PortfolioView}.
 *
 * Per-bar reads and writes (last prices, net quantities) go through a slot per session instrument
 * (a Float64Array of last prices, an array of position snapshots beside the insertion-ordered map)
 * with the last instrument id looked up cached: a price kept in a Map boxes a fresh double on every
 * bar. Ids outside the session's instruments fall back to maps; results are the same either way.
 */
export class PortfolioState implements PortfolioView {
  /** Instrument ids holding a position, in insertion order (a Map's order: a deleted id re-added goes last). */
  private readonly positionIds: string[] = [];
  private positionCount = 0;
  /** Positions of ids that are not session instruments. */
  private readonly otherPositions = new Map<string, PositionSnapshot>();
  /** Orders by client order id (the runner's sequential ids: see {@link SequentialIdMap}). */
  private readonly orders = new SequentialIdMap<MutableOrder>();
  /**
   * The orders that may still be open, in the id map's order: every tracked order is appended, and
   * terminal ones are dropped when the list is read or has doubled (a status only becomes terminal
   * in place). {@link openOrders} walks this instead of every order ever tracked, which made a
   * strategy asking for its open orders on every bar quadratic in its order count (measured: 71 %
   * of a month's edge-scalper backtest). `openListExact` is false after the rare change that
   * breaks the invariant (an id tracked again, a terminal order back to open); the list is then
   * rebuilt from the map on its next read.
   */
  private openList: MutableOrder[] = [];
  private openListExact = true;
  /** Length of the list after its last compaction (the next one comes when it has doubled). */
  private openListCompacted = 0;
  private readonly slotOf = new Map<string, number>();
  /** Last price per slot, NaN until set. */
  private readonly lastPrices: Float64Array;
  /** Position per slot, undefined when none. */
  private readonly positionBySlot: Array<PositionSnapshot | undefined>;
  /** Last prices of ids that are not session instruments. */
  private readonly otherPrices = new Map<string, number>();
  /** Size increment per slot. */
  private readonly sizeIncrements: number[] = [];
  private cachedId = '';
  private cachedSlot = -1;
  private accountState: AccountSnapshot | null = null;
  private accountSource: (() => AccountSnapshot) | null = null;

  constructor(private readonly instruments: ReadonlyMap<string, Instrument>) {
    for (const [id, inst] of instruments) {
      this.slotOf.set(id, this.slotOf.size);
      this.sizeIncrements.push(inst.sizeIncrement);
    }
    this.lastPrices = new Float64Array(this.slotOf.size).fill(Number.NaN);
    this.positionBySlot = Array.from({ length: this.slotOf.size }, () => undefined);
  }

  /** The instrument's size increment (1e-12 for an unknown id), from the slot when it has one. */
  private sizeIncrementOf(instrumentId: string): number {
    const slot = this.slot(instrumentId);
    return slot >= 0 ? (this.sizeIncrements[slot] as number) : (this.instruments.get(instrumentId)?.sizeIncrement ?? 1e-12);
  }

  /** The slot of a session instrument, -1 for any other id. */
  private slot(instrumentId: string): number {
    if (instrumentId === this.cachedId) return this.cachedSlot;
    const slot = this.slotOf.get(instrumentId) ?? -1;
    this.cachedId = instrumentId;
    this.cachedSlot = slot;
    return slot;
  }

  // Positions are kept without a Map (a delete and re-add on every round trip reallocated its
  // table): a snapshot per slot, a map for other ids, and the insertion order as a list of ids.
  private setPosition(instrumentId: string, position: PositionSnapshot): void {
    const slot = this.slot(instrumentId);
    const present = slot >= 0 ? this.positionBySlot[slot] !== undefined : this.otherPositions.has(instrumentId);
    if (slot >= 0) this.positionBySlot[slot] = position;
    else this.otherPositions.set(instrumentId, position);
    if (!present) {
      this.positionIds[this.positionCount] = instrumentId;
      this.positionCount += 1;
    }
  }

  private deletePosition(instrumentId: string): void {
    const slot = this.slot(instrumentId);
    let present: boolean;
    if (slot >= 0) {
      present = this.positionBySlot[slot] !== undefined;
      this.positionBySlot[slot] = undefined;
    } else present = this.otherPositions.delete(instrumentId);
    if (!present) return;
    const ids = this.positionIds;
    const n = this.positionCount;
    let i = 0;
    while (i < n && ids[i] !== instrumentId) i += 1;
    for (let k = i; k + 1 < n; k++) ids[k] = ids[k + 1] as string;
    this.positionCount = n - 1;
  }

  private positionOf(instrumentId: string): PositionSnapshot | undefined {
    const slot = this.slot(instrumentId);
    return slot >= 0 ? this.positionBySlot[slot] : this.otherPositions.get(instrumentId);
  }

  /** The k-th position in insertion order (0 <= k < positionCount). */
  private positionAt(k: number): PositionSnapshot {
    return this.positionOf(this.positionIds[k] as string) as PositionSnapshot;
  }

  /** Records an order the context just submitted (status SUBMITTED until the venue answers); fields, no intermediate object. */
  trackNewOrder(
    clientOrderId: string,
    instrumentId: string,
    side: OrderView['side'],
    type: string,
    quantity: number,
    price: number | null,
    triggerPrice: number | null,
    reduceOnly: boolean,
    tags: readonly string[],
  ): void {
    // An explicit literal keeps one hidden class for every order (a spread does not).
    const order: MutableOrder = {
      clientOrderId,
      instrumentId,
      side,
      type,
      quantity,
      filledQty: 0,
      price,
      triggerPrice,
      reduceOnly,
      status: 'SUBMITTED',
      tags,
    };
    // Tracked again, the id keeps its first place in the map: the list is rebuilt from the map.
    if (!this.orders.setNew(clientOrderId, order)) this.openListExact = false;
    else if (this.openListExact) {
      this.openList.push(order);
      if (this.openList.length > 2 * this.openListCompacted + 64) this.compactOpenList();
    }
  }

  /** Drops terminal orders from the open list (or rebuilds it from the map when it is not exact). */
  private compactOpenList(): MutableOrder[] {
    let list = this.openList;
    if (!this.openListExact) {
      list = [];
      for (const o of this.orders.values()) if (!isTerminalStatus(o.status)) list.push(o);
      this.openList = list;
      this.openListExact = true;
    } else {
      let n = 0;
      for (let k = 0; k < list.length; k++) {
        const o = list[k] as MutableOrder;
        if (!isTerminalStatus(o.status)) list[n++] = o;
      }
      list.length = n;
    }
    this.openListCompacted = list.length;
    return list;
  }

  /** Marks orders refused before reaching the venue. */
  markRejected(clientOrderIds: readonly string[]): void {
    for (const id of clientOrderIds) {
      const o = this.orders.get(id);
      if (o) o.status = 'REJECTED';
    }
  }

  /**
   * Reads the account from `source` on demand instead of from account-state events (which the
   * driver then stops delivering). Only for a driver that guarantees the source returns, whenever
   * strategy code can run, exactly the state the last account-state event would have carried
   * (the in-process backtester, when nothing observes order or account events). null restores
   * the event-fed state.
   */
  setAccountSource(source: (() => AccountSnapshot) | null): void {
    this.accountSource = source;
  }

  setAccount(account: AccountSnapshot): void {
    this.accountState = account;
  }

  /** Records a bar's close as its instrument's last price (reads the bar: no double crosses the call). */
  setLastBarClose(bar: Bar): void {
    // The cached slot is tested here so that this stays small enough to be inlined per bar.
    if (bar.instrumentId === this.cachedId && this.cachedSlot >= 0) this.lastPrices[this.cachedSlot] = bar.close;
    else this.setLastPrice(bar.instrumentId, bar.close);
  }

  /** Records the last price of an instrument (bar close, trade, quote mid). */
  setLastPrice(instrumentId: string, price: number): void {
    const slot = this.slot(instrumentId);
    if (slot >= 0) this.lastPrices[slot] = price;
    else this.otherPrices.set(instrumentId, price);
  }

  /** What position-opened / position-changed do: records the snapshot (drivers without event objects). */
  putPosition(position: PositionSnapshot): void {
    this.setPosition(position.instrumentId, position);
  }

  /** What position-closed does: forgets the instrument's position (drivers without event objects). */
  removePosition(instrumentId: string): void {
    this.deletePosition(instrumentId);
  }

  /** Applies an execution event to the state. */
  apply(event: ExecutionEvent): void {
    switch (event.kind) {
      case 'position-opened':
      case 'position-changed':
        this.setPosition(event.position.instrumentId, event.position);
        return;
      case 'position-closed':
        this.deletePosition(event.position.instrumentId);
        return;
      case 'account-state':
        this.accountState = event.account;
        return;
      case 'order-filled':
        this.applyFill(event);
        return;
      case 'order-accepted':
        this.setStatus(event.clientOrderId, 'ACCEPTED');
        return;
      case 'order-triggered':
        this.setStatus(event.clientOrderId, 'TRIGGERED');
        return;
      case 'order-canceled':
        this.setStatus(event.clientOrderId, 'CANCELED');
        return;
      case 'order-expired':
        this.setStatus(event.clientOrderId, 'EXPIRED');
        return;
      case 'order-rejected':
        this.setStatus(event.clientOrderId, 'REJECTED');
        return;
      case 'order-denied':
        this.setStatus(event.clientOrderId, 'DENIED');
        return;
      case 'order-updated': {
        const o = this.orders.get(event.clientOrderId);
        if (o) {
          o.quantity = event.quantity;
          if (event.price !== null) o.price = event.price;
          if (event.triggerPrice !== null) o.triggerPrice = event.triggerPrice;
        }
        return;
      }
      case 'command-rejected':
        this.markRejected(event.clientOrderIds);
        return;
      case 'order-submitted':
      case 'order-modify-rejected':
      case 'order-cancel-rejected':
        return;
    }
  }

  private applyFill(fill: OrderFilled): void {
    this.applyFillValues(fill.clientOrderId, fill.instrumentId, fill.lastQty, fill.lastPx);
  }

  /**
   * What an OrderFilled does to the state, from its fields: the last price, the order's filled
   * quantity and status. For drivers that deliver fills nobody else reads without an event object.
   */
  applyFillValues(clientOrderId: string, instrumentId: string, lastQty: number, lastPx: number): void {
    this.setLastPrice(instrumentId, lastPx);
    const o = this.orders.get(clientOrderId);
    if (!o) return;
    o.filledQty += lastQty;
    const inc = this.sizeIncrementOf(o.instrumentId);
    const status = o.filledQty >= o.quantity - inc / 2 ? 'FILLED' : 'PARTIALLY_FILLED';
    // A fill on an order already terminal (refused by the host, then filled) reopens it.
    if (status === 'PARTIALLY_FILLED' && isTerminalStatus(o.status)) this.openListExact = false;
    o.status = status;
  }

  private setStatus(clientOrderId: string, status: OrderStatus): void {
    const o = this.orders.get(clientOrderId);
    if (o && !isTerminalStatus(o.status)) o.status = status;
  }

  position(instrumentId: string): PositionSnapshot | null {
    return this.positionOf(instrumentId) ?? null;
  }

  netQuantity(instrumentId: string): number {
    return this.positionOf(instrumentId)?.signedQty ?? 0;
  }

  // The predicates read the snapshot directly: a double returned from netQuantity() is boxed
  // whenever V8 does not inline it (a heap number per call, measured). They test the cached slot
  // themselves (strategies call them on every bar; a call V8 leaves costs, measured: the same test
  // moved into positionOf, written once, cost +0.5 % instructions on the sweep).
  isFlat(instrumentId: string): boolean {
    const p = instrumentId === this.cachedId && this.cachedSlot >= 0 ? this.positionBySlot[this.cachedSlot] : this.positionOf(instrumentId);
    return p === undefined || p.signedQty === 0;
  }

  isNetLong(instrumentId: string): boolean {
    const p = instrumentId === this.cachedId && this.cachedSlot >= 0 ? this.positionBySlot[this.cachedSlot] : this.positionOf(instrumentId);
    return p !== undefined && p.signedQty > 0;
  }

  isNetShort(instrumentId: string): boolean {
    const p = instrumentId === this.cachedId && this.cachedSlot >= 0 ? this.positionBySlot[this.cachedSlot] : this.positionOf(instrumentId);
    return p !== undefined && p.signedQty < 0;
  }

  isCompletelyFlat(): boolean {
    for (let k = 0; k < this.positionCount; k++) if (this.positionAt(k).signedQty !== 0) return false;
    return true;
  }

  /**
   * The only open position (null when none is open), or undefined when several are: what
   * {@link openPositions} would list when it has at most one entry, without building the list.
   */
  soleOpenPosition(): PositionSnapshot | null | undefined {
    let sole: PositionSnapshot | null = null;
    for (let k = 0; k < this.positionCount; k++) {
      const p = this.positionAt(k);
      if (p.signedQty === 0) continue;
      if (sole !== null) return undefined;
      sole = p;
    }
    return sole;
  }

  openPositions(): readonly PositionSnapshot[] {
    const out: PositionSnapshot[] = [];
    for (let k = 0; k < this.positionCount; k++) {
      const p = this.positionAt(k);
      if (p.signedQty !== 0) out.push(p);
    }
    if (out.length > 1) out.sort((a, b) => (a.instrumentId < b.instrumentId ? -1 : 1));
    return out;
  }

  account(): AccountSnapshot | null {
    return this.accountSource !== null ? this.accountSource() : this.accountState;
  }

  private balance(currency: string | undefined): AccountSnapshot['balances'][number] | undefined {
    const acc = this.account();
    if (!acc) return undefined;
    const cur = currency ?? acc.baseCurrency;
    return acc.balances.find((b) => b.currency === cur) ?? (currency === undefined ? acc.balances[0] : undefined);
  }

  balanceTotal(currency?: string): number {
    return this.balance(currency)?.total ?? Number.NaN;
  }

  balanceFree(currency?: string): number {
    return this.balance(currency)?.free ?? Number.NaN;
  }

  lastPrice(instrumentId: string): number {
    const slot = this.slot(instrumentId);
    return slot >= 0 ? (this.lastPrices[slot] as number) : (this.otherPrices.get(instrumentId) ?? Number.NaN);
  }

  unrealizedPnl(instrumentId: string): number {
    const p = this.positionOf(instrumentId);
    if (!p || p.signedQty === 0) return 0;
    const last = this.lastPrice(instrumentId);
    const multiplier = this.instruments.get(instrumentId)?.multiplier ?? 1;
    return (last - p.avgPxOpen) * p.signedQty * multiplier;
  }

  equity(): number {
    let total = this.balanceTotal();
    for (let k = 0; k < this.positionCount; k++) total += this.unrealizedPnl(this.positionAt(k).instrumentId);
    return total;
  }

  exposureNotional(instrumentId: string): number {
    const qty = Math.abs(this.netQuantity(instrumentId));
    if (qty === 0) return 0;
    const multiplier = this.instruments.get(instrumentId)?.multiplier ?? 1;
    return qty * this.lastPrice(instrumentId) * multiplier;
  }

  openOrders(instrumentId?: string): readonly OrderView[] {
    const out: OrderView[] = [];
    for (const o of this.compactOpenList()) {
      if (instrumentId !== undefined && o.instrumentId !== instrumentId) continue;
      out.push(o);
    }
    return out;
  }

  /** Whether the order is in a terminal state, or not tracked at all. */
  isTerminal(clientOrderId: string): boolean {
    const o = this.orders.get(clientOrderId);
    return o === undefined || isTerminalStatus(o.status);
  }

  order(clientOrderId: string): OrderView | null {
    return this.orders.get(clientOrderId) ?? null;
  }
}
