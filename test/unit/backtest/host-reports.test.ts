import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { positionReportRows, reportJson, type PositionCapture } from '../../../src/backtest/host-reports.js';
import { prepareHostData } from '../../../src/backtest/host-backtest.js';
import { SimPosition } from '../../../src/backtest/sim-position.js';
import { venueConfigSchema } from '../../../src/backtest/venue-config.js';
import { loadScenario, runScenario, scenarioNames } from './scenario-harness.js';

// The field order of Nautilus's reports, checked against Nautilus by python_bridge/tests/test_report_fields.py.
const GOLDEN = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'golden', 'reports', 'report-fields.json'), 'utf8')) as Record<string, string[]>;

describe('host report documents', () => {
  it('write the fields of the Nautilus engine, in its order, for every scenario', () => {
    let positions = 0;
    let margins = 0;
    for (const name of scenarioNames()) {
      const { result } = runScenario(loadScenario(name).scenario);
      for (const p of result.positions) expect(Object.keys(p)).toEqual(GOLDEN['positions']);
      positions += result.positions.length;
      const account = result.account;
      expect(Object.keys(account)).toEqual(GOLDEN['account']);
      for (const b of account.balances) expect(Object.keys(b)).toEqual(GOLDEN['balance']);
      account.report.forEach((s, k) => {
        expect(Object.keys(s)).toEqual(GOLDEN['account_state']);
        expect(s.reported).toBe(k === 0);
        for (const m of s.margins) expect(Object.keys(m)).toEqual(GOLDEN['margin']);
        margins += s.margins.length;
      });
    }
    expect(positions).toBeGreaterThan(20);
    expect(margins).toBeGreaterThan(100);
  });

  it('reportJson writes bigints as exact integers and everything else as JSON.stringify does', () => {
    // 1640995380123456789 is not a double: as a number it would print 1640995380123456800.
    const value = { a: 1640995380123456789n, b: [null, 'x\u0000ns1', 1.5, { c: -5n }], d: 'ok' };
    const text = reportJson(value);
    expect(text).toContain('"a": 1640995380123456789,');
    expect(text).toContain('"c": -5');
    expect(text).toContain('"x\\u0000ns1"');
    expect(JSON.parse(text.replace('1640995380123456789', '0').replace('-5', '0'))).toEqual(JSON.parse(JSON.stringify({ ...value, a: 0, b: [null, 'x\u0000ns1', 1.5, { c: 0 }] })));
  });

  it('names every lifecycle of a position but the last a numbered snapshot, and sorts rows as the Nautilus runner does', () => {
    const venue = venueConfigSchema.parse({});
    const inst = prepareHostData(venue, []).instruments[0];
    if (inst === undefined) throw new Error('no instrument');
    const life = (id: string, opened: number, closed: number | null): PositionCapture => ({
      position: new SimPosition(id, inst),
      side: closed === null ? 1 : 0,
      entry: 1,
      signedQty: closed === null ? 0.01 : 0,
      quantity: closed === null ? 10 : 0,
      peakQty: 10,
      avgPxOpen: 46458,
      avgPxClose: closed === null ? 0 : 46366,
      realizedReturn: -0.0019800000000000004,
      realizedPnl: -108708320,
      commissions: 16708320,
      openingOrderId: 'O-1',
      closingOrderId: closed === null ? '' : 'O-2',
      tsOpenedMs: opened,
      tsClosedMs: closed ?? 0,
      tsLastMs: closed ?? opened,
    });
    const min = 60_000;
    const t0 = 1_640_995_200_000;
    // In the order they ended: P closed four times (twice within one minute) and still open, Q
    // opened and closed in the minute P did.
    const rows = positionReportRows(
      [
        life('P', t0, t0 + 2 * min),
        life('P', t0 + 2 * min, t0 + 3 * min),
        { ...life('P', t0 + 3 * min, t0 + 3 * min), realizedPnl: 1 },
        { ...life('P', t0 + 3 * min, t0 + 3 * min), realizedPnl: 2 },
        life('Q', t0 + 3 * min, t0 + 3 * min),
        life('P', t0 + 3 * min, null),
      ],
      { traderId: 'BACKTESTER-001', strategyId: 'S-000', accountId: 'BINANCE-001' },
    );
    expect(rows.map((r) => [r.position_id, r.is_snapshot, r.ts_closed === null ? null : r.ts_closed.slice(11, 16), r.duration_ns, r.realized_pnl.slice(0, 10)])).toEqual([
      ['P-snapshot-1', true, '00:02', 120_000_000_000n, '-1.0870832'],
      ['P-snapshot-2', true, '00:03', 60_000_000_000n, '-1.0870832'],
      // Opened and closed in the same minute: no duration (Nautilus reports None for 0); ties keep
      // the order the lifecycles happened in (Nautilus's own report orders them by a random UUID).
      ['P-snapshot-3', true, '00:03', null, '0.00000001'],
      ['P-snapshot-4', true, '00:03', null, '0.00000002'],
      ['Q', false, '00:03', null, '-1.0870832'],
      // Still open: no ts_closed, sorted after a closed one opened at the same time ("None" > "2...").
      ['P', false, null, null, '-1.0870832'],
    ]);
    const open = rows[5];
    expect(open).toMatchObject({ side: 'LONG', quantity: '0.010', avg_px_close: null, closing_order_id: null, ts_init: 1_640_995_380_000_000_000n, ts_last: 1_640_995_380_000_000_000n });
    expect(rows[0]).toMatchObject({ commissions: ['0.16708320 USDT'], realized_pnl: '-1.08708320 USDT', realized_return: -0.00198, trader_id: 'BACKTESTER-001', account_id: 'BINANCE-001' });
  });
});
