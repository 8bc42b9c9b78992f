import { describe, expect, it } from 'vitest';
import { runHostBacktest } from '../../../src/backtest/host-backtest.js';
import { venueConfigSchema } from '../../../src/backtest/venue-config.js';
import { allocateBarColumns, type BarSeries } from '../../../src/data/bar-series.js';
import { BTCUSDT_PERP_BINANCE, createRng, instrumentFromSpec } from '../../../src/market/index.js';
import { bracketPrices, emaCrossBracket, emaCrossBracketParamsSchema } from '../../../src/strategies/ema-cross-bracket/index.js';

const btc = instrumentFromSpec(BTCUSDT_PERP_BINANCE);

describe('bracketPrices', () => {
  it.each([
    ['BUY', 'bps', 46420.0, 30, 60, 46280.7, 46698.6],
    ['SELL', 'bps', 46420.0, 30, 60, 46559.3, 46141.4],
    ['BUY', 'ticks', 46420.0, 150, 100, 46405.0, 46430.0],
    ['SELL', 'ticks', 46420.0, 150, 100, 46435.0, 46410.0],
  ] as const)('places %s %s stops and targets away from the close on the tick grid', (side, unit, close, sl, tp, wantSl, wantTp) => {
    expect(bracketPrices(btc, close, side, { distance_unit: unit, sl_distance: sl, tp_distance: tp })).toEqual({ sl: wantSl, tp: wantTp });
  });

  it('keeps the stop below and the target above a long entry for any close', () => {
    const rng = createRng(4);
    for (let i = 0; i < 500; i++) {
      const close = Math.round((1000 + rng.next() * 90_000) * 10) / 10;
      const { sl, tp } = bracketPrices(btc, close, 'BUY', { distance_unit: 'bps', sl_distance: 1 + rng.next() * 100, tp_distance: 1 + rng.next() * 100 });
      expect(sl).toBeLessThan(close);
      expect(tp).toBeGreaterThan(close);
    }
  });
});

describe('ema-cross-bracket', () => {
  it('refuses fast >= slow', () => {
    expect(emaCrossBracketParamsSchema.safeParse({ fast_ema_period: 20, slow_ema_period: 20 }).success).toBe(false);
  });

  it('exits through its children: every entry fill is followed by an SL or TP fill before the next entry', () => {
    const n = 3000;
    const c = allocateBarColumns(n, false);
    const rng = createRng(11);
    let px = 46_000;
    for (let i = 0; i < n; i++) {
      const open = px;
      px += (rng.next() - 0.5) * 80;
      (c.tsMs as Float64Array)[i] = Date.UTC(2022, 0, 1) + (i + 1) * 60_000;
      (c.open as Float64Array)[i] = Math.round(open * 10) / 10;
      (c.close as Float64Array)[i] = Math.round(px * 10) / 10;
      (c.high as Float64Array)[i] = Math.round((Math.max(open, px) + rng.next() * 30) * 10) / 10;
      (c.low as Float64Array)[i] = Math.round((Math.min(open, px) - rng.next() * 30) * 10) / 10;
      (c.volume as Float64Array)[i] = 1000;
    }
    const series: BarSeries = { barType: 'BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL', instrumentId: btc.id, columns: c };
    const r = runHostBacktest({ definition: emaCrossBracket, params: { sl_distance: 10, tp_distance: 15 }, venue: venueConfigSchema.parse({}), data: [series] });
    const tags = r.fills.map((f) => f.tag);
    expect(tags.filter((t) => t === 'entry').length).toBeGreaterThan(20);
    for (let i = 0; i + 1 < tags.length; i++) if (tags[i] === 'entry') expect(['sl', 'tp', 'exit', '']).toContain(tags[i + 1]);
    expect(tags.filter((t) => t === 'sl').length).toBeGreaterThan(0);
    expect(tags.filter((t) => t === 'tp').length).toBeGreaterThan(0);
  });
});
