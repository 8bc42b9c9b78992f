/** Shared fixtures of the risk tests: instruments, configs with overrides, bars. */
import { BTCUSDT_PERP_BINANCE, instrumentFromSpec, type Instrument, type InstrumentSpec } from '../../../src/market/index.js';
import { parseRiskConfig, type RiskConfig } from '../../../src/risk/index.js';
import type { Bar } from '../../../src/strategy/index.js';

/** Nautilus's BTCUSDT-PERP.BINANCE: tick 0.1, step 0.001, min qty 0.001, min notional 10. */
export const BTC: Instrument = instrumentFromSpec(BTCUSDT_PERP_BINANCE);

/** BTC with a venue leverage high enough not to bind (as a venue configured at 20x). */
export const BTC_20X: Instrument = instrumentFromSpec({ ...BTCUSDT_PERP_BINANCE, maxLeverage: '20' });

/** An instrument from BTC's spec with some fields replaced. */
export function instrument(overrides: Partial<InstrumentSpec>): Instrument {
  return instrumentFromSpec({ ...BTCUSDT_PERP_BINANCE, maxLeverage: '20', ...overrides });
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** The default (seed) config with overrides merged in, validated. */
export function riskConfig(overrides: DeepPartial<RiskConfig> = {}): RiskConfig {
  return parseRiskConfig(overrides);
}

/** A one-minute bar of BTCUSDT-PERP closing at `tsMs`. */
export function bar(tsMs: number, open: number, high: number, low: number, close: number, instrumentId = BTC.id): Bar {
  return { barType: `${instrumentId}-1-MINUTE-LAST-EXTERNAL`, instrumentId, open, high, low, close, volume: 1, tsMs, tsEventMs: tsMs };
}

/** 2022-01-03T00:00:00Z in ms. */
export const T0 = Date.UTC(2022, 0, 3);
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
