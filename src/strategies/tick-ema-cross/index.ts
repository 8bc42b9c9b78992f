/**
 * `tick-ema-cross`: ema-cross's rules on ticks instead of bars, for tick data (Nautilus engine):
 * - the EMAs update with every trade price (source `trades`) or quote mid (source `quotes`) of the
 *   instrument, before the decision;
 * - no decision until both EMAs are initialized;
 * - fast >= slow: buy when flat; when short, close the position then buy;
 * - fast < slow: sell when flat; when long, close the position then sell;
 * - at most one decision per `min_interval_ms` of event time (0: every tick), so a burst of ticks
 *   at one price level does not churn orders;
 * - trade_size rounded to the instrument's size precision;
 * - on stop: cancel all orders and close the position.
 * The instrument defaults to the session's only instrument.
 */
import { z } from 'zod';
import { Ema, roundQuantity } from '../../market/index.js';
import { defineStrategy, type QuoteTick, type StrategyContext, type TradeTick } from '../../strategy/index.js';
import { fastBelowSlow, followCross, tradeSizeParam } from '../ema-cross/index.js';

export const tickEmaCrossParamsSchema = z
  .object({
    /** Default: the session's only instrument. */
    instrument_id: z.string().min(1).optional(),
    source: z.enum(['trades', 'quotes']).default('trades'),
    trade_size: tradeSizeParam,
    fast_ema_period: z.number().int().positive().default(20),
    slow_ema_period: z.number().int().positive().default(60),
    min_interval_ms: z.number().int().min(0).default(0),
    close_positions_on_stop: z.boolean().default(true),
  })
  .strict()
  .superRefine(fastBelowSlow);
export type TickEmaCrossParams = z.infer<typeof tickEmaCrossParamsSchema>;

export const tickEmaCross = defineStrategy<TickEmaCrossParams>({
  name: 'tick-ema-cross',
  version: '1.0.0',
  description: "ema-cross's rules on trade prices or quote mids (tick data): market entries on fast/slow EMA crosses, flip on the opposite cross.",
  paramsSchema: tickEmaCrossParamsSchema,
  create(params, ctx: StrategyContext) {
    const fast = new Ema(params.fast_ema_period);
    const slow = new Ema(params.slow_ema_period);
    let iid = '';
    let qty = 0;
    let lastDecisionMs = Number.NEGATIVE_INFINITY;

    const enter = (side: 'BUY' | 'SELL'): void => {
      ctx.submitMarket({ instrumentId: iid, side, quantity: qty });
    };

    const onPrice = (price: number, tsMs: number): void => {
      fast.update(price);
      slow.update(price);
      if (!fast.initialized || !slow.initialized) return;
      if (tsMs - lastDecisionMs < params.min_interval_ms) return;
      if (followCross(ctx, iid, fast.value >= slow.value, enter)) lastDecisionMs = tsMs;
    };

    return {
      onStart() {
        const ids = ctx.instruments.list().map((i) => i.id);
        if (params.instrument_id === undefined && ids.length !== 1) {
          throw new Error(`tick-ema-cross: instrument_id: missing; the session has ${ids.length} instruments (${ids.join(', ')}), name one`);
        }
        iid = params.instrument_id ?? (ids[0] as string);
        qty = roundQuantity(ctx.instruments.get(iid), Number(params.trade_size), 'nearest');
        if (params.source === 'trades') ctx.subscribeTrades(iid);
        else ctx.subscribeQuotes(iid);
      },
      onTrade(trade: TradeTick) {
        if (params.source === 'trades' && trade.instrumentId === iid) onPrice(trade.price, trade.tsMs);
      },
      onQuote(quote: QuoteTick) {
        if (params.source === 'quotes' && quote.instrumentId === iid) onPrice((quote.bid + quote.ask) / 2, quote.tsMs);
      },
      onStop() {
        if (iid === '') return;
        ctx.cancelAllOrders(iid);
        if (params.close_positions_on_stop) ctx.closePosition(iid);
      },
    };
  },
});
