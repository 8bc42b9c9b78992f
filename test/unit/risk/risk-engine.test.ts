import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/market/index.js';
import { RiskEngine, RiskReason, type RiskAccount, type RiskConfig, type RiskEvent, type RiskMarket } from '../../../src/risk/index.js';
import { FileStateStore, MemoryStateStore, type StateStore } from '../../../src/state/index.js';
import type { EntryDecision, PositionEvent, PositionSnapshot } from '../../../src/strategy/index.js';
import { BTC_20X, MINUTE, riskConfig, T0 } from './helpers.js';

const LONG: EntryDecision = { instrumentId: BTC_20X.id, direction: 'LONG', edge: 0.1, tag: 'test' };
const MARKET: RiskMarket = { instrument: BTC_20X, price: 46_000, atr: 100, atrBaseline: 100, realizedVol: 0.001 };
const ACCOUNT: RiskAccount = { equity: 10_000, exposureNotional: 0 };

function setup(config: RiskConfig = riskConfig(), store: StateStore = new MemoryStateStore()) {
  const clock = new ManualClock();
  clock.setMs(T0);
  const engine = new RiskEngine(config, { clock, store });
  const events: RiskEvent[] = [];
  engine.bus.subscribe((e) => events.push(e));
  return { engine, clock, events };
}

function position(kind: PositionEvent['kind'], realizedPnl: number, tsMs: number): PositionEvent {
  const p: PositionSnapshot = {
    positionId: 'P-1',
    instrumentId: BTC_20X.id,
    side: kind === 'position-closed' ? 'FLAT' : 'LONG',
    quantity: kind === 'position-closed' ? 0 : 0.002,
    signedQty: kind === 'position-closed' ? 0 : 0.002,
    avgPxOpen: 46_000,
    avgPxClose: 0,
    realizedPnl,
    unrealizedPnl: 0,
    openingOrderId: 'O-1',
    closingOrderId: '',
    tsOpenedMs: tsMs,
    tsClosedMs: 0,
    tsMs,
    lastPx: 46_000,
    lastQty: 0.002,
  };
  return { kind, position: p };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('RiskEngine', () => {
  it('approves an entry with its size, leverage and SL/TP (seed numbers: 100 USDT at 46 000, ATR 100, VOL_LOW)', () => {
    const { engine } = setup();
    const r = engine.check(LONG, MARKET, ACCOUNT);
    expect([r.approved, r.quantity, r.notional, r.leverage, r.sl, r.tp, r.reasons]).toEqual([true, 0.002, 92, 0.0092, 45_900, 46_150, []]);
  });

  it('fills meta with the edge, base_risk_fraction, multipliers and the volatility band', () => {
    const { engine } = setup();
    const m = engine.check(LONG, MARKET, ACCOUNT).meta;
    expect([m.edge, m.base_risk_fraction, m.base_notional, m.target_notional, m.multipliers, m.vol_band, m.vol_metric, m.sl_distance, m.tp_distance]).toEqual([
      0.1, 0.005, 50, 100, { edge: 2, risk_scale: 1 }, 'VOL_LOW', 1, 100, 150,
    ]);
  });

  it('mirrors SL/TP for a short', () => {
    const { engine } = setup();
    const r = engine.check({ ...LONG, direction: 'SHORT' }, MARKET, ACCOUNT);
    expect([r.sl, r.tp]).toEqual([46_100, 45_850]);
  });

  it('uses the high-volatility distances when ATR is 1.5x its baseline', () => {
    const { engine } = setup();
    const r = engine.check(LONG, { ...MARKET, atr: 150 }, ACCOUNT);
    expect([r.meta.vol_band, r.sl, r.tp]).toEqual(['VOL_HIGH', 45_925, 46_150]);
  });

  it('publishes ENTRY_APPROVED with sizes, SL/TP and session stats', () => {
    const { engine, events } = setup();
    engine.check(LONG, MARKET, ACCOUNT);
    const e = events.at(-1);
    expect([e?.type, e?.severity, e?.symbol, e?.details['quantity'], e?.details['notional'], e?.details['sl'], e?.details['tp'], (e?.details['session'] as Record<string, unknown>)['tradesToday']]).toEqual([
      'ENTRY_APPROVED', 'info', BTC_20X.id, 0.002, 92, 45_900, 46_150, 1,
    ]);
  });

  it('returns the events it published', () => {
    const { engine, events } = setup();
    const r = engine.check(LONG, MARKET, ACCOUNT);
    expect(r.events).toEqual(events);
  });

  it.each([
    ['price NaN', LONG, { ...MARKET, price: Number.NaN }, ACCOUNT, 'price'],
    ['price 0', LONG, { ...MARKET, price: 0 }, ACCOUNT, 'price'],
    ['equity NaN', LONG, MARKET, { ...ACCOUNT, equity: Number.NaN }, 'equity'],
    ['equity negative', LONG, MARKET, { ...ACCOUNT, equity: -5 }, 'equity'],
    ['exposure NaN', LONG, MARKET, { ...ACCOUNT, exposureNotional: Number.NaN }, 'exposureNotional'],
    ['ATR missing', LONG, { ...MARKET, atr: null }, ACCOUNT, 'atr'],
    ['ATR zero', LONG, { ...MARKET, atr: 0 }, ACCOUNT, 'atr'],
    ['ATR baseline missing', LONG, { ...MARKET, atrBaseline: null }, ACCOUNT, 'volatility metric atr_ratio'],
    ['instrument unknown', LONG, { ...MARKET, instrument: null }, ACCOUNT, 'instrument'],
    ['edge NaN', { ...LONG, edge: Number.NaN }, MARKET, ACCOUNT, 'edge'],
    ['edge negative', { ...LONG, edge: -0.1 }, MARKET, ACCOUNT, 'edge'],
    ['riskScale above 1', LONG, MARKET, { ...ACCOUNT, riskScale: 2 }, 'riskScale'],
  ] as const)('refuses with DATA_MISSING and an error event when %s', (_name, decision, market, account, field) => {
    const { engine, events } = setup();
    const r = engine.check(decision, market, account);
    const dm = events.find((e) => e.type === 'DATA_MISSING');
    expect([r.approved, r.reasons, r.quantity, dm?.severity, dm?.details['field']]).toEqual([false, [RiskReason.dataMissing], 0, 'error', field]);
  });

  it('does not count a refused entry as a trade', () => {
    const { engine } = setup();
    expect(engine.check(LONG, { ...MARKET, price: Number.NaN }, ACCOUNT).session.tradesToday).toBe(0);
  });

  it('needs no ATR in percent mode with the realized-volatility metric', () => {
    const { engine } = setup(riskConfig({ sltp: { mode: 'percent', vol_metric: 'realized_vol_pct' } }));
    const r = engine.check(LONG, { ...MARKET, price: 50_000, atr: null, atrBaseline: null, realizedVol: 0.001 }, ACCOUNT);
    expect([r.approved, r.sl, r.tp]).toEqual([true, 49_900, 50_200]);
  });

  it('refuses with RISK_ERROR, never a throw, when the state store fails', () => {
    const broken = new MemoryStateStore();
    const { engine } = setup(riskConfig(), broken);
    broken.put = () => {
      throw new Error('disk full');
    };
    const r = engine.check(LONG, MARKET, ACCOUNT);
    expect([r.approved, r.reasons, r.events.map((e) => e.type)]).toEqual([false, [RiskReason.riskError], ['RISK_ERROR', 'ENTRY_REJECTED']]);
  });

  it('logs every rejection with symbol, decision, edge, would-be notional and reasons', () => {
    const { engine, events } = setup(riskConfig({ session: { max_trades_per_hour: 1 } }));
    engine.check(LONG, MARKET, ACCOUNT);
    engine.check(LONG, MARKET, ACCOUNT);
    const rejected = events.filter((e) => e.type === 'ENTRY_REJECTED');
    const d = rejected[0]?.details ?? {};
    expect([rejected.length, rejected[0]?.symbol, (d['decision'] as Record<string, unknown>)['direction'], d['edge'], d['notional'], d['reasons']]).toEqual([
      1, BTC_20X.id, 'LONG', 0.1, 100, [RiskReason.maxTradesPerHour],
    ]);
  });

  it('blocks the 101st entry inside one hour, 100 approvals first', () => {
    const { engine, clock, events } = setup(riskConfig({ session: { max_trades_per_hour: 100 } }));
    const approved: boolean[] = [];
    for (let i = 0; i < 101; i++) {
      clock.setMs(T0 + i * 30_000);
      approved.push(engine.check(LONG, MARKET, ACCOUNT).approved);
    }
    const last = events.filter((e) => e.type === 'MAX_TRADES_PER_HOUR_HIT');
    expect([approved.filter(Boolean).length, approved[100], last.length]).toEqual([100, false, 1]);
  });

  it('publishes SIZE_TOO_SMALL when the size rounds to nothing', () => {
    const { engine, events } = setup(riskConfig({ edge_sizing: { below_min_edge: 'min_multiplier' } }));
    const r = engine.check({ ...LONG, edge: 0.005 }, MARKET, ACCOUNT);
    expect([r.reasons, events.map((e) => e.type)]).toEqual([[RiskReason.sizeTooSmall], ['SIZE_TOO_SMALL', 'ENTRY_REJECTED']]);
  });

  it('publishes POSITION_TOO_LARGE (reduced) when the exposure cap shrinks the entry', () => {
    const { engine, events } = setup();
    const r = engine.check(LONG, MARKET, { equity: 10_000, exposureNotional: 1_950 });
    const e = events.find((x) => x.type === 'POSITION_TOO_LARGE');
    expect([r.approved, r.quantity, e?.severity, e?.details['action']]).toEqual([true, 0.001, 'info', 'reduced']);
  });

  it('publishes POSITION_TOO_LARGE (blocked) when no room is left', () => {
    const { engine, events } = setup();
    const r = engine.check(LONG, MARKET, { equity: 10_000, exposureNotional: 2_000 });
    const e = events.find((x) => x.type === 'POSITION_TOO_LARGE');
    expect([r.reasons, e?.severity, e?.details['action']]).toEqual([[RiskReason.positionTooLarge], 'warning', 'blocked']);
  });

  it('refuses with STOPS_INVALID when the SL would fall below zero', () => {
    const { engine } = setup();
    const r = engine.check({ ...LONG, direction: 'SHORT' }, { ...MARKET, price: 50, atr: 60, atrBaseline: 60 }, { equity: 100_000, exposureNotional: 0 });
    expect(r.reasons).toContain(RiskReason.stopsInvalid);
  });

  it('halts entries after position events realize a loss beyond the daily limit', () => {
    const { engine, clock, events } = setup(riskConfig({ session: { max_daily_loss_abs: 200 } }));
    engine.onPositionEvent(position('position-opened', -0.5, T0));
    engine.onPositionEvent(position('position-closed', -250.5, T0 + MINUTE));
    clock.setMs(T0 + 2 * MINUTE);
    const r = engine.check(LONG, MARKET, ACCOUNT);
    expect([r.session.realizedPnl, r.reasons, events[0]?.type]).toEqual([-250.5, [RiskReason.maxDailyLoss], 'MAX_DAILY_LOSS_HIT']);
  });

  it('reports every session reason along with the size reasons', () => {
    const { engine } = setup(riskConfig({ session: { max_daily_loss_abs: 100 } }));
    engine.onRealizedPnl('X', -150, T0);
    const r = engine.check({ ...LONG, edge: 0.001 }, MARKET, ACCOUNT);
    expect(r.reasons).toEqual([RiskReason.maxDailyLoss, RiskReason.edgeTooLow]);
  });

  it('scales the size with riskScale', () => {
    const { engine } = setup();
    const r = engine.check(LONG, MARKET, { ...ACCOUNT, riskScale: 0.5 });
    expect([r.meta.target_notional, r.meta.multipliers.risk_scale, r.quantity]).toEqual([50, 0.5, 0.001]);
  });

  it('restores the trade counter after a host restart on the durable store', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dolphin-engine-'));
    dirs.push(dir);
    const path = join(dir, 'state.json');
    const cfg = riskConfig({ session: { max_trades_per_hour: 2 } });
    const first = setup(cfg, new FileStateStore(path));
    first.engine.check(LONG, MARKET, ACCOUNT);
    first.engine.check(LONG, MARKET, ACCOUNT);
    const second = setup(cfg, new FileStateStore(path));
    second.clock.setMs(T0 + 10 * MINUTE);
    expect(second.engine.check(LONG, MARKET, ACCOUNT).reasons).toEqual([RiskReason.maxTradesPerHour]);
  });
});
