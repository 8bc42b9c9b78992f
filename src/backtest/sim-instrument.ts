/**
 * An instrument as the simulator needs it: the market `Instrument` plus the precomputed scales and
 * the exact doubles Nautilus's arithmetic uses (`as_f64_c()` of its increments, `float(Decimal)` of
 * its fees), so the hot path does no parsing.
 */
import { InvariantError, type Instrument } from '../market/index.js';
import { exactDecimal, parseUnits, pow10, rawFactor, roundHalfAway, unitsToDouble, type ExactDecimal } from './fixed-point.js';

/** Precomputed per-instrument constants; `index` is Nautilus's matching-engine raw id (1-based). */
export interface SimInstrument {
  readonly instrument: Instrument;
  readonly id: string;
  readonly index: number;
  readonly pricePrecision: number;
  readonly sizePrecision: number;
  /** 10^pricePrecision and 10^sizePrecision. */
  readonly priceScale: number;
  readonly sizeScale: number;
  /** 10^(16 - precision): units to Nautilus raw. */
  readonly priceRaw: number;
  readonly sizeRaw: number;
  /** Increments in units (1 when the increment is 10^-precision). */
  readonly priceIncrementUnits: number;
  readonly sizeIncrementUnits: number;
  /** `size_increment.as_f64_c()`. */
  readonly sizeIncrementF64: number;
  /** float(multiplier). */
  readonly multiplierF64: number;
  readonly minQuantityUnits: number | null;
  readonly maxQuantityUnits: number | null;
  /** float(Decimal(maker_fee)), float(Decimal(taker_fee)). */
  readonly makerFee: number;
  readonly takerFee: number;
  readonly marginInit: ExactDecimal;
  readonly marginMaint: ExactDecimal;
  /** Number(marginInit.num), Number(marginMaint.num): read per fill, converted from bigint once. */
  readonly marginInitNum: number;
  readonly marginMaintNum: number;
  /**
   * Cost currency (commissions, PnL, margins: Instrument.get_cost_currency(), the quote currency of
   * a linear instrument), its precision, 10^precision and the units-to-raw factor of its Money.
   */
  readonly currency: string;
  readonly currencyPrecision: number;
  readonly currencyScale: number;
  readonly currencyRaw: number;
  /** Instrument._min_price_increment_precision: decimals of the price increment (trailing zeros dropped). */
  readonly priceIncrementDecimals: number;
  /** Price bounds in price units (validation), null when the venue sets none. */
  readonly minPriceUnits: number | null;
  readonly maxPriceUnits: number | null;
  /** The multiplier as an exact integer at its own decimals, and the scale of exact notionals (size + price + multiplier decimals). */
  readonly multiplierScaled: bigint;
  readonly notionalScale: number;
  /** Notional bounds at `notionalScale`, null when none. */
  readonly minNotionalScaled: bigint | null;
  readonly maxNotionalScaled: bigint | null;
  /**
   * The same as doubles, converted once for validation's approximate test per order:
   * Number(multiplierScaled), Number(minNotionalScaled) or -1, Number(maxNotionalScaled) or +Infinity.
   */
  readonly multiplierScaledF64: number;
  readonly minNotionalF64: number;
  readonly maxNotionalF64: number;
}

/** The exact decimal texts a SimInstrument needs besides the Instrument (the config's strings). */
export interface SimInstrumentTexts {
  readonly margin_init: string;
  readonly margin_maint: string;
  readonly multiplier: string;
  readonly min_price: string;
  readonly max_price: string;
  readonly min_notional: string;
  readonly max_notional: string;
}

/**
 * Nautilus's currencies whose precision is not 8 (model/currencies.pyx at 1.221: fiat, metals and
 * a few crypto). `Currency.from_str(code, strict=False)`, which the runner uses, gives every other
 * code precision 8.
 */
const NON_8_PRECISION: Readonly<Record<string, number>> = {
  ADA: 6, AUD: 2, BRL: 2, CAD: 2, CHF: 2, CNH: 2, CNY: 2, CZK: 2, DKK: 2, EUR: 2, GBP: 2, HKD: 2, HUF: 2, ILS: 2, INR: 2,
  JPY: 0, KRW: 0, MXN: 2, NOK: 2, NZD: 2, PLN: 2, RUB: 2, SAR: 2, SEK: 2, SGD: 2, THB: 2, TRY: 2, USD: 2, 'USDC.e': 6,
  XAG: 2, XAU: 2, XRP: 6, XTZ: 6, ZAR: 2,
};

/** Precision of a currency as Nautilus's runner gets it (`Currency.from_str(code, strict=False)`). */
export function currencyPrecision(code: string): number {
  return Object.hasOwn(NON_8_PRECISION, code) ? (NON_8_PRECISION[code] as number) : 8;
}

/**
 * Builds the simulator's view of an instrument.
 * @param index Nautilus's raw id: the instrument's position in the venue config, from 1.
 * @throws InvariantError for inverse instruments (not simulated) or malformed increments.
 */
export function simInstrument(instrument: Instrument, index: number, texts: SimInstrumentTexts): SimInstrument {
  if (instrument.isInverse) throw new InvariantError(`${instrument.id}.is_inverse`, 'not supported by the host simulator', true);
  const priceIncrementUnits = parseUnits(instrument.priceIncrementText, instrument.pricePrecision);
  const sizeIncrementUnits = parseUnits(instrument.sizeIncrementText, instrument.sizePrecision);
  if (priceIncrementUnits === null || priceIncrementUnits <= 0) {
    throw new InvariantError(`${instrument.id}.price_increment`, 'not a positive decimal at the price precision', instrument.priceIncrementText);
  }
  if (sizeIncrementUnits === null || sizeIncrementUnits <= 0) {
    throw new InvariantError(`${instrument.id}.size_increment`, 'not a positive decimal at the size precision', instrument.sizeIncrementText);
  }
  const sizeRaw = rawFactor(instrument.sizePrecision);
  const mult = exactDecimal(texts.multiplier || '1');
  const notionalScale = instrument.sizePrecision + instrument.pricePrecision + mult.scale;
  const priceBound = (t: string): number | null => (t === '' ? null : parseUnits(t, instrument.pricePrecision));
  const notionalBound = (t: string): bigint | null => (t === '' ? null : scaleTo(exactDecimal(t), notionalScale));
  const qtyUnits = (v: number | null): number | null => (v === null ? null : Math.round(v * pow10(instrument.sizePrecision)));
  const marginInit = exactDecimal(texts.margin_init);
  const marginMaint = exactDecimal(texts.margin_maint);
  const minNotionalScaled = notionalBound(texts.min_notional);
  const costPrecision = currencyPrecision(instrument.quoteCurrency);
  const maxNotionalScaled = notionalBound(texts.max_notional);
  return {
    instrument,
    id: instrument.id,
    index,
    pricePrecision: instrument.pricePrecision,
    sizePrecision: instrument.sizePrecision,
    priceScale: pow10(instrument.pricePrecision),
    sizeScale: pow10(instrument.sizePrecision),
    priceRaw: rawFactor(instrument.pricePrecision),
    sizeRaw,
    priceIncrementUnits,
    sizeIncrementUnits,
    sizeIncrementF64: unitsToDouble(sizeIncrementUnits, sizeRaw),
    multiplierF64: instrument.multiplier,
    minQuantityUnits: qtyUnits(instrument.minQuantity),
    maxQuantityUnits: qtyUnits(instrument.maxQuantity),
    makerFee: instrument.makerFee,
    takerFee: instrument.takerFee,
    marginInit,
    marginMaint,
    marginInitNum: Number(marginInit.num),
    marginMaintNum: Number(marginMaint.num),
    currency: instrument.quoteCurrency,
    currencyPrecision: costPrecision,
    currencyScale: pow10(costPrecision),
    currencyRaw: rawFactor(costPrecision),
    priceIncrementDecimals: incrementDecimals(instrument.priceIncrementText),
    minPriceUnits: priceBound(texts.min_price),
    maxPriceUnits: priceBound(texts.max_price),
    multiplierScaled: mult.num,
    notionalScale,
    minNotionalScaled,
    maxNotionalScaled,
    multiplierScaledF64: Number(mult.num),
    minNotionalF64: minNotionalScaled === null ? -1 : Number(minNotionalScaled),
    maxNotionalF64: maxNotionalScaled === null ? Number.POSITIVE_INFINITY : Number(maxNotionalScaled),
  };
}

function incrementDecimals(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.replace(/0+$/, '').length - dot - 1;
}

/** An exact decimal rescaled to `scale` digits (truncating digits beyond it, which bounds never have). */
function scaleTo(d: { num: bigint; scale: number }, scale: number): bigint {
  return d.scale <= scale ? d.num * 10n ** BigInt(scale - d.scale) : d.num / 10n ** BigInt(d.scale - scale);
}

/** Size of each point of a bar, in size units: max(volume / 4, size increment), as Nautilus computes it (engine.pyx:4030-4107). */
export function barSizeUnits(inst: SimInstrument, volumeF64: number): number {
  return roundHalfAway(Math.max(volumeF64 / 4.0, inst.sizeIncrementF64) * inst.sizeScale);
}
