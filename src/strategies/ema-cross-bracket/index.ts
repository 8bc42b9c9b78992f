/**
 * `ema-cross-bracket`: ema-cross's signal (fast EMA >= slow EMA: long, else short) with every entry
 * protected at once by a bracket: a market entry, a stop-market stop-loss and a limit take-profit
 * (post-only by default, as Nautilus's bracket) at configurable distances from the bar close, in
 * ticks or basis points, on the tick grid (rounded away from the close, so neither leg starts in
 * the market). Positions exit through the children (the venue's OUO cancels the other leg); when
 * flat with no working bracket, the next bar enters again in the signal's direction. A position
 * left without working children (both legs rejected, which Nautilus does when its matching core
 * still holds a price a stop fill moved it to) is closed at market on the next bar. Made to
 * exercise stop and limit semantics in paired runs.
 */
import { z } from 'zod';
import { Ema, roundPrice, roundQuantity, type Instrument } from '../../market/index.js';
import { defineStrategy, type Bar, type BracketIds, type StrategyContext } from '../../strategy/index.js';

const TERMINAL = new Set(['FILLED', 'CANCELED', 'EXPIRED', 'REJECTED', 'DENIED']);

/** Parameters of `ema-cross-bracket` (defaults: 10/20 EMAs, 0.010, SL 30 bps, TP 60 bps, post-only TP). */
export const emaCrossBracketParamsSchema = z
  .object({
    instrument_id: z.string().min(1).default('BTCUSDT-PERP.BINANCE'),
    bar_type: z.string().min(1).default('BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL'),
    /** Base-currency quantity per trade, rounded to the instrument's size precision. */
    trade_size: z.union([z.number().positive(), z.string().regex(/^\d+(\.\d+)?$/)]).default('0.010'),
    fast_ema_period: z.number().int().positive().default(10),
    slow_ema_period: z.number().int().positive().default(20),
    /** Unit of the distances: price ticks or basis points of the close. */
    distance_unit: z.enum(['ticks', 'bps']).default('bps'),
    /** Stop-loss distance below (long) or above (short) the close. */
    sl_distance: z.number().positive().default(30),
    /** Take-profit distance above (long) or below (short) the close. */
    tp_distance: z.number().positive().default(60),
    /** Nautilus's bracket default: a take-profit that would take liquidity is rejected. */
    tp_post_only: z.boolean().default(true),
    close_positions_on_stop: z.boolean().default(true),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.fast_ema_period >= p.slow_ema_period) {
      ctx.addIssue({ code: 'custom', path: ['fast_ema_period'], message: `must be less than slow_ema_period (${p.slow_ema_period}), was ${p.fast_ema_period}` });
    }
  });
/** Parsed {@link emaCrossBracketParamsSchema}. */
export type EmaCrossBracketParams = z.infer<typeof emaCrossBracketParamsSchema>;

/** Stop-loss and take-profit prices for an entry at `close`, on the tick grid, away from the close. */
export function bracketPrices(instrument: Instrument, close: number, side: 'BUY' | 'SELL', p: Pick<EmaCrossBracketParams, 'distance_unit' | 'sl_distance' | 'tp_distance'>): { sl: number; tp: number } {
  const toPrice = (d: number): number => (p.distance_unit === 'ticks' ? d * instrument.priceIncrement : (close * d) / 10_000);
  const sl = side === 'BUY' ? close - toPrice(p.sl_distance) : close + toPrice(p.sl_distance);
  const tp = side === 'BUY' ? close + toPrice(p.tp_distance) : close - toPrice(p.tp_distance);
  return side === 'BUY'
    ? { sl: roundPrice(instrument, sl, 'down'), tp: roundPrice(instrument, tp, 'up') }
    : { sl: roundPrice(instrument, sl, 'up'), tp: roundPrice(instrument, tp, 'down') };
}

/** The `ema-cross-bracket` strategy definition; see the module comment. */
export const emaCrossBracket = defineStrategy<EmaCrossBracketParams>({
  name: 'ema-cross-bracket',
  version: '1.0.0',
  description: 'EMA cross entries as brackets (market entry, stop-market SL, post-only limit TP at tick or bps distances); exits via the children.',
  paramsSchema: emaCrossBracketParamsSchema,
  create(params, ctx: StrategyContext) {
    const fast = new Ema(params.fast_ema_period);
    const slow = new Ema(params.slow_ema_period);
    const iid = params.instrument_id;
    let instrument: Instrument | null = null;
    let qty = 0;
    let working: BracketIds | null = null;

    const isWorking = (): boolean => {
      if (working === null) return false;
      for (const id of [working.entry, working.sl, working.tp]) {
        const o = ctx.portfolio.order(id);
        if (o !== null && !TERMINAL.has(o.status)) return true;
      }
      working = null;
      return false;
    };

    return {
      onStart() {
        instrument = ctx.instruments.get(iid);
        qty = roundQuantity(instrument, Number(params.trade_size), 'nearest');
        ctx.subscribeBars(params.bar_type);
      },
      onBar(bar: Bar) {
        if (bar.barType !== params.bar_type || instrument === null) return;
        fast.update(bar.close);
        slow.update(bar.close);
        if (!fast.initialized || !slow.initialized) return;
        if (bar.open === bar.high && bar.high === bar.low && bar.low === bar.close) return;
        if (isWorking()) return;
        if (!ctx.portfolio.isFlat(iid)) {
          ctx.closePosition(iid, ['exit']);
          return;
        }
        const side = fast.value >= slow.value ? 'BUY' : 'SELL';
        const { sl, tp } = bracketPrices(instrument, bar.close, side, params);
        working = ctx.submitBracket({ instrumentId: iid, side, quantity: qty, slTriggerPrice: sl, tpPrice: tp, tpPostOnly: params.tp_post_only });
      },
      onStop() {
        ctx.cancelAllOrders(iid);
        if (params.close_positions_on_stop) ctx.closePosition(iid);
      },
    };
  },
});
