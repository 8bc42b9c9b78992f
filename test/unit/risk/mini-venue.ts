/**
 * A deliberately small venue for the risk layer's runner tests: market entries and closes fill at
 * the next bar's open, a bracket's SL / TP fill at their price when the bar reaches them (SL
 * first), no fees. It exists to drive StrategyRunner + RiskLayer through whole trades; the real
 * fill semantics live in src/backtest.
 */
import type { Instrument, ManualClock } from '../../../src/market/index.js';
import type { RiskLayer } from '../../../src/risk/index.js';
import type { Bar, Command, ExecutionEvent, OrderSide, PositionSnapshot, StrategyRunner } from '../../../src/strategy/index.js';

interface OpenBracket {
  readonly side: OrderSide;
  readonly qty: number;
  readonly slId: string;
  readonly tpId: string;
  readonly sl: number;
  readonly tp: number;
}

export interface Fill {
  readonly tsMs: number;
  readonly side: OrderSide;
  readonly qty: number;
  readonly price: number;
  readonly tags: readonly string[];
}

export class MiniVenue {
  readonly commands: Command[] = [];
  readonly fills: Fill[] = [];
  readonly rejections: string[] = [];
  private pending: Command[] = [];
  private bracket: OpenBracket | null = null;
  private signedQty = 0;
  private avgPx = 0;
  private positionSeq = 0;
  realizedPnl = 0;

  constructor(
    private readonly runner: StrategyRunner<unknown>,
    private readonly layer: RiskLayer | null,
    private readonly clock: ManualClock,
    private readonly instrument: Instrument,
  ) {}

  /** One bar: pending commands fill at its open, brackets are checked against its range, then the strategy sees it. */
  onBar(bar: Bar): void {
    this.clock.setMs(bar.tsMs);
    const pending = this.pending;
    this.pending = [];
    for (const cmd of pending) this.execute(cmd, bar.open, bar.tsMs);
    this.checkBracket(bar);
    this.layer?.onBar(bar);
    this.runner.onBar(bar);
    this.collect();
  }

  private collect(): void {
    for (const cmd of this.runner.drainCommands()) {
      this.commands.push(cmd);
      this.pending.push(cmd);
    }
  }

  private emit(event: ExecutionEvent): void {
    if (event.kind === 'command-rejected') this.rejections.push(event.reason);
    this.layer?.onExecutionEvent(event);
    this.runner.onEvent(event);
    this.collect();
  }

  private execute(cmd: Command, px: number, tsMs: number): void {
    switch (cmd.kind) {
      case 'submit-bracket': {
        const qty = Number(cmd.quantity);
        this.fill(cmd.entryClientOrderId, cmd.side, qty, px, tsMs, cmd.entryTags);
        this.bracket = { side: cmd.side, qty, slId: cmd.slClientOrderId, tpId: cmd.tpClientOrderId, sl: Number(cmd.slTriggerPrice), tp: Number(cmd.tpPrice) };
        return;
      }
      case 'submit-market':
        this.fill(cmd.clientOrderId, cmd.side, Number(cmd.quantity), px, tsMs, cmd.tags);
        return;
      case 'close-position':
        if (this.signedQty !== 0) this.fill(cmd.clientOrderId, this.signedQty > 0 ? 'SELL' : 'BUY', Math.abs(this.signedQty), px, tsMs, cmd.tags);
        return;
      case 'cancel-all':
        this.cancelBracket(tsMs);
        return;
      default:
        return;
    }
  }

  private checkBracket(bar: Bar): void {
    const b = this.bracket;
    if (!b) return;
    const long = b.side === 'BUY';
    const exitSide: OrderSide = long ? 'SELL' : 'BUY';
    const slHit = long ? bar.low <= b.sl : bar.high >= b.sl;
    const tpHit = long ? bar.high >= b.tp : bar.low <= b.tp;
    if (!slHit && !tpHit) return;
    const [fillId, cancelId, px, tags] = slHit ? [b.slId, b.tpId, b.sl, ['sl']] : [b.tpId, b.slId, b.tp, ['tp']];
    this.bracket = null;
    this.fill(fillId, exitSide, b.qty, px, bar.tsMs, tags);
    this.emit({ kind: 'order-canceled', clientOrderId: cancelId, instrumentId: this.instrument.id, tsMs: bar.tsMs });
  }

  private cancelBracket(tsMs: number): void {
    const b = this.bracket;
    if (!b) return;
    this.bracket = null;
    for (const id of [b.slId, b.tpId]) this.emit({ kind: 'order-canceled', clientOrderId: id, instrumentId: this.instrument.id, tsMs });
  }

  private fill(clientOrderId: string, side: OrderSide, qty: number, px: number, tsMs: number, tags: readonly string[]): void {
    this.fills.push({ tsMs, side, qty, price: px, tags });
    const signed = side === 'BUY' ? qty : -qty;
    const opening = this.signedQty === 0;
    if (opening) this.positionSeq += 1;
    const positionId = `P-${this.positionSeq}`;
    this.emit({
      kind: 'order-filled',
      clientOrderId,
      instrumentId: this.instrument.id,
      tsMs,
      venueOrderId: `V-${clientOrderId}`,
      tradeId: `T-${this.fills.length}`,
      positionId,
      side,
      orderType: 'MARKET',
      lastQty: qty,
      lastPx: px,
      commission: 0,
      commissionCurrency: 'USDT',
      liquiditySide: 'TAKER',
      tags,
    });
    let realized = 0;
    if (opening) {
      this.signedQty = signed;
      this.avgPx = px;
    } else {
      realized = (px - this.avgPx) * -signed;
      this.realizedPnl += realized;
      this.signedQty = +(this.signedQty + signed).toFixed(9);
    }
    const kind = opening ? 'position-opened' : this.signedQty === 0 ? 'position-closed' : 'position-changed';
    if (kind === 'position-closed' && this.bracket) this.cancelBracket(tsMs);
    this.emit({ kind, position: this.snapshot(positionId, kind === 'position-opened' ? 0 : this.positionRealized + realized, px, qty, tsMs) });
    this.positionRealized = kind === 'position-closed' ? 0 : this.positionRealized + realized;
  }

  private positionRealized = 0;

  private snapshot(positionId: string, realizedPnl: number, px: number, qty: number, tsMs: number): PositionSnapshot {
    const q = Math.abs(this.signedQty);
    return {
      positionId,
      instrumentId: this.instrument.id,
      side: this.signedQty > 0 ? 'LONG' : this.signedQty < 0 ? 'SHORT' : 'FLAT',
      quantity: q,
      signedQty: this.signedQty,
      avgPxOpen: this.avgPx,
      avgPxClose: q === 0 ? px : 0,
      realizedPnl,
      unrealizedPnl: 0,
      openingOrderId: '',
      closingOrderId: '',
      tsOpenedMs: tsMs,
      tsClosedMs: q === 0 ? tsMs : 0,
      tsMs,
      lastPx: px,
      lastQty: qty,
    };
  }
}
