/**
 * `dolphin`: the DOLPHIN engine of seed 002 as a host strategy, over many instruments at once (one
 * CryptoPerpetual per asset column, `<COLUMN>-PERP.<venue>`).
 *
 * Row rule (groupBarsByTs): the strategy subscribes `<instrument_id>-<bar_spec>` for every asset;
 * the host delivers all bars of one close time one by one; the row is processed when the number of
 * distinct assets seen at that close time equals the number of subscribed assets. If a bar with a
 * later close time arrives first (an asset had no bar: its price was missing), the incomplete row
 * is processed then, with NaN for the missing prices; duplicates of an asset within a row are
 * ignored. Entries are market orders tagged ['entry'], exits `closePosition` tagged ['exit',
 * REASON] (['sl', 'exit', 'STOP_LOSS'] for a stop loss, so the tagged venue fee model charges the
 * pure-taker rate), quantities rounded down to the step, skipped under min quantity / notional.
 */
import { EigenVelocityEngine, createFeatureRow, clearFeatureRow, type FeatureFeed } from '../../features/index.js';
import { createRng, InvariantError, type Instrument } from '../../market/index.js';
import { defineStrategy, type Bar, type CommandRejected, type OrderBookDepth, type OrderEvent, type Strategy, type StrategyContext } from '../../strategy/index.js';
import { obHealthKey, type McForewarner } from '../../survival/index.js';
import { DolphinEngine, type DolphinDayResult, type DolphinEntry, type DolphinExit } from './engine.js';
import { ExitReason } from './exit-manager.js';
import { BookObTracker, SyntheticObProvider, type OrderBookProvider } from './ob-provider.js';
import { dolphinParamsSchema, type DolphinParams } from './params.js';
import { dolphinAcbKey, dolphinDayResultsKey, dolphinFeaturesKey, dolphinMcForewarnerKey, dolphinOrderBookKey, type DayResultSink, type DolphinAcbService } from './services.js';

export * from './params.js';
export * from './engine.js';
export * from './services.js';
export * from './signal.js';
export * from './asset-selector.js';
export * from './bet-sizer.js';
export * from './exit-manager.js';
export * from './fee-model.js';
export * from './ob-provider.js';
export * from './price-history.js';

const PERP_RE = /^(.+)-PERP\.[A-Z0-9_]+$/;

/** Asset columns and instruments of a session: every `<COLUMN>-PERP.<venue>` instrument, or `assets`. */
export function resolveDolphinAssets(instruments: readonly Instrument[], assets: readonly string[] | undefined): { columns: string[]; instruments: Instrument[] } {
  const byColumn = new Map<string, Instrument>();
  for (const i of instruments) {
    const m = PERP_RE.exec(i.id);
    if (m?.[1] && !byColumn.has(m[1])) byColumn.set(m[1], i);
  }
  const columns = assets ? [...assets] : [...byColumn.keys()];
  if (columns.length === 0) throw new InvariantError('instruments', 'has no <COLUMN>-PERP.<venue> instrument', instruments.map((i) => i.id));
  const list = columns.map((c) => {
    const inst = byColumn.get(c);
    if (!inst) throw new InvariantError('assets', `names a column without a ${c}-PERP instrument`, c);
    return inst;
  });
  return { columns, instruments: list };
}

/** The strategy object behind `dolphin`; see the module comment. */
class DolphinStrategy implements Strategy {
  private engine: DolphinEngine | null = null;
  private readonly assetOf = new Map<string, number>();
  private barTypes: string[] = [];
  private prices = new Float64Array(0);
  private lastPrices = new Float64Array(0);
  private seen = new Int32Array(0);
  private stamp = 0;
  private groupTs = NaN;
  private groupCount = 0;
  private groupOpen = false;
  private feed: FeatureFeed | null = null;
  private online: EigenVelocityEngine | null = null;
  private book: BookObTracker | null = null;
  private acb: DolphinAcbService | null = null;
  private sink: DayResultSink | null = null;
  private entryOrderId: string | null = null;
  private readonly features = createFeatureRow();

  constructor(
    private readonly params: DolphinParams,
    private readonly ctx: StrategyContext,
  ) {}

  onStart(): void {
    const { params: p, ctx } = this;
    const { columns, instruments } = resolveDolphinAssets(ctx.instruments.list(), p.assets);
    const n = columns.length;
    instruments.forEach((inst, a) => this.assetOf.set(inst.id, a));
    this.barTypes = instruments.map((inst) => `${inst.id}-${p.bar_spec}`);
    this.prices = new Float64Array(n).fill(NaN);
    this.lastPrices = new Float64Array(n).fill(NaN);
    this.seen = new Int32Array(n).fill(-1);
    for (const bt of this.barTypes) ctx.subscribeBars(bt);
    if (p.features === 'feed') {
      this.feed = ctx.services.get(dolphinFeaturesKey) ?? null;
      if (!this.feed) throw new InvariantError('dolphin features', "not injected (service 'dolphin.features'); set features: online to compute them", p.features);
    } else {
      this.online = new EigenVelocityEngine({ nAssets: n, maxAssets: p.feature_max_assets });
    }
    let ob: OrderBookProvider | null = null;
    if (p.ob_source === 'service') ob = ctx.services.get(dolphinOrderBookKey) ?? null;
    else if (p.ob_source === 'book') {
      this.book = new BookObTracker(instruments.map((i) => i.id), { depthLevels: p.ob_book_depth });
      for (const inst of instruments) ctx.subscribeBook(inst.id, { depth: p.ob_book_depth });
      ob = this.book;
    } else if (p.ob_source === 'synthetic') {
      ob = new SyntheticObProvider(instruments.map((i) => i.id), createRng(p.seed + 1));
    }
    this.acb = ctx.services.get(dolphinAcbKey) ?? null;
    this.sink = ctx.services.get(dolphinDayResultsKey) ?? null;
    const mc: McForewarner | null = ctx.services.get(dolphinMcForewarnerKey) ?? null;
    this.engine = new DolphinEngine({
      params: p,
      assets: columns,
      instruments,
      rng: createRng(p.seed),
      acb: this.acb?.provider ?? null,
      mc,
      ob,
      obHealth: ob ? (ctx.services.get(obHealthKey) ?? null) : null,
      events: {
        onEntry: (e) => {
          this.submitEntry(e);
        },
        onExit: (x) => {
          this.submitExit(x);
        },
        onDayResult: (r) => {
          this.publishDay(r);
        },
      },
    });
    ctx.log.info('dolphin_started', { assets: n, direction: p.direction, features: p.features, obSource: ob ? p.ob_source : 'none', acb: this.acb !== null, mc: mc !== null, capitalSource: p.capital_source });
  }

  onBar(bar: Bar): void {
    const a = this.assetOf.get(bar.instrumentId);
    if (a === undefined || bar.barType !== this.barTypes[a]) return;
    if (bar.tsMs !== this.groupTs) {
      if (this.groupOpen) this.processRow();
      this.groupTs = bar.tsMs;
      this.groupCount = 0;
      this.groupOpen = true;
      this.stamp++;
      this.prices.fill(NaN);
    }
    if (!this.groupOpen || this.seen[a] === this.stamp) return;
    this.seen[a] = this.stamp;
    this.prices[a] = bar.close;
    this.lastPrices[a] = bar.close;
    this.groupCount++;
    if (this.groupCount === this.prices.length) this.processRow();
  }

  onBook(book: OrderBookDepth): void {
    this.book?.onBook(book);
  }

  onOrderEvent(event: OrderEvent | CommandRejected): void {
    const id = this.entryOrderId;
    if (id === null) return;
    const rejected =
      (event.kind === 'command-rejected' && event.clientOrderIds.includes(id)) ||
      ((event.kind === 'order-rejected' || event.kind === 'order-denied') && event.clientOrderId === id);
    if (rejected) {
      this.entryOrderId = null;
      this.engine?.cancelEntry();
      this.ctx.log.warn('dolphin_entry_rejected', { clientOrderId: id, reason: 'reason' in event ? event.reason : '' });
    } else if (event.kind === 'order-filled' && event.clientOrderId === id) {
      this.entryOrderId = null;
    }
  }

  onStop(): void {
    if (this.groupOpen) this.processRow();
    const engine = this.engine;
    if (!engine) return;
    engine.finish(this.lastPrices);
    const c = engine.counters;
    this.ctx.log.info('dolphin_summary', { rows: c.rows, droppedRows: c.droppedRows, entries: c.entries, exits: { ...c.exits }, skips: { ...c.skips }, capital: engine.capital });
  }

  private processRow(): void {
    this.groupOpen = false;
    const engine = this.engine;
    if (!engine) return;
    const update = this.acb?.pending.take();
    if (update) engine.applyAcbUpdate(update);
    if (this.online) this.online.update(this.prices, this.features);
    else if (!this.feed?.read(this.groupTs, this.features)) clearFeatureRow(this.features);
    engine.processRow({
      tsMs: this.groupTs,
      features: this.features,
      prices: this.prices,
      posture: this.ctx.posture.posture,
      accountEquity: this.params.capital_source === 'account' ? this.ctx.portfolio.equity() : NaN,
    });
  }

  private submitEntry(e: DolphinEntry): void {
    this.entryOrderId = this.ctx.submitMarket({ instrumentId: e.instrumentId, side: e.side, quantity: e.quantity, tags: ['entry'] });
    this.ctx.log.debug('dolphin_entry', { instrumentId: e.instrumentId, side: e.side, quantity: e.quantity, price: e.price, notional: e.notional, leverage: e.leverage, fraction: e.fraction, velDiv: e.velDiv });
  }

  private submitExit(x: DolphinExit): void {
    const tags = x.reason === ExitReason.stopLoss ? ['sl', 'exit', x.reason] : ['exit', x.reason];
    const id = this.ctx.closePosition(x.instrumentId, tags);
    if (id === null) this.ctx.log.warn('dolphin_exit_without_position', { instrumentId: x.instrumentId, reason: x.reason });
    this.ctx.log.debug('dolphin_exit', { instrumentId: x.instrumentId, reason: x.reason, price: x.price, net: x.net, capital: x.capital });
  }

  private publishDay(r: DolphinDayResult): void {
    this.ctx.log.info('dolphin_day_result', { ...r });
    this.sink?.onDayResult(r);
  }
}

/** The `dolphin` strategy definition (registered in src/strategies/index.ts). */
export const dolphin = defineStrategy<DolphinParams>({
  name: 'dolphin',
  version: '1.0.0',
  description: 'DOLPHIN (seed 002): vel_div eigenvalue-velocity SHORT engine with IRP asset selection, AlphaBetSizer, ACB v6 and MC gate',
  paramsSchema: dolphinParamsSchema,
  groupBarsByTs: true,
  create(params, ctx) {
    return new DolphinStrategy(params, ctx);
  },
});
