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
 */
import type { AccountSnapshot, AccountStateEvent, BalanceSnapshot, MarginSnapshot } from '../strategy/index.js';
import {
  decimalDiv,
  decimalMul,
  decimalToDouble,
  exactDecimal,
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
  /** Insertion-ordered like the Python dict Nautilus reports margins from. */
  private readonly margins = new Map<string, MarginEntry>();
  private readonly leverage: ExactDecimal;
  private readonly leverageIsOne: boolean;
  private readonly scale: number;
  /** The last AccountState generated, as the event published (Nautilus re-publishes it on order and position events). */
  lastEvent: AccountStateEvent;

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
    this.lastEvent = { kind: 'account-state', account: this.snapshot(tsMs) };
  }

  /** The last AccountState generated. */
  get last(): AccountSnapshot {
    return this.lastEvent.account;
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
      total += this.marginUnits(inst, o.quantity, px, inst.marginInit);
    }
    if (total === 0) this.clearMargin(inst, 'init');
    else this.setMargin(inst, 'init', total);
  }

  /** AccountsManager.update_positions: maintenance margin of the open position. */
  updateMaintenanceMargin(inst: SimInstrument, position: SimPosition | null): void {
    let total = 0;
    if (position !== null && position.isOpen) {
      const px = roundHalfAway(pyRound(position.avgPxOpen, inst.priceIncrementDecimals) * inst.priceScale);
      total = this.marginUnits(inst, position.quantity, px, inst.marginMaint);
    }
    if (total === 0) this.clearMargin(inst, 'maint');
    else this.setMargin(inst, 'maint', total);
  }

  /** AccountsManager.generate_account_state: a new state, which becomes {@link last}. */
  generateState(tsMs: number): AccountSnapshot {
    this.lastEvent = { kind: 'account-state', account: this.snapshot(tsMs) };
    if (this.history !== null) this.history.push({ tsMs, total: this.total, locked: this.locked, free: this.free });
    return this.lastEvent.account;
  }

  /** When not null, every generated state is appended (units; for account.json). */
  history: Array<{ tsMs: number; total: number; locked: number; free: number }> | null = null;

  /** Notional / leverage * rate, as Money units (LeveragedMarginModel + Money(Decimal)). */
  private marginUnits(inst: SimInstrument, qty: number, px: number, rate: ExactDecimal): number {
    const notional = roundHalfAway(unitsToDouble(qty, inst.sizeRaw) * inst.multiplierF64 * unitsToDouble(px, inst.priceRaw) * this.scale);
    const product = notional * Number(rate.num);
    if (this.leverageIsOne && Math.abs(product) < MAX_SAFE && this.precision + rate.scale <= 22) {
      // Exact: both operands are exact doubles, so the IEEE quotient is float(Decimal) itself.
      return roundHalfAway((product / 10 ** (this.precision + rate.scale)) * this.scale);
    }
    const exact = decimalMul(decimalDiv({ num: BigInt(notional), scale: this.precision }, this.leverage), rate);
    return roundHalfAway(decimalToDouble(exact) * this.scale);
  }

  private setMargin(inst: SimInstrument, which: 'init' | 'maint', units: number): void {
    const m = this.margins.get(inst.id);
    if (m === undefined) this.margins.set(inst.id, which === 'init' ? { instrument: inst, init: units, maint: 0 } : { instrument: inst, init: 0, maint: units });
    else if (which === 'init') m.init = units;
    else m.maint = units;
    this.recalculate();
  }

  private clearMargin(inst: SimInstrument, which: 'init' | 'maint'): void {
    const m = this.margins.get(inst.id);
    if (m === undefined) return;
    const other = which === 'init' ? m.maint : m.init;
    if (other === 0) this.margins.delete(inst.id);
    else if (which === 'init') m.init = 0;
    else m.maint = 0;
    this.recalculate();
  }

  /** MarginAccount._recalculate_balance. */
  private recalculate(): void {
    let margin = 0;
    for (const m of this.margins.values()) margin += m.init + m.maint;
    let free = this.total - margin;
    if (free < 0) {
      margin = this.total;
      free = 0;
    }
    this.locked = margin;
    this.free = free;
  }

  private snapshot(tsMs: number): AccountSnapshot {
    const balance: BalanceSnapshot = {
      currency: this.currency,
      total: this.money(this.total),
      locked: this.money(this.locked),
      free: this.money(this.free),
    };
    let margins: readonly MarginSnapshot[] = NO_MARGINS;
    if (this.margins.size > 0) {
      const list: MarginSnapshot[] = [];
      for (const m of this.margins.values()) {
        list.push({ instrumentId: m.instrument.id, initial: this.money(m.init), maintenance: this.money(m.maint), currency: this.currency });
      }
      margins = list;
    }
    return { accountId: this.accountId, accountType: 'MARGIN', baseCurrency: this.currency, balances: [balance], margins, tsMs };
  }

  /** The number a host gets from the wire's decimal string of this amount. */
  money(units: number): number {
    return units / this.scale;
  }

  /** Margin entries in report order (for account.json). */
  marginUnitsByInstrument(): ReadonlyArray<{ instrumentId: string; init: number; maint: number }> {
    return [...this.margins.values()].map((m) => ({ instrumentId: m.instrument.id, init: m.init, maint: m.maint }));
  }
}

