import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStrategy } from '../../../src/backtest/strategy-loader.js';
import { emaCross } from '../../../src/strategies/ema-cross/index.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'strategies');

describe('resolveStrategy', () => {
  it('finds a registered strategy by name', async () => {
    expect(await resolveStrategy('ema-cross')).toBe(emaCross);
  });

  it('loads a TypeScript strategy file as it is, no build step', async () => {
    const def = await resolveStrategy(join(FIXTURES, 'breakout.ts'));
    expect(def.name).toBe('breakout');
    expect(def.paramsSchema.parse({})).toEqual({ instrument_id: 'BTCUSDT-PERP.BINANCE', lookback: 20 });
  });

  it("loads a JavaScript module's `strategy` export", async () => {
    expect((await resolveStrategy(join(FIXTURES, 'flat.mjs'))).name).toBe('flat');
  });

  it('names what is wrong otherwise', async () => {
    await expect(resolveStrategy(join(FIXTURES, 'not-a-strategy.mjs'))).rejects.toThrow(/not-a-strategy\.mjs has no default \(or 'strategy'\) export made with defineStrategy\(\)$/);
    await expect(resolveStrategy(join(FIXTURES, 'missing.ts'))).rejects.toThrow(/missing\.ts does not exist/);
    await expect(resolveStrategy('ema-crosss')).rejects.toThrow('unknown strategy "ema-crosss"; known: dolphin, edge-scalper, ema-cross, ema-cross-bracket, tick-ema-cross (or give a path to a module)');
  });
});
