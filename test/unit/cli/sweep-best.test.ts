import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { SweepResult } from '../../../src/backtest/sweep/index.js';
import { bestConfigYaml, proveCommand } from '../../../src/cli/sweep-best.js';

const metrics = { total_return: -0.0604, max_drawdown: 0.0603, sharpe: -15.4654, profit_factor: 0.7, win_rate: 0.25, trades: 1701, fees: 1, final_equity: 9396.4885232 };

function result(rows: SweepResult['rows']): SweepResult {
  return { rows, sortBy: 'return', total: 6, evaluated: rows.length, skipped: 6 - rows.length, skipReasons: [], barEvals: 0, workers: 2, fixedParams: { trade_size: '0.020', fast_ema_period: 7 } };
}

const row = { index: 3, params: { fast_ema_period: 10, slow_ema_period: 30 }, metrics, fills: 3402, finalBalance: '9396.48852320' };
const how = { strategy: 'ema-cross', configs: ['c.yaml'], data: 'bars.csv', cwd: '/home/q' };

describe('bestConfigYaml', () => {
  it("layers the shared parameters under the best row's (the grid's keys win) for the grid's strategy", () => {
    const text = bestConfigYaml(result([row, { ...row, index: 4, params: { fast_ema_period: 5, slow_ema_period: 30 } }]), how, 'out/r.best.yaml');
    expect(parse(text ?? '')).toEqual({ strategy: { name: 'ema-cross', params: { trade_size: '0.020', fast_ema_period: 10, slow_ema_period: 30 } } });
    expect(text).toContain('# The best of 2 combinations of a dolphin sweep, sorted by return:');
    expect(text).toContain('return -6.04 %, sharpe -15.4654, max drawdown 6.03 %, trades 1701, final balance 9396.48852320');
    expect(text).toContain('#   npx dolphin paired --data bars.csv --config c.yaml --config out/r.best.yaml');
  });

  it('writes a strategy module path absolute, a registered name as it is, and nothing without a row', () => {
    const rel = parse(bestConfigYaml(result([row]), { ...how, strategy: 'strategies/breakout.ts' }, 'b.yaml') ?? '') as { strategy: { name: string } };
    expect(rel.strategy.name).toBe('/home/q/strategies/breakout.ts');
    const abs = parse(bestConfigYaml(result([row]), { ...how, strategy: '/x/breakout.ts' }, 'b.yaml') ?? '') as { strategy: { name: string } };
    expect(abs.strategy.name).toBe('/x/breakout.ts');
    expect(bestConfigYaml(result([]), how, 'b.yaml')).toBeNull();
  });

  it('proves with the sweep data and configs first, the best row last', () => {
    expect(proveCommand({ ...how, configs: [], data: undefined }, 'r.best.yaml')).toBe('npx dolphin paired --config r.best.yaml');
    expect(proveCommand({ ...how, configs: ['a.yaml', 'b.yaml'] }, 'r.best.yaml')).toBe('npx dolphin paired --data bars.csv --config a.yaml --config b.yaml --config r.best.yaml');
  });
});
