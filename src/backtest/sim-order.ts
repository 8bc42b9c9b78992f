/**
 * The simulator's order: a mutable, monomorphic mirror of Nautilus's Order (model/orders/base.pyx)
 * restricted to what host commands can create (MARKET, LIMIT, STOP_MARKET; brackets as OTO + OUO).
 * Prices and quantities are integer units at the instrument's precisions (see fixed-point.ts).
 */
import type { OrderSide, OrderType, TimeInForce } from '../strategy/index.js';
import type { SimInstrument } from './sim-instrument.js';

/** Order kinds the simulator matches. */
export const OrderKind = { market: 0, limit: 1, stopMarket: 2 } as const;
/** One of {@link OrderKind}. */
export type OrderKind = (typeof OrderKind)[keyof typeof OrderKind];

/** Nautilus OrderStatus, as small integers. */
export const Status = {
  initialized: 0,
  denied: 1,
  submitted: 2,
  accepted: 3,
  rejected: 4,
  canceled: 5,
  expired: 6,
  triggered: 7,
  pendingUpdate: 8,
  pendingCancel: 9,
  partiallyFilled: 10,
  filled: 11,
} as const;
/** One of {@link Status}. */
export type Status = (typeof Status)[keyof typeof Status];

/** Nautilus LiquiditySide: no side yet, maker (resting), taker (crossing). */
export const Liquidity = { none: 0, maker: 1, taker: 2 } as const;
/** One of {@link Liquidity}. */
export type Liquidity = (typeof Liquidity)[keyof typeof Liquidity];

/** Nautilus ContingencyType of an order: none, OTO (bracket entry), OUO (bracket children). */
export const Contingency = { none: 0, oto: 1, ouo: 2 } as const;
/** One of {@link Contingency}. */
export type Contingency = (typeof Contingency)[keyof typeof Contingency];

const S = Status;

/** Nautilus's order state table (model/orders/base.pyx:93-156): TRANSITIONS[from * 12 + trigger] = to, or -1. */
const TRANSITIONS: Int8Array = buildTable([
  [S.initialized, S.denied, S.denied],
  [S.initialized, S.submitted, S.submitted],
  [S.initialized, S.rejected, S.rejected],
  [S.initialized, S.accepted, S.accepted],
  [S.initialized, S.canceled, S.canceled],
  [S.initialized, S.expired, S.expired],
  [S.initialized, S.triggered, S.triggered],
  [S.submitted, S.pendingUpdate, S.pendingUpdate],
  [S.submitted, S.pendingCancel, S.pendingCancel],
  [S.submitted, S.rejected, S.rejected],
  [S.submitted, S.canceled, S.canceled],
  [S.submitted, S.accepted, S.accepted],
  [S.submitted, S.partiallyFilled, S.partiallyFilled],
  [S.submitted, S.filled, S.filled],
  [S.accepted, S.rejected, S.rejected],
  [S.accepted, S.pendingUpdate, S.pendingUpdate],
  [S.accepted, S.pendingCancel, S.pendingCancel],
  [S.accepted, S.canceled, S.canceled],
  [S.accepted, S.triggered, S.triggered],
  [S.accepted, S.expired, S.expired],
  [S.accepted, S.partiallyFilled, S.partiallyFilled],
  [S.accepted, S.filled, S.filled],
  [S.canceled, S.partiallyFilled, S.partiallyFilled],
  [S.canceled, S.filled, S.filled],
  [S.pendingUpdate, S.rejected, S.rejected],
  [S.pendingUpdate, S.accepted, S.accepted],
  [S.pendingUpdate, S.canceled, S.canceled],
  [S.pendingUpdate, S.expired, S.expired],
  [S.pendingUpdate, S.triggered, S.triggered],
  [S.pendingUpdate, S.submitted, S.pendingUpdate],
  [S.pendingUpdate, S.pendingUpdate, S.pendingUpdate],
  [S.pendingUpdate, S.pendingCancel, S.pendingCancel],
  [S.pendingUpdate, S.partiallyFilled, S.partiallyFilled],
  [S.pendingUpdate, S.filled, S.filled],
  [S.pendingCancel, S.rejected, S.rejected],
  [S.pendingCancel, S.pendingCancel, S.pendingCancel],
  [S.pendingCancel, S.canceled, S.canceled],
  [S.pendingCancel, S.expired, S.expired],
  [S.pendingCancel, S.accepted, S.accepted],
  [S.pendingCancel, S.partiallyFilled, S.partiallyFilled],
  [S.pendingCancel, S.filled, S.filled],
  [S.triggered, S.rejected, S.rejected],
  [S.triggered, S.pendingUpdate, S.pendingUpdate],
  [S.triggered, S.pendingCancel, S.pendingCancel],
  [S.triggered, S.canceled, S.canceled],
  [S.triggered, S.expired, S.expired],
  [S.triggered, S.partiallyFilled, S.partiallyFilled],
  [S.triggered, S.filled, S.filled],
  [S.partiallyFilled, S.pendingUpdate, S.pendingUpdate],
  [S.partiallyFilled, S.pendingCancel, S.pendingCancel],
  [S.partiallyFilled, S.canceled, S.canceled],
  [S.partiallyFilled, S.expired, S.expired],
  [S.partiallyFilled, S.partiallyFilled, S.partiallyFilled],
  [S.partiallyFilled, S.filled, S.filled],
]);

function buildTable(rows: ReadonlyArray<readonly [Status, Status, Status]>): Int8Array {
  const table = new Int8Array(12 * 12).fill(-1);
  for (const [from, trigger, to] of rows) table[from * 12 + trigger] = to;
  return table;
}

const ORDER_TYPE_NAMES: readonly OrderType[] = ['MARKET', 'LIMIT', 'STOP_MARKET'];

/** One order; see the module comment. Fields mirror Nautilus's names. */
export class SimOrder {
  status: Status = Status.initialized;
  previousStatus: Status = Status.initialized;
  filled = 0;
  liquidity: Liquidity = Liquidity.none;
  /** Units, NaN until a stop triggers (Order.set_triggered_price_c). */
  triggeredPrice = Number.NaN;
  /**
   * The venue order id's number, 0 until the matching engine assigns one (at its first use, as
   * Nautilus numbers them), and its prefix: the id text is only built when read.
   */
  venueOrderSeq = 0;
  venueOrderHead = '';
  private venueOrderText: string | null = null;
  positionId: string | null = null;
  /** The matching engine's `_cached_filled_qty` entry, -1 when absent. */
  cachedFilled = -1;
  /** The price units {@link sortKeyValue} was computed for (the matching core caches it here). */
  sortKeyUnits = Number.NaN;
  /** The matching core's sort key of those units (fixed-point.ts coreSortKey). */
  sortKeyValue = 0n;
  contingency: Contingency = Contingency.none;
  parent: SimOrder | null = null;
  /**
   * Set when the reduce-only resize gave this order its parent's filled quantity: in Nautilus the
   * order then holds the parent's `filled_qty` object itself, which the parent's later fills
   * increase in place, so this order's quantity follows them without an OrderUpdated. Cleared by
   * any other update of the quantity.
   */
  quantityFollows: SimOrder | null = null;
  linked: SimOrder[] | null = null;
  /** Units; 0 when no fill yet. Kept for reports (Order.avg_px). */
  avgPx = 0;
  /** Whether the venue's open-order index holds this order (kept by the venue). */
  inOpenIndex = false;
  /** Whether the matching core holds this order (kept by the matching engine). */
  inCore = false;

  constructor(
    readonly clientOrderId: string,
    readonly instrument: SimInstrument,
    /** +1 BUY, -1 SELL. */
    readonly side: 1 | -1,
    readonly kind: OrderKind,
    /** Units at the size precision. */
    public quantity: number,
    /** Units at the price precision, NaN when the type has none. */
    public price: number,
    public trigger: number,
    readonly timeInForce: TimeInForce,
    /** Milliseconds since the epoch, 0 = none. */
    readonly expireMs: number,
    readonly postOnly: boolean,
    readonly reduceOnly: boolean,
    readonly tags: readonly string[],
  ) {}

  /** `${venue}-${raw id}-${seq:03d}` once the matching engine assigned the number, else null. */
  get venueOrderId(): string | null {
    if (this.venueOrderSeq === 0) return null;
    if (this.venueOrderText === null) this.venueOrderText = this.venueOrderHead + pad3(this.venueOrderSeq);
    return this.venueOrderText;
  }

  get sideText(): OrderSide {
    return this.side === 1 ? 'BUY' : 'SELL';
  }

  get typeName(): OrderType {
    return ORDER_TYPE_NAMES[this.kind] ?? 'OTHER';
  }

  /**
   * Nautilus's leaves_qty while it is stale: it is recomputed only by an update or a fill, so a
   * quantity raised through {@link quantityFollows} leaves it where it was. NaN when current.
   */
  staleLeaves = Number.NaN;

  get leaves(): number {
    return Number.isNaN(this.staleLeaves) ? this.quantity - this.filled : this.staleLeaves;
  }

  get hasPrice(): boolean {
    return this.kind === OrderKind.limit;
  }

  get hasTrigger(): boolean {
    return this.kind === OrderKind.stopMarket;
  }

  /** Nautilus `is_passive`: any order type but MARKET. */
  get isPassive(): boolean {
    return this.kind !== OrderKind.market;
  }

  get isOpen(): boolean {
    const s = this.status;
    return s === S.accepted || s === S.triggered || s === S.pendingUpdate || s === S.pendingCancel || s === S.partiallyFilled;
  }

  get isClosed(): boolean {
    const s = this.status;
    return s === S.denied || s === S.rejected || s === S.canceled || s === S.expired || s === S.filled;
  }

  get isInflight(): boolean {
    const s = this.status;
    return s === S.submitted || s === S.pendingUpdate || s === S.pendingCancel;
  }

  get isActiveLocal(): boolean {
    return this.status === S.initialized;
  }

  /**
   * Applies a status trigger through Nautilus's state table. As Order.apply, the status left
   * becomes the previous one unless it was PENDING_UPDATE or PENDING_CANCEL: an update applied
   * while pending (PENDING_UPDATE -> SUBMITTED stays PENDING_UPDATE in the table) keeps the
   * status to return to.
   * @returns false when the transition is invalid (Nautilus logs InvalidStateTrigger and keeps the state).
   */
  transition(trigger: Status): boolean {
    const to = TRANSITIONS[this.status * 12 + trigger] ?? -1;
    if (to < 0) return false;
    const from = this.status;
    if (from !== S.pendingUpdate && from !== S.pendingCancel) this.previousStatus = from;
    this.status = to as Status;
    return true;
  }

  /** Order.would_reduce_only for a position side (+1 long, -1 short, 0 flat) and quantity in units. */
  wouldReduceOnly(positionSide: number, positionQty: number): boolean {
    if (positionSide === 0) return false;
    if (this.side === 1) return positionSide === -1 && this.leaves <= positionQty;
    return positionSide === 1 && this.leaves <= positionQty;
  }
}

/** `${n}` zero-padded to 3 digits, as Nautilus's `{count:03d}`. */
export function pad3(n: number): string {
  return n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n);
}
