import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/market/index.js';
import { RiskEventBus, RiskReason, SESSION_STATE_MAP, SessionLimits, tradingDayOf, type RiskEvent, type SessionConfig } from '../../../src/risk/index.js';
import { FileStateStore, MemoryStateStore, type StateStore } from '../../../src/state/index.js';
import { HOUR, MINUTE, riskConfig, T0 } from './helpers.js';

type SessionOverrides = Partial<{ -readonly [K in keyof SessionConfig]: SessionConfig[K] }>;

function setup(overrides: SessionOverrides = {}, store: StateStore = new MemoryStateStore(), clock = new ManualClock()) {
  if (clock.nowMs() < T0) clock.setMs(T0);
  const bus = new RiskEventBus();
  const events: RiskEvent[] = [];
  bus.subscribe((e) => events.push(e));
  const config = riskConfig({ session: overrides }).session;
  const session = new SessionLimits(config, { store, clock, bus });
  return { session, clock, events, store, types: () => events.map((e) => e.type) };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('SessionLimits', () => {
  it('blocks the 101st entry inside one hour with MAX_TRADES_PER_HOUR_REACHED', () => {
    const { session, clock } = setup({ max_trades_per_hour: 100 });
    for (let i = 0; i < 100; i++) {
      clock.setMs(T0 + i * 30_000);
      expect(session.checkEntry('BTCUSDT-PERP.BINANCE').allowed).toBe(true);
      session.recordEntry('BTCUSDT-PERP.BINANCE', clock.nowMs());
    }
    clock.setMs(T0 + 50 * MINUTE);
    expect(session.checkEntry('BTCUSDT-PERP.BINANCE').reasons).toEqual([RiskReason.maxTradesPerHour]);
  });

  it('publishes MAX_TRADES_PER_HOUR_HIT once while the limit binds', () => {
    const { session, clock, types } = setup({ max_trades_per_hour: 2 });
    session.recordEntry('X', T0);
    session.recordEntry('X', T0);
    session.checkEntry('X');
    clock.setMs(T0 + MINUTE);
    session.checkEntry('X');
    expect(types()).toEqual(['MAX_TRADES_PER_HOUR_HIT']);
  });

  it('allows entries again once the oldest leaves the rolling hour', () => {
    const { session, clock } = setup({ max_trades_per_hour: 2 });
    session.recordEntry('X', T0);
    session.recordEntry('X', T0 + 10 * MINUTE);
    clock.setMs(T0 + HOUR);
    expect([session.checkEntry('X').allowed, session.snapshot().tradesLastHour]).toEqual([true, 1]);
  });

  it('halts entries when a loss crosses max_daily_loss_abs', () => {
    const { session, types } = setup({ max_daily_loss_abs: 200, max_daily_loss_pct: null });
    session.onRealizedPnl('X', -150, T0);
    session.onRealizedPnl('X', -60, T0 + MINUTE);
    expect([session.checkEntry('X').reasons, types()]).toEqual([[RiskReason.maxDailyLoss], ['MAX_DAILY_LOSS_HIT']]);
  });

  it("halts entries when a loss crosses max_daily_loss_pct of the day's starting equity", () => {
    const { session } = setup({ max_daily_loss_abs: null, max_daily_loss_pct: 0.05 });
    session.onEquity(1_000, T0);
    session.onEquity(900, T0 + MINUTE);
    session.onRealizedPnl('X', -49, T0 + 2 * MINUTE);
    const before = session.checkEntry('X').allowed;
    session.onRealizedPnl('X', -1, T0 + 3 * MINUTE);
    expect([before, session.checkEntry('X').reasons]).toEqual([true, [RiskReason.maxDailyLoss]]);
  });

  it('does not trip the loss limit on a gain', () => {
    const { session } = setup({ max_daily_loss_abs: 200 });
    session.onRealizedPnl('X', 500, T0);
    expect(session.checkEntry('X').allowed).toBe(true);
  });

  it('starts a cooldown instead of a halt with on_violation cooldown', () => {
    const { session, clock, types } = setup({ max_daily_loss_abs: 100, on_violation: 'cooldown', cooldown_minutes: 60 });
    session.onRealizedPnl('X', -120, T0);
    clock.setMs(T0 + 30 * MINUTE);
    expect([session.checkEntry('X').reasons, types()]).toEqual([[RiskReason.cooldownActive], ['MAX_DAILY_LOSS_HIT', 'COOLDOWN_STARTED']]);
  });

  it('ends the cooldown after cooldown_minutes with COOLDOWN_ENDED', () => {
    const { session, clock, types } = setup({ max_daily_loss_abs: 100, on_violation: 'cooldown', cooldown_minutes: 60 });
    session.onRealizedPnl('X', -120, T0);
    clock.setMs(T0 + 60 * MINUTE);
    expect([session.checkEntry('X').allowed, types()]).toEqual([true, ['MAX_DAILY_LOSS_HIT', 'COOLDOWN_STARTED', 'COOLDOWN_ENDED']]);
  });

  it('starts another cooldown on a further loss after one ended', () => {
    const { session, types } = setup({ max_daily_loss_abs: 100, on_violation: 'cooldown', cooldown_minutes: 10 });
    session.onRealizedPnl('X', -120, T0);
    session.onRealizedPnl('X', -5, T0 + 20 * MINUTE);
    expect(types()).toEqual(['MAX_DAILY_LOSS_HIT', 'COOLDOWN_STARTED', 'COOLDOWN_ENDED', 'MAX_DAILY_LOSS_HIT', 'COOLDOWN_STARTED']);
  });

  it('locks the day with PROFIT_LOCK_HIT when max_daily_profit_abs is reached', () => {
    const { session, types } = setup({ max_daily_profit_abs: 100 });
    session.onRealizedPnl('X', 120, T0);
    expect([session.checkEntry('X').reasons, types()]).toEqual([[RiskReason.maxDailyProfit], ['PROFIT_LOCK_HIT']]);
  });

  it('resets PnL, counts and the halt on the next day', () => {
    const { session, clock, types } = setup({ max_daily_loss_abs: 100 });
    session.onEquity(10_000, T0);
    session.recordEntry('X', T0);
    session.onRealizedPnl('X', -150, T0 + HOUR);
    clock.setMs(T0 + 24 * HOUR);
    const verdict = session.checkEntry('X');
    const snap = session.snapshot();
    expect([verdict.allowed, snap.day, snap.realizedPnl, snap.tradesToday, snap.halted, snap.startingEquity]).toEqual([true, '2022-01-04', 0, 0, false, 10_000]);
    expect(types()).toEqual(['MAX_DAILY_LOSS_HIT', 'SESSION_DAY_ROLLED']);
  });

  it('draws the day boundary in the configured time zone', () => {
    const utc = setup({ max_daily_loss_abs: 100 });
    const berlin = setup({ max_daily_loss_abs: 100, timezone: 'Europe/Berlin' });
    const halt = T0 + 22 * HOUR + 30 * MINUTE; // 22:30 UTC = 23:30 in Berlin
    for (const s of [utc, berlin]) {
      s.session.onRealizedPnl('X', -150, halt);
      s.clock.setMs(halt + 35 * MINUTE); // 23:05 UTC = 00:05 next day in Berlin
    }
    expect([utc.session.checkEntry('X').allowed, berlin.session.checkEntry('X').allowed]).toEqual([false, true]);
  });

  it('tracks the intraday low of realized PnL', () => {
    const { session } = setup({ max_daily_loss_abs: null, max_daily_loss_pct: null });
    for (const pnl of [-30, 50, -80, 10]) session.onRealizedPnl('X', pnl, T0);
    expect([session.snapshot().realizedPnl, session.snapshot().minRealizedPnl]).toEqual([-50, -60]);
  });

  it('restores counters, PnL and the halt after a restart on the durable store', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dolphin-session-'));
    dirs.push(dir);
    const path = join(dir, 'state.json');
    const first = setup({ max_daily_loss_abs: 200 }, new FileStateStore(path));
    first.session.onEquity(10_000, T0);
    for (let i = 0; i < 3; i++) first.session.recordEntry('X', T0 + i * MINUTE);
    first.session.onRealizedPnl('X', -250, T0 + 5 * MINUTE);

    const clock = new ManualClock();
    clock.setMs(T0 + 10 * MINUTE);
    const restarted = setup({ max_daily_loss_abs: 200 }, new FileStateStore(path), clock);
    const snap = restarted.session.snapshot();
    expect([snap.tradesToday, snap.tradesLastHour, snap.realizedPnl, snap.halted, snap.startingEquity]).toEqual([3, 3, -250, true, 10_000]);
    expect(restarted.session.checkEntry('X').reasons).toEqual([RiskReason.maxDailyLoss]);
  });

  it('keeps sessions under different keys apart', () => {
    const store = new MemoryStateStore();
    const clock = new ManualClock();
    clock.setMs(T0);
    const cfg = riskConfig().session;
    const a = new SessionLimits(cfg, { store, clock, key: 'a' });
    const b = new SessionLimits(cfg, { store, clock, key: 'b' });
    a.recordEntry('X', T0);
    expect([a.snapshot().tradesToday, b.snapshot().tradesToday]).toEqual([1, 0]);
  });

  it('refuses to start on a stored state it cannot read', () => {
    const store = new MemoryStateStore();
    store.put(SESSION_STATE_MAP, 'default', { version: 99 });
    expect(() => setup({}, store)).toThrow(/stored session state "default"/);
  });
});

describe('tradingDayOf', () => {
  it.each([
    [Date.UTC(2022, 0, 1, 23, 59, 59, 999), 'UTC', '2022-01-01'],
    [Date.UTC(2022, 0, 2, 0, 0, 0, 0), 'UTC', '2022-01-02'],
    [Date.UTC(2022, 0, 1, 23, 0, 0, 0), 'Europe/Berlin', '2022-01-02'],
    [Date.UTC(2022, 0, 2, 3, 0, 0, 0), 'America/New_York', '2022-01-01'],
    [Date.UTC(2022, 0, 1, 16, 0, 0, 0), 'Asia/Tokyo', '2022-01-02'],
  ])('puts %s in %s on %s', (ts, tz, day) => {
    expect(tradingDayOf(ts, tz)).toBe(day);
  });
});
