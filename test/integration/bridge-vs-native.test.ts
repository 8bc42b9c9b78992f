import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BTC_MONTH, dolphin, tempDir } from './cli.js';

describe('bridge vs native (ema-cross on the BTCUSDT month)', () => {
  it('gives exactly the fills and final balance of Nautilus native EMACross', { timeout: 300_000 }, async () => {
    const out = tempDir('paired-native');
    const r = await dolphin(['paired', '--strategy', 'ema-cross', '--reference', 'native', '--data', BTC_MONTH, '--out', out]);
    // A native run computes no metrics: fills, account states and positions are compared.
    expect(r.stdout).toMatch(/^paired: 4136 fills identical, 4137 account states identical, 2068 positions identical$/m);
    expect(r.exitCode).toBe(0);
    // The verdict for scripts.
    expect(JSON.parse(readFileSync(join(out, 'paired.json'), 'utf8'))).toMatchObject({
      identical: true,
      reference: 'native',
      sides: ['bridge', 'native'],
      compared: { fills: [4136, 4136], account_states: [4137, 4137], positions: [2068, 2068], metrics: false },
      divergence: null,
    });
  });

  it('stays identical with other EMA periods and a larger trade size from --config', { timeout: 300_000 }, async () => {
    const out = tempDir('paired-native-params');
    const cfg = join(out, 'params.yaml');
    writeFileSync(cfg, 'strategy:\n  params: { fast_ema_period: 5, slow_ema_period: 35, trade_size: "0.250" }\n');
    const r = await dolphin(['paired', '--strategy', 'ema-cross', '--reference', 'native', '--data', BTC_MONTH, '--config', cfg, '--out', out]);
    expect(r.stdout).toMatch(/paired: \d+ fills identical/);
    expect(r.exitCode).toBe(0);
  });

  it('writes byte-identical fills.json on two runs', { timeout: 300_000 }, async () => {
    const a = tempDir('determinism-a');
    const b = tempDir('determinism-b');
    const args = ['backtest', '--engine', 'nautilus', '--strategy', 'ema-cross', '--data', BTC_MONTH, '--no-progress'];
    const [ra, rb] = [await dolphin([...args, '--out', a]), await dolphin([...args, '--out', b])];
    expect(ra.exitCode).toBe(0);
    expect(rb.exitCode).toBe(0);
    const fa = readFileSync(join(a, 'fills.json'));
    expect(fa.length).toBeGreaterThan(100_000);
    expect(fa.equals(readFileSync(join(b, 'fills.json')))).toBe(true);
  });
});
