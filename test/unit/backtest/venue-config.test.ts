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
    ['USD', 10_000.123, 2],
    ['USDT', 10_000.000000001, 8],
    ['JPY', 10_000.5, 0],
  ])('refuses a %s starting balance of %d (more decimals than the currency has)', (currency, balance, precision) => {
    const instrument = { ...usd, quote_currency: currency, settlement_currency: currency };
    expect(problems({ base_currency: currency, starting_balance: balance, instruments: [instrument] })).toEqual([
      `venue.starting_balance: must be an amount of ${currency} at its precision (${precision} decimals, at most 9007199254740991 units); round it, was ${balance}`,
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
});
