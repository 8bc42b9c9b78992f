/**
 * Host vs Nautilus (issue 3, issue 5): the in-process backtester against Nautilus through the
 * bridge, same strategy, data, venue and controls: identical fills (ts, instrument, side, qty,
 * price, commission) and final balance.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BTC_MONTH, dolphin, ROOT, tempDir } from './cli.js';

async function paired(args: readonly string[], name: string): Promise<string> {
  const out = tempDir(name);
  const r = await dolphin(['paired', '--reference', 'nautilus', '--out', out, ...args]);
  expect(r.exitCode, `${r.stdout}\n${r.stderr.slice(-1500)}`).toBe(0);
  return r.stdout;
}

describe('host engine vs Nautilus through the bridge (BTCUSDT month)', () => {
  it('agrees on ema-cross', { timeout: 300_000 }, async () => {
    expect(await paired(['--strategy', 'ema-cross', '--data', BTC_MONTH], 'pn-ema')).toContain('paired: 4136 fills identical, 4137 account states identical, 2068 positions identical, metrics identical');
  });

  it('agrees on the bracket variant (stop-market SL, limit TP set at entry)', { timeout: 300_000 }, async () => {
    expect(await paired(['--strategy', 'ema-cross-bracket', '--data', BTC_MONTH], 'pn-bracket')).toMatch(/paired: \d{3,} fills identical/);
  });

  it('agrees with strategy parameters changed by --config', { timeout: 300_000 }, async () => {
    const dir = tempDir('pn-params-cfg');
    const cfg = join(dir, 'params.yaml');
    writeFileSync(cfg, 'strategy:\n  params: { fast_ema_period: 5, slow_ema_period: 35, trade_size: "0.010" }\n');
    expect(await paired(['--strategy', 'ema-cross', '--data', BTC_MONTH, '--config', cfg], 'pn-params')).toMatch(/paired: \d{3,} fills identical/);
  });

  it("agrees on a user's TypeScript strategy file given by path (the README's breakout)", { timeout: 300_000 }, async () => {
    const strategy = join(ROOT, 'test', 'fixtures', 'strategies', 'breakout.ts');
    expect(await paired(['--strategy', strategy, '--data', BTC_MONTH], 'pn-breakout')).toContain('paired: 1126 fills identical');
  });
});

describe('host engine vs Nautilus on a synthetic DOLPHIN dataset', () => {
  it('agrees on dolphin over 48 assets x 5 days with the RNG refunds off', { timeout: 300_000 }, async () => {
    const dir = tempDir('pn-dolphin');
    const data = join(dir, 'D');
    expect((await dolphin(['data', 'synth', '--assets', '48', '--days', '5', '--seed', '7', '--out', data])).exitCode).toBe(0);
    const cfg = join(dir, 'dolphin.yaml');
    writeFileSync(cfg, 'strategy:\n  params: { sp_refunds: false }\n');
    expect(await paired(['--strategy', 'dolphin', '--data', data, '--config', cfg], 'pn-dolphin-run')).toMatch(/paired: \d+ fills identical/);
    // With the seeded synthetic book: the OB layer trades, and its health drives survival Cat3.
    const ob = join(dir, 'dolphin-ob.yaml');
    writeFileSync(ob, 'strategy:\n  params: { sp_refunds: false, ob_source: synthetic }\n');
    const out = tempDir('pn-dolphin-ob-run');
    const r = await dolphin(['paired', '--reference', 'nautilus', '--out', out, '--strategy', 'dolphin', '--data', data, '--config', ob]);
    expect(r.exitCode, r.stderr.slice(-1500)).toBe(0);
    expect(r.stdout).toMatch(/paired: \d+ fills identical/);
    const cat3 = [...readFileSync(join(out, 'dolphin.log'), 'utf8').matchAll(/"cat3":([0-9.e-]+)/g)].map((m) => Number(m[1]));
    expect(cat3.some((f) => f < 1)).toBe(true);
  });
});
