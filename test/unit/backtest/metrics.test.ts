import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMetrics, dailySharpe, dayRunEnds, FillLog, fillLogFromRecords, maxDrawdown, type EquitySeries } from '../../../src/backtest/metrics.js';
import type { FillRecord } from '../../../src/backtest/report.js';

const DAY = 86_400_000;

function series(points: Array<[number, number]>): EquitySeries {
  return { length: points.length, tsMs: Float64Array.from(points.map((p) => p[0])), equity: Float64Array.from(points.map((p) => p[1])) };
}

describe('maxDrawdown', () => {
  it('is the largest fall from a running peak, as a fraction of the peak', () => {
    expect(maxDrawdown(series([[0, 100], [1, 120], [2, 90], [3, 130], [4, 117]]), 100)).toBeCloseTo(0.25, 12);
  });

  it('counts the starting balance as the first peak', () => {
    expect(maxDrawdown(series([[0, 80], [1, 90]]), 100)).toBeCloseTo(0.2, 12);
  });

  it('is zero for a rising series', () => {
    expect(maxDrawdown(series([[0, 100], [1, 101], [2, 102]]), 100)).toBe(0);
  });
});

describe('dailySharpe', () => {
  it('annualises daily returns (last sample of each UTC day) by sqrt(365)', () => {
    // Day closes 110, 99, 108.9 against a start of 100: returns +10 %, -10 %, +10 %.
    const s = series([[DAY * 0.5, 105], [DAY * 0.9, 110], [DAY * 1.5, 99], [DAY * 2.5, 108.9]]);
    const r = [0.1, -0.1, 0.1];
    const mean = (0.1 - 0.1 + 0.1) / 3;
    const sd = Math.sqrt(r.reduce((a, x) => a + (x - mean) ** 2, 0) / 2);
    expect(dailySharpe(s, 100)).toBeCloseTo((mean / sd) * Math.sqrt(365), 9);
  });

  it('is null with fewer than two daily returns', () => {
    expect(dailySharpe(series([[DAY * 0.5, 105]]), 100)).toBeNull();
  });

  it('is null without variance', () => {
    expect(dailySharpe(series([[DAY * 0.5, 100], [DAY * 1.5, 100]]), 100)).toBeNull();
  });
});

/** The straightforward definitions (one division per point), against which the fast paths are checked. */
function referenceDrawdown(e: EquitySeries, start: number): number {
  let peak = start;
  let worst = 0;
  for (let i = 0; i < e.length; i++) {
    const v = e.equity[i] ?? 0;
    if (v > peak) peak = v;
    else if (peak > 0) worst = Math.max(worst, (peak - v) / peak);
  }
  return worst;
}

function referenceSharpe(e: EquitySeries, start: number): number | null {
  const closes: number[] = [];
  let day = Number.NaN;
  for (let i = 0; i < e.length; i++) {
    const d = Math.floor((e.tsMs[i] ?? 0) / DAY);
    if (d !== day && i > 0) closes.push(e.equity[i - 1] ?? 0);
    day = d;
  }
  if (e.length > 0) closes.push(e.equity[e.length - 1] ?? 0);
  let prev = start;
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (const c of closes) {
    const r = c / prev - 1;
    prev = c;
    n += 1;
    const delta = r - mean;
    mean += delta / n;
    m2 += delta * (r - mean);
  }
  if (n < 2) return null;
  const sd = Math.sqrt(m2 / (n - 1));
  return sd > 0 ? (mean / sd) * Math.sqrt(365) : null;
}

describe('maxDrawdown and dailySharpe fast paths', () => {
  const point = fc.tuple(
    fc.oneof(fc.integer({ min: -3 * DAY, max: 40 * DAY }), fc.double({ min: -3 * DAY, max: 40 * DAY, noNaN: true }), fc.constantFrom(DAY - 1, DAY, 2 * DAY - 0.5)),
    fc.oneof(fc.double({ min: 1, max: 200, noNaN: true }), fc.constantFrom(100, 90, 110)),
  );
  it('give exactly the one-division-per-point values (integer and fractional times, repeated lows)', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 60 }), fc.boolean(), (pts, sorted) => {
        const p = sorted ? [...pts].sort((a, b) => a[0] - b[0]) : pts;
        const s = series(p);
        expect(maxDrawdown(s, 100)).toBe(referenceDrawdown(s, 100));
        expect(dailySharpe(s, 100)).toBe(referenceSharpe(s, 100));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('dailySharpe with precomputed day closes', () => {
  const point = fc.tuple(
    fc.oneof(fc.integer({ min: -3 * DAY, max: 40 * DAY }), fc.double({ min: -3 * DAY, max: 40 * DAY, noNaN: true }), fc.constantFrom(DAY - 1, DAY, 2 * DAY - 0.5, Number.NaN)),
    fc.oneof(fc.double({ min: 1, max: 200, noNaN: true }), fc.constantFrom(100, 90, 110, Number.NaN)),
  );
  it('gives exactly the point-scan value when the series carries dayRunEnds (any times, NaN equity skipped)', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 60 }), fc.boolean(), (pts, sorted) => {
        const p = sorted ? [...pts].sort((a, b) => a[0] - b[0]) : pts;
        const s = series(p);
        const withEnds: EquitySeries = { ...s, dayRunEnds: dayRunEnds(s.tsMs, s.length) };
        expect(dailySharpe(withEnds, 100)).toBe(dailySharpe(s, 100));
      }),
      { numRuns: 1000 },
    );
  });

  it('lists the last point of each run of one UTC day', () => {
    expect([...dayRunEnds([0, 1, DAY, DAY + 5, 3 * DAY, 1], 6)]).toEqual([1, 3, 4, 5]);
  });
});

describe('computeMetrics', () => {
  function fills(rows: Array<[number, 1 | -1, number, number, number]>): FillLog {
    const log = new FillLog(2);
    for (const [ts, side, qty, px, fee] of rows) log.push(ts, side, qty, px, fee, 0);
    return log;
  }

  it('rebuilds round trips: a win, a loss, a flip closing one and opening the next', () => {
    const log = fills([
      [1, 1, 1, 100, 0.1], // open long 1 @ 100
      [2, -1, 1, 110, 0.1], // close: +10 - 0.2 = 9.8
      [3, -1, 1, 120, 0.1], // open short 1 @ 120
      [4, 1, 2, 125, 0.2], // close short (-5 - 0.1 - 0.1) and open long 1 @ 125
      [5, -1, 1, 124, 0.1], // close long: -1 - 0.1 - 0.1
    ]);
    const m = computeMetrics({ fills: log, equity: series([[1, 1000]]), startingBalance: 1000, finalEquity: 1003.4 });
    expect(m.trades).toBe(3);
    expect(m.win_rate).toBeCloseTo(1 / 3, 12);
    expect(m.profit_factor).toBeCloseTo(9.8 / (5.2 + 1.2), 9);
    expect(m.fees).toBeCloseTo(0.6, 12);
    expect(m.total_return).toBeCloseTo(0.0034, 12);
  });

  it('has no profit factor without a loss and no win rate without trades', () => {
    const m = computeMetrics({ fills: fills([]), equity: series([]), startingBalance: 10, finalEquity: 10 });
    expect([m.trades, m.win_rate, m.profit_factor, m.total_return]).toEqual([0, null, null, 0]);
  });

  it('reads fills.json records of any engine', () => {
    const rec = (side: 'BUY' | 'SELL', price: string): FillRecord => ({
      ts: '', ts_ns: '60000000000', instrument: 'X.Y', side, qty: '0.010', price, commission: '0.01000000', commission_currency: 'USDT', liquidity: 'TAKER', order_id: 'O', order_type: 'MARKET', tag: '',
    });
    const log = fillLogFromRecords([rec('BUY', '100.0'), rec('SELL', '101.0')]);
    expect([log.length, log.tsMs[0], log.side[1], log.px[1], log.qty[0]]).toEqual([2, 60_000, -1, 101, 0.01]);
  });
});
