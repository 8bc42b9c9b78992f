import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/market/index.js';
import { RiskLayer, type RiskConfig, type RiskEvent } from '../../../src/risk/index.js';
import { MemoryStateStore } from '../../../src/state/index.js';
import { edgeScalper, edgeScalperParamsSchema, estimateEdge } from '../../../src/strategies/edge-scalper/index.js';
import { findStrategy } from '../../../src/strategies/index.js';
import { silentLogger, StrategyRunner, type AccountSnapshot, type Bar, type Command } from '../../../src/strategy/index.js';
import { BTC_20X, HOUR, riskConfig } from './helpers.js';
import { MiniVenue } from './mini-venue.js';

const BAR_TYPE = 'BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL';

/** The first `n` bars of the bundled BTCUSDT 1-minute file, stamped at their close. */
function loadBars(n: number): Bar[] {
  const lines = readFileSync('../shared/data/btcusdt-perp-1m-2022-01.csv', 'utf8').split('\n').slice(1, n + 1);
  return lines.map((line) => {
    const [ts = '', open = '', high = '', low = '', close = '', volume = ''] = line.split(',');
    const tsMs = Date.parse(`${ts.slice(0, 19).replace(' ', 'T')}Z`) + 60_000;
    return { barType: BAR_TYPE, instrumentId: BTC_20X.id, open: +open, high: +high, low: +low, close: +close, volume: +volume, tsMs, tsEventMs: tsMs };
  });
}

const BARS = loadBars(720);

function run(config: RiskConfig, bars: readonly Bar[] = BARS) {
  const first = bars[0];
  const clock = new ManualClock();
  clock.setMs((first?.tsMs ?? 0) - 60_000);
  const layer = new RiskLayer({ config, clock, instruments: [BTC_20X], store: new MemoryStateStore() });
  const events: RiskEvent[] = [];
  layer.bus.subscribe((e) => events.push(e));
  const account: AccountSnapshot = { accountId: 'SIM-001', accountType: 'MARGIN', baseCurrency: 'USDT', balances: [{ currency: 'USDT', total: 10_000, locked: 0, free: 10_000 }], margins: [], tsMs: clock.nowMs() };
  const runner = new StrategyRunner({
    definition: edgeScalper,
    params: edgeScalperParamsSchema.parse({}),
    instruments: [BTC_20X],
    clock,
    log: silentLogger,
    gates: [layer.gate],
    riskGateway: layer.gatewayFactory,
    account,
  });
  runner.start();
  const venue = new MiniVenue(runner as StrategyRunner<unknown>, layer, clock, BTC_20X);
  for (const b of bars) venue.onBar(b);
  return { venue, events, layer };
}

const CONFIG = riskConfig({ base_risk_fraction: 0.02, session: { max_trades_per_hour: 2 } });

function entryCommands(commands: readonly Command[]): Command[] {
  return commands.filter((c) => c.kind === 'submit-bracket' || c.kind === 'submit-market' || c.kind === 'submit-limit' || c.kind === 'submit-stop-market');
}

describe('estimateEdge', () => {
  it.each([
    [100, 100, 50, 1, 0],
    [150, 100, 50, 1, 1 / (1 + Math.exp(-1)) - 0.5],
    [50, 100, 50, 1, 1 / (1 + Math.exp(-1)) - 0.5],
    [125, 100, 50, 2, 1 / (1 + Math.exp(-1)) - 0.5],
    [100, 90, 0, 1, 0],
  ])('gives fast %s slow %s ATR %s k %s -> %s', (fast, slow, atr, k, edge) => {
    expect(estimateEdge(fast, slow, atr, k)).toBeCloseTo(edge, 12);
  });

  it('stays below 0.5', () => {
    expect(estimateEdge(1e9, 0, 1, 10)).toBeLessThanOrEqual(0.5);
  });
});

describe('edge-scalper', () => {
  it('is registered by name', () => {
    expect(findStrategy('edge-scalper')?.name).toBe('edge-scalper');
  });

  it('refuses to start without the risk engine', () => {
    const runner = new StrategyRunner({ definition: edgeScalper, params: edgeScalperParamsSchema.parse({}), instruments: [BTC_20X], clock: new ManualClock(), log: silentLogger });
    expect(() => runner.start()).toThrow('invalid ctx.risk, null: edge-scalper enters only through the risk engine');
  });

  it('enters only through the risk engine, as entry / sl / tp brackets', () => {
    const { venue } = run(CONFIG);
    const entries = entryCommands(venue.commands);
    const tags = entries.map((c) => (c.kind === 'submit-bracket' ? [c.entryTags, c.slTags, c.tpTags].join('|') : c.kind));
    expect(entries.length).toBeGreaterThan(3);
    expect(new Set(tags)).toEqual(new Set(['entry|sl|tp']));
  });

  it('submits the SL and TP the risk engine approved', () => {
    const { venue, events } = run(CONFIG);
    const approved = events.filter((e) => e.type === 'ENTRY_APPROVED').map((e) => [e.details['sl'], e.details['tp']]);
    const sent = venue.commands.flatMap((c) => (c.kind === 'submit-bracket' ? [[Number(c.slTriggerPrice), Number(c.tpPrice)]] : []));
    expect(sent).toEqual(approved);
  });

  it('never opens more than max_trades_per_hour 2 inside an hour, and says so', () => {
    const { events } = run(CONFIG);
    const approvedAt = events.filter((e) => e.type === 'ENTRY_APPROVED').map((e) => e.tsMs);
    const crowded = approvedAt.some((t, i) => approvedAt.filter((u, j) => j !== i && u > t - HOUR && u <= t).length >= 2);
    const refused = events.some((e) => e.type === 'ENTRY_REJECTED' && (e.details['reasons'] as string[]).includes('MAX_TRADES_PER_HOUR_REACHED'));
    expect([crowded, refused]).toEqual([false, true]);
  });

  it('tags every fill entry, sl, tp or exit', () => {
    const { venue } = run(CONFIG);
    const tags = new Set(venue.fills.map((f) => f.tags.join(',')));
    expect([...tags].every((t) => ['entry', 'sl', 'tp', 'exit'].includes(t)) && tags.has('entry')).toBe(true);
  });

  it('gives the same commands on the same bars', () => {
    expect(run(CONFIG).venue.commands).toEqual(run(CONFIG).venue.commands);
  });
});
