/**
 * Instruments of a vbt dataset: one Binance-style USDT-margined CryptoPerpetual per asset column,
 * with filters realistic for its price level.
 */
import { instrumentConfigSchema, type InstrumentConfig } from '../backtest/venue-config.js';
import { VBT_DEFAULT_VENUE, vbtInstrumentId } from './vbt-schema.js';

/** Seed 002 section 8 base rates: maker 2 bps, taker 5 bps. */
export const VBT_MAKER_FEE = '0.0002';
export const VBT_TAKER_FEE = '0.0005';

/** Decimal text of 10^-k (k >= 0): 0 -> "1", 3 -> "0.001". */
function powerOfTenText(k: number): string {
  return k <= 0 ? '1' : `0.${'0'.repeat(k - 1)}1`;
}

/**
 * The price precision (decimals of the tick) for a price level: a tick between 1e-6 and 1e-5 of
 * the price, as on Binance's majors (BTC at 42,000 -> tick 0.1; ETH at 3,200 -> 0.01; 0.55 ->
 * 0.000001), at most 8 decimals.
 */
export function tickDecimalsForPrice(price: number): number {
  return Math.min(8, Math.max(0, 5 - Math.floor(Math.log10(price))));
}

/**
 * The size precision (decimals of the step) for a price level: a step worth about 20 USDT rounded
 * to a power of ten, never coarser than 1 nor finer than 0.001 (BTC -> 0.001, ETH -> 0.01,
 * anything under ~20 USDT -> 1).
 */
export function stepDecimalsForPrice(price: number): number {
  return Math.min(3, Math.max(0, -Math.round(Math.log10(20 / price))));
}

/**
 * The InstrumentConfig of an asset column at a reference price: id `<COLUMN>-PERP.<venue>`, base
 * = column without its `USDT` suffix, quote and settlement USDT, tick and step by the rules
 * above, min quantity one step, max quantity 10^ceil(log10(1e7 / price)) (BTC at 42,000 -> 1000,
 * as on Binance), min notional 5 USDT, maker 0.0002 / taker 0.0005.
 * @throws Error when the price is not positive or the column is not an upper-case symbol.
 */
export function vbtInstrumentConfig(column: string, referencePrice: number, venue = VBT_DEFAULT_VENUE): InstrumentConfig {
  if (!(referencePrice > 0 && Number.isFinite(referencePrice))) throw new Error(`invalid reference price of ${column}, not positive, was ${referencePrice}`);
  const pricePrecision = tickDecimalsForPrice(referencePrice);
  const sizePrecision = stepDecimalsForPrice(referencePrice);
  const maxQty = 10 ** Math.max(0, Math.ceil(Math.log10(1e7 / referencePrice)));
  const base = column.endsWith('USDT') && column.length > 4 ? column.slice(0, -4) : column;
  return instrumentConfigSchema.parse({
    instrument_id: vbtInstrumentId(column, venue),
    raw_symbol: column,
    base_currency: base,
    quote_currency: 'USDT',
    settlement_currency: 'USDT',
    is_inverse: false,
    price_precision: pricePrecision,
    size_precision: sizePrecision,
    price_increment: powerOfTenText(pricePrecision),
    size_increment: powerOfTenText(sizePrecision),
    min_quantity: powerOfTenText(sizePrecision),
    max_quantity: maxQty.toFixed(sizePrecision),
    min_notional: '5',
    maker_fee: VBT_MAKER_FEE,
    taker_fee: VBT_TAKER_FEE,
  });
}
