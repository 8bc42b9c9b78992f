import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { prepareHostData, runHostBacktest } from '../../../src/backtest/host-backtest.js';
import { SimulatedVenue } from '../../../src/backtest/simulated-venue.js';
import { venueConfigSchema } from '../../../src/backtest/venue-config.js';
import { allocateBarColumns, type BarSeries } from '../../../src/data/bar-series.js';
import { defineStrategy, type ExecutionEvent, type StrategyContext } from '../../../src/strategy/index.js';
import { emaCross } from '../../../src/strategies/ema-cross/index.js';

const BT = 'BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL';
const IID = 'BTCUSDT-PERP.BINANCE';

function bars(rows: ReadonlyArray<readonly [number, number, number, number]>, start = Date.UTC(2022, 0, 1, 0, 1)): BarSeries {
  const c = allocateBarColumns(rows.length, false);
  rows.forEach((r, i) => {
    (c.tsMs as Float64Array)[i] = start + i * 60_000;
    (c.open as Float64Array)[i] = r[0];
    (c.high as Float64Array)[i] = r[1];
    (c.low as Float64Array)[i] = r[2];
    (c.close as Float64Array)[i] = r[3];
    (c.volume as Float64Array)[i] = 100;
  });
  return { barType: BT, instrumentId: IID, columns: c };
}

const flat = bars(Array.from({ length: 6 }, (_, i) => [46400 + i, 46410 + i, 46390 + i, 46405 + i] as const));

const ETH = 'ETHUSDT-PERP.BINANCE';

/** ETHUSDT-PERP bars (the second instrument of {@link btcEthVenue}). */
function ethBars(rows: ReadonlyArray<readonly [number, number, number, number]>, start?: number): BarSeries {
  return { ...bars(rows, start), barType: `${ETH}-1-MINUTE-LAST-EXTERNAL`, instrumentId: ETH };
}

/** The default venue with ETHUSDT-PERP added. */
function btcEthVenue() {
  const defaults = venueConfigSchema.parse({});
  return venueConfigSchema.parse({
    instruments: [...defaults.instruments, { ...defaults.instruments[0], instrument_id: ETH, raw_symbol: 'ETHUSDT', base_currency: 'ETH', price_precision: 2, price_increment: '0.01' }],
  });
}

/** A strategy that subscribes to `subscribe` in onStart and records what `pick` says of each bar it gets. */
function barWatcher(subscribe: readonly string[], seen: string[], pick: (b: { barType: string; instrumentId: string }) => string = (b) => b.barType) {
  return defineStrategy({
    name: 'watcher',
    version: '1',
    description: '',
    paramsSchema: z.object({}).strict(),
    create: (_p, ctx) => ({
      onStart: () => {
        for (const bt of subscribe) ctx.subscribeBars(bt);
      },
      onBar: (b) => void seen.push(pick(b)),
    }),
  });
}

/** A strategy that runs `script` on bar `at` and records what it receives. */
function scripted(at: number, script: (ctx: StrategyContext, seen: ExecutionEvent[]) => void, seen: ExecutionEvent[]) {
  return defineStrategy({
    name: 'scripted',
    version: '1',
    description: 'test',
    paramsSchema: z.object({}).strict(),
    create(_p, ctx) {
      let n = 0;
      return {
        onStart() {
          ctx.subscribeBars(BT);
        },
        onBar() {
          if (n++ === at) script(ctx, seen);
        },
        onOrderEvent(e) {
          seen.push(e);
        },
      };
    },
  });
}

describe('runHostBacktest', () => {
  it('refuses an off-grid quantity with command-rejected, and submits nothing', () => {
    const seen: ExecutionEvent[] = [];
    const r = runHostBacktest({ definition: scripted(1, (ctx) => void ctx.submitMarket({ instrumentId: IID, side: 'BUY', quantity: '0.0105' }), seen), params: {}, venue: venueConfigSchema.parse({}), data: [flat] });
    expect(seen.map((e) => (e.kind === 'command-rejected' ? `${e.kind}:${e.code}` : e.kind))).toEqual(['command-rejected:OFF_GRID_QUANTITY']);
    expect(r.fillCount).toBe(0);
  });

  it('delivers a refusal before the OrderSubmitted events of the same decision', () => {
    const seen: ExecutionEvent[] = [];
    runHostBacktest({
      definition: scripted(1, (ctx) => {
        ctx.submitMarket({ instrumentId: IID, side: 'BUY', quantity: '0.010' });
        ctx.submitMarket({ instrumentId: 'NOPE.BINANCE', side: 'BUY', quantity: '0.010' });
      }, seen),
      params: {},
      venue: venueConfigSchema.parse({}),
      data: [flat],
    });
    expect(seen.slice(0, 3).map((e) => e.kind)).toEqual(['command-rejected', 'order-submitted', 'order-filled']);
  });

  it('samples equity once per bar: balance plus unrealized PnL at the close', () => {
    const r = runHostBacktest({ definition: scripted(1, (ctx) => void ctx.submitMarket({ instrumentId: IID, side: 'BUY', quantity: '1.000' }), []), params: {}, venue: venueConfigSchema.parse({}), data: [flat] });
    expect(r.equity.length).toBe(6);
    // Bought 1 at bar 1's close (46406) after the bar-1 sample: bar 2 closes at 46407.
    const feeBar1 = 46406 * 0.00018;
    expect(r.equity.equity[1]).toBe(10_000);
    expect(r.equity.equity[2]).toBeCloseTo(10_000 - feeBar1 + 1, 6);
  });

  it('writes byte-identical fills for identical inputs', () => {
    const venue = venueConfigSchema.parse({});
    const data = prepareHostData(venue, [bars(Array.from({ length: 300 }, (_, i) => {
      const m = 46_000 + Math.round(200 * Math.sin(i / 7) * 10) / 10;
      return [m, m + 15, m - 15, m + 5] as const;
    }))]);
    const run = (): string => JSON.stringify(runHostBacktest({ definition: emaCross, params: { fast_ema_period: 3, slow_ema_period: 8 }, venue, data }).fills);
    const a = run();
    expect(a.length).toBeGreaterThan(100);
    expect(run()).toBe(a);
  });

  it('processes equal close times of two series in data-entry order, one equity sample per time', () => {
    const eth = ethBars([[3700, 3710, 3690, 3705], [3705, 3712, 3700, 3710]]);
    const btc = bars([[46400, 46410, 46390, 46405], [46405, 46420, 46400, 46410]]);
    const order: string[] = [];
    const r = runHostBacktest({ definition: barWatcher([eth.barType, BT], order, (b) => b.instrumentId), params: {}, venue: btcEthVenue(), data: [eth, btc] });
    expect(order).toEqual([ETH, IID, ETH, IID]);
    expect(r.equity.length).toBe(2);
  });

  it('hands the strategy only the bar types it subscribed to in onStart, as the bridge does', () => {
    const btc = bars([[46000, 46010, 45990, 46005], [46005, 46020, 46000, 46010]]);
    const eth = ethBars([[3700, 3710, 3690, 3705], [3705, 3712, 3700, 3710]]);
    const venue = btcEthVenue();
    const btcOnly: string[] = [];
    const none: string[] = [];
    const single: string[] = [];
    const r = runHostBacktest({ definition: barWatcher([BT], btcOnly), params: {}, venue, data: [eth, btc] });
    runHostBacktest({ definition: barWatcher([], none), params: {}, venue, data: [eth, btc] });
    runHostBacktest({ definition: barWatcher([eth.barType], single), params: {}, venue, data: [btc] });
    expect(btcOnly).toEqual([BT, BT]);
    expect(r.barsProcessed).toBe(4);
    expect(r.subscriptions).toEqual({ atStart: [{ kind: 'bars', barType: BT }], late: [] });
    expect(none).toEqual([]);
    expect(single).toEqual([]);
    // A subscription made later is served by neither engine (the handshake carried onStart's).
    const late: string[] = [];
    const lateWatcher = defineStrategy({
      name: 'late',
      version: '1',
      description: '',
      paramsSchema: z.object({}).strict(),
      create: (_p, ctx) => ({
        onStart: () => ctx.subscribeBars(BT),
        onBar: (b) => {
          late.push(b.barType);
          ctx.subscribeBars(eth.barType);
        },
      }),
    });
    const rl = runHostBacktest({ definition: lateWatcher, params: {}, venue, data: [eth, btc] });
    expect(late).toEqual([BT, BT]);
    expect(rl.subscriptions.atStart).toEqual([{ kind: 'bars', barType: BT }]);
    expect(rl.subscriptions.late.length).toBe(2);
  });
});

/**
 * A strategy that trades market, limit, stop and bracket orders, cancels and closes, and records
 * on every bar everything the portfolio shows it (account, position, orders, prices, equity).
 */
function inspector(record: string[]) {
  return defineStrategy({
    name: 'inspector',
    version: '1',
    description: 'test',
    paramsSchema: z.object({}).strict(),
    create(_p, ctx) {
      const ids: string[] = [];
      let n = 0;
      return {
        onStart() {
          ctx.subscribeBars(BT);
        },
        onBar(bar) {
          const p = ctx.portfolio;
          record.push(JSON.stringify({ account: p.account(), position: p.position(IID), open: p.openOrders(), orders: ids.map((id) => p.order(id)), net: p.netQuantity(IID), flat: p.isFlat(IID), long: p.isNetLong(IID), short: p.isNetShort(IID), total: p.balanceTotal(), free: p.balanceFree(), equity: p.equity(), last: p.lastPrice(IID), upnl: p.unrealizedPnl(IID) }));
          const k = n++ % 12;
          const px = Math.round(bar.close * 10) / 10;
          if (k === 0) ids.push(ctx.submitMarket({ instrumentId: IID, side: 'BUY', quantity: 0.5 }));
          if (k === 1) ids.push(ctx.submitLimit({ instrumentId: IID, side: 'BUY', quantity: 0.2, price: Math.round((px - 3) * 10) / 10 }));
          if (k === 2) ids.push(ctx.submitStopMarket({ instrumentId: IID, side: 'SELL', quantity: 0.1, triggerPrice: Math.round((px - 8) * 10) / 10, reduceOnly: true }));
          if (k === 4) ctx.cancelAllOrders(IID);
          if (k === 5 && !p.isFlat(IID)) ctx.closePosition(IID);
          if (k === 6) {
            const b = ctx.submitBracket({ instrumentId: IID, side: 'SELL', quantity: 0.3, slTriggerPrice: Math.round((px + 6) * 10) / 10, tpPrice: Math.round((px - 6) * 10) / 10 });
            ids.push(b.entry, b.sl, b.tp);
          }
          if (k === 9) ctx.closeAllPositions();
        },
        onStop() {
          record.push(JSON.stringify({ stop: ctx.portfolio.account(), position: ctx.portfolio.position(IID) }));
          ctx.cancelAllOrders(IID);
          ctx.closePosition(IID);
        },
      };
    },
  });
}

describe('runHostBacktest lazy bar matching', () => {
  it('fills exactly as bar-by-bar matching does, flat bars and partial fills included', () => {
    // One series: the engine records bars while nothing rests and applies them when used. With a
    // second (idle) series the merged loop matches every bar at once: same fills, same balance.
    let x = 46_400;
    let seed = 11;
    const rows = Array.from({ length: 500 }, (_, i) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      const o = x;
      if (i % 5 === 3 || i % 17 === 0) return [o, o, o, o] as const; // flat at the last price: skipped
      x = Math.round((x + ((seed % 160) - 80) / 10) * 10) / 10;
      const hi = Math.round((Math.max(o, x) + (seed % 23) / 10) * 10) / 10;
      const lo = Math.round((Math.min(o, x) - (seed % 29) / 10) * 10) / 10;
      return [o, hi, lo, x] as const;
    });
    const btc = bars(rows);
    (btc.columns.volume as Float64Array).forEach((_, i, v) => { v[i] = 0.4 + (i % 7) / 10; });
    const eth = ethBars(rows.map(() => [3700, 3701, 3699, 3700] as const), Date.UTC(2022, 0, 1, 0, 1) - 30_000);
    const venue = btcEthVenue();
    const onBtc = (record: string[]) => {
      const inner = inspector(record);
      return defineStrategy({ ...inner, create: (p, ctx) => {
        const s = inner.create(p, ctx);
        return { ...s, onBar: (b) => { if (b.instrumentId === IID) s.onBar?.(b); } };
      } });
    };
    const a: string[] = [];
    const b: string[] = [];
    const lazy = runHostBacktest({ definition: onBtc(a), params: {}, venue, data: [btc] });
    const eager = runHostBacktest({ definition: onBtc(b), params: {}, venue, data: [btc, eth] });
    expect(lazy.fillCount).toBeGreaterThan(40);
    expect(JSON.stringify(lazy.fills)).toBe(JSON.stringify(eager.fills));
    expect(lazy.finalBalance).toBe(eager.finalBalance);
    // (The initial account state is stamped at the first bar of the data: ETH's, in the merged run.)
    expect(a.slice(1)).toEqual(b.slice(1));
  });
});

describe('runHostBacktest quiet mode', () => {
  it('shows a strategy without event handlers exactly what the event-fed portfolio shows', () => {
    // Without handlers or an observer, account states and fills reach the portfolio without event
    // objects; an observer forces the event-fed path. Small volumes make partial fills.
    let x = 46_400;
    let seed = 7;
    const rows = Array.from({ length: 400 }, () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      const o = x;
      x = Math.round((x + ((seed % 200) - 100) / 10) * 10) / 10;
      const hi = Math.round((Math.max(o, x) + (seed % 37) / 10) * 10) / 10;
      const lo = Math.round((Math.min(o, x) - (seed % 41) / 10) * 10) / 10;
      return [o, hi, lo, x] as const;
    });
    const series = bars(rows);
    (series.columns.volume as Float64Array).fill(1.2);
    const venue = venueConfigSchema.parse({});
    const quiet: string[] = [];
    const fed: string[] = [];
    const a = runHostBacktest({ definition: inspector(quiet), params: {}, venue, data: [series] });
    const b = runHostBacktest({ definition: inspector(fed), params: {}, venue, data: [series], onDelivered: () => undefined });
    expect(a.fillCount).toBeGreaterThan(50);
    expect(quiet.length).toBe(401);
    expect(quiet).toEqual(fed);
    expect(a.finalBalance).toBe(b.finalBalance);
    expect(JSON.stringify(a.fills)).toBe(JSON.stringify(b.fills));
  });

  it('shows positions read only now and then (built late from the venue) exactly as the event-fed portfolio does', () => {
    // Flips, closes and partial fills between reads: a quiet position's snapshot is built only
    // when read, possibly many fills after it was published, and after the strategy stopped.
    const reader = (record: string[]) =>
      defineStrategy({
        name: 'late-reader',
        version: '1',
        description: 'test',
        paramsSchema: z.object({}).strict(),
        create(_p, ctx) {
          let n = 0;
          return {
            onStart() {
              ctx.subscribeBars(BT);
            },
            onBar() {
              const p = ctx.portfolio;
              const k = n++;
              record.push(JSON.stringify({ net: p.netQuantity(IID), flat: p.isFlat(IID), long: p.isNetLong(IID), short: p.isNetShort(IID) }));
              if (k % 7 === 6) record.push(JSON.stringify({ position: p.position(IID), open: p.openPositions(), upnl: p.unrealizedPnl(IID), equity: p.equity() }));
              if (k % 5 === 0) ctx.submitMarket({ instrumentId: IID, side: k % 3 === 0 ? 'SELL' : 'BUY', quantity: k % 2 === 0 ? 0.5 : 2.2 });
              if (k % 11 === 10) ctx.closeAllPositions();
            },
            onStop() {
              record.push(JSON.stringify({ stop: ctx.portfolio.position(IID) }));
              ctx.closePosition(IID);
            },
          };
        },
      });
    let x = 46_400;
    const rows = Array.from({ length: 300 }, (_, i) => {
      const o = x;
      x = Math.round((x + ((i * 37) % 23) - 11) * 10) / 10;
      return [o, Math.max(o, x) + 2, Math.min(o, x) - 2, x] as const;
    });
    const series = bars(rows);
    (series.columns.volume as Float64Array).fill(3.1);
    const venue = venueConfigSchema.parse({});
    const quiet: string[] = [];
    const fed: string[] = [];
    const a = runHostBacktest({ definition: reader(quiet), params: {}, venue, data: [series] });
    runHostBacktest({ definition: reader(fed), params: {}, venue, data: [series], onDelivered: () => undefined });
    expect(a.fillCount).toBeGreaterThan(60);
    expect(quiet).toEqual(fed);
  });

  it('is off when an observer wants execution events: afterEvent sees what onDelivered sees', () => {
    const delivered: string[] = [];
    const observed: string[] = [];
    const venue = venueConfigSchema.parse({});
    const definition = inspector([]);
    runHostBacktest({ definition, params: {}, venue, data: [flat], onDelivered: (e) => void (e.kind !== 'bar' && delivered.push(JSON.stringify(e))) });
    runHostBacktest({ definition, params: {}, venue, data: [flat], observers: [{ afterEvent: (e) => void observed.push(JSON.stringify(e)) }] });
    expect(delivered.some((e) => e.includes('"order-submitted"')) && delivered.some((e) => e.includes('"order-filled"')) && delivered.some((e) => e.includes('"account-state"'))).toBe(true);
    expect(observed).toEqual(delivered);
  });
});

describe('SimulatedVenue trading state', () => {
  function venueWithSink(): { venue: SimulatedVenue; events: ExecutionEvent[] } {
    const data = prepareHostData(venueConfigSchema.parse({}), [flat]);
    const events: ExecutionEvent[] = [];
    const venue = new SimulatedVenue({ venueName: 'BINANCE', instruments: data.instruments, startingBalance: '10000', baseCurrency: 'USDT', leverage: '1', feeModel: { kind: 'maker_taker' }, barAdaptiveHighLowOrdering: false, stopGapFill: 'trigger', sink: { emit: (e) => void events.push(e) } });
    return { venue, events };
  }

  it('denies every submit when HALTED', () => {
    const { venue, events } = venueWithSink();
    venue.execute({ kind: 'set-trading-state', commandId: 'C-1', state: 'HALTED', reason: 'test' });
    venue.execute({ kind: 'submit-market', commandId: 'C-2', instrumentId: IID, side: 'BUY', quantity: '0.010', timeInForce: 'GTC', reduceOnly: false, clientOrderId: 'O-1', tags: [] });
    expect(events.map((e) => (e.kind === 'order-denied' ? e.reason : e.kind))).toEqual(['TradingState.HALTED']);
  });

  it('lets a flat account open either side when REDUCING, as Nautilus does', () => {
    const { venue, events } = venueWithSink();
    venue.execute({ kind: 'set-trading-state', commandId: 'C-1', state: 'REDUCING', reason: 'test' });
    venue.execute({ kind: 'submit-market', commandId: 'C-2', instrumentId: IID, side: 'SELL', quantity: '0.010', timeInForce: 'GTC', reduceOnly: false, clientOrderId: 'O-1', tags: [] });
    expect(events.map((e) => e.kind)).toEqual(['order-submitted']);
  });
});
