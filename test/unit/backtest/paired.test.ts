import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../src/backtest/paired.js';
import type { FillRecord } from '../../../src/backtest/report.js';

const fill = (over: Partial<FillRecord> = {}): FillRecord => ({
  ts: '2022-01-01T00:02:00.000000000Z', ts_ns: '1640995320000000000', instrument: 'BTCUSDT-PERP.BINANCE', side: 'BUY', qty: '0.010', price: '46420.0',
  commission: '0.08355600', commission_currency: 'USDT', liquidity: 'TAKER', order_id: 'O-000001', order_type: 'MARKET', tag: '', ...over,
});

describe('compareRuns', () => {
  it('reports identical runs with the fill count', () => {
    const r = compareRuns({ label: 'host', fills: [fill(), fill()], finalBalance: '1' }, { label: 'nautilus', fills: [fill(), fill()], finalBalance: '1' });
    expect(r).toEqual({ identical: true, fills: 2, message: 'paired: 2 fills identical' });
  });

  it('ignores order ids, liquidity and tags', () => {
    const r = compareRuns({ label: 'a', fills: [fill()], finalBalance: '1' }, { label: 'b', fills: [fill({ order_id: 'O-2022-1', tag: 'x' })], finalBalance: '1' });
    expect(r.identical).toBe(true);
  });

  it('names the first differing fill, its field and both sides', () => {
    const r = compareRuns({ label: 'host', fills: [fill(), fill({ price: '46420.1' })], finalBalance: '1' }, { label: 'nautilus', fills: [fill(), fill()], finalBalance: '1' });
    expect(r.identical).toBe(false);
    if (r.identical) return;
    expect([r.index, r.field, r.ts]).toEqual([1, 'price', '2022-01-01T00:02:00.000000000Z']);
    expect(r.message).toContain('first divergence at fill #1');
    expect(r.message).toContain('host: 2022-01-01T00:02:00.000000000Z BTCUSDT-PERP.BINANCE BUY 0.010 @ 46420.1');
  });

  it('reports a missing fill as a count divergence', () => {
    const r = compareRuns({ label: 'a', fills: [fill()], finalBalance: '1' }, { label: 'b', fills: [fill(), fill({ side: 'SELL' })], finalBalance: '1' });
    expect(r.identical ? null : [r.field, r.index, r.a]).toEqual(['count', 1, null]);
  });

  it('compares the final balance after identical fills', () => {
    const r = compareRuns({ label: 'a', fills: [fill()], finalBalance: '10000.00000001' }, { label: 'b', fills: [fill()], finalBalance: '10000.00000000' });
    expect(r.identical ? null : [r.field, r.index]).toEqual(['final_balance', -1]);
  });

  const state = (total: string, locked = '0.00000000') => ({ ts_event: '2022-01-01T00:02:00.000000000Z', total, locked, free: total });

  it('compares the account states when both runs report them, and counts them', () => {
    const states = [state('10000.00000000'), state('9999.91644400', '15.08650000')];
    const r = compareRuns({ label: 'host', fills: [fill()], finalBalance: '1', accountStates: states }, { label: 'nautilus', fills: [fill()], finalBalance: '1', accountStates: [...states] });
    expect(r).toEqual({ identical: true, fills: 1, message: 'paired: 1 fills identical, 2 account states identical' });
  });

  it('names the first differing account state, and an extra one', () => {
    const first = state('10000.00000000');
    const second = state('9999.91644400', '15.08650000');
    const a = [first, second];
    const changed = compareRuns({ label: 'host', fills: [fill()], finalBalance: '1', accountStates: a }, { label: 'nautilus', fills: [fill()], finalBalance: '1', accountStates: [first, state('9999.91644400')] });
    expect(changed.identical ? null : [changed.field, changed.index]).toEqual(['account_state', 1]);
    expect(changed.message).toContain('first divergence at account state #1 (2022-01-01T00:02:00.000000000Z) of 2 / 2');
    expect(changed.message).toContain('host: 2022-01-01T00:02:00.000000000Z total 9999.91644400 locked 15.08650000');
    const extra = compareRuns({ label: 'host', fills: [fill()], finalBalance: '1', accountStates: [...a, second] }, { label: 'nautilus', fills: [fill()], finalBalance: '1', accountStates: a });
    expect(extra.identical ? null : [extra.field, extra.index, extra.b]).toEqual(['account_state', 2, null]);
  });
});

