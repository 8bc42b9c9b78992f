/**
 * Tradable instrument with the venue filters the shim reports in Hello: increments, min/max
 * quantity and notional, fees, margins, leverage.
 */
import { InvariantError } from './errors.js';
import { formatFixed, isOnGrid, parseOptionalNumber, roundToIncrement, type RoundingMode } from './precision.js';

export interface Instrument {
  /** Nautilus instrument id, e.g. `BTCUSDT-PERP.BINANCE`. */
  readonly id: string;
  /** Venue symbol, e.g. `BTCUSDT-PERP`. */
  readonly symbol: string;
  readonly venue: string;
  readonly baseCurrency: string;
  readonly quoteCurrency: string;
  readonly settlementCurrency: string;
  readonly isInverse: boolean;
  readonly pricePrecision: number;
  readonly sizePrecision: number;
  readonly priceIncrement: number;
  readonly sizeIncrement: number;
  /** Exact decimal strings of the increments, as the venue reported them. */
  readonly priceIncrementText: string;
  readonly sizeIncrementText: string;
  readonly multiplier: number;
  readonly minQuantity: number | null;
  readonly maxQuantity: number | null;
  /** Quote currency. */
  readonly minNotional: number | null;
  readonly maxNotional: number | null;
  readonly minPrice: number | null;
  readonly maxPrice: number | null;
  /** Fractions of notional, e.g. 0.0002. */
  readonly makerFee: number;
  readonly takerFee: number;
  readonly marginInit: number;
  readonly marginMaint: number;
  /** Account leverage configured at the venue for this instrument. */
  readonly maxLeverage: number;
}

/** The instrument fields as decimal strings, the shape of the wire's Instrument message. */
export interface InstrumentSpec {
  instrumentId: string;
  rawSymbol: string;
  baseCurrency: string;
  quoteCurrency: string;
  settlementCurrency: string;
  isInverse: boolean;
  pricePrecision: number;
  sizePrecision: number;
  priceIncrement: string;
  sizeIncrement: string;
  multiplier: string;
  lotSize: string;
  minQuantity: string;
  maxQuantity: string;
  minNotional: string;
  maxNotional: string;
  minPrice: string;
  maxPrice: string;
  makerFee: string;
  takerFee: string;
  marginInit: string;
  marginMaint: string;
  maxLeverage: string;
}

/**
 * Builds an {@link Instrument} from its wire spec.
 * @throws InvariantError when an increment, precision or fee is missing or malformed.
 */
export function instrumentFromSpec(spec: InstrumentSpec): Instrument {
  const dot = spec.instrumentId.lastIndexOf('.');
  if (dot <= 0) throw new InvariantError('instrument_id', 'not of the form SYMBOL.VENUE', spec.instrumentId);
  const priceIncrement = parseOptionalNumber(spec.priceIncrement);
  const sizeIncrement = parseOptionalNumber(spec.sizeIncrement);
  if (priceIncrement === null || !(priceIncrement > 0)) {
    throw new InvariantError(`${spec.instrumentId}.price_increment`, 'not positive', spec.priceIncrement);
  }
  if (sizeIncrement === null || !(sizeIncrement > 0)) {
    throw new InvariantError(`${spec.instrumentId}.size_increment`, 'not positive', spec.sizeIncrement);
  }
  return {
    id: spec.instrumentId,
    symbol: spec.rawSymbol || spec.instrumentId.slice(0, dot),
    venue: spec.instrumentId.slice(dot + 1),
    baseCurrency: spec.baseCurrency,
    quoteCurrency: spec.quoteCurrency,
    settlementCurrency: spec.settlementCurrency || spec.quoteCurrency,
    isInverse: spec.isInverse,
    pricePrecision: spec.pricePrecision,
    sizePrecision: spec.sizePrecision,
    priceIncrement,
    sizeIncrement,
    priceIncrementText: spec.priceIncrement,
    sizeIncrementText: spec.sizeIncrement,
    multiplier: parseOptionalNumber(spec.multiplier) ?? 1,
    minQuantity: parseOptionalNumber(spec.minQuantity),
    maxQuantity: parseOptionalNumber(spec.maxQuantity),
    minNotional: parseOptionalNumber(spec.minNotional),
    maxNotional: parseOptionalNumber(spec.maxNotional),
    minPrice: parseOptionalNumber(spec.minPrice),
    maxPrice: parseOptionalNumber(spec.maxPrice),
    makerFee: parseOptionalNumber(spec.makerFee) ?? 0,
    takerFee: parseOptionalNumber(spec.takerFee) ?? 0,
    marginInit: parseOptionalNumber(spec.marginInit) ?? 1,
    marginMaint: parseOptionalNumber(spec.marginMaint) ?? 1,
    maxLeverage: parseOptionalNumber(spec.maxLeverage) ?? 1,
  };
}

/** Rounds a price onto the instrument's tick grid. */
export function roundPrice(instrument: Instrument, price: number, mode: RoundingMode = 'nearest'): number {
  return roundToIncrement(price, instrument.priceIncrement, instrument.pricePrecision, mode);
}

/** Rounds a quantity onto the instrument's step grid (default: down, never more than asked). */
export function roundQuantity(instrument: Instrument, qty: number, mode: RoundingMode = 'down'): number {
  return roundToIncrement(qty, instrument.sizeIncrement, instrument.sizePrecision, mode);
}

/**
 * Formats a price that must already be on the tick grid.
 * @throws InvariantError when it is not.
 */
export function formatPrice(instrument: Instrument, price: number): string {
  if (!isOnGrid(price, instrument.priceIncrement)) {
    throw new InvariantError(`price for ${instrument.id}`, `not on the price increment ${instrument.priceIncrementText}`, price);
  }
  return formatFixed(roundToIncrement(price, instrument.priceIncrement, instrument.pricePrecision, 'nearest'), instrument.pricePrecision);
}

/**
 * Formats a quantity that must already be on the step grid.
 * @throws InvariantError when it is not.
 */
export function formatQuantity(instrument: Instrument, qty: number): string {
  if (!isOnGrid(qty, instrument.sizeIncrement)) {
    throw new InvariantError(`quantity for ${instrument.id}`, `not on the size increment ${instrument.sizeIncrementText}`, qty);
  }
  return formatFixed(roundToIncrement(qty, instrument.sizeIncrement, instrument.sizePrecision, 'nearest'), instrument.sizePrecision);
}

/**
 * Binance's BTCUSDT perpetual as Nautilus's TestInstrumentProvider.btcusdt_perp_binance() defines
 * it (tick 0.1, step 0.001, min qty 0.001, max qty 1000, min notional 10 USDT, prices 261.1 to
 * 809484.0, maker 0.0002, taker 0.00018), with Nautilus's own decimal strings. The default
 * instrument of the backtest configs.
 */
export const BTCUSDT_PERP_BINANCE: InstrumentSpec = {
  instrumentId: 'BTCUSDT-PERP.BINANCE',
  rawSymbol: 'BTCUSDT',
  baseCurrency: 'BTC',
  quoteCurrency: 'USDT',
  settlementCurrency: 'USDT',
  isInverse: false,
  pricePrecision: 1,
  sizePrecision: 3,
  priceIncrement: '0.1',
  sizeIncrement: '0.001',
  multiplier: '1',
  lotSize: '1',
  minQuantity: '0.001',
  maxQuantity: '1000.000',
  minNotional: '10.00000000',
  maxNotional: '',
  minPrice: '261.1',
  maxPrice: '809484.0',
  makerFee: '0.000200',
  takerFee: '0.000180',
  marginInit: '0.0500',
  marginMaint: '0.0250',
  maxLeverage: '1',
};
