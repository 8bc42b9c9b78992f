/**
 * Nautilus's matching engine recurses once per size increment when a take-profit fills one unit
 * at a time against its OUO sibling's resizes (scenario ouo-one-unit-fill-cascade, with 40 units):
 * an 8,000 DOGE bracket on a zero-volume bar nests ~4,000 levels deep. The host engine reproduces
 * the recursion call for call, which overflowed the main thread's ~1 MB JavaScript stack (found
 * by the chaos differential test on a DOGE-like instrument); the CLI runs commands in a worker
 * thread with a large stack (bin/dolphin.js), so the run completes and matches Nautilus.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dolphin, ROOT, tempDir } from './cli.js';

const DOGE = `venue:
  instruments:
    - { instrument_id: DOGEUSDT-PERP.BINANCE, raw_symbol: DOGEUSDT, base_currency: DOGE, quote_currency: USDT, settlement_currency: USDT,
        price_precision: 5, size_precision: 0, price_increment: "0.00001", size_increment: "1", min_quantity: "1", maker_fee: "0.0002", taker_fee: "0.0004" }
data:
  bar_type: DOGEUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL
strategy:
  params: { instrument_id: DOGEUSDT-PERP.BINANCE, side: SELL, quantity: "8000", entry_price: "0.08024", sl: "0.08045", tp: "0.08023" }
`;

const BARS = `timestamp,open,high,low,close,volume
2022-01-01 00:00:00.000000,0.08006,0.08010,0.08000,0.08006,1000
2022-01-01 00:01:00.000000,0.08006,0.08025,0.08004,0.08020,0
2022-01-01 00:02:00.000000,0.08020,0.08026,0.08001,0.08012,40781
`;

describe('a one-unit OUO fill cascade 4,000 levels deep', () => {
  it('runs through the CLI and matches Nautilus fill for fill', { timeout: 240_000 }, async () => {
    const dir = tempDir('deep-cascade');
    writeFileSync(join(dir, 'bars.csv'), BARS);
    writeFileSync(join(dir, 'doge.yaml'), DOGE);
    const strategy = join(ROOT, 'test', 'fixtures', 'strategies', 'one-bracket.ts');
    const r = await dolphin(['paired', '--reference', 'nautilus', '--strategy', strategy, '--data', join(dir, 'bars.csv'), '--config', join(dir, 'doge.yaml'), '--out', join(dir, 'out')]);
    expect(r.exitCode, `${r.stdout}\n${r.stderr.slice(-1500)}`).toBe(0);
    expect(r.stdout).toContain('paired: 4002 fills identical');
  });
});
