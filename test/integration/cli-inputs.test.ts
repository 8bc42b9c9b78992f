/**
 * Bad input to the built CLI gets one line naming the input and the fix, exit 2, and no stack
 * trace: a bar file that is not bars, a bad value, a bar Nautilus refuses or out-of-order rows (naming the line), an output
 * folder that is a file, a bar type the engine cannot run, a host endpoint ZeroMQ would silently change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BTC_MONTH, dolphin, tempDir } from './cli.js';

describe('dolphin on bad input', () => {
  const dir = tempDir('inputs');
  const rows = readFileSync(BTC_MONTH, 'utf8').split('\n').slice(0, 60);

  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['a file that is not bars', 'passwd.csv', 'CSV has no "timestamp" column (header: root:x:0:0:root:/root:/bin/bash)'],
    ['a value that is not a number', 'bad-value.csv', 'line 51: open "abc" is not a number'],
    ['rows out of order', 'bad-order.csv', 'line 31: timestamp 2021-12-31 23:03:00.000000 is not after the previous row'],
    ['a bar Nautilus refuses', 'bad-bar.csv', 'line 41: low 46500 is above close 46300; a bar needs low <= open, close <= high and a volume >= 0 (Nautilus refuses others)'],
  ];
  writeFileSync(join(dir, 'passwd.csv'), 'root:x:0:0:root:/root:/bin/bash\n');
  writeFileSync(join(dir, 'bad-value.csv'), [...rows.slice(0, 50), '2021-12-31 23:50:00.000000,abc,1,1,1,1', ...rows.slice(51)].join('\n'));
  writeFileSync(join(dir, 'bad-bar.csv'), [...rows.slice(0, 40), '2021-12-31 23:40:00.000000,46500,46600,46500,46300,1', ...rows.slice(41)].join('\n'));
  writeFileSync(join(dir, 'bad-order.csv'), [...rows.slice(0, 30), rows[3] as string, ...rows.slice(31)].join('\n'));
  writeFileSync(join(dir, 'head.csv'), `${rows.join('\n')}\n`);

  for (const [what, file, problem] of cases) {
    const commands = [
      ['backtest', '--engine', 'host', '--strategy', 'ema-cross', '--no-progress'],
      // Refused before the Nautilus runner starts (it used to die on the value with exit 1).
      ['backtest', '--engine', 'nautilus', '--strategy', 'ema-cross', '--no-progress'],
      ['paired', '--strategy', 'ema-cross', '--reference', 'nautilus'],
    ];
    for (const command of commands) {
      it(`${command.slice(0, 3).join(' ')}: ${what}`, { timeout: 30_000 }, async () => {
        const path = join(dir, file);
        const r = await dolphin([...command, '--data', path, '--out', join(dir, `out-${command.slice(0, 3).join('-')}-${file}`)]);
        expect(r.exitCode, r.stderr).toBe(2);
        expect(r.stderr.trim()).toBe(`dolphin: data.path: ${path}: ${problem}`);
      });
    }
  }

  it('refuses an output folder that is a file', { timeout: 30_000 }, async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'keep me');
    const r = await dolphin(['backtest', '--engine', 'host', '--strategy', 'ema-cross', '--data', BTC_MONTH, '--out', file, '--no-progress']);
    expect(r.exitCode, r.stderr).toBe(2);
    expect(r.stderr.trim()).toBe(`dolphin: --out: ${file} is a file, not a folder; give a folder for the outputs`);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  const barTypeCases: ReadonlyArray<readonly [string, string, readonly string[], string]> = [
    [
      'an instrument the venue does not trade',
      'ETHUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL',
      ['host', 'nautilus'],
      'data.bar_type: instrument ETHUSDT-PERP.BINANCE is not in venue.instruments (BTCUSDT-PERP.BINANCE); add it there or give a bar type of one of those, was "ETHUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL"',
    ],
    [
      'a malformed bar type',
      'BTCUSDT-PERP.BINANCE-1-MINUTES-LAST-EXTERNAL',
      ['host', 'nautilus'],
      'data.bar_type: invalid bar_type aggregation, not one of MILLISECOND, SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, was "MINUTES" (e.g. BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL)',
    ],
    [
      'BID bars in the host engine',
      'BTCUSDT-PERP.BINANCE-1-MINUTE-BID-EXTERNAL',
      ['host'],
      'data.bar_type: the host engine simulates LAST or MID bars, not BID (use --engine nautilus for BID/ASK bars), was "BTCUSDT-PERP.BINANCE-1-MINUTE-BID-EXTERNAL"',
    ],
  ];
  for (const [what, barType, engines, message] of barTypeCases) {
    for (const engine of engines) {
      // Each used to end in a stack trace (exit 1) from deep inside the engine.
      it(`backtest --engine ${engine}: data.bar_type with ${what}`, { timeout: 30_000 }, async () => {
        const config = join(dir, `bar-type-${barType}.yaml`);
        writeFileSync(config, `data:\n  bar_type: ${barType}\n`);
        const r = await dolphin(['backtest', '--engine', engine, '--strategy', 'ema-cross', '--data', BTC_MONTH, '--config', config, '--out', join(dir, `out-bt-${engine}`), '--no-progress']);
        expect(r.exitCode, r.stderr).toBe(2);
        expect(r.stderr.trim()).toBe(`dolphin: ${message}`);
      });
    }
  }

  it('warns when the strategy subscribes to a bar type the data lacks (it used to end silently with no trades)', { timeout: 60_000 }, async () => {
    const config = join(dir, 'five-minute.yaml');
    writeFileSync(config, 'strategy:\n  params:\n    bar_type: BTCUSDT-PERP.BINANCE-5-MINUTE-LAST-EXTERNAL\n');
    const out = join(dir, 'out-five-minute');
    const r = await dolphin(['backtest', '--engine', 'host', '--strategy', 'ema-cross', '--data', BTC_MONTH, '--config', config, '--out', out, '--no-progress']);
    expect(r.exitCode, r.stderr).toBe(0);
    const warning =
      'ema-cross subscribed to BTCUSDT-PERP.BINANCE-5-MINUTE-LAST-EXTERNAL, which the data does not provide (it has BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL): no bar of that type reached it';
    expect(r.stdout).toContain(`warning: ${warning}`);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { fills: number; warnings: string[] };
    expect(summary).toMatchObject({ fills: 0, warnings: [warning] });
  });

  it('names the subscription the shim refused (an instrument the node lacks) instead of a bare exit 3', { timeout: 60_000 }, async () => {
    const config = join(dir, 'unknown-instrument.yaml');
    writeFileSync(config, 'strategy:\n  params: { instruments: [BTCUSDT-PERP.BINANCE, SOLUSDT-PERP.BINANCE] }\n');
    const strategy = join(import.meta.dirname, '..', 'fixtures', 'strategies', 'chaos.ts');
    const r = await dolphin(['backtest', '--engine', 'nautilus', '--strategy', strategy, '--data', join(dir, 'head.csv'), '--config', config, '--out', join(dir, 'out-unknown'), '--no-progress']);
    expect(r.exitCode, r.stderr).toBe(3);
    expect(r.stderr).toContain(
      'the shim ended the session: cannot honour the subscription KIND_BARS SOLUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL: instrument SOLUSDT-PERP.BINANCE is not one of the configured instrument_ids',
    );
  });

  it('refuses a host endpoint whose tcp port ZeroMQ would wrap, naming the flag', { timeout: 30_000 }, async () => {
    const r = await dolphin(['host', '--strategy', 'ema-cross', '--endpoint', 'tcp://127.0.0.1:99999']);
    expect(r.exitCode, r.stderr).toBe(2);
    expect(r.stderr).toContain('+ command-line flags:');
    expect(r.stderr).toContain(
      'transport.endpoint: port 99999 is out of range, ZeroMQ would silently use another port; give 1-65535 (or * for any free port), was "tcp://127.0.0.1:99999"',
    );
  });
});
