/**
 * DOLPHIN parameters: the champion configuration of seed 002 section 18.1 as zod defaults, every
 * one overridable by config (snake_case keys, unknown keys rejected). Values marked "ours" fill a
 * gap the seed leaves open; docs/strategies/dolphin.md explains each choice.
 */
import { z } from 'zod';

const direction = z.union([z.literal(-1), z.literal(1)]);

/** The DOLPHIN parameter schema; `dolphinParamsSchema.parse({})` gives the champion. */
export const dolphinParamsSchema = z
  .object({
    /** -1 SHORT (champion, blue) or +1 LONG (green, not production-validated). */
    direction: direction.default(-1),
    // Signal (section 4.1)
    vel_div_threshold: z.number().max(0).default(-0.02),
    vel_div_extreme: z.number().max(0).default(-0.05),
    long_threshold: z.number().min(0).default(0.01),
    long_extreme: z.number().min(0).default(0.04),
    // Direction confirmation (section 4.2)
    dc_enabled: z.boolean().default(true),
    dc_lookback_bars: z.number().int().min(1).default(7),
    dc_min_magnitude_bps: z.number().min(0).default(0.75),
    dc_skip_contradicts: z.boolean().default(true),
    dc_leverage_boost: z.number().positive().default(1.0),
    // Asset selection, IRP (section 5)
    use_asset_selection: z.boolean().default(true),
    irp_window: z.number().int().min(3).default(50),
    irp_max_noise: z.number().default(500),
    irp_max_latency: z.number().default(20),
    irp_min_alignment: z.number().min(0).max(1).default(0.2),
    min_irp_alignment: z.number().min(0).max(1).default(0.45),
    /** Asset traded when use_asset_selection is false. */
    fallback_asset: z.string().min(1).default('BTCUSDT'),
    // Sizing (section 6)
    min_leverage: z.number().positive().default(0.5),
    max_leverage: z.number().positive().default(5.0),
    abs_max_leverage: z.number().positive().default(6.0),
    leverage_convexity: z.number().positive().default(3.0),
    fraction: z.number().positive().max(1).default(0.2),
    min_fraction: z.number().positive().max(1).default(0.02),
    stalker_max_leverage: z.number().positive().default(2.0),
    /** Trades a bucket needs before its win rate changes the size (ours). */
    bucket_min_trades: z.number().int().min(1).default(5),
    /** Closed trades needed before the streak multiplier applies (ours). */
    streak_min_trades: z.number().int().min(1).default(5),
    /** vd_trend = vel_div[-1] - vel_div[-trend_lookback] (section 6.4). */
    trend_lookback: z.number().int().min(2).default(10),
    // Exits (section 7)
    fixed_tp_pct: z.number().positive().default(0.0095),
    stop_pct: z.number().positive().default(1.0),
    max_hold_bars: z.number().int().min(1).default(120),
    vd_enabled: z.boolean().default(false),
    /** Adverse-turn exit: vel_div past +threshold (SHORT) for vd_exit_bars bars (ours, TODO-1). */
    vd_exit_threshold: z.number().min(0).default(0.02),
    vd_exit_bars: z.number().int().min(1).default(3),
    exit_slip_sl: z.number().min(0).default(0.0005),
    exit_slip_tp: z.number().min(0).default(0.0002),
    exit_slip_other: z.number().min(0).default(0.0002),
    // Fees (section 8)
    maker_fee: z.number().min(0).default(0.0002),
    taker_fee: z.number().min(0).default(0.0005),
    sp_maker_entry_rate: z.number().min(0).max(1).default(0.62),
    sp_maker_exit_rate: z.number().min(0).max(1).default(0.5),
    /** Probabilistic SmartPlacer maker refunds (section 8.2); false to pair engines. */
    sp_refunds: z.boolean().default(true),
    sp_refund_pct: z.number().min(0).default(0.0002),
    /** Legacy Monte Carlo OB edge when no order-book provider is wired (section 8.3). */
    ob_mc_edge: z.boolean().default(true),
    ob_edge_bps: z.number().min(0).default(5.0),
    ob_confirm_rate: z.number().min(0).max(1).default(0.4),
    // Bar loop (section 13)
    lookback: z.number().int().min(0).default(100),
    /** Rows of each day before entries are allowed: our reading of the seed's `bid >= 100`. */
    vol_warmup_bars: z.number().int().min(0).default(100),
    seed: z.number().int().default(42),
    // Capital and wiring
    /** model: the seed's internal capital; account: the venue's equity (portfolio view). */
    capital_source: z.enum(['model', 'account']).default('model'),
    /** Starting capital of the model, USDT (ours: the venue's default starting balance). */
    initial_capital: z.number().positive().default(10_000),
    /** feed: the injected feature feed; online: computed from the asset prices (src/features). */
    features: z.enum(['feed', 'online']).default('feed'),
    feature_max_assets: z.number().int().min(1).default(100),
    /**
     * none: legacy path; service: the injected OrderBookProvider; book: built from subscribed
     * books; synthetic: the seeded synthetic provider (seed + 1), for demos and drills.
     */
    ob_source: z.enum(['none', 'service', 'book', 'synthetic']).default('service'),
    ob_book_depth: z.number().int().min(1).default(10),
    /** Bar spec of the subscribed bars: `<instrument_id>-<bar_spec>`. */
    bar_spec: z.string().regex(/^\d+-[A-Z]+-[A-Z]+-[A-Z]+$/).default('1-MINUTE-LAST-EXTERNAL'),
    /** Asset columns to trade (default: every `<COLUMN>-PERP.<venue>` instrument of the session). */
    assets: z.array(z.string().min(1)).min(1).optional(),
    /** Close the open position when the node stops (reason END_OF_DATA). */
    close_positions_on_stop: z.boolean().default(true),
  })
  .strict()
  .superRefine((p, ctx) => {
    const issue = (path: string, message: string): void => {
      ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (!(p.vel_div_extreme < p.vel_div_threshold)) issue('vel_div_extreme', `must be below vel_div_threshold (${p.vel_div_threshold}), was ${p.vel_div_extreme}`);
    if (!(p.long_extreme > p.long_threshold)) issue('long_extreme', `must be above long_threshold (${p.long_threshold}), was ${p.long_extreme}`);
    if (!(p.min_leverage <= p.max_leverage)) issue('min_leverage', `must be <= max_leverage (${p.max_leverage}), was ${p.min_leverage}`);
    if (!(p.max_leverage <= p.abs_max_leverage)) issue('max_leverage', `must be <= abs_max_leverage (${p.abs_max_leverage}), was ${p.max_leverage}`);
    if (!(p.min_fraction <= p.fraction)) issue('min_fraction', `must be <= fraction (${p.fraction}), was ${p.min_fraction}`);
  });

/** Validated DOLPHIN parameters. */
export type DolphinParams = z.infer<typeof dolphinParamsSchema>;

/** The champion parameters (seed 002 section 18.1), frozen. */
export const CHAMPION_PARAMS: DolphinParams = Object.freeze(dolphinParamsSchema.parse({}));

/** Blended entry fee rate: maker x sp_maker_entry_rate + taker x (1 - rate) = 0.000314 (3.14 bps). */
export function entryFeeRate(p: Pick<DolphinParams, 'maker_fee' | 'taker_fee' | 'sp_maker_entry_rate'>): number {
  return p.maker_fee * p.sp_maker_entry_rate + p.taker_fee * (1 - p.sp_maker_entry_rate);
}

/** Blended non-SL exit fee rate: maker x sp_maker_exit_rate + taker x (1 - rate) = 0.000350. */
export function exitFeeRate(p: Pick<DolphinParams, 'maker_fee' | 'taker_fee' | 'sp_maker_exit_rate'>): number {
  return p.maker_fee * p.sp_maker_exit_rate + p.taker_fee * (1 - p.sp_maker_exit_rate);
}

/**
 * The venue fee-model config that charges the model's rates by order tag, for both engines:
 * `{kind: 'tagged', rates: {entry: 0.000314, exit: 0.00035, sl: 0.0005}}` at the champion. Entry
 * orders are tagged `entry`, stop-loss exits `sl` (pure taker), every other exit `exit`.
 */
export function dolphinVenueFeeModel(p: Pick<DolphinParams, 'maker_fee' | 'taker_fee' | 'sp_maker_entry_rate' | 'sp_maker_exit_rate'> = CHAMPION_PARAMS): {
  kind: 'tagged';
  rates: Record<string, number>;
} {
  const r = (v: number): number => Number(v.toFixed(10));
  return { kind: 'tagged', rates: { entry: r(entryFeeRate(p)), exit: r(exitFeeRate(p)), sl: r(p.taker_fee) } };
}
