/**
 * `edge-scalper`: an EMA-cross trend scalper whose every entry goes through the risk engine
 * (seed 000 Layer 3) as a bracket; a template for strategies that size by edge.
 * - Signal: fast EMA >= slow EMA is LONG, else SHORT (Nautilus EMA arithmetic), decided on each
 *   bar once both EMAs and the ATR are initialized; single-price bars are skipped (as ema-cross).
 * - Edge estimate: z = (fast - slow) / ATR, the EMA spread in ATR units; p_up = 1 / (1 + e^(-k z))
 *   with k = `edge_sensitivity`; edge = |p_up - 0.5|, in [0, 0.5). A fresh cross has a small
 *   edge, a developed trend a larger one; the risk engine turns it into size (and refuses below
 *   its min_edge).
 * - Entry: when flat with no open order on the instrument, `ctx.risk.enter(...)`; the risk layer
 *   sizes it, places SL/TP and submits the bracket (tags entry / sl / tp). Never a direct order.
 * - Exits: the bracket's SL or TP, or an opposite signal while in a position: cancel the
 *   instrument's open orders, close the position (tag `exit`); the next entry waits for flat.
 * - On stop: cancel all orders, close the position (tag `exit`) when `close_positions_on_stop`.
 * Deterministic: no clock reads, no randomness.
 */
import { z } from 'zod';
import { Atr, Ema, InvariantError } from '../../market/index.js';
import { defineStrategy, type Bar, type RiskGateway, type StrategyContext } from '../../strategy/index.js';

export const edgeScalperParamsSchema = z
  .object({
    instrument_id: z.string().min(1).default('BTCUSDT-PERP.BINANCE'),
    bar_type: z.string().min(1).default('BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL'),
    fast_ema_period: z.number().int().positive().default(10),
    slow_ema_period: z.number().int().positive().default(20),
    /** ATR period of the edge normalisation (bars). */
    atr_period: z.number().int().positive().default(14),
    /** k in p_up = 1 / (1 + e^(-k z)); larger = more edge per ATR of spread. */
    edge_sensitivity: z.number().positive().default(1.0),
    /**
     * Bars before the first entry attempt. The default covers the risk engine's volatility warm-up
     * (risk.volatility.atr_period 14 + atr_baseline_period 100, +1), so no entry is tried while the
     * engine would refuse it for DATA_MISSING. Raise it with those settings.
     */
    warmup_bars: z.number().int().min(0).default(115),
    /** Close the position on an opposite signal (true) or leave the exit to the bracket (false). */
    exit_on_opposite_signal: z.boolean().default(true),
    close_positions_on_stop: z.boolean().default(true),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.fast_ema_period >= p.slow_ema_period) {
      ctx.addIssue({ code: 'custom', path: ['fast_ema_period'], message: `must be less than slow_ema_period (${p.slow_ema_period}), was ${p.fast_ema_period}` });
    }
  });
export type EdgeScalperParams = z.infer<typeof edgeScalperParamsSchema>;

/** The edge estimate from the EMA spread in ATR units; see the module comment. 0 when atr <= 0. */
export function estimateEdge(fast: number, slow: number, atr: number, sensitivity: number): number {
  if (!(atr > 0) || !Number.isFinite(fast) || !Number.isFinite(slow)) return 0;
  const z = (fast - slow) / atr;
  const pUp = 1 / (1 + Math.exp(-sensitivity * z));
  return Math.abs(pUp - 0.5);
}

export const edgeScalper = defineStrategy<EdgeScalperParams>({
  name: 'edge-scalper',
  version: '1.0.0',
  description: 'EMA-cross scalper with an edge estimate (EMA spread / ATR); every entry is sized by the risk engine and sent as an entry/sl/tp bracket.',
  paramsSchema: edgeScalperParamsSchema,
  create(params, ctx: StrategyContext) {
    const risk: RiskGateway | null = ctx.risk;
    if (risk === null) {
      throw new InvariantError('ctx.risk', 'null: edge-scalper enters only through the risk engine; run it with controls.risk on (the default)', null);
    }
    const fast = new Ema(params.fast_ema_period);
    const slow = new Ema(params.slow_ema_period);
    const atr = new Atr(params.atr_period);
    const iid = params.instrument_id;
    let bars = 0;

    const exitPosition = (): void => {
      ctx.cancelAllOrders(iid);
      ctx.closePosition(iid, ['exit']);
    };

    return {
      onStart() {
        ctx.instruments.get(iid);
        ctx.subscribeBars(params.bar_type);
      },
      onBar(bar: Bar) {
        if (bar.barType !== params.bar_type) return;
        fast.update(bar.close);
        slow.update(bar.close);
        atr.update(bar.high, bar.low, bar.close);
        bars += 1;
        if (!fast.initialized || !slow.initialized || !atr.initialized || bars <= params.warmup_bars) return;
        if (bar.open === bar.high && bar.high === bar.low && bar.low === bar.close) return;
        const direction = fast.value >= slow.value ? 'LONG' : 'SHORT';
        const p = ctx.portfolio;
        if (!p.isFlat(iid)) {
          const against = (direction === 'LONG' && p.isNetShort(iid)) || (direction === 'SHORT' && p.isNetLong(iid));
          const closing = p.openOrders(iid).some((o) => o.tags.includes('exit'));
          if (against && params.exit_on_opposite_signal && !closing) exitPosition();
          return;
        }
        if (p.openOrders(iid).length > 0) return;
        const edge = estimateEdge(fast.value, slow.value, atr.value, params.edge_sensitivity);
        risk.enter({ instrumentId: iid, direction, edge, tag: 'edge-scalper' });
      },
      onStop() {
        ctx.cancelAllOrders(iid);
        if (params.close_positions_on_stop) ctx.closePosition(iid, ['exit']);
      },
    };
  },
});
