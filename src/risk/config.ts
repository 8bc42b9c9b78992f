/**
 * The `risk:` section of config/settings.yaml: every key of seed 000 (Layer 3), validated with
 * defaults. Amounts are in the settlement currency (USDT for the seed), fractions are of equity
 * (0.005 = 0.5 %), `*_percent_*` keys are percent of price (0.2 = 0.2 %).
 */
import { z } from 'zod';

const positive = z.number().gt(0);
const nonNegative = z.number().gte(0);

/** Seed 000 A.1: how the edge scales the base size. */
export const edgeSizingSchema = z
  .object({
    /** At or below this edge the entry follows `below_min_edge`. */
    min_edge: nonNegative.lte(0.5).default(0.01),
    /** At or above this edge the multiplier is `max_multiplier`. */
    max_edge: positive.lte(0.5).default(0.1),
    /** Multiplier at min_edge (0.5 = half the base size). */
    min_multiplier: nonNegative.default(0.5),
    /** Multiplier at and above max_edge. */
    max_multiplier: positive.default(2.0),
    /** Below (or at) min_edge: `no_trade` (blocked, EDGE_TOO_LOW) or size with `min_multiplier`. */
    below_min_edge: z.enum(['no_trade', 'min_multiplier']).default('no_trade'),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.min_edge >= e.max_edge) {
      ctx.addIssue({ code: 'custom', path: ['min_edge'], input: e.min_edge, message: `must be less than max_edge (${e.max_edge})` });
    }
    if (e.min_multiplier > e.max_multiplier) {
      ctx.addIssue({ code: 'custom', path: ['min_multiplier'], input: e.min_multiplier, message: `must be at most max_multiplier (${e.max_multiplier})` });
    }
  });

/** Seed 000 B.1, ATR mode: distances in multiples of ATR per volatility band. */
export const sltpAtrSchema = z
  .object({
    sl_mult_low_vol: positive.default(1.0),
    sl_mult_high_vol: positive.default(0.5),
    /** Null: TP = base_rr x SL distance. */
    tp_mult_low_vol: positive.nullable().default(1.5),
    tp_mult_high_vol: positive.nullable().default(1.0),
    /** VOL_HIGH at or above this value of the volatility metric (see `vol_metric`). */
    vol_threshold: positive.default(1.5),
  })
  .strict();

/** Seed 000 B.1, percent mode: SL in percent of price, TP as a reward/risk multiple of SL. */
export const sltpPercentSchema = z
  .object({
    sl_percent_low_vol: positive.lt(100).default(0.2),
    sl_percent_high_vol: positive.lt(100).default(0.4),
    /** Null: TP = base_rr x SL distance. */
    tp_rr_low_vol: positive.nullable().default(2.0),
    tp_rr_high_vol: positive.nullable().default(1.0),
    /** VOL_HIGH at or above this value of the volatility metric (see `vol_metric`). */
    vol_threshold: positive.default(1.5),
  })
  .strict();

/** Seed 000 B: volatility-aware SL/TP. */
export const sltpSchema = z
  .object({
    /** TP = base_rr x SL where a band's TP setting is null. */
    base_rr: positive.default(1.5),
    mode: z.enum(['atr', 'percent']).default('atr'),
    /**
     * What is compared with `vol_threshold`: `atr_ratio` = ATR / its mean over
     * volatility.atr_baseline_period ("ATR units", scale-free, default); `atr_pct` = 100 x ATR /
     * price; `realized_vol_pct` = 100 x realized volatility per bar.
     */
    vol_metric: z.enum(['atr_ratio', 'atr_pct', 'realized_vol_pct']).default('atr_ratio'),
    /**
     * Optional VOL_MEDIUM band: metric within threshold x (1 +/- medium_band). 0 (default) = two
     * bands. MEDIUM distances are the midpoint of the LOW and HIGH settings.
     */
    medium_band: nonNegative.lt(1).default(0),
    /** SL and TP are never closer to the entry than this many ticks (>= 1). */
    min_distance_ticks: z.number().int().gte(1).default(1),
    /** ...nor closer than this percent of the entry price (0 = off). */
    min_distance_pct: nonNegative.lt(100).default(0),
    atr: sltpAtrSchema.prefault({}),
    percent: sltpPercentSchema.prefault({}),
  })
  .strict();

/** Indicator windows of the per-instrument tracker the host feeds with bars. */
export const volatilitySchema = z
  .object({
    /** ATR period in bars (Nautilus AverageTrueRange, simple mean). */
    atr_period: z.number().int().gte(1).lte(10_000).default(14),
    /** Bars in the mean ATR that `atr_ratio` divides by. */
    atr_baseline_period: z.number().int().gte(1).lte(100_000).default(100),
    /** Log returns in the realized-volatility window. */
    realized_vol_period: z.number().int().gte(2).lte(100_000).default(30),
  })
  .strict();

/** Seed 000 C: session limits. */
export const sessionSchema = z
  .object({
    /** Entries allowed in any rolling hour; the next one is blocked (MAX_TRADES_PER_HOUR_REACHED). */
    max_trades_per_hour: z.number().int().gte(1).default(100),
    /** Daily realized loss that trips the limit, settlement currency; null = off. */
    max_daily_loss_abs: positive.nullable().default(200),
    /** Daily realized loss as a fraction of the day's starting equity (0.05 = 5 %); null = off. */
    max_daily_loss_pct: positive.lte(1).nullable().default(0.05),
    /** Profit lock: daily realized profit that stops new entries; null = off. */
    max_daily_profit_abs: positive.nullable().default(null),
    max_daily_profit_pct: positive.nullable().default(null),
    /** `halt`: no entries until the next day; `cooldown`: none for cooldown_minutes. */
    on_violation: z.enum(['halt', 'cooldown']).default('halt'),
    cooldown_minutes: positive.lte(10_080).default(60),
    /** IANA time zone of the trading day's boundary. */
    timezone: z
      .string()
      .default('UTC')
      .refine(isTimeZone, { message: 'must be an IANA time zone such as "UTC" or "Europe/Berlin"' }),
  })
  .strict();

/** The whole `risk:` section; see the module comment. */
export const riskConfigSchema = z
  .object({
    /** Fraction of equity per trade before the edge multiplier (0.005 = 0.5 %). */
    base_risk_fraction: positive.lte(1).default(0.005),
    /** Caps on the target notional, settlement currency. */
    min_notional: nonNegative.default(10),
    max_notional: positive.default(500),
    edge_sizing: edgeSizingSchema.prefault({}),
    /** Cap on (symbol exposure + new notional) / equity, and on the venue's leverage. */
    max_leverage: positive.lte(125).default(10),
    /** Cap on one symbol's exposure as a fraction of equity (0.2 = 20 %). */
    max_exposure_fraction: positive.lte(125).default(0.2),
    /** Over the exposure or leverage cap: `reduce` the entry to fit, or `block` it. */
    on_exposure_limit: z.enum(['reduce', 'block']).default('reduce'),
    sltp: sltpSchema.prefault({}),
    volatility: volatilitySchema.prefault({}),
    session: sessionSchema.prefault({}),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.min_notional > r.max_notional) {
      ctx.addIssue({ code: 'custom', path: ['min_notional'], input: r.min_notional, message: `must be at most max_notional (${r.max_notional})` });
    }
  });

export type RiskConfig = z.infer<typeof riskConfigSchema>;
export type EdgeSizingConfig = RiskConfig['edge_sizing'];
export type SltpConfig = RiskConfig['sltp'];
export type SessionConfig = RiskConfig['session'];
export type VolatilityConfig = RiskConfig['volatility'];

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
