import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHostBacktest } from '../../../src/backtest/host-backtest.js';
import { venueConfigSchema } from '../../../src/backtest/venue-config.js';
import { loadCsvBars } from '../../../src/data/csv-bars.js';
import { emaCross } from '../../../src/strategies/ema-cross/index.js';
import { emaCrossBracket } from '../../../src/strategies/ema-cross-bracket/index.js';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'scenarios', 'btc-month');
// The bundled data beside the repository (../shared), as every other test reads it.
const CSV = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'btcusdt-perp-1m-2022-01.csv');
const BAR_TYPE = 'BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL';

interface MonthExpected {
  readonly params: Record<string, unknown>;
  readonly final_balance: string;
  readonly fills: ReadonlyArray<readonly string[]>;
}

describe('runHostBacktest on the BTC month against Nautilus (native EMACross, a native ema-cross-bracket port)', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()) {
    const expected = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as MonthExpected;
    it(`reproduces every fill and the final balance: ${file}`, async () => {
      const series = await loadCsvBars(CSV, { barType: BAR_TYPE, timestampConvention: 'open', shared: false });
      const overrides = (expected.params['venue'] ?? {}) as { starting_balance?: number; instrument?: Record<string, string> };
      const defaults = venueConfigSchema.parse({});
      const venue = venueConfigSchema.parse({
        ...(overrides.starting_balance !== undefined ? { starting_balance: overrides.starting_balance } : {}),
        instruments: [{ ...defaults.instruments[0], ...(overrides.instrument ?? {}) }],
      });
      const params = { ...expected.params };
      delete params['venue'];
      const strategy = params['strategy'];
      delete params['strategy'];
      const result =
        strategy === 'ema-cross-bracket'
          ? runHostBacktest({ definition: emaCrossBracket, params, venue, data: [series] })
          : runHostBacktest({ definition: emaCross, params, venue, data: [series] });
      const rows = result.fills.map((f) => [f.ts_ns, f.side, f.qty, f.price, f.commission]);
      expect(rows.length).toBe(expected.fills.length);
      for (let i = 0; i < rows.length; i++) expect({ i, fill: rows[i] }).toEqual({ i, fill: expected.fills[i] });
      expect(result.finalBalance).toBe(expected.final_balance);
      if (file.includes('-310')) {
        // The run must exercise the volume/4 split: an order filled twice in one bar, one tick apart.
        const splits = result.fills.filter((f, i, all) => i > 0 && all[i - 1]?.order_id === f.order_id && all[i - 1]?.ts_ns === f.ts_ns);
        expect(splits.length).toBeGreaterThan(0);
      }
    });
  }
});
