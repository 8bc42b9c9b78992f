/**
 * The host engine on tick data (Nautilus 1.221 process_trade_tick / process_quote_tick on an L1
 * book): hand-made ticks for each rule. The same rules on the bundled BTC/USDT ticks are proven
 * against Nautilus by test/integration/tick-data.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runHostBacktest } from '../../../src/backtest/host-backtest.js';
import { venueConfigSchema } from '../../../src/backtest/venue-config.js';
import type { QuoteTickSeries, TickSeries, TradeTickSeries } from '../../../src/data/index.js';
import { defineStrategy, type StrategyContext } from '../../../src/strategy/index.js';

const IID = 'BTCUSDT-PERP.BINANCE';
const T0 = Date.UTC(2022, 0, 1);
const venue = venueConfigSchema.parse({});

function trades(rows: ReadonlyArray<readonly [number, number]>): TradeTickSeries {
  return {
    kind: 'trades',
    instrumentId: IID,
    length: rows.length,
    tsMs: Float64Array.from(rows, (_, i) => T0 + i * 100),
    price: Float64Array.from(rows, (r) => r[0]),
    size: Float64Array.from(rows, (r) => r[1]),
    aggressor: rows.map(() => 'BUYER' as const),
    tradeId: rows.map((_, i) => String(i + 1)),
  };
}

/** Rows of [bid, ask, bidSize, askSize]. */
function quotes(rows: ReadonlyArray<readonly [number, number, number, number]>): QuoteTickSeries {
  return {
    kind: 'quotes',
    instrumentId: IID,
    length: rows.length,
    tsMs: Float64Array.from(rows, (_, i) => T0 + i * 100),
    bid: Float64Array.from(rows, (r) => r[0]),
    ask: Float64Array.from(rows, (r) => r[1]),
    bidSize: Float64Array.from(rows, (r) => r[2]),
    askSize: Float64Array.from(rows, (r) => r[3]),
  };
}

/** Runs `script` on tick `at` (0-based) of `ticks`, and `later` on the next tick; returns the fills as "tick side qty @ price type". */
function run(ticks: TickSeries, at: number, script: (ctx: StrategyContext) => void, later?: (ctx: StrategyContext) => void): string[] {
  const strategy = defineStrategy({
    name: 'tick-script',
    version: '1',
    description: 'test',
    paramsSchema: z.object({}).strict(),
    create(_p, ctx) {
      let n = 0;
      const on = (): void => {
        if (n === at) script(ctx);
        if (n === at + 1) later?.(ctx);
        n += 1;
      };
      return {
        onStart: () => (ticks.kind === 'trades' ? ctx.subscribeTrades(IID) : ctx.subscribeQuotes(IID)),
        onTrade: on,
        onQuote: on,
      };
    },
  });
  const r = runHostBacktest({ definition: strategy, params: {}, venue, data: [], ticks });
  expect(r.ticksProcessed).toBe(ticks.length);
  return r.fills.map((f) => `${(Number(BigInt(f.ts_ns) / 1_000_000n) - T0) / 100} ${f.side} ${f.qty} @ ${f.price} ${f.order_type}`);
}

describe('host engine on trade ticks', () => {
  it('fills a market order at the trade that set the book, its size, and the rest a tick worse', () => {
    const fills = run(trades([[46000, 0.004], [46001.5, 1]]), 0, (ctx) => void ctx.submitMarket({ instrumentId: IID, side: 'BUY', quantity: 0.01 }));
    expect(fills).toEqual(['0 BUY 0.004 @ 46000.0 MARKET', '0 BUY 0.006 @ 46000.1 MARKET']);
  });

  it('fills a resting limit at its price when a trade reaches it (maker), not when it stays above', () => {
    const fills = run(trades([[46000, 1], [45999.9, 1], [45999.5, 1]]), 0, (ctx) => void ctx.submitLimit({ instrumentId: IID, side: 'BUY', quantity: 0.01, price: 45999.5 }));
    expect(fills).toEqual(['2 BUY 0.010 @ 45999.5 LIMIT']);
  });

  it('triggers a sell stop at a trade through its trigger and fills it at the trigger (1.221)', () => {
    const fills = run(
      trades([[46000, 1], [45995, 1], [45990, 1]]),
      0,
      (ctx) => void ctx.submitMarket({ instrumentId: IID, side: 'BUY', quantity: 0.01 }),
      (ctx) => void ctx.submitStopMarket({ instrumentId: IID, side: 'SELL', quantity: 0.01, triggerPrice: 45992, reduceOnly: true }),
    );
    expect(fills).toEqual(['0 BUY 0.010 @ 46000.0 MARKET', '2 SELL 0.010 @ 45992.0 STOP_MARKET']);
  });
});

describe('host engine on quote ticks', () => {
  it('fills a market BUY at the ask with the ask size, the rest a tick worse; a SELL at the bid', () => {
    const fills = run(quotes([[45999.9, 46000.1, 0.5, 0.003]]), 0, (ctx) => {
      ctx.submitMarket({ instrumentId: IID, side: 'BUY', quantity: 0.01 });
      ctx.submitMarket({ instrumentId: IID, side: 'SELL', quantity: 0.01 });
    });
    expect(fills).toEqual(['0 BUY 0.003 @ 46000.1 MARKET', '0 BUY 0.007 @ 46000.2 MARKET', '0 SELL 0.010 @ 45999.9 MARKET']);
  });

  it('matches a resting BUY limit on the ask, not on the bid', () => {
    const fills = run(
      quotes([
        [45999.0, 46001.0, 1, 1],
        [45998.0, 46000.5, 1, 1], // the bid passes the limit: no fill
        [45999.5, 46000.0, 1, 1], // the ask reaches it
      ]),
      0,
      (ctx) => void ctx.submitLimit({ instrumentId: IID, side: 'BUY', quantity: 0.01, price: 46000.0 }),
    );
    expect(fills).toEqual(['2 BUY 0.010 @ 46000.0 LIMIT']);
  });

  it('triggers a sell stop on the bid', () => {
    const fills = run(
      quotes([
        [46000.0, 46000.2, 1, 1],
        [45996.0, 45996.2, 1, 1], // the stop is placed here, its trigger under the bid
        [45995.5, 45994.0, 1, 1], // an ask under the trigger does not trigger a SELL stop
        [45994.9, 45995.0, 1, 1],
      ]),
      0,
      (ctx) => void ctx.submitMarket({ instrumentId: IID, side: 'BUY', quantity: 0.01 }),
      (ctx) => void ctx.submitStopMarket({ instrumentId: IID, side: 'SELL', quantity: 0.01, triggerPrice: 45995.0, reduceOnly: true }),
    );
    expect(fills).toEqual(['0 BUY 0.010 @ 46000.2 MARKET', '3 SELL 0.010 @ 45995.0 STOP_MARKET']);
  });
});
