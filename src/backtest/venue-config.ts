/**
 * Venue and instrument configuration shared by both engines: the in-process simulator reads it
 * directly, and the CLI turns it into the Python runner's config so Nautilus gets the same venue.
 * YAML keys are snake_case, as in Nautilus and the seeds.
 */
import { z } from 'zod';
import { BTCUSDT_PERP_BINANCE, instrumentFromSpec, type Instrument, type InstrumentSpec } from '../market/index.js';
import { formatUnits, parseUnits } from './fixed-point.js';
import { currencyPrecision } from './sim-instrument.js';

const decimalText = z.string().regex(/^\d+(\.\d+)?$/, 'a plain non-negative decimal string such as "0.001"');
const optionalDecimalText = z.union([decimalText, z.literal('')]);
/** Nautilus's Instrument refuses zero for these (Condition.positive). */
const positiveDecimalText = decimalText.refine((t) => /[1-9]/.test(t), 'must be positive (Nautilus refuses zero)');
const optionalPositiveDecimalText = z.union([positiveDecimalText, z.literal('')]);

/** One instrument, as the runner creates it (CryptoPerpetual) and as Hello reports it. */
export const instrumentConfigSchema = z
  .object({
    instrument_id: z.string().regex(/^[A-Z0-9_-]+\.[A-Z0-9_]+$/, 'SYMBOL.VENUE, e.g. BTCUSDT-PERP.BINANCE'),
    raw_symbol: z.string().min(1),
    base_currency: z.string().min(1),
    quote_currency: z.string().min(1),
    settlement_currency: z.string().min(1),
    is_inverse: z.boolean().default(false),
    price_precision: z.number().int().min(0).max(16),
    size_precision: z.number().int().min(0).max(16),
    price_increment: positiveDecimalText,
    size_increment: positiveDecimalText,
    multiplier: positiveDecimalText.default('1'),
    lot_size: positiveDecimalText.default('1'),
    min_quantity: optionalDecimalText.default(''),
    max_quantity: optionalPositiveDecimalText.default(''),
    min_notional: optionalDecimalText.default(''),
    max_notional: optionalPositiveDecimalText.default(''),
    min_price: optionalDecimalText.default(''),
    max_price: optionalPositiveDecimalText.default(''),
    maker_fee: decimalText,
    taker_fee: decimalText,
    margin_init: decimalText.default('0.05'),
    margin_maint: decimalText.default('0.025'),
  })
  .strict()
  .superRefine((i, ctx) => {
    const dp = (s: string): number => s.split('.')[1]?.length ?? 0;
    if (dp(i.price_increment) > i.price_precision) {
      ctx.addIssue({ code: 'custom', path: ['price_increment'], message: `has more decimals than price_precision ${i.price_precision}` });
    }
    if (dp(i.size_increment) > i.size_precision) {
      ctx.addIssue({ code: 'custom', path: ['size_increment'], message: `has more decimals than size_precision ${i.size_precision}` });
    }
  });
export type InstrumentConfig = z.infer<typeof instrumentConfigSchema>;

/** How commissions are charged. */
export const feeModelSchema = z.discriminatedUnion('kind', [
  /** Nautilus MakerTakerFeeModel: qty x px x (maker_fee | taker_fee) of the instrument. */
  z.object({ kind: z.literal('maker_taker') }).strict(),
  /**
   * Rate by the first order tag that has one (e.g. entry 0.000314, exit 0.00035, sl 0.0005: the
   * DOLPHIN blended SmartPlacer rates); orders without a rated tag pay the instrument's maker/taker.
   */
  z
    .object({
      kind: z.literal('tagged'),
      rates: z.record(z.string().min(1), z.number().min(0).max(0.1)),
    })
    .strict(),
]);
export type FeeModelConfig = z.infer<typeof feeModelSchema>;

export const venueConfigSchema = z
  .object({
    name: z.string().regex(/^[A-Z0-9_]+$/).default('BINANCE'),
    oms_type: z.enum(['NETTING']).default('NETTING'),
    account_type: z.enum(['MARGIN']).default('MARGIN'),
    base_currency: z.string().default('USDT'),
    starting_balance: z.number().positive().default(10_000),
    /** Explicit, because Nautilus's engine default (10 for MARGIN) differs from its config default (1). */
    default_leverage: z.number().min(1, 'must be >= 1 (Nautilus)').max(125).default(1),
    bar_adaptive_high_low_ordering: z.boolean().default(false),
    /** Nautilus 1.221 fills a triggered stop-market at its trigger even on a gap; 1.222+ fills a gap at the open. */
    stop_gap_fill: z.enum(['trigger', 'open']).default('trigger'),
    fee_model: feeModelSchema.default({ kind: 'maker_taker' }),
    instruments: z.array(instrumentConfigSchema).min(1).default([instrumentConfigFromSpec(BTCUSDT_PERP_BINANCE)]),
  })
  .strict()
  .superRefine((v, ctx) => {
    const precision = currencyPrecision(v.base_currency);
    if (parseUnits(String(v.starting_balance), precision) === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['starting_balance'],
        message: `must be an amount of ${v.base_currency} at its precision (${precision} decimals, at most ${formatUnits(Number.MAX_SAFE_INTEGER, precision)}); round it, was ${v.starting_balance}`,
      });
    }
    const seen = new Set<string>();
    v.instruments.forEach((i, n) => {
      if (seen.has(i.instrument_id)) ctx.addIssue({ code: 'custom', path: ['instruments', n, 'instrument_id'], message: `duplicate ${i.instrument_id}` });
      seen.add(i.instrument_id);
      if (!i.instrument_id.endsWith(`.${v.name}`)) {
        ctx.addIssue({ code: 'custom', path: ['instruments', n, 'instrument_id'], message: `must end with .${v.name} (the venue name)` });
      }
      for (const issue of currencyIssues(i, v.base_currency)) ctx.addIssue({ code: 'custom', path: ['instruments', n, issue.field], message: issue.message });
    });
  });
export type VenueConfig = z.infer<typeof venueConfigSchema>;

/**
 * What the one-currency MARGIN account can book: Nautilus books a linear instrument's commissions,
 * PnL and margins in its quote currency (Instrument.get_cost_currency), and a single-currency
 * account takes only its base currency (another one needs exchange rates a backtest on one
 * instrument's bars does not have). Inverse instruments (costs in the base currency, PnL in 1 /
 * price) are not simulated by the host, nor measured by its metrics and risk layer.
 */
function currencyIssues(i: InstrumentConfig, accountCurrency: string): Array<{ field: keyof InstrumentConfig; message: string }> {
  if (i.is_inverse) {
    return [{ field: 'is_inverse', message: 'inverse instruments are not supported (the host books costs and PnL in the quote currency); give a linear instrument (is_inverse: false), was true' }];
  }
  const issues: Array<{ field: keyof InstrumentConfig; message: string }> = [];
  if (i.quote_currency !== accountCurrency) {
    issues.push({
      field: 'quote_currency',
      message: `must be venue.base_currency ${accountCurrency} (the account holds one currency, and a linear instrument's commissions and PnL are in its quote currency); set venue.base_currency: ${i.quote_currency}, or use an instrument quoted in ${accountCurrency}, was ${JSON.stringify(i.quote_currency)}`,
    });
  }
  if (i.settlement_currency !== i.quote_currency) {
    issues.push({ field: 'settlement_currency', message: `must be the quote currency ${i.quote_currency} for a linear instrument (Nautilus books its PnL in the quote currency), was ${JSON.stringify(i.settlement_currency)}` });
  }
  return issues;
}

/** Converts a wire-shaped spec into the snake_case config shape. */
export function instrumentConfigFromSpec(s: InstrumentSpec): InstrumentConfig {
  return {
    instrument_id: s.instrumentId,
    raw_symbol: s.rawSymbol,
    base_currency: s.baseCurrency,
    quote_currency: s.quoteCurrency,
    settlement_currency: s.settlementCurrency,
    is_inverse: s.isInverse,
    price_precision: s.pricePrecision,
    size_precision: s.sizePrecision,
    price_increment: s.priceIncrement,
    size_increment: s.sizeIncrement,
    multiplier: s.multiplier,
    lot_size: s.lotSize,
    min_quantity: s.minQuantity,
    max_quantity: s.maxQuantity,
    min_notional: s.minNotional,
    max_notional: s.maxNotional,
    min_price: s.minPrice,
    max_price: s.maxPrice,
    maker_fee: s.makerFee,
    taker_fee: s.takerFee,
    margin_init: s.marginInit,
    margin_maint: s.marginMaint,
  };
}

/** The venue's instruments as strategies see them, in config order (leverage from the venue's default). */
export function venueInstruments(venue: VenueConfig): Instrument[] {
  return venue.instruments.map((c) => instrumentFromSpec(instrumentSpecFromConfig(c, venue.default_leverage)));
}

/** Converts the config shape into the wire-shaped spec (leverage from the venue's default). */
export function instrumentSpecFromConfig(c: InstrumentConfig, leverage: number): InstrumentSpec {
  return {
    instrumentId: c.instrument_id,
    rawSymbol: c.raw_symbol,
    baseCurrency: c.base_currency,
    quoteCurrency: c.quote_currency,
    settlementCurrency: c.settlement_currency,
    isInverse: c.is_inverse,
    pricePrecision: c.price_precision,
    sizePrecision: c.size_precision,
    priceIncrement: c.price_increment,
    sizeIncrement: c.size_increment,
    multiplier: c.multiplier,
    lotSize: c.lot_size,
    minQuantity: c.min_quantity,
    maxQuantity: c.max_quantity,
    minNotional: c.min_notional,
    maxNotional: c.max_notional,
    minPrice: c.min_price,
    maxPrice: c.max_price,
    makerFee: c.maker_fee,
    takerFee: c.taker_fee,
    marginInit: c.margin_init,
    marginMaint: c.margin_maint,
    maxLeverage: String(leverage),
  };
}
