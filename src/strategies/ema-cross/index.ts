/**
 * `ema-cross`: a TypeScript port of Nautilus's examples/strategies/ema_cross.py (EMACross) at
 * 1.221, rule for rule, so that the bridge can be proven transparent against the native strategy:
 * - indicators update with each bar before the decision (register_indicator_for_bars);
 * - no decision until both EMAs are initialized, nor on a single-price bar;
 * - fast >= slow: buy when flat; when short, close the position then buy;
 * - fast < slow: sell when flat; when long, close the position then sell;
 * - trade_size rounded to the instrument's size precision (instrument.make_qty);
 * - on stop: cancel all orders and close the position (close_positions_on_stop, reduce-only).
 */
import { z } from 'zod';
import { Ema, roundQuantity } from '../../market/index.js';
import { defineStrategy, type Bar, type StrategyContext } from '../../strategy/index.js';

/** Base-currency quantity per trade, rounded to the instrument's size precision (shared with tick-ema-cross). */
export const tradeSizeParam = z.union([z.number().positive(), z.string().regex(/^\d+(\.\d+)?$/)]).default('0.010');

/** The fast period must be the shorter one (shared with tick-ema-cross). */
export function fastBelowSlow(p: { readonly fast_ema_period: number; readonly slow_ema_period: number }, ctx: z.RefinementCtx): void {
  if (p.fast_ema_period >= p.slow_ema_period) {
    ctx.addIssue({
      code: 'custom',
      path: ['fast_ema_period'],
      message: `must be less than slow_ema_period (${p.slow_ema_period}), was ${p.fast_ema_period}`,
    });
  }
}

/**
 * EMACross's decision (shared with tick-ema-cross): fast >= slow buys when flat and, when short,
 * closes the position then buys; fast < slow the mirror. Returns whether it issued orders.
 */
export function followCross(ctx: StrategyContext, iid: string, fastAtOrAbove: boolean, enter: (side: 'BUY' | 'SELL') => void): boolean {
  const p = ctx.portfolio;
  const side = fastAtOrAbove ? 'BUY' : 'SELL';
  if (p.isFlat(iid)) {
    enter(side);
    return true;
  }
  if (fastAtOrAbove ? p.isNetShort(iid) : p.isNetLong(iid)) {
    ctx.closeAllPositions();
    enter(side);
    return true;
  }
  return false;
}

export const emaCrossParamsSchema = z
  .object({
    instrument_id: z.string().min(1).default('BTCUSDT-PERP.BINANCE'),
    bar_type: z.string().min(1).default('BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL'),
    trade_size: tradeSizeParam,
    fast_ema_period: z.number().int().positive().default(10),
    slow_ema_period: z.number().int().positive().default(20),
    close_positions_on_stop: z.boolean().default(true),
  })
  .strict()
  .superRefine(fastBelowSlow);
export type EmaCrossParams = z.infer<typeof emaCrossParamsSchema>;

export const emaCross = defineStrategy<EmaCrossParams>({
  name: 'ema-cross',
  version: '1.0.0',
  description: "Port of Nautilus's EMACross example: market entries on fast/slow EMA crosses, flip on the opposite cross.",
  paramsSchema: emaCrossParamsSchema,
  create(params, ctx: StrategyContext) {
    const fast = new Ema(params.fast_ema_period);
    const slow = new Ema(params.slow_ema_period);
    const iid = params.instrument_id;
    let qty = 0;

    const enter = (side: 'BUY' | 'SELL'): void => {
      ctx.submitMarket({ instrumentId: iid, side, quantity: qty });
    };

    return {
      onStart() {
        const instrument = ctx.instruments.get(iid);
        qty = roundQuantity(instrument, Number(params.trade_size), 'nearest');
        ctx.subscribeBars(params.bar_type);
      },
      onBar(bar: Bar) {
        if (bar.barType !== params.bar_type) return;
        fast.update(bar.close);
        slow.update(bar.close);
        if (!fast.initialized || !slow.initialized) return;
        if (bar.open === bar.high && bar.high === bar.low && bar.low === bar.close) return;
        followCross(ctx, iid, fast.value >= slow.value, enter);
      },
      onStop() {
        ctx.cancelAllOrders(iid);
        if (params.close_positions_on_stop) ctx.closePosition(iid);
      },
    };
  },
});
