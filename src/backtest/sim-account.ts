/**
 * A single-currency MARGIN account, ported from Nautilus 1.221's MarginAccount
 * (accounting/accounts/margin.pyx), AccountsManager (accounting/manager.pyx) and
 * LeveragedMarginModel (accounting/margin_models.pyx):
 * - a fill moves total and free by (realized PnL - commission), PnL from the position before the
 *   fill (`calculate_pnls`), rounded as Money(double);
 * - initial margin = Sum over open passive non-reduce-only orders of notional / leverage * margin_init;
 *   maintenance margin = notional(avg_px_open rounded by make_price) / leverage * margin_maint;
 *   both recomputed on order and position events; locked = Sum of margins, free = total - locked
 *   (clamped at 0). Margins are reported, never enforced (no margin calls, no liquidation, no
 *   funding at 1.221).
 * Amounts are Money units of the account currency (8 decimals for USDT).
 *
 * Performance: margins live in an insertion-ordered array of entries reused per instrument (a
 * Map delete + re-add on every fill reallocated its table), and `generateState` only records the
 * numbers of the new state; the AccountStateEvent object is built from them on first read of
 * {@link SimAccount.lastEvent} / {@link SimAccount.last} (same values, same object for repeated reads).
 */
import type { AccountSnapshot, AccountStateEvent, BalanceSnapshot, MarginSnapshot } from '../strategy/index.js';
import {
  decimalDiv,
  decimalMul,
  decimalToDouble,
  exactDecimal,
  POW10,
  pyRound,
  roundHalfAway,
  unitsToDouble,
  type ExactDecimal,
} from './fixed-point.js';
import type { SimInstrument } from './sim-instrument.js';
import type { SimPosition } from './sim-position.js';

interface MarginEntry {
  readonly instrument: SimInstrument;
  init: number;
  maint: number;
  /** Whether the entry is in the dict (an entry object outlives its deletion, for reuse). */
  present: boolean;
}

/** One instrument's margins in a recorded state (Money units), in the account's dict order. */
export interface AccountHistoryMargin {
  readonly instrumentId: string;
  readonly init: number;
  readonly maint: number;
}

/** A generated account state as recorded for account.json (Money units). */
export interface AccountHistoryEntry {
  readonly tsMs: number;
  readonly total: number;
  readonly locked: number;
  readonly free: number;
  readonly margins: readonly AccountHistoryMargin[];
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const NO_MARGINS: readonly MarginSnapshot[] = Object.freeze([]);

/** The account; see the module comment. */
export class SimAccount {
  total: number;
  locked = 0;
  free: number;
  /** Sum of commissions charged, Money units. */
  commissions = 0;
  /** Present margin entries (the first `marginCount`), insertion-ordered like the Python dict Nautilus reports margins from. */
  private readonly margins: MarginEntry[] = [];
  private marginCount = 0;
  /** One entry object per instrument id, reused when its margin is deleted and added again. */
  private readonly marginEntries = new Map<string, MarginEntry>();
  /** The same entries by SimInstrument.index - 1 (checked against the instrument id). */
  private readonly marginByIndex: Array<MarginEntry | undefined> = [];
  private readonly leverage: ExactDecimal;
  private readonly leverageIsOne: boolean;
  private readonly scale: number;
  /** Numbers of the last generated state (units), from which its event is built when read. */
  private stateVersion = 0;
  private stateTsMs = 0;
  private stateTotal = 0;
  private stateLocked = 0;
  private stateFree = 0;
  private stateMarginCount = 0;
  private readonly stateMarginIds: string[] = [];
  private readonly stateMarginInit: number[] = [];
  private readonly stateMarginMaint: number[] = [];
  private builtVersion = -1;
  private builtEvent: AccountStateEvent | null = null;

  constructor(
    readonly accountId: string,
    readonly currency: string,
    readonly precision: number,
    startingUnits: number,
    leverage: string,
    tsMs: number,
  ) {
    this.total = startingUnits;
    this.free = startingUnits;
    this.leverage = exactDecimal(leverage);
    this.leverageIsOne = decimalToDouble(this.leverage) === 1;
    this.scale = 10 ** precision;
    this.recordState(tsMs);
  }

  /** The last AccountState generated, as the event published (Nautilus re-publishes it on order and position events). */
  get lastEvent(): AccountStateEvent {
    if (this.builtVersion !== this.stateVersion || this.builtEvent === null) {
      this.builtEvent = { kind: 'account-state', account: this.buildSnapshot() };
      this.builtVersion = this.stateVersion;
    }
    return this.builtEvent;
  }

  /** The last AccountState generated. */
  get last(): AccountSnapshot {
    return this.lastEvent.account;
  }

  /** Increments with every generated state (a state's identity without building its event). */
  get version(): number {
    return this.stateVersion;
  }

  /** AccountsManager.update_balances for a fill; `position` is the instrument's position before the fill. */
  applyFill(inst: SimInstrument, side: 1 | -1, lastQty: number, lastPx: number, commission: number, position: SimPosition | null): void {
    let pnl = 0;
    if (position !== null && position.exists && position.quantity !== 0 && position.entry !== side) {
      const pnlQtyUnits = roundHalfAway(Math.min(unitsToDouble(lastQty, inst.sizeRaw), unitsToDouble(position.quantity, inst.sizeRaw)) * inst.sizeScale);
      const pnlQty = unitsToDouble(pnlQtyUnits, inst.sizeRaw);
      pnl = roundHalfAway(position.pnlDouble(position.avgPxOpen, unitsToDouble(lastPx, inst.priceRaw), pnlQty) * this.scale);
    }
    const delta = pnl - commission;
    if (delta === 0) return;
    this.total += delta;
    this.free += delta;
    this.commissions += commission;
  }

  /** AccountsManager._update_margin_init from the instrument's open orders. */
  updateInitialMargin(inst: SimInstrument, orders: ReadonlyMap<string, { readonly quantity: number; readonly price: number; readonly trigger: number; readonly reduceOnly: boolean; readonly isOpen: boolean; readonly isPassive: boolean }>): void {
    let total = 0;
    if (orders.size > 0) for (const o of orders.values()) {
      if (!o.isPassive || !o.isOpen || o.reduceOnly) continue;
      const px = Number.isNaN(o.price) ? o.trigger : o.price;
      if (Number.isNaN(px)) continue;
      total += this.marginUnits(inst, o.quantity, px, inst.marginInit, inst.marginInitNum);
    }
    if (total === 0) this.clearMargin(inst, 'init');
    else this.setMargin(inst, 'init', total);
  }

  /** AccountsManager.update_positions: maintenance margin of the open position. */
  updateMaintenanceMargin(inst: SimInstrument, position: SimPosition | null): void {
    let total = 0;
    if (position !== null && position.isOpen) {
      const px = roundHalfAway(pyRound(position.avgPxOpen, inst.priceIncrementDecimals) * inst.priceScale);
      total = this.marginUnits(inst, position.quantity, px, inst.marginMaint, inst.marginMaintNum);
    }
    if (total === 0) this.clearMargin(inst, 'maint');
    else this.setMargin(inst, 'maint', total);
  }

  /** AccountsManager.generate_account_state: a new state, which becomes {@link last}. */
  generateState(tsMs: number): void {
    this.recordState(tsMs);
    if (this.history !== null) {
      const n = this.marginCount;
      const margins: AccountHistoryMargin[] = [];
      for (let k = 0; k < n; k++) {
        const m = this.margins[k] as MarginEntry;
        margins.push({ instrumentId: m.instrument.id, init: m.init, maint: m.maint });
      }
      this.history.push({ tsMs, total: this.total, locked: this.locked, free: this.free, margins });
    }
  }

  private recordState(tsMs: number): void {
    this.stateVersion += 1;
    this.stateTsMs = tsMs;
    this.stateTotal = this.total;
    this.stateLocked = this.locked;
    this.stateFree = this.free;
    const n = this.marginCount;
    for (let k = 0; k < n; k++) {
      const m = this.margins[k] as MarginEntry;
      this.stateMarginIds[k] = m.instrument.id;
      this.stateMarginInit[k] = m.init;
      this.stateMarginMaint[k] = m.maint;
    }
    this.stateMarginCount = n;
  }

  /** When not null, every generated state is appended (units; for account.json). */
  history: AccountHistoryEntry[] | null = null;

  /** Notional / leverage * rate, as Money units (LeveragedMarginModel + Money(Decimal)); `rateNum` is Number(rate.num). */
  private marginUnits(inst: SimInstrument, qty: number, px: number, rate: ExactDecimal, rateNum: number): number {
    const notional = roundHalfAway(unitsToDouble(qty, inst.sizeRaw) * inst.multiplierF64 * unitsToDouble(px, inst.priceRaw) * this.scale);
    const product = notional * rateNum;
    if (this.leverageIsOne && Math.abs(product) < MAX_SAFE && this.precision + rate.scale <= 22) {
      // Exact: both operands are exact doubles, so the IEEE quotient is float(Decimal) itself.
      // POW10[k] is 10 ** k exactly (k <= 22); a table read, not Math.pow per fill.
      return roundHalfAway((product / (POW10[this.precision + rate.scale] as number)) * this.scale);
    }
    const exact = decimalMul(decimalDiv({ num: BigInt(notional), scale: this.precision }, this.leverage), rate);
    return roundHalfAway(decimalToDouble(exact) * this.scale);
  }

  /** The instrument's entry object (present or not), by index when it is the same instrument id. */
  private entryOf(inst: SimInstrument): MarginEntry | undefined {
    const e = this.marginByIndex[inst.index - 1];
    return e !== undefined && e.instrument.id === inst.id ? e : this.marginEntries.get(inst.id);
  }

  private presentMargin(inst: SimInstrument): MarginEntry | undefined {
    const m = this.entryOf(inst);
    return m !== undefined && m.present ? m : undefined;
  }

  private setMargin(inst: SimInstrument, which: 'init' | 'maint', units: number): void {
    const m = this.presentMargin(inst);
    if (m === undefined) {
      // A new key (or one deleted earlier) goes last, as in the Python dict.
      let e = this.entryOf(inst);
      if (e === undefined) {
        e = { instrument: inst, init: 0, maint: 0, present: false };
        this.marginEntries.set(inst.id, e);
        this.marginByIndex[inst.index - 1] = e;
      }
      e.init = which === 'init' ? units : 0;
      e.maint = which === 'init' ? 0 : units;
      e.present = true;
      this.margins[this.marginCount] = e;
      this.marginCount += 1;
    } else if (which === 'init') m.init = units;
    else m.maint = units;
    this.recalculate();
  }

  private clearMargin(inst: SimInstrument, which: 'init' | 'maint'): void {
    const m = this.presentMargin(inst);
    if (m === undefined) return;
    const other = which === 'init' ? m.maint : m.init;
    if (other === 0) {
      m.present = false;
      const list = this.margins;
      const n = this.marginCount;
      let i = 0;
      while (i < n && list[i] !== m) i += 1;
      for (let k = i; k + 1 < n; k++) list[k] = list[k + 1] as MarginEntry;
      this.marginCount = n - 1;
    } else if (which === 'init') m.init = 0;
    else m.maint = 0;
    this.recalculate();
  }

  /** MarginAccount._recalculate_balance. */
  private recalculate(): void {
    let margin = 0;
    for (let k = 0; k < this.marginCount; k++) {
      const m = this.margins[k] as MarginEntry;
      margin += m.init + m.maint;
    }
    let free = this.total - margin;
    if (free < 0) {
      margin = this.total;
      free = 0;
    }
    this.locked = margin;
    this.free = free;
  }

  /** The snapshot of the last recorded state. */
  private buildSnapshot(): AccountSnapshot {
    const balance: BalanceSnapshot = {
      currency: this.currency,
      total: this.money(this.stateTotal),
      locked: this.money(this.stateLocked),
      free: this.money(this.stateFree),
    };
    let margins: readonly MarginSnapshot[] = NO_MARGINS;
    if (this.stateMarginCount > 0) {
      const list: MarginSnapshot[] = [];
      for (let k = 0; k < this.stateMarginCount; k++) {
        list.push({ instrumentId: this.stateMarginIds[k] as string, initial: this.money(this.stateMarginInit[k] as number), maintenance: this.money(this.stateMarginMaint[k] as number), currency: this.currency });
      }
      margins = list;
    }
    return { accountId: this.accountId, accountType: 'MARGIN', baseCurrency: this.currency, balances: [balance], margins, tsMs: this.stateTsMs };
  }

  /** The number a host gets from the wire's decimal string of this amount. */
  money(units: number): number {
    return units / this.scale;
  }

  /** Margin entries in report order (for account.json). */
  marginUnitsByInstrument(): ReadonlyArray<{ instrumentId: string; init: number; maint: number }> {
    return this.margins.slice(0, this.marginCount).map((m) => ({ instrumentId: m.instrument.id, init: m.init, maint: m.maint }));
  }
}

