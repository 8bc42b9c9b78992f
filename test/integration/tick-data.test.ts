/**
 * Tick data (trade and quote ticks): the bundled Binance spot BTC/USDT files with their instrument
 * (config/data/btcusdt-spot-ticks.yaml). tick-ema-cross through the bridge against its native twin
 * (TickEMACross) proves the bridge transparent on ticks; the host engine against Nautilus through
 * the bridge proves its tick matching (market, stop-market, maker limits, brackets, cancels) with
 * tick-ema-cross and test/fixtures/strategies/tick-brackets.ts; a sweep over ticks reproduces the
 * paired run for its default combination.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, dolphin, readJson, tempDir } from './cli.js';

const BRACKETS = join(ROOT, 'test', 'fixtures', 'strategies', 'tick-brackets.ts');

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

  for (const engine of ['nautilus', 'host']) {
    it(`backtest --engine ${engine}: a tick finer than the instrument is refused with the row, exit 2 (the default instrument quotes 0.1)`, { timeout: 60_000 }, async () => {
      const r = await dolphin(['backtest', '--engine', engine, '--strategy', 'tick-ema-cross', '--data', TRADES, '--out', tempDir('ticks-precision'), '--no-progress']);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(/row 1(:| of)/);
      expect(r.stderr).toMatch(/39432\.48 is not a positive number with at most 1 decimals \(the precision of BTCUSDT-PERP\.BINANCE/);
    });
  }

  it('host engine vs Nautilus: tick-ema-cross on trade ticks, identical', { timeout: 120_000 }, async () => {
    const r = await dolphin(['paired', '--strategy', 'tick-ema-cross', '--reference', 'nautilus', '--data', TRADES, '--config', SPOT, '--out', tempDir('ticks-host-ema')]);
    expect(r.stdout).toContain('paired: 91 fills identical');
    expect(r.exitCode).toBe(0);
  });

  for (const [source, data, fills] of [
    ['trades', TRADES, 107],
    ['quotes', QUOTES, 57],
  ] as const) {
    it(`host engine vs Nautilus: brackets, resting limit entries and cancels on ${source}, identical`, { timeout: 120_000 }, async () => {
      const out = tempDir(`ticks-host-brackets-${source}`);
      const cfg = join(out, 'params.yaml');
      writeFileSync(cfg, `strategy:\n  params: { source: ${source}, every: 5, sl_ticks: 300, tp_ticks: 300 }\n`);
      const r = await dolphin(['paired', '--strategy', BRACKETS, '--reference', 'nautilus', '--data', data, '--config', SPOT, cfg, '--out', out]);
      expect(r.stdout).toContain(`paired: ${fills} fills identical`);
      expect(r.exitCode).toBe(0);
      // Every kind of fill the rules cover happened.
      const kinds = new Set(readJson<Array<{ order_type: string; liquidity: string; tag: string }>>(join(out, 'host', 'fills.json')).map((f) => `${f.order_type}:${f.liquidity}:${f.tag}`));
      expect([...kinds].sort()).toEqual(['LIMIT:MAKER:entry', 'LIMIT:MAKER:tp', 'MARKET:TAKER:entry', 'MARKET:TAKER:exit', 'STOP_MARKET:TAKER:sl']);
    });
  }

  it('the controls run on time bars built from the ticks: risk entries sized and approved, a forced drawdown takes the posture to HIBERNATE; host and Nautilus identical', { timeout: 120_000 }, async () => {
    const out = tempDir('ticks-controls');
    const cfg = join(out, 'controls.yaml');
    writeFileSync(
      cfg,
      [
        'controls: { tick_bar_seconds: 1 }',
        'risk:',
        '  volatility: { atr_period: 5, atr_baseline_period: 10, realized_vol_period: 10 }',
        '  session: { max_trades_per_hour: 100000 }',
        'faults:',
        '  drawdown: [{ from: "2021-01-08T00:00:20Z", to: "2021-01-08T00:00:35Z", value: 0.3 }]',
        'strategy:',
        '  params: { instrument_id: BTCUSDT.BINANCE, source: trades, seed: 1, react: true, risk_entries: true, lot: 1000, max_ticks: 1500 }',
        '',
      ].join('\n'),
    );
    const chaos = join(ROOT, 'test', 'fixtures', 'strategies', 'chaos.ts');
    const r = await dolphin(['paired', '--strategy', chaos, '--reference', 'nautilus', '--data', TRADES, '--config', SPOT, cfg, '--out', out]);
    expect(r.exitCode, `${r.stdout}\n${r.stderr.slice(-1500)}`).toBe(0);
    expect(r.stdout).toMatch(/paired: \d{2,} fills identical/);
    type Details = { details: { posture_changes: Array<{ tsMs: number; to: string; reason: string }> } };
    const host = readJson<Details>(join(out, 'host', 'summary.json')).details.posture_changes;
    const nautilus = readJson<Details>(join(out, 'nautilus', 'summary.json')).details.posture_changes;
    expect(host).toEqual(nautilus);
    expect(host).toMatchObject([{ tsMs: Date.parse('2021-01-08T00:00:21Z'), to: 'HIBERNATE', reason: 'down:cat5_capital' }]);
    // The risk engine had volatility to size from (before, on ticks it had none): entries approved.
    const hostLines = readFileSync(join(out, 'dolphin.log'), 'utf8').split('\n').filter((l) => l.includes('"sessionId":"HOST"') && l.includes('"component":"risk"'));
    expect(hostLines.filter((l) => l.includes('"type":"ENTRY_APPROVED"')).length).toBeGreaterThan(5);
  });

  it('sweeps tick-ema-cross over trade ticks on two workers; the default combination is the run paired with Nautilus above', { timeout: 60_000 }, async () => {
    const out = tempDir('ticks-sweep');
    const grid = join(out, 'grid.yaml');
    writeFileSync(grid, 'strategy: tick-ema-cross\nparams:\n  fast_ema_period: [10, 20]\n  slow_ema_period: [60, 90]\n  min_interval_ms: [0, 500]\n');
    const r = await dolphin(['sweep', '--grid', grid, '--data', TRADES, '--config', SPOT, '--workers', '2', '--out', join(out, 'r'), '--no-progress']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/8 combinations \(8 evaluated, 0 skipped as invalid\)/);
    const doc = readJson<{ bar_evals: number; rows: Array<Record<string, number | string>> }>(join(out, 'r.json'));
    expect(doc.bar_evals).toBe(8 * 2001);
    const base = doc.rows.find((row) => row['fast_ema_period'] === 20 && row['slow_ema_period'] === 60 && row['min_interval_ms'] === 0);
    expect(doc.rows).toHaveLength(8);
    expect([base?.['fills'], base?.['final_balance']]).toEqual([91, '9978.83462917']);
  });
});
