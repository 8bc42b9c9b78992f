/**
 * Tick data (trade and quote ticks) through the Nautilus engine: the bundled Binance spot BTC/USDT
 * files with their instrument (config/data/btcusdt-spot-ticks.yaml). tick-ema-cross through the
 * bridge against its native twin (TickEMACross) proves the bridge transparent on ticks; the host
 * engine, paired --reference nautilus and sweeps refuse tick data by name.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, dolphin, readJson, tempDir } from './cli.js';

const SHARED = join(ROOT, '..', 'shared', 'data');
const TRADES = join(SHARED, 'btcusdt-trades.parquet');
const QUOTES = join(SHARED, 'btcusdt-quotes.parquet');
const SPOT = join(ROOT, 'config', 'data', 'btcusdt-spot-ticks.yaml');

describe('tick data (Nautilus engine)', () => {
  it('tick-ema-cross on trade ticks: bridge and native TickEMACross give identical fills', { timeout: 120_000 }, async () => {
    const r = await dolphin(['paired', '--strategy', 'tick-ema-cross', '--reference', 'native', '--data', TRADES, '--config', SPOT, '--out', tempDir('ticks-trades')]);
    expect(r.stdout).toContain('paired: 91 fills identical');
    expect(r.exitCode).toBe(0);
  });

  it('tick-ema-cross on quote mids with other periods, a decision interval and size from --config: identical', { timeout: 120_000 }, async () => {
    const out = tempDir('ticks-quotes');
    const cfg = join(out, 'params.yaml');
    writeFileSync(cfg, 'strategy:\n  params: { source: quotes, fast_ema_period: 5, slow_ema_period: 15, min_interval_ms: 700, trade_size: "0.05" }\n');
    const r = await dolphin(['paired', '--strategy', 'tick-ema-cross', '--reference', 'native', '--data', QUOTES, '--config', SPOT, cfg, '--out', out]);
    expect(r.stdout).toMatch(/paired: [1-9]\d* fills identical/);
    expect(r.exitCode).toBe(0);
  });

  it('backtest reports ticks processed, and warns when the strategy listens to ticks the file lacks', { timeout: 120_000 }, async () => {
    const out = tempDir('ticks-backtest');
    const r = await dolphin(['backtest', '--engine', 'nautilus', '--strategy', 'tick-ema-cross', '--data', QUOTES, '--config', SPOT, '--out', out, '--no-progress']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain('ticks 451');
    const summary = readJson<{ bars_processed: number; ticks_processed: number; fills: number; warnings: string[] }>(join(out, 'summary.json'));
    expect([summary.bars_processed, summary.ticks_processed, summary.fills]).toEqual([0, 451, 0]);
    expect(summary.warnings).toEqual([
      'tick-ema-cross subscribed to trades of BTCUSDT.BINANCE, which the data does not provide (it has quotes of BTCUSDT.BINANCE): no tick of that kind reached it',
    ]);
  });

  it('a tick finer than the instrument is refused with the row, exit 2 (the default instrument quotes 0.1)', { timeout: 60_000 }, async () => {
    const r = await dolphin(['backtest', '--engine', 'nautilus', '--strategy', 'tick-ema-cross', '--data', TRADES, '--out', tempDir('ticks-precision'), '--no-progress']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('row 1 of');
    expect(r.stderr).toContain('39432.48 is not a positive number with at most 1 decimals (the precision of BTCUSDT-PERP.BINANCE');
  });

  for (const command of [
    ['backtest', '--engine', 'host'],
    ['paired', '--reference', 'nautilus'],
  ]) {
    it(`${command.join(' ')} refuses tick data by name`, { timeout: 30_000 }, async () => {
      const r = await dolphin([...command, '--strategy', 'tick-ema-cross', '--data', TRADES, '--config', SPOT, '--out', tempDir('ticks-host')]);
      expect(r.exitCode).toBe(2);
      expect(r.stderr.trim()).toBe(`dolphin: data.kind: the host engine simulates bar data; trade_ticks (${TRADES}) runs with --engine nautilus only`);
    });
  }
});
