/** The venue config's currency rules and the currency precisions the simulator books amounts at. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currencyPrecision } from '../../../src/backtest/sim-instrument.js';
import { venueConfigSchema } from '../../../src/backtest/venue-config.js';
import { formatZodIssues } from '../../../src/config/format-issues.js';

const TABLE = JSON.parse(readFileSync(new URL('../../golden/currencies/currencies.json', import.meta.url), 'utf8')) as {
  known: Record<string, number>;
  unknown: Record<string, number>;
};

const DEFAULT_INSTRUMENT = venueConfigSchema.parse({}).instruments[0];

/** The config's problems as the CLI prints them (empty when it is valid). */
function problems(input: unknown): string[] {
  const r = venueConfigSchema.safeParse(input);
  return r.success ? [] : formatZodIssues(r.error, input, 'venue');
}

describe('currencyPrecision', () => {
  it.each(Object.entries({ ...TABLE.known, ...TABLE.unknown }))('%s has precision %i, as the Nautilus runner gets it', (code, precision) => {
    expect(currencyPrecision(code)).toBe(precision);
  });
});

describe('venue config currencies', () => {
  const usd = { ...DEFAULT_INSTRUMENT, instrument_id: 'BTCUSD-PERP.BINANCE', raw_symbol: 'BTCUSD', quote_currency: 'USD', settlement_currency: 'USD' };

  it('accepts a linear instrument quoted and settled in the account currency (USD, precision 2)', () => {
    expect(problems({ base_currency: 'USD', starting_balance: 10_000.12, instruments: [usd] })).toEqual([]);
  });

  it.each([
    ['USD', 10_000.123, 2, '90071992547409.91'],
    ['USDT', 10_000.000000001, 8, '90071992.54740991'],
    ['JPY', 10_000.5, 0, '9007199254740991'],
    ['USDT', 1e20, 8, '90071992.54740991'],
  ])('refuses a %s starting balance of %d (more decimals than the currency has, or too large)', (currency, balance, precision, max) => {
    const instrument = { ...usd, quote_currency: currency, settlement_currency: currency };
    expect(problems({ base_currency: currency, starting_balance: balance, instruments: [instrument] })).toEqual([
      `venue.starting_balance: must be an amount of ${currency} at its precision (${precision} decimals, at most ${max}); round it, was ${balance}`,
    ]);
  });

  it.each([
    [
      'an inverse instrument',
      { instruments: [{ ...DEFAULT_INSTRUMENT, is_inverse: true }] },
      'venue.instruments.0.is_inverse: inverse instruments are not supported (the host books costs and PnL in the quote currency); give a linear instrument (is_inverse: false), was true',
    ],
    [
      'a quote currency other than the account currency',
      { base_currency: 'USD' },
      'venue.instruments.0.quote_currency: must be venue.base_currency USD (the account holds one currency, and a linear instrument\'s commissions and PnL are in its quote currency); set venue.base_currency: USDT, or use an instrument quoted in USD, was "USDT"',
    ],
    [
      'a settlement currency other than the quote currency',
      { instruments: [{ ...DEFAULT_INSTRUMENT, settlement_currency: 'USDC' }] },
      'venue.instruments.0.settlement_currency: must be the quote currency USDT for a linear instrument (Nautilus books its PnL in the quote currency), was "USDC"',
    ],
  ])('refuses %s, naming the field and the fix', (_what, input, line) => {
    expect(problems(input)).toEqual([line]);
  });

  it.each([
    ['price_increment', { price_increment: '0.0' }, 'must be positive (Nautilus refuses zero), was "0.0"'],
    ['size_increment', { size_increment: '0' }, 'must be positive (Nautilus refuses zero), was "0"'],
    ['multiplier', { multiplier: '0' }, 'must be positive (Nautilus refuses zero), was "0"'],
    ['lot_size', { lot_size: '0' }, 'must be positive (Nautilus refuses zero), was "0"'],
    ['max_quantity', { max_quantity: '0.000' }, 'must be positive (Nautilus refuses zero), was "0.000"'],
    ['max_notional', { max_notional: '0' }, 'must be positive (Nautilus refuses zero), was "0"'],
    ['max_price', { max_price: '0' }, 'must be positive (Nautilus refuses zero), was "0"'],
  ])('refuses a zero %s, as Nautilus would', (field, patch, message) => {
    expect(problems({ instruments: [{ ...DEFAULT_INSTRUMENT, ...patch }] })).toEqual([`venue.instruments.0.${field}: ${message}`]);
  });

  it('refuses a leverage below 1, as Nautilus would', () => {
    expect(problems({ default_leverage: 0.5 })).toEqual(['venue.default_leverage: must be >= 1 (Nautilus), was 0.5']);
  });
});
