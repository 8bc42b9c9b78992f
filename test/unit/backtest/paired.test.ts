import { describe, expect, it } from 'vitest';
import { compareRuns, pairedVerdict } from '../../../src/backtest/paired.js';
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

  it('compares every field of an account state, margins included', () => {
    const margin = (maintenance: string) => ({ type: 'MarginBalance', initial: '0.00000000', maintenance, currency: 'USDT', instrument_id: 'BTCUSDT-PERP.BINANCE' });
    const withMargin = (m: string) => ({ ...state('9999.91644400', '15.08650000'), margins: [margin(m)], reported: false });
    const r = compareRuns(
      { label: 'host', fills: [fill()], finalBalance: '1', accountStates: [withMargin('15.08650000')] },
      { label: 'nautilus', fills: [fill()], finalBalance: '1', accountStates: [withMargin('15.08660000')] },
    );
    expect(r.identical ? null : [r.field, r.index]).toEqual(['account_state', 0]);
    expect(r.message).toContain('of 1 / 1, field margins');
    expect(r.message).toContain('15.08660000');
  });

  const position = (over: Record<string, unknown> = {}) => ({
    position_id: 'BTCUSDT-PERP.BINANCE-BridgeStrategy-000',
    strategy_id: 'BridgeStrategy-000',
    instrument_id: 'BTCUSDT-PERP.BINANCE',
    opening_order_id: 'O-000001',
    closing_order_id: 'O-000002',
    entry: 'BUY',
    side: 'FLAT',
    peak_qty: '0.010',
    ts_opened: '2021-12-31T23:21:00.000000000Z',
    ts_closed: '2021-12-31T23:24:00.000000000Z',
    avg_px_open: 46458,
    commissions: ['0.16708320 USDT'],
    realized_pnl: '-1.08708320 USDT',
    ...over,
  });

  it('compares positions field by field, numbers by value, ids not at all', () => {
    const native = position({ position_id: 'BTCUSDT-PERP.BINANCE-EMACross-000', strategy_id: 'EMACross-000', opening_order_id: 'O-20220101-1', closing_order_id: 'O-20220101-2' });
    // 46458.0 as Python writes it parses to the same number.
    const same = compareRuns({ label: 'bridge', fills: [fill()], finalBalance: '1', positions: [position()] }, { label: 'native', fills: [fill()], finalBalance: '1', positions: [JSON.parse(JSON.stringify(native).replace('46458', '46458.0')) as typeof native] });
    expect(same).toEqual({ identical: true, fills: 1, message: 'paired: 1 fills identical, 1 positions identical' });
    const pnl = compareRuns({ label: 'host', fills: [fill()], finalBalance: '1', positions: [position()] }, { label: 'nautilus', fills: [fill()], finalBalance: '1', positions: [position({ commissions: ['0.16708321 USDT'] })] });
    expect(pnl.identical ? null : [pnl.field, pnl.index]).toEqual(['position', 0]);
    expect(pnl.message).toContain('first divergence at position #0 (opened 2021-12-31T23:21:00.000000000Z) of 1 / 1, field commissions');
    expect(pnl.message).toContain('nautilus: BTCUSDT-PERP.BINANCE BUY opened 2021-12-31T23:21:00.000000000Z');
    const missing = compareRuns({ label: 'host', fills: [fill()], finalBalance: '1', positions: [position()] }, { label: 'nautilus', fills: [fill()], finalBalance: '1', positions: [position(), position({ ts_opened: '2022-01-01T00:00:00.000000000Z' })] });
    expect(missing.identical ? null : [missing.field, missing.index, missing.a]).toEqual(['position', 1, null]);
    const extraField = compareRuns({ label: 'host', fills: [fill()], finalBalance: '1', positions: [position({ is_snapshot: false })] }, { label: 'nautilus', fills: [fill()], finalBalance: '1', positions: [position()] });
    expect(extraField.message).toContain('field is_snapshot');
  });

  it('reports fills, account states and positions in its message when all agree', () => {
    const r = compareRuns(
      { label: 'host', fills: [fill()], finalBalance: '1', accountStates: [state('1')], positions: [position()] },
      { label: 'nautilus', fills: [fill()], finalBalance: '1', accountStates: [state('1')], positions: [position()] },
    );
    expect(r.message).toBe('paired: 1 fills identical, 1 account states identical, 1 positions identical');
  });

  it('compares the metrics last, when both runs computed them', () => {
    const metrics = { total_return: -0.0431, sharpe: -22.5, trades: 2068 };
    const same = compareRuns({ label: 'host', fills: [fill()], finalBalance: '1', metrics }, { label: 'nautilus', fills: [fill()], finalBalance: '1', metrics: { ...metrics } });
    expect(same.message).toBe('paired: 1 fills identical, metrics identical');
    const differ = compareRuns({ label: 'host', fills: [fill()], finalBalance: '1', metrics }, { label: 'nautilus', fills: [fill()], finalBalance: '1', metrics: { ...metrics, sharpe: -22.6 } });
    expect(differ.identical ? null : [differ.field, differ.index, differ.a, differ.b]).toEqual(['metrics', -1, 'sharpe -22.5', 'sharpe -22.6']);
    expect(differ.message).toContain('the metrics differ');
    // A native Nautilus run computes none: nothing to compare.
    const native = compareRuns({ label: 'bridge', fills: [fill()], finalBalance: '1', metrics }, { label: 'native', fills: [fill()], finalBalance: '1' });
    expect(native.message).toBe('paired: 1 fills identical');
  });

  it('gives scripts a verdict: what was compared, and the first divergence with both sides', () => {
    const a = { label: 'host', fills: [fill()], finalBalance: '1', accountStates: [state('1')], positions: [position()] };
    const b = { label: 'nautilus', fills: [fill()], finalBalance: '1', accountStates: [state('1')], positions: [position({ peak_qty: '0.020' })] };
    const r = compareRuns(a, b);
    expect(pairedVerdict('nautilus', a, b, r, r.message)).toEqual({
      identical: false,
      reference: 'nautilus',
      sides: ['host', 'nautilus'],
      compared: { fills: [1, 1], account_states: [1, 1], positions: [1, 1], metrics: false },
      message: r.message,
      divergence: { field: 'position', index: 0, ts: '2021-12-31T23:21:00.000000000Z', host: position(), nautilus: position({ peak_qty: '0.020' }) },
    });
    const same = compareRuns(a, a);
    expect(pairedVerdict('nautilus', a, a, same, same.message)).toMatchObject({ identical: true, divergence: null });
    // Two runs without a fill agree on nothing: not identical.
    const none = { label: 'a', fills: [], finalBalance: '1' };
    expect(pairedVerdict('native', none, none, compareRuns(none, none), 'paired: no fills')).toMatchObject({ identical: false, compared: { fills: [0, 0], account_states: null, positions: null } });
  });
});
