/**
 * The DOLPHIN engine core (seed 002 section 13, NDAlphaEngine): the per-row bar loop, independent
 * of any strategy context so it can be driven and tested directly. One row = every asset's close at
 * one bar close time, plus that row's features. Pure: no I/O, no clock; randomness from the
 * injected Rng.
 *
 * Per row, in order:
 * 1. a new UTC date starts a day (once per date, dates never go back; an out-of-order row is
 *    dropped): posture at day start, ACB scale 1 + 3 (boost, beta), the MC gate (status, size
 *    scale), and the day halt (MC RED, or TURTLE / HIBERNATE at day start);
 * 2. bar count, vel_div history, price histories, OB provider sample;
 * 3. ACB scale 2: regime_size_mult from this row's vel_div;
 * 4. exits first: HIBERNATE_HALT, a pending sub-day ACB force exit, then the exit manager;
 * 5. an entry only when flat, after the last exit's bar, no day halt, the current posture allows
 *    entries, bar_count >= lookback and the row index in the day >= vol_warmup_bars.
 * Orders and day results leave through {@link DolphinEngineEvents}.
 */
import { roundQuantity, type Instrument, type Rng } from '../../market/index.js';
import type { FeatureRow } from '../../features/index.js';
import type { Posture } from '../../strategy/index.js';
import {
  classifyMcReport,
  computeRegimeSizeMult,
  isSubdayForceExit,
  mcEffects,
  postureEffects,
  type AcbProvider,
  type AcbUpdate,
  type McConfig,
  type McForewarner,
  type ObHealthSink,
} from '../../survival/index.js';
import { createIrpSelection, IrpScratch, selectAssetIrp } from './asset-selector.js';
import { computeFinalLeverage, computeSize, createSizeResult, TradeStats } from './bet-sizer.js';
import { computeDynamicExitParams, createDynamicExitParams, evaluateExit, ExitReason, isAdverseVelDiv, positionPnlPct } from './exit-manager.js';
import { computeTradePnl, createTradePnl } from './fee-model.js';
import { adjustArsForDepth, computeMarketObMultiplier, type OrderBookProvider } from './ob-provider.js';
import type { DolphinParams } from './params.js';
import { PriceHistory } from './price-history.js';
import { createSignal, directionExtreme, directionThreshold, generateSignal, isSignalActive } from './signal.js';

/** MC status of a day; NONE when no forewarner is wired. */
export type DayMcStatus = 'OK' | 'ORANGE' | 'RED' | 'NONE';

/** The per-day result (seed section 13.1 / 14.5). */
export interface DolphinDayResult {
  readonly date: string;
  /** Capital change over the day (capital_source), USDT. */
  readonly pnl: number;
  /** Capital at the day's end (capital_source), USDT. */
  readonly capital: number;
  /** ACB base boost in force at the day's end (1 without ACB). */
  readonly boost: number;
  /** ACB beta in force at the day's end (0 without ACB). */
  readonly beta: number;
  readonly mc_status: DayMcStatus;
  /** Trades closed during the day. */
  readonly trades: number;
}

/** An entry the engine decided (a market order of `quantity` at the row's close). */
export interface DolphinEntry {
  readonly asset: number;
  readonly instrumentId: string;
  readonly direction: number;
  readonly side: 'BUY' | 'SELL';
  readonly quantity: number;
  readonly price: number;
  /** quantity x price, USDT. */
  readonly notional: number;
  readonly leverage: number;
  readonly fraction: number;
  readonly bucket: number;
  readonly velDiv: number;
  readonly confidence: number;
}

/** An exit the engine decided, with the model's booking of the trade. */
export interface DolphinExit {
  readonly asset: number;
  readonly instrumentId: string;
  readonly reason: ExitReason;
  readonly price: number;
  readonly barsHeld: number;
  readonly net: number;
  readonly pnlPctRaw: number;
  readonly capital: number;
}

/** Receivers of the engine's decisions. */
export interface DolphinEngineEvents {
  onEntry(entry: DolphinEntry): void;
  onExit(exit: DolphinExit): void;
  onDayResult(result: DolphinDayResult): void;
}

/** What the engine is built from. */
export interface DolphinEngineDeps {
  readonly params: DolphinParams;
  /** Asset column names; prices arrive in this order. */
  readonly assets: readonly string[];
  /** One instrument per asset, same order (quantities are rounded to its step). */
  readonly instruments: readonly Instrument[];
  readonly rng: Rng;
  readonly acb?: AcbProvider | null;
  readonly mc?: McForewarner | null;
  readonly ob?: OrderBookProvider | null;
  /** Where the book's health goes each row (the host's survival Cat3), when there is a provider. */
  readonly obHealth?: ObHealthSink | null;
  readonly events: DolphinEngineEvents;
}

/** One decision row. */
export interface DolphinRow {
  /** Bar close time, ms since the epoch (UTC). */
  readonly tsMs: number;
  readonly features: FeatureRow;
  /** Close price per asset (NaN or <= 0 = none this row). */
  readonly prices: Float64Array;
  readonly posture: Posture;
  /** Venue equity for capital_source=account (NaN when unknown: the model capital is used). */
  readonly accountEquity: number;
}

/** Counters of what the engine did and why it did not (diagnostics, tests, the strategy guide). */
export interface DolphinCounters {
  rows: number;
  droppedRows: number;
  entries: number;
  exits: Record<string, number>;
  skips: Record<string, number>;
}

interface OpenPosition {
  asset: number;
  direction: number;
  entryPrice: number;
  quantity: number;
  notional: number;
  entryBar: number;
  bucket: number;
  adverseBars: number;
}

const DAY_MS = 86_400_000;
const VD_CAP = 256;

/** The engine; see the module comment. */
export class DolphinEngine {
  readonly counters: DolphinCounters = { rows: 0, droppedRows: 0, entries: 0, exits: {}, skips: {} };
  private readonly p: DolphinParams;
  private readonly history: PriceHistory;
  private readonly stats = new TradeStats();
  private readonly vd = new Float64Array(VD_CAP);
  private vdCount = 0;
  private readonly irpScratch: IrpScratch;
  private readonly irpOut = createIrpSelection();
  private readonly signal = createSignal();
  private readonly size = createSizeResult();
  private readonly dyn = createDynamicExitParams();
  private readonly trade = createTradePnl();
  private readonly instrumentIds: readonly string[];
  private readonly fallbackAsset: number;
  private readonly depthQualityFn: ((asset: number) => number | null) | null;
  private position: OpenPosition | null = null;
  private modelCapital: number;
  private lastEquity = NaN;
  private barCount = 0;
  private barIdx = 0;
  private lastExitBar = -1;
  // Day state.
  private dayNumber = -Infinity;
  private date = '';
  private rowInDay = 0;
  private dayHalt = false;
  private dayBoost = 1;
  private dayBeta = 0;
  private dayMcScale = 1;
  private dayMcStatus: DayMcStatus = 'NONE';
  private dayStartCapital = NaN;
  private tradesToday = 0;
  private regimeSizeMult = 1;
  private subdayExitPending = false;

  constructor(private readonly deps: DolphinEngineDeps) {
    this.p = deps.params;
    if (deps.instruments.length !== deps.assets.length) {
      throw new RangeError(`invalid instruments, not one per asset (${deps.assets.length}), was ${deps.instruments.length}`);
    }
    this.history = new PriceHistory(deps.assets.length, Math.max(this.p.irp_window, this.p.dc_lookback_bars + 1, 8));
    this.irpScratch = new IrpScratch(this.p.irp_window);
    this.instrumentIds = deps.instruments.map((i) => i.id);
    this.fallbackAsset = deps.assets.indexOf(this.p.fallback_asset);
    this.modelCapital = this.p.initial_capital;
    const ob = deps.ob ?? null;
    this.depthQualityFn = ob
      ? (a: number): number | null => {
          const pl = ob.placement(this.instrumentIds[a] as string);
          return pl ? pl.depthQuality : null;
        }
      : null;
  }

  /** The model's capital, USDT (starts at initial_capital). */
  get capital(): number {
    return this.modelCapital;
  }

  /** The open position's asset index, or -1 when flat. */
  get openAsset(): number {
    return this.position ? this.position.asset : -1;
  }

  /** The day's ACB boost, beta, MC status and size multiplier, for telemetry and tests. */
  get dayState(): { date: string; boost: number; beta: number; mcStatus: DayMcStatus; mcScale: number; halt: boolean; regimeSizeMult: number } {
    return { date: this.date, boost: this.dayBoost, beta: this.dayBeta, mcStatus: this.dayMcStatus, mcScale: this.dayMcScale, halt: this.dayHalt, regimeSizeMult: this.regimeSizeMult };
  }

  private count(bag: Record<string, number>, key: string): void {
    bag[key] = (bag[key] ?? 0) + 1;
  }

  private capitalFor(accountEquity: number): number {
    return this.p.capital_source === 'account' && Number.isFinite(accountEquity) ? accountEquity : this.modelCapital;
  }

  /**
   * A mid-day ACB update, applied by the caller at the start of a row (pending-flag pattern):
   * replaces the day's boost and beta; a drop from >= 1.25 to < 1.10 with a position open forces
   * SUBDAY_ACB_NORMALIZATION at this row's exits (section 7.3).
   */
  applyAcbUpdate(update: AcbUpdate): void {
    if (this.position && isSubdayForceExit(this.dayBoost, update.boost)) this.subdayExitPending = true;
    this.dayBoost = update.boost;
    this.dayBeta = update.beta;
  }

  /** The venue refused the entry order: forget the position (no trade is booked). */
  cancelEntry(): void {
    if (!this.position) return;
    this.position = null;
    this.counters.entries -= 1;
    this.count(this.counters.skips, 'ENTRY_REJECTED');
  }

  /** Processes one row; see the module comment. */
  processRow(row: DolphinRow): void {
    const dayNumber = Math.floor(row.tsMs / DAY_MS);
    if (dayNumber < this.dayNumber) {
      this.counters.droppedRows++;
      return;
    }
    if (Number.isFinite(row.accountEquity)) this.lastEquity = row.accountEquity;
    if (dayNumber > this.dayNumber) this.startDay(dayNumber, row);
    this.counters.rows++;
    const p = this.p;
    this.barCount++;
    const vel = row.features.velDiv;
    this.vd[this.vdCount % VD_CAP] = vel;
    this.vdCount++;
    this.history.pushRow(row.prices);
    const ob = this.deps.ob;
    if (ob) {
      ob.advance?.(row.tsMs);
      if (this.deps.obHealth) this.reportObHealth(ob, this.deps.obHealth, row.tsMs);
    }
    const direction = p.direction;
    this.regimeSizeMult = computeRegimeSizeMult({
      baseBoost: this.dayBoost,
      beta: this.dayBeta,
      mcScale: this.dayMcScale,
      velDiv: vel,
      threshold: directionThreshold(direction, p),
      extreme: directionExtreme(direction, p),
      convexity: p.leverage_convexity,
    });
    const effects = postureEffects(row.posture, p.stalker_max_leverage);
    if (this.position) this.managePosition(row, effects.forceClose);
    this.subdayExitPending = false;
    if (!this.position && this.barIdx > this.lastExitBar && !this.dayHalt && effects.allowEntries && this.barCount >= p.lookback && this.rowInDay >= p.vol_warmup_bars) {
      this.tryEntry(row, effects.maxLeverage);
    }
    this.rowInDay++;
    this.barIdx++;
  }

  /** Mean depth quality and fill probability over the assets the provider has a book for. */
  private reportObHealth(ob: OrderBookProvider, sink: ObHealthSink, tsMs: number): void {
    let depth = 0;
    let fill = 0;
    let n = 0;
    for (const id of this.instrumentIds) {
      const pl = ob.placement(id);
      if (pl === null || !Number.isFinite(pl.depthQuality) || !Number.isFinite(pl.fillProbability)) continue;
      depth += pl.depthQuality;
      fill += pl.fillProbability;
      n++;
    }
    if (n > 0) sink.record(depth / n, fill / n, tsMs);
  }

  private startDay(dayNumber: number, row: DolphinRow): void {
    if (this.date !== '') this.emitDayResult();
    this.dayNumber = dayNumber;
    this.date = new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
    this.rowInDay = 0;
    this.tradesToday = 0;
    this.dayStartCapital = this.capitalFor(row.accountEquity);
    const p = this.p;
    const acb = this.deps.acb ?? null;
    if (acb) {
      const macro = this.deps.ob ? this.deps.ob.macro() : null;
      const info = acb.dayInfo(this.date, macro);
      this.dayBoost = info.boost;
      this.dayBeta = info.beta;
    } else {
      this.dayBoost = 1;
      this.dayBeta = 0;
    }
    this.dayMcScale = 1;
    this.dayMcStatus = 'NONE';
    let mcHalt = false;
    const mc = this.deps.mc ?? null;
    if (mc) {
      const cfg: McConfig = {
        max_leverage: p.max_leverage * this.dayBoost,
        min_leverage: p.min_leverage,
        fraction: p.fraction,
        min_fraction: p.min_fraction,
        leverage_convexity: p.leverage_convexity,
        fixed_tp_pct: p.fixed_tp_pct,
        stop_pct: p.stop_pct,
        max_hold_bars: p.max_hold_bars,
      };
      const status = classifyMcReport(mc.assess(cfg));
      const fx = mcEffects(status);
      this.dayMcStatus = status;
      this.dayMcScale = fx.sizeScale;
      mcHalt = fx.haltEntries;
    }
    this.dayHalt = mcHalt || row.posture === 'TURTLE' || row.posture === 'HIBERNATE';
  }

  private emitDayResult(): void {
    const capital = this.p.capital_source === 'account' && Number.isFinite(this.lastEquity) ? this.lastEquity : this.modelCapital;
    this.deps.events.onDayResult({
      date: this.date,
      pnl: capital - this.dayStartCapital,
      capital,
      boost: this.dayBoost,
      beta: this.dayBeta,
      mc_status: this.dayMcStatus,
      trades: this.tradesToday,
    });
  }

  private managePosition(row: DolphinRow, forceClose: boolean): void {
    const pos = this.position as OpenPosition;
    const p = this.p;
    const price = row.prices[pos.asset] as number;
    if (!(price > 0)) return;
    const barsHeld = this.barIdx - pos.entryBar;
    pos.adverseBars = isAdverseVelDiv(row.features.velDiv, pos.direction, p.vd_exit_threshold) ? pos.adverseBars + 1 : 0;
    if (forceClose) {
      this.exit(ExitReason.hibernateHalt, price, barsHeld);
      return;
    }
    if (this.subdayExitPending) {
      this.exit(ExitReason.subdayAcbNormalization, price, barsHeld);
      return;
    }
    const pnlPct = positionPnlPct(pos.entryPrice, price, pos.direction);
    const ob = this.deps.ob ?? null;
    const id = this.instrumentIds[pos.asset] as string;
    computeDynamicExitParams(pnlPct, pos.direction, ob ? ob.signal(id) : null, ob ? ob.macro() : null, p, this.dyn);
    const reason = evaluateExit(pnlPct, barsHeld, pos.adverseBars, this.dyn, p);
    if (reason) this.exit(reason, price, barsHeld);
  }

  private exit(reason: ExitReason, price: number, barsHeld: number): void {
    const pos = this.position as OpenPosition;
    const ob = this.deps.ob ?? null;
    const id = this.instrumentIds[pos.asset] as string;
    const placement = ob ? ob.placement(id) : undefined;
    const t = computeTradePnl(pos.direction, pos.entryPrice, price, pos.notional, reason, placement, this.deps.rng, this.p, this.trade);
    this.modelCapital += t.net;
    this.stats.record(pos.bucket, t.net > 0);
    this.tradesToday++;
    this.lastExitBar = this.barIdx;
    this.position = null;
    this.count(this.counters.exits, reason);
    this.deps.events.onExit({ asset: pos.asset, instrumentId: id, reason, price, barsHeld, net: t.net, pnlPctRaw: t.pnlPctRaw, capital: this.modelCapital });
  }

  /**
   * Closes the open position at `price` (END_OF_DATA, when close_positions_on_stop) and emits the
   * last day's result. Call once, when the data ends.
   */
  finish(lastPrices: Float64Array | null): void {
    if (this.position && this.p.close_positions_on_stop && lastPrices) {
      const price = lastPrices[this.position.asset] as number;
      if (price > 0) this.exit(ExitReason.endOfData, price, this.barIdx - 1 - this.position.entryBar);
    }
    if (this.date !== '') this.emitDayResult();
    this.date = '';
  }

  private vdBack(k: number): number {
    return this.vd[(this.vdCount - 1 - k) % VD_CAP] as number;
  }

  private tryEntry(row: DolphinRow, postureCap: number | null): void {
    const p = this.p;
    const direction = p.direction;
    const capital = this.capitalFor(row.accountEquity);
    if (!(capital > 0)) {
      this.count(this.counters.skips, 'NO_CAPITAL');
      return;
    }
    const vel = row.features.velDiv;
    if (!isSignalActive(vel, direction, p)) return;
    const ob = this.deps.ob ?? null;
    let asset: number;
    if (p.use_asset_selection) {
      selectAssetIrp(this.history, direction, p, this.irpScratch, this.irpOut, this.depthQualityFn, ob ? adjustArsForDepth : null);
      asset = this.irpOut.asset;
      if (asset < 0) {
        this.count(this.counters.skips, 'NO_IRP_ASSET');
        return;
      }
    } else {
      asset = this.fallbackAsset;
      if (asset < 0 || !((row.prices[asset] as number) > 0)) {
        this.count(this.counters.skips, 'NO_FALLBACK_ASSET');
        return;
      }
    }
    const id = this.instrumentIds[asset] as string;
    const sig = generateSignal(vel, direction, this.history, asset, ob ? ob.signal(id) : null, p, this.signal);
    if (!sig.valid) {
      this.count(this.counters.skips, sig.skip ?? 'NO_SIGNAL');
      return;
    }
    const vdTrend = this.vdCount >= p.trend_lookback ? this.vdBack(0) - this.vdBack(p.trend_lookback - 1) : 0;
    const size = computeSize(vel, vdTrend, direction, this.stats, p, this.size);
    const marketObMult = ob ? (ob.marketMultiplier ? ob.marketMultiplier(direction, this.instrumentIds) : computeMarketObMultiplier(ob, direction, this.instrumentIds)) : 1;
    const leverage = computeFinalLeverage({ leverage: size.leverage, dcLeverageMult: sig.dcLeverageMult, regimeSizeMult: this.regimeSizeMult, marketObMult, postureCap }, p);
    const price = row.prices[asset] as number;
    const inst = this.deps.instruments[asset] as Instrument;
    let qty = roundQuantity(inst, (capital * size.fraction * leverage) / price, 'down');
    if (inst.maxQuantity !== null && qty > inst.maxQuantity) qty = roundQuantity(inst, inst.maxQuantity, 'down');
    if (!(qty > 0) || (inst.minQuantity !== null && qty < inst.minQuantity) || (inst.minNotional !== null && qty * price < inst.minNotional)) {
      this.count(this.counters.skips, 'SIZE_TOO_SMALL');
      return;
    }
    const notional = qty * price;
    this.position = { asset, direction, entryPrice: price, quantity: qty, notional, entryBar: this.barIdx, bucket: size.bucket, adverseBars: 0 };
    this.counters.entries++;
    this.deps.events.onEntry({
      asset,
      instrumentId: id,
      direction,
      side: direction < 0 ? 'SELL' : 'BUY',
      quantity: qty,
      price,
      notional,
      leverage,
      fraction: size.fraction,
      bucket: size.bucket,
      velDiv: vel,
      confidence: sig.confidence,
    });
  }
}
