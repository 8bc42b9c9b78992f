import { describe, expect, it } from 'vitest';
import { instrumentSpecFromConfig } from '../../../src/backtest/venue-config.js';
import { vbtInstrumentConfig } from '../../../src/data/index.js';
import { createFeatureRow } from '../../../src/features/index.js';
import { createRng, instrumentFromSpec } from '../../../src/market/index.js';
import type { Posture } from '../../../src/strategy/index.js';
import { AcbV6, type AcbProvider, type McForewarner } from '../../../src/survival/index.js';
import {
  DolphinEngine,
  dolphinParamsSchema,
  type DolphinDayResult,
  type DolphinEntry,
  type DolphinExit,
  type DolphinParams,
} from '../../../src/strategies/dolphin/index.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
const MIN = 60_000;

interface Harness {
  engine: DolphinEngine;
  entries: DolphinEntry[];
  exits: DolphinExit[];
  days: DolphinDayResult[];
  /** Feeds one row: asset prices, vel_div, posture, equity. */
  row(i: number, prices: number[], velDiv: number, posture?: Posture, equity?: number, tsMs?: number): void;
}

function harness(over: Partial<DolphinParams> = {}, deps: { acb?: AcbProvider; mc?: McForewarner; assets?: string[] } = {}): Harness {
  const params = dolphinParamsSchema.parse({ sp_refunds: false, ob_mc_edge: false, ...over });
  const assets = deps.assets ?? ['AUSDT', 'BUSDT'];
  const instruments = assets.map((a) => instrumentFromSpec(instrumentSpecFromConfig(vbtInstrumentConfig(a, 10), 10)));
  const h: Harness = {
    entries: [],
    exits: [],
    days: [],
    engine: null as unknown as DolphinEngine,
    row(i, prices, velDiv, posture = 'APEX', equity = NaN, tsMs = T0 + i * MIN) {
      const f = createFeatureRow();
      f.velDiv = velDiv;
      this.engine.processRow({ tsMs, features: f, prices: Float64Array.from(prices), posture, accountEquity: equity });
    },
  };
  h.engine = new DolphinEngine({
    params,
    assets,
    instruments,
    rng: createRng(params.seed),
    acb: deps.acb ?? null,
    mc: deps.mc ?? null,
    events: { onEntry: (e) => h.entries.push(e), onExit: (x) => h.exits.push(x), onDayResult: (d) => h.days.push(d) },
  });
  return h;
}

/** Asset A falls 0.0005 per row from 10 (a SHORT candidate), B is flat at 10. */
const fallingA = (i: number): number[] => [Number((10 - 0.0005 * i).toFixed(5)), 10];

/** Feeds rows [from, to) with fallingA prices and vel_div from `vd(i)`. */
function feed(h: Harness, from: number, to: number, vd: (i: number) => number, prices = fallingA, posture: (i: number) => Posture = () => 'APEX'): void {
  for (let i = from; i < to; i++) h.row(i, prices(i), vd(i), posture(i));
}

describe('DolphinEngine', () => {
  it('waits for the lookback and the day warm-up before the first entry', () => {
    const h = harness();
    feed(h, 0, 101, () => -0.03);
    expect(h.entries).toHaveLength(1);
    expect(h.entries[0]?.asset).toBe(0);
    const late = harness({ lookback: 100, vol_warmup_bars: 0 });
    feed(late, 0, 99, () => -0.03);
    expect(late.entries).toHaveLength(0);
    feed(late, 99, 100, () => -0.03);
    expect(late.entries).toHaveLength(1);
  });

  it('sizes the entry per the seed: fraction x leverage x capital, quantity rounded down to the step', () => {
    const h = harness();
    feed(h, 0, 100, () => 0);
    feed(h, 100, 101, () => -0.03);
    const e = h.entries[0] as DolphinEntry;
    const strength = 1 / 3;
    const leverage = 0.5 + strength ** 3 * 4.5;
    const fraction = (0.02 + strength * 0.18) * (0.55 / 0.95) * 1.3;
    const price = 10 - 0.0005 * 100;
    expect(e.side).toBe('SELL');
    expect(e.leverage).toBeCloseTo(leverage, 12);
    expect(e.fraction).toBeCloseTo(fraction, 12);
    expect(e.quantity).toBe(Math.floor((10_000 * fraction * leverage) / price));
    expect(e.notional).toBeCloseTo(e.quantity * price, 9);
  });

  it('takes profit at 95 bps and re-enters only after the exit bar', () => {
    const h = harness();
    const steep = (i: number): number[] => [Number((10 - 0.001 * i).toFixed(5)), 10];
    feed(h, 0, 195, () => -0.03, steep);
    expect(h.exits).toHaveLength(0);
    feed(h, 195, 196, () => -0.03, steep);
    expect(h.exits.map((x) => [x.reason, x.barsHeld])).toEqual([['FIXED_TP', 95]]);
    expect(h.entries).toHaveLength(1);
    feed(h, 196, 197, () => -0.03, steep);
    expect(h.entries).toHaveLength(2);
  });

  it('holds one position at a time and exits at 120 bars', () => {
    const h = harness();
    feed(h, 0, 101, () => -0.03);
    const flat = (): number[] => [(h.entries[0] as DolphinEntry).price, 10];
    feed(h, 101, 220, () => -0.03, flat);
    expect(h.entries).toHaveLength(1);
    expect(h.exits).toHaveLength(0);
    feed(h, 220, 221, () => -0.03, flat);
    expect(h.exits.map((x) => [x.reason, x.barsHeld])).toEqual([['MAX_HOLD', 120]]);
  });

  it('books the closed trade into the model capital', () => {
    const h = harness();
    feed(h, 0, 101, () => -0.03);
    const e = h.entries[0] as DolphinEntry;
    feed(h, 101, 221, () => 0, () => [e.price, 10]);
    const x = h.exits[0] as DolphinExit;
    const expected = -0.0002 * e.notional - 0.000314 * e.notional - 0.00035 * e.notional;
    expect(x.net).toBeCloseTo(expected, 9);
    expect(h.engine.capital).toBeCloseTo(10_000 + expected, 9);
  });

  it('emits one result per date with the seed fields', () => {
    const h = harness();
    feed(h, 0, 101, () => -0.03);
    const e = h.entries[0] as DolphinEntry;
    feed(h, 101, 221, () => 0, () => [e.price, 10]);
    h.row(0, [10, 10], 0, 'APEX', NaN, T0 + DAY);
    h.engine.finish(null);
    expect(h.days).toHaveLength(2);
    expect(h.days[0]).toEqual({ date: '2024-01-01', pnl: h.engine.capital - 10_000, capital: h.engine.capital, boost: 1, beta: 0, mc_status: 'NONE', trades: 1 });
    expect(h.days[1]).toMatchObject({ date: '2024-01-02', pnl: 0, trades: 0 });
  });

  it('asks the ACB once per date and sizes with its boost', () => {
    const calls: string[] = [];
    const acb = new AcbV6({ '2024-01-01': { funding_btc: -0.001, dvol_btc: 40, fng: 70, taker: 1 } }, { '2024-01-01': 1 });
    const spy: AcbProvider = {
      dayInfo: (d, ob) => {
        calls.push(d);
        return acb.dayInfo(d, ob);
      },
    };
    const h = harness({}, { acb: spy });
    feed(h, 0, 101, () => -0.03);
    expect(calls).toEqual(['2024-01-01']);
    expect(h.engine.dayState.boost).toBeCloseTo(1.347, 3);
    const regime = 1.3466 * (1 + 0.8 * (1 / 27));
    expect((h.entries[0] as DolphinEntry).leverage).toBeCloseTo((0.5 + 4.5 / 27) * regime, 3);
  });

  it('drops a row from an earlier date (once-per-day guard)', () => {
    const h = harness();
    h.row(0, [10, 10], 0, 'APEX', NaN, T0 + DAY);
    h.row(1, [10, 10], 0, 'APEX', NaN, T0);
    expect(h.engine.counters.droppedRows).toBe(1);
  });

  it('halts entries for the whole day on MC RED and halves size on ORANGE', () => {
    const red = harness({}, { mc: { assess: () => ({ catastrophic_probability: 0.3, envelope_score: 0 }) } });
    feed(red, 0, 150, () => -0.03);
    expect(red.entries).toHaveLength(0);
    expect(red.engine.dayState.mcStatus).toBe('RED');
    const orange = harness({}, { mc: { assess: (cfg) => ({ catastrophic_probability: cfg.max_leverage === 5 ? 0.15 : 0, envelope_score: 0 }) } });
    feed(orange, 0, 101, () => -0.03);
    expect(orange.engine.dayState).toMatchObject({ mcStatus: 'ORANGE', mcScale: 0.5 });
    expect((orange.entries[0] as DolphinEntry).leverage).toBe(0.5);
  });

  it('keeps a TURTLE day halted even after the posture recovers', () => {
    const h = harness();
    feed(h, 0, 150, () => -0.03, fallingA, (i) => (i === 0 ? 'TURTLE' : 'APEX'));
    expect(h.entries).toHaveLength(0);
  });

  it('blocks entries while TURTLE and force-closes on HIBERNATE', () => {
    const h = harness();
    feed(h, 0, 101, () => -0.03, fallingA, (i) => (i === 100 ? 'TURTLE' : 'APEX'));
    expect(h.entries).toHaveLength(0);
    feed(h, 101, 102, () => -0.03);
    expect(h.entries).toHaveLength(1);
    feed(h, 102, 104, () => -0.03, fallingA, () => 'HIBERNATE');
    expect(h.exits.map((x) => x.reason)).toEqual(['HIBERNATE_HALT']);
    expect(h.entries).toHaveLength(1);
  });

  it('caps leverage at 2.0 under STALKER', () => {
    const free = harness();
    feed(free, 0, 101, () => -0.08);
    expect((free.entries[0] as DolphinEntry).leverage).toBe(5);
    const h = harness();
    feed(h, 0, 101, () => -0.08, fallingA, () => 'STALKER');
    expect((h.entries[0] as DolphinEntry).leverage).toBe(2);
  });

  it('force-exits when a mid-day update drops the boost from >= 1.25 to < 1.10', () => {
    const acb: AcbProvider = { dayInfo: (date) => ({ date, boost: 1.35, beta: 0.2, signals: 1.5, w750: 0, w750Threshold: 0 }) };
    const h = harness({}, { acb });
    feed(h, 0, 101, () => -0.03);
    h.engine.applyAcbUpdate({ boost: 1.0, beta: 0.2 });
    expect(h.exits).toHaveLength(0);
    feed(h, 101, 102, () => -0.03);
    expect(h.exits.map((x) => x.reason)).toEqual(['SUBDAY_ACB_NORMALIZATION']);
    expect(h.engine.dayState.boost).toBe(1);
  });

  it('forgets a rejected entry without booking a trade', () => {
    const h = harness();
    feed(h, 0, 101, () => -0.03);
    h.engine.cancelEntry();
    expect(h.engine.openAsset).toBe(-1);
    expect(h.engine.capital).toBe(10_000);
    expect(h.engine.counters.skips['ENTRY_REJECTED']).toBe(1);
  });

  it('sizes from the venue equity with capital_source account', () => {
    const h = harness({ capital_source: 'account' });
    for (let i = 0; i < 101; i++) h.row(i, fallingA(i), -0.03, 'APEX', 20_000);
    const m = harness();
    feed(m, 0, 101, () => -0.03);
    expect((h.entries[0] as DolphinEntry).quantity).toBeGreaterThan(1.9 * (m.entries[0] as DolphinEntry).quantity);
  });

  it('skips an entry under the minimum notional', () => {
    const h = harness({ initial_capital: 10 });
    feed(h, 0, 101, () => -0.03);
    expect(h.entries).toHaveLength(0);
    expect(h.engine.counters.skips['SIZE_TOO_SMALL']).toBe(1);
  });

  it('trades the fallback asset when IRP is off', () => {
    const h = harness({ use_asset_selection: false, fallback_asset: 'BUSDT' });
    feed(h, 0, 101, () => -0.03);
    expect((h.entries[0] as DolphinEntry).instrumentId).toBe('BUSDT-PERP.BINANCE');
  });

  it('takes the LONG path when configured', () => {
    const h = harness({ direction: 1 });
    feed(h, 0, 101, () => 0.03, (i) => [10, Number((10 + 0.0005 * i).toFixed(5))]);
    expect(h.entries.map((e) => [e.side, e.asset])).toEqual([['BUY', 1]]);
  });

  it('closes the open position at the end of data', () => {
    const h = harness();
    feed(h, 0, 101, () => -0.03);
    h.engine.finish(Float64Array.from(fallingA(101)));
    expect(h.exits.map((x) => x.reason)).toEqual(['END_OF_DATA']);
    expect(h.days).toHaveLength(1);
  });
});
