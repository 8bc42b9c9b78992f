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
});
