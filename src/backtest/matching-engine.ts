/**
 * One instrument's order matching, ported from Nautilus 1.221's OrderMatchingEngine and
 * MatchingCore (backtest/engine.pyx:3377-6416, execution/matching_core.pyx) for an L1_MBP book
 * fed by EXTERNAL LAST/MID bars, trade ticks or quote ticks, NETTING OMS, the default FillModel
 * (fills certain, no slippage), no latency model, reduce-only honoured, contingent orders
 * supported, stop orders in the market rejected. Line references are to backtest/engine.pyx@1.221.
 *
 * Two price states are kept apart exactly as Nautilus does: the L1 *book* (set to each bar point
 * or tick; both sides equal except for quotes) and the *core* bid/ask/last that matching reads,
 * which fills may move (a triggered stop sets the core bid/ask to its trigger, a maker fill through
 * its limit sets "targets" that are restored on the next order visited). All prices and sizes are
 * integer units (see fixed-point.ts).
 */
import { coreSortKey, formatUnits, unitsToDouble } from './fixed-point.js';
import { Contingency, Liquidity, OrderKind, Status, type SimOrder } from './sim-order.js';
export { pad3 } from './sim-order.js';
import { barSizeUnits, type SimInstrument } from './sim-instrument.js';
import type { SimPosition } from './sim-position.js';

/** What the matching engine needs from the rest of the simulated venue. */
export interface VenueHooks {
  readonly venueName: string;
  /** 'trigger' (Nautilus 1.221): a triggered stop fills at its trigger even through a gap; 'open' (1.222+): a gap at the bar open fills at the open. */
  readonly stopGapFill: 'trigger' | 'open';
  /** positions_open(instrument)[0], or null when flat. */
  openPosition(inst: SimInstrument): SimPosition | null;
  /** cache.position(netting id): the instrument's position object (maybe flat), null if none ever opened. */
  positionObject(inst: SimInstrument): SimPosition | null;
  /** cache.orders_for_position(position id), sorted by client order id. */
  ordersForPosition(positionId: string): readonly SimOrder[];
  /** cache.add_position_id(position id, order). */
  indexOrderToPosition(order: SimOrder, positionId: string): void;
  /** Fee model: commission in Money units for a fill. */
  commission(order: SimOrder, qty: number, px: number): number;
  /** The order's venue order id is assigned (SimOrder.venueOrderId) before any emit* call on it. */
  emitAccepted(order: SimOrder, venueOrderId: string): void;
  emitRejected(order: SimOrder, reason: string, duePostOnly: boolean): void;
  emitCanceled(order: SimOrder, venueOrderId: string): void;
  emitExpired(order: SimOrder): void;
  emitUpdated(order: SimOrder, qty: number, price: number, trigger: number): void;
  emitModifyRejected(order: SimOrder, reason: string): void;
  emitCancelRejected(clientOrderId: string, instrument: SimInstrument, reason: string): void;
  /** The trade id is `tradeIdPrefix + pad3(tradeNumber)`, built only when something reads it. */
  emitFilled(order: SimOrder, tradeIdPrefix: string, tradeNumber: number, qty: number, px: number, commission: number, liquidity: Liquidity): void;
}

/** Price-unit columns of a bar series (PreparedSeries has them), for {@link MatchingEngine.processBarAt}. */
export interface BarUnitColumns {
  readonly openUnits: Float64Array;
  readonly highUnits: Float64Array;
  readonly lowUnits: Float64Array;
  readonly closeUnits: Float64Array;
  readonly barSizeUnits: Float64Array;
}

/** Matching state and rules for one instrument; see the module comment. */
export class MatchingEngine {
  // Core market (MatchingCore): what orders are matched against. Bars recorded by processBarAt
  // are applied lazily: these fields are current inside the engine's methods.
  bid = 0;
  ask = 0;
  last = 0;
  bidInit = false;
  askInit = false;
  lastInit = false;
  // L1 book: the last bar point or trade tick (bid = ask = price, one size) or quote tick.
  private bookBidPx = 0;
  private bookBidSize = 0;
  private bookAskPx = 0;
  private bookAskSize = 0;
  private bookInit = false;
  /** Size of the current bar's points: max(volume / 4, size increment), in units. */
  private barSize = 0;
  private hasTargets = false;
  private targetBid = 0;
  private targetAsk = 0;
  private targetLast = 0;
  /** True while the open point of a bar is matched (for stop_gap_fill 'open'). */
  private atOpen = false;
  readonly ordersBid: SimOrder[] = [];
  readonly ordersAsk: SimOrder[] = [];
  private readonly orders = new Map<string, SimOrder>();
  private orderCount = 0;
  private executionCount = 0;
  private executionBarType: string | null = null;
  /** The projected fill of the last determine*Fills call (L1: at most one), units. */
  private fillPx = 0;
  private fillQty = 0;
  private executionBarSeconds = 0;
  /** `${venue}-${raw id}-`: the prefix of trade and venue order ids, built once. */
  private readonly idPrefix: string;
  /** Columns fed by index ({@link processBarAt}); bars [pendingFrom, pendingTo] are not applied yet (pendingTo -1: none). */
  private cols: BarUnitColumns | null = null;
  private pendingFrom = 0;
  private pendingTo = -1;

  constructor(
    readonly inst: SimInstrument,
    private readonly hooks: VenueHooks,
    private readonly adaptiveHighLow: boolean,
    /** The venue's time cell (ms); a private one by default. */
    private readonly timeCell: Float64Array = new Float64Array(1),
  ) {
    this.idPrefix = `${hooks.venueName}-${inst.index}-`;
  }

  /** True when any order rests in the core (the bar loop skips matching otherwise). */
  get hasResting(): boolean {
    return this.ordersBid.length + this.ordersAsk.length > 0;
  }

  /**
   * Whether a bar of `barType` drives execution (process_bar :3856-3947): the first bar type seen
   * for the instrument does, and a later one with a smaller or equal step takes over.
   */
  acceptsBarType(barType: string, stepSeconds: number): boolean {
    if (this.executionBarType === barType) return true;
    if (this.executionBarType === null || this.executionBarSeconds >= stepSeconds) {
      this.executionBarType = barType;
      this.executionBarSeconds = stepSeconds;
      return true;
    }
    return false;
  }

  /**
   * Moves the market through one bar's points (_process_trade_ticks_from_bar :4030-4107): O, H, L,
   * C (or O, L, H, C under adaptive ordering when the low is nearer the open), each point skipped
   * when it would not move the last price, each matched against the resting orders.
   * Prices in units; `volumeF64` is the bar volume as Nautilus's double.
   */
  processBar(open: number, high: number, low: number, close: number, volumeF64: number): void {
    this.processBarSized(open, high, low, close, barSizeUnits(this.inst, volumeF64));
  }

  /** Feeds this engine's bars by index from `cols` ({@link processBarAt}). */
  useColumns(cols: BarUnitColumns): void {
    this.applyPending();
    this.cols = cols;
  }

  /**
   * {@link processBarSized} on bar `i` of the columns given to {@link useColumns}. While no order
   * rests, bars are only recorded and their combined effect is applied when the engine is next
   * used (see applyPending): the same state, without per-bar work or per-bar arguments.
   */
  processBarAt(i: number): void {
    if (this.ordersBid.length + this.ordersAsk.length === 0) {
      this.recordIdleBar(i);
      return;
    }
    this.applyPending();
    const c = this.cols as BarUnitColumns;
    this.processBarSized(c.openUnits[i] as number, c.highUnits[i] as number, c.lowUnits[i] as number, c.closeUnits[i] as number, c.barSizeUnits[i] as number);
  }

  /**
   * Records bar `i` of the columns while no order rests (the caller checked `ordersBid` and
   * `ordersAsk` are empty): what {@link processBarAt} does then, small enough for V8 to inline
   * into the bar loop (a call per bar that is not inlined costs ~30 instructions, measured).
   */
  recordIdleBar(i: number): void {
    if (this.pendingTo < 0) this.pendingFrom = i;
    this.pendingTo = i;
  }

  /**
   * Applies the recorded bars (none rested an order). Each bar's base trade tick takes a trade id;
   * without resting orders a bar either leaves the market as it is (a flat bar at the last price,
   * skipped by the point rules of processBar) or moves book, bid, ask and last to its close, so
   * the last price after any bar is its close, and the state after the run is set by the last bar
   * that was not skipped (bar k's previous price being bar k-1's close).
   */
  private applyPending(): void {
    const to = this.pendingTo;
    if (to < 0) return;
    const from = this.pendingFrom;
    this.pendingTo = -1;
    const c = this.cols as BarUnitColumns;
    this.executionCount += to - from + 1;
    this.barSize = c.barSizeUnits[to] as number;
    for (let k = to; k >= from; k--) {
      const close = c.closeUnits[k] as number;
      const prevInit = k > from || this.lastInit;
      const prev = k > from ? (c.closeUnits[k - 1] as number) : this.last;
      if (prevInit && c.openUnits[k] === prev && (c.highUnits[k] as number) <= prev && (c.lowUnits[k] as number) >= prev && close === prev) continue;
      this.settleAt(close, c.barSizeUnits[k] as number);
      return;
    }
  }

  /** {@link processBar} with the points' size already computed by {@link barSizeUnits}. */
  processBarSized(open: number, high: number, low: number, close: number, barSize: number): void {
    this.applyPending();
    this.executionCount += 1; // the base trade tick takes a trade id (:4053)
    this.barSize = barSize;
    if (!this.hasResting) {
      this.moveWithoutOrders(open, high, low, close);
      return;
    }
    const highFirst = !this.adaptiveHighLow || Math.abs(high - open) < Math.abs(low - open);
    if (!this.lastInit || open !== this.last) {
      this.atOpen = true;
      this.point(open);
      this.atOpen = false;
    }
    if (highFirst) {
      if (high > this.last) this.point(high);
      if (low < this.last) this.point(low);
    } else {
      if (low < this.last) this.point(low);
      if (high > this.last) this.point(high);
    }
    if (close !== this.last) this.point(close);
  }

  /** The same skip rules with nothing to match: only the final state matters. */
  private moveWithoutOrders(open: number, high: number, low: number, close: number): void {
    if (this.lastInit && open === this.last && high <= this.last && low >= this.last && close === this.last) return;
    this.settleAt(close, this.barSize);
  }

  /** The book, quotes and last trade after a bar that matched nothing: all at its close. */
  private settleAt(close: number, size: number): void {
    this.setBook(close, size, close, size);
    this.bid = close;
    this.ask = close;
    this.bidInit = true;
    this.askInit = true;
    this.last = close;
    this.lastInit = true;
    this.hasTargets = false;
  }

  private setBook(bidPx: number, bidSize: number, askPx: number, askSize: number): void {
    this.bookBidPx = bidPx;
    this.bookBidSize = bidSize;
    this.bookAskPx = askPx;
    this.bookAskSize = askSize;
    this.bookInit = true;
  }

  /**
   * A trade tick (process_trade_tick :3786, trade_execution off): the L1 book becomes the trade
   * (bid = ask = its price, its size), the last price is set, then the orders are matched.
   * Units.
   */
  processTradeTick(px: number, size: number): void {
    this.applyPending();
    this.setBook(px, size, px, size);
    this.last = px;
    this.lastInit = true;
    this.iterate();
  }

  /** A quote tick (process_quote_tick :3739): the L1 book becomes the quote, then the orders are matched. Units. */
  processQuoteTick(bid: number, bidSize: number, ask: number, askSize: number): void {
    this.applyPending();
    this.setBook(bid, bidSize, ask, askSize);
    this.iterate();
  }

  private point(px: number): void {
    this.setBook(px, this.barSize, px, this.barSize);
    this.iterate();
    this.last = px;
    this.lastInit = true;
  }

  /** OrderMatchingEngine.iterate (:4879-4962) at the current book. */
  iterate(): void {
    this.applyPending();
    if (this.bookInit) {
      this.bid = this.bookBidPx;
      this.bidInit = true;
      this.ask = this.bookAskPx;
      this.askInit = true;
    }
    // MatchingCore.iterate: a copy of bids then asks; orders closed meanwhile are skipped.
    const snapshot = this.ordersBid.concat(this.ordersAsk);
    for (const order of snapshot) {
      if (order.isClosed) continue;
      this.matchOrder(order);
    }
    const nowMs = this.nowMs();
    const after = this.ordersBid.concat(this.ordersAsk);
    for (const order of after) {
      if (order.isClosed) {
        order.cachedFilled = -1;
        continue;
      }
      if (order.expireMs > 0 && nowMs >= order.expireMs) {
        this.deleteOrder(order);
        order.cachedFilled = -1;
        this.expireOrder(order);
        continue;
      }
      if (this.hasTargets) {
        this.bid = this.targetBid;
        this.ask = this.targetAsk;
        this.last = this.targetLast;
        this.bidInit = true;
        this.askInit = true;
        this.lastInit = true;
        this.hasTargets = false;
      }
    }
    this.targetBid = 0;
    this.targetAsk = 0;
    this.targetLast = 0;
    this.hasTargets = false;
  }

  /** Current simulation time, set by the venue before each step. */
  nowMs(): number {
    return this.timeCell[0] as number;
  }

  private matchOrder(order: SimOrder): void {
    if (order.kind === OrderKind.limit) {
      if (this.isLimitMatched(order.side, order.price)) {
        order.liquidity = Liquidity.maker;
        this.fillLimitOrder(order);
      }
    } else if (order.kind === OrderKind.stopMarket) {
      if (this.isStopTriggered(order.side, order.trigger)) {
        order.triggeredPrice = order.trigger;
        this.fillMarketOrder(order);
      }
    }
  }

  isLimitMatched(side: 1 | -1, price: number): boolean {
    if (side === 1) return this.askInit && this.ask <= price;
    return this.bidInit && this.bid >= price;
  }

  isStopTriggered(side: 1 | -1, trigger: number): boolean {
    if (side === 1) return this.askInit && this.ask >= trigger;
    return this.bidInit && this.bid <= trigger;
  }

  // -- order processing (process_order :4179-4343) ------------------------------------------------

  /** OrderMatchingEngine.process_order. */
  processOrder(order: SimOrder): void {
    this.applyPending();
    // Already processed: in the core (ids are unique per venue, so the order's own flag says it).
    if (order.inCore) return;
    const parent = order.parent;
    if (parent !== null) {
      if (parent.status === Status.rejected && order.isOpen) {
        this.hooks.emitRejected(order, `REJECT OTO from ${parent.clientOrderId}`, false);
        return;
      } else if (parent.status === Status.accepted || parent.status === Status.triggered) {
        return; // pending trigger
      }
      if (order.linked !== null && order.contingency === Contingency.ouo) {
        for (const c of order.linked) {
          if (!order.isClosed && c.isClosed) {
            this.hooks.emitRejected(order, `Contingent order ${c.clientOrderId} already closed`, false);
            return;
          }
        }
      }
    }
    const position = this.hooks.positionObject(this.inst);
    if (order.reduceOnly && !order.isClosed) {
      if (
        position === null ||
        position.side === 0 ||
        (order.side === 1 && position.side === 1) ||
        (order.side === -1 && position.side === -1)
      ) {
        this.hooks.emitRejected(order, `REDUCE_ONLY ${order.typeName} ${order.sideText} order would have increased position`, false);
        return;
      }
    }
    if (order.kind === OrderKind.market) this.processMarketOrder(order);
    else if (order.kind === OrderKind.limit) this.processLimitOrder(order);
    else this.processStopMarketOrder(order);
  }

  private processMarketOrder(order: SimOrder): void {
    if ((order.side === 1 && !this.askInit) || (order.side === -1 && !this.bidInit)) {
      this.hooks.emitRejected(order, `no market for ${this.inst.id}`, false);
      return;
    }
    this.fillMarketOrder(order);
  }

  private processLimitOrder(order: SimOrder): void {
    if (order.postOnly && this.isLimitMatched(order.side, order.price)) {
      this.hooks.emitRejected(
        order,
        `POST_ONLY ${order.typeName} ${order.sideText} order limit px of ${this.px(order.price)} would have been a TAKER: bid=${this.coreBidText()}, ask=${this.coreAskText()}`,
        true,
      );
      return;
    }
    this.acceptOrder(order);
    if (this.isLimitMatched(order.side, order.price)) {
      if (order.liquidity === Liquidity.none) order.liquidity = Liquidity.taker;
      this.fillLimitOrder(order);
    } else if (order.timeInForce === 'FOK' || order.timeInForce === 'IOC') {
      this.cancelOrder(order, true);
    }
  }

  private processStopMarketOrder(order: SimOrder): void {
    if (this.isStopTriggered(order.side, order.trigger)) {
      this.hooks.emitRejected(
        order,
        `${order.typeName} ${order.sideText} order stop px of ${this.px(order.trigger)} was in the market: bid=${this.coreBidText()}, ask=${this.coreAskText()}`,
        false,
      );
      return;
    }
    this.acceptOrder(order);
  }

  /** process_modify (:4345). */
  processModify(order: SimOrder | undefined, clientOrderId: string, qty: number, price: number, trigger: number): void {
    this.applyPending();
    const resting = this.orders.get(clientOrderId);
    if (resting === undefined || order === undefined) {
      if (order) this.hooks.emitModifyRejected(order, `ClientOrderId('${clientOrderId}') not found`);
      return;
    }
    this.updateOrder(resting, qty, price, trigger, true);
  }

  /** process_cancel (:4365). */
  processCancel(clientOrderId: string): void {
    this.applyPending();
    const order = this.orders.get(clientOrderId);
    if (order === undefined) {
      this.hooks.emitCancelRejected(clientOrderId, this.inst, `ClientOrderId('${clientOrderId}') not found`);
      return;
    }
    if (order.isInflight || order.isOpen) this.cancelOrder(order, true);
  }

  /** process_cancel_all (:4386) over the cache's open orders (sorted by id). */
  processCancelAll(openOrders: readonly SimOrder[], side: 1 | -1 | 0): void {
    this.applyPending();
    for (const order of openOrders) {
      if (side !== 0 && order.side !== side) continue;
      if (order.isInflight || order.isOpen) this.cancelOrder(order, true);
    }
  }

  // -- fills (:4964-5560) -------------------------------------------------------------------------

  /** fill_market_order (:4964). */
  fillMarketOrder(order: SimOrder): void {
    if (order.cachedFilled >= 0 && order.cachedFilled >= order.quantity) return;
    const position = this.hooks.openPosition(this.inst);
    if (order.reduceOnly && position === null) {
      this.cancelOrder(order, true);
      return;
    }
    order.liquidity = Liquidity.taker;
    const fills = this.determineMarketFills(order);
    this.applyFills(order, fills, Liquidity.taker, position);
  }

  /** determine_market_price_and_volume (:5046) on the L1 book; returns the number of fills (0 or 1). */
  private determineMarketFills(order: SimOrder): number {
    if (!this.bidInit || !this.askInit) return 0;
    // OrderBook.simulate_fills for an aggressive order on the L1 book: one fill at the top.
    const size = order.side === 1 ? this.bookAskSize : this.bookBidSize;
    if (!this.bookInit || size <= 0) return 0;
    this.fillQty = Math.min(size, order.leaves);
    if (order.kind === OrderKind.market) {
      const px = order.side === 1 ? this.ask : this.bid;
      this.last = px;
      this.lastInit = true;
      this.fillPx = px;
    } else {
      let px = Number.isNaN(order.triggeredPrice) ? order.trigger : order.triggeredPrice;
      if (this.hooks.stopGapFill === 'open' && this.atOpen) {
        // 1.222+: a stop the open gaps through fills at the market, not at its trigger.
        if (order.side === 1 && this.ask > px) px = this.ask;
        else if (order.side === -1 && this.bid < px) px = this.bid;
      }
      if (order.side === 1) {
        this.ask = px;
        this.askInit = true;
      } else {
        this.bid = px;
        this.bidInit = true;
      }
      this.last = px;
      this.lastInit = true;
      this.fillPx = px;
    }
    return 1;
  }

  /** fill_limit_order (:5126). */
  fillLimitOrder(order: SimOrder): void {
    if (order.cachedFilled >= 0 && order.cachedFilled >= order.quantity) return;
    const position = this.hooks.openPosition(this.inst);
    if (order.reduceOnly && position === null) {
      this.cancelOrder(order, true);
      return;
    }
    const fills = this.determineLimitFills(order);
    this.applyFills(order, fills, order.liquidity, position);
  }

  /** determine_limit_price_and_volume (:5216) on the L1 book; returns the number of fills (0 or 1). */
  private determineLimitFills(order: SimOrder): number {
    // Passive simulate_fills: the opposite side's top level fills when it is at or through the limit.
    const levelPx = order.side === 1 ? this.bookAskPx : this.bookBidPx;
    const levelSize = order.side === 1 ? this.bookAskSize : this.bookBidSize;
    if (!this.bidInit || !this.askInit || !this.bookInit || levelSize <= 0) return 0;
    const crosses = order.side === 1 ? levelPx <= order.price : levelPx >= order.price;
    if (!crosses) return 0;
    this.fillPx = levelPx;
    this.fillQty = Math.min(levelSize, order.leaves);
    if (order.liquidity === Liquidity.maker) {
      const price = order.price;
      if (order.side === 1 ? this.fillPx < price : this.fillPx > price) {
        // A marketable resting limit fills at its limit; the core moves there until the next order.
        this.hasTargets = true;
        this.targetBid = this.bid;
        this.targetAsk = this.ask;
        this.targetLast = this.last;
        if (order.side === 1) {
          this.ask = price;
          this.askInit = true;
        } else {
          this.bid = price;
          this.bidInit = true;
        }
        this.last = price;
        this.lastInit = true;
        this.fillPx = price;
      }
    }
    return 1;
  }

  /** apply_fills (:5322). `position` is the open position when the fill started (may be null). */
  private applyFills(order: SimOrder, fills: number, liquidity: Liquidity, position: SimPosition | null): void {
    order.liquidity = liquidity;
    if (order.timeInForce === 'FOK' && order.leaves > (fills > 0 ? this.fillQty : 0)) {
      this.cancelOrder(order, true);
      return;
    }
    if (fills === 0) {
      if (order.status === Status.submitted) this.hooks.emitRejected(order, `no market with no fills for ${this.inst.id}`, false);
      return;
    }
    let qty = this.fillQty;
    const lastFillPx = this.fillPx;
    if (order.reduceOnly && position !== null && qty > position.quantity) {
      if (position.quantity === 0) return;
      qty = position.quantity;
      this.hooks.emitUpdated(order, qty, Number.NaN, Number.NaN);
    }
    if (qty === 0) {
      if (order.status === Status.submitted) this.hooks.emitRejected(order, `no market for ${this.inst.id}`, false);
      return;
    }
    this.fillOrder(order, lastFillPx, qty, order.liquidity, position);
    if (order.timeInForce === 'IOC' && order.isOpen) {
      this.cancelOrder(order, true);
      return;
    }
    const tick = this.inst.priceIncrementUnits;
    if (order.isOpen && (order.kind === OrderKind.market || order.kind === OrderKind.stopMarket)) {
      // Book volume exhausted: the rest fills one tick worse (:5485-5515).
      const px = order.side === 1 ? lastFillPx + tick : lastFillPx - tick;
      this.fillOrder(order, px, order.leaves, order.liquidity, position);
    }
    if (order.isOpen && order.kind === OrderKind.limit) {
      if (!this.hasTargets && ((order.side === 1 && order.price === this.ask) || (order.side === -1 && order.price === this.bid))) {
        return; // touched only: the rest keeps resting
      }
      const px = order.liquidity === Liquidity.maker ? order.price : order.side === 1 ? lastFillPx + tick : lastFillPx - tick;
      this.fillOrder(order, px, order.leaves, order.liquidity, position);
    }
  }

  /** fill_order (:5759): emits OrderFilled, then contingency and reduce-only bookkeeping. */
  fillOrder(order: SimOrder, px: number, qtyIn: number, liquidity: Liquidity, position: SimPosition | null): void {
    order.liquidity = liquidity;
    let qty = qtyIn;
    if (order.cachedFilled < 0) {
      qty = Math.min(order.quantity, qty);
      order.cachedFilled = qty;
    } else {
      qty = Math.min(order.quantity - order.cachedFilled, qty);
      order.cachedFilled += qty;
    }
    if (qty <= 0) return;
    const commission = this.hooks.commission(order, qty, px);
    this.executionCount += 1;
    this.assignVenueOrderId(order);
    this.hooks.emitFilled(order, this.idPrefix, this.executionCount, qty, px, commission, order.liquidity);
    if (order.isPassive && order.isClosed) {
      this.deleteOrder(order);
      order.cachedFilled = -1;
    }
    if (order.contingency === Contingency.oto && order.linked !== null) {
      for (const child of order.linked) {
        if (child.isClosed) continue;
        if (child.positionId === null && order.positionId !== null) this.hooks.indexOrderToPosition(child, order.positionId);
        if (!child.isOpen || (child.status === Status.pendingUpdate && child.previousStatus === Status.submitted)) this.processOrder(child);
      }
    } else if (order.contingency === Contingency.ouo && order.linked !== null) {
      for (const other of order.linked) {
        if (other.isActiveLocal) continue;
        if (order.isClosed && other.isOpen) this.cancelOrder(other, true);
        else if (order.leaves !== 0 && order.leaves !== other.leaves) this.updateOrder(other, order.leaves, other.price, other.trigger, false);
      }
    }
    if (position === null) return;
    for (const ro of this.hooks.ordersForPosition(position.id)) {
      if (!ro.reduceOnly || !ro.isOpen || !ro.isPassive) continue;
      if (position.quantity === 0) {
        this.cancelOrder(ro, true);
        continue;
      }
      let target = position.quantity;
      let follows: SimOrder | null = null;
      const parent = ro.parent;
      if (parent !== null && parent.filled < position.quantity) {
        target = parent.filled;
        follows = parent;
      }
      if (ro.filled > target) {
        target = ro.filled;
        follows = null;
      }
      if (ro.quantity !== target) {
        this.updateOrder(ro, target, ro.price, ro.trigger, true);
        // Nautilus hands the parent's own filled_qty object to the update, and the order keeps it
        // as its quantity: the parent's next fills (add_assign, in place) raise it silently.
        if (follows !== null && ro.quantity === target) ro.quantityFollows = follows;
      }
    }
  }

  // -- order state (:6036-6216) -------------------------------------------------------------------

  /** accept_order (:6036). */
  acceptOrder(order: SimOrder): void {
    if (order.isClosed) return;
    if (order.status !== Status.accepted) this.hooks.emitAccepted(order, this.venueOrderId(order));
    this.addOrder(order);
  }

  /** cancel_order (:6059). */
  cancelOrder(order: SimOrder, cancelContingencies: boolean): void {
    if (order.isActiveLocal) return;
    this.deleteOrder(order);
    order.cachedFilled = -1;
    this.hooks.emitCanceled(order, this.venueOrderId(order));
    if (order.contingency !== Contingency.none && cancelContingencies) this.cancelContingentOrders(order);
  }

  private expireOrder(order: SimOrder): void {
    if (order.contingency !== Contingency.none) this.cancelContingentOrders(order);
    this.hooks.emitExpired(order);
  }

  private cancelContingentOrders(order: SimOrder): void {
    if (order.linked === null) return;
    for (const c of order.linked) {
      if (c.isActiveLocal) continue;
      if (!c.isClosed) this.cancelOrder(c, false);
    }
  }

  /** update_order (:6074); NaN price or trigger keeps the order's. */
  updateOrder(order: SimOrder, qty: number, price: number, trigger: number, updateContingencies: boolean): void {
    if (order.kind === OrderKind.limit) {
      this.updateLimitOrder(order, qty, Number.isNaN(price) ? order.price : price);
    } else if (order.kind === OrderKind.stopMarket) {
      this.updateStopMarketOrder(order, qty, Number.isNaN(trigger) ? order.trigger : trigger);
    } else {
      return; // Nautilus raises for a MARKET order here; no host command reaches this
    }
    if (order.contingency !== Contingency.none && updateContingencies) this.updateContingentOrders(order);
  }

  private updateLimitOrder(order: SimOrder, qty: number, price: number): void {
    if (this.isLimitMatched(order.side, price)) {
      if (order.postOnly) {
        this.hooks.emitModifyRejected(
          order,
          `POST_ONLY ${order.typeName} ${order.sideText} order new limit px of ${this.px(price)} would have been a TAKER: bid=${this.coreBidText()}, ask=${this.coreAskText()}`,
        );
        return;
      }
      this.hooks.emitUpdated(order, qty, price, Number.NaN);
      order.liquidity = Liquidity.taker;
      this.fillLimitOrder(order);
      return;
    }
    this.hooks.emitUpdated(order, qty, price, Number.NaN);
  }

  private updateStopMarketOrder(order: SimOrder, qty: number, trigger: number): void {
    if (this.isStopTriggered(order.side, trigger)) {
      this.hooks.emitModifyRejected(
        order,
        `${order.typeName} ${order.sideText} order new stop px of ${this.px(trigger)} was in the market: bid=${this.coreBidText()}, ask=${this.coreAskText()}`,
      );
      return;
    }
    this.hooks.emitUpdated(order, qty, Number.NaN, trigger);
  }

  private updateContingentOrders(order: SimOrder): void {
    if (order.linked === null) return;
    for (const o of order.linked) {
      if (o.isActiveLocal) continue;
      if (o.kind === OrderKind.market || o.isClosed) continue;
      if (order.leaves === 0) this.cancelOrder(o, true);
      else if (o.leaves !== order.leaves) this.updateOrder(o, order.leaves, o.price, o.trigger, false);
    }
  }

  /** True when the order rests in the core (MatchingCore.order_exists). */
  has(clientOrderId: string): boolean {
    return this.orders.has(clientOrderId);
  }

  private addOrder(order: SimOrder): void {
    this.orders.set(order.clientOrderId, order);
    order.inCore = true;
    if (order.side === 1) {
      this.ordersBid.push(order);
      this.ordersBid.sort((a, b) => compareKeys(b, a));
    } else {
      this.ordersAsk.push(order);
      this.ordersAsk.sort(compareKeys);
    }
  }

  private deleteOrder(order: SimOrder): void {
    this.orders.delete(order.clientOrderId);
    order.inCore = false;
    const list = order.side === 1 ? this.ordersBid : this.ordersAsk;
    const i = list.indexOf(order);
    if (i >= 0) list.splice(i, 1);
  }

  /** _get_venue_order_id (:5965): assigned once, `${venue}-${raw_id}-${count:03d}`. */
  venueOrderId(order: SimOrder): string {
    this.assignVenueOrderId(order);
    return order.venueOrderId as string;
  }

  /** Numbers the order as {@link venueOrderId} would, without building the text (quiet fills never read it). */
  private assignVenueOrderId(order: SimOrder): void {
    if (order.venueOrderSeq !== 0) return;
    this.orderCount += 1;
    order.venueOrderSeq = this.orderCount;
    order.venueOrderHead = this.idPrefix;
  }

  private px(units: number): string {
    return formatUnits(units, this.inst.pricePrecision);
  }

  private coreBidText(): string {
    return this.bidInit ? this.px(this.bid) : 'None';
  }

  private coreAskText(): string {
    return this.askInit ? this.px(this.ask) : 'None';
  }

  /** The core's last price as Nautilus's double (for marks), NaN before any. */
  lastF64(): number {
    this.applyPending();
    return this.lastInit ? unitsToDouble(this.last, this.inst.priceRaw) : Number.NaN;
  }
}

/**
 * MatchingCore's order_sort_key: the limit price or the trigger, as the core's wrapped int64 of the
 * 128-bit raw (coreSortKey), recomputed only when the price changed since the last sort.
 */
function sortKey(order: SimOrder): bigint {
  const units = order.kind === OrderKind.limit ? order.price : order.trigger;
  if (units !== order.sortKeyUnits) {
    order.sortKeyUnits = units;
    order.sortKeyValue = coreSortKey(units, order.instrument.priceRaw);
  }
  return order.sortKeyValue;
}

/** Ascending by {@link sortKey} (Python's list.sort is stable, as Array.prototype.sort is). */
function compareKeys(a: SimOrder, b: SimOrder): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

