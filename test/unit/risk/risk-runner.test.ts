import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ManualClock } from '../../../src/market/index.js';
import { BRACKET_TAGS, createRiskCommandGate, createRiskGatewayFactory, RiskEngine, RiskLayer, RiskReason, VolatilityTracker, type RiskConfig, type RiskEvent } from '../../../src/risk/index.js';
import { MemoryStateStore } from '../../../src/state/index.js';
import {
  defineStrategy,
  silentLogger,
  StrategyRunner,
  type AccountSnapshot,
  type Command,
  type CommandGate,
  type CommandRejected,
  type EntryOutcome,
  type OrderEvent,
  type PortfolioView,
  type StrategyContext,
} from '../../../src/strategy/index.js';
import { bar, BTC_20X, MINUTE, riskConfig, T0 } from './helpers.js';
import { MiniVenue } from './mini-venue.js';

const ACCOUNT: AccountSnapshot = { accountId: 'SIM-001', accountType: 'MARGIN', baseCurrency: 'USDT', balances: [{ currency: 'USDT', total: 10_000, locked: 0, free: 10_000 }], margins: [], tsMs: T0 };
const IID = BTC_20X.id;

type Script = (ctx: StrategyContext, barIndex: number) => void;

/** Runs a scripted strategy behind the risk layer on flat-ish bars around 46 000 (ATR about 100). */
function harness(config: RiskConfig, script: Script, host: { admitEntry?: () => string | null; gatesBefore?: CommandGate[] } = {}) {
  const clock = new ManualClock();
  clock.setMs(T0 - 200 * MINUTE);
  const layer = new RiskLayer({ config, clock, instruments: [BTC_20X], store: new MemoryStateStore(), ...(host.admitEntry ? { admitEntry: host.admitEntry } : {}) });
  const events: RiskEvent[] = [];
  layer.bus.subscribe((e) => events.push(e));
  const orderEvents: Array<OrderEvent | CommandRejected> = [];
  let index = 0;
  const definition = defineStrategy({
    name: 'scripted',
    version: '0.0.0',
    description: 'test script',
    paramsSchema: z.object({}).strict(),
    create: (_p, ctx) => ({
      onBar: () => script(ctx, index),
      onOrderEvent: (e) => {
        orderEvents.push(e);
      },
    }),
  });
  const runner = new StrategyRunner({ definition, params: {}, instruments: [BTC_20X], clock, log: silentLogger, gates: [...(host.gatesBefore ?? []), layer.gate], riskGateway: layer.gatewayFactory, account: ACCOUNT });
  runner.start();
  const venue = new MiniVenue(runner as StrategyRunner<unknown>, layer, clock, BTC_20X);
  const run = (bars: number): void => {
    for (let i = 0; i < bars; i++) {
      const ts = T0 - 200 * MINUTE + (index + 1) * MINUTE;
      const open = 46_000 + (index % 2 === 0 ? 0 : 20);
      venue.onBar(bar(ts, open, open + 50, open - 50, open + 10));
      index += 1;
    }
  };
  return { layer, venue, events, orderEvents, run, runner, clock };
}

const WARM = 120;

function rejections(h: { orderEvents: ReadonlyArray<OrderEvent | CommandRejected> }): string[] {
  return h.orderEvents.flatMap((e) => (e.kind === 'command-rejected' ? [e.reason] : []));
} // bars until ATR(14) and its 100-bar baseline are warm

describe('RiskLayer with a StrategyRunner', () => {
  it('turns an approved risk.enter into one bracket tagged entry / sl / tp at the checked prices', () => {
    let outcome: EntryOutcome | null = null;
    const h = harness(riskConfig(), (ctx, i) => {
      if (i === WARM) outcome = ctx.risk?.enter({ instrumentId: IID, direction: 'LONG', edge: 0.1 }) ?? null;
    });
    h.run(WARM + 1);
    const brackets = h.venue.commands.filter((c) => c.kind === 'submit-bracket');
    const b = brackets[0];
    const o = outcome as EntryOutcome | null;
    expect([brackets.length, o?.approved, b?.kind === 'submit-bracket' ? [b.quantity, b.slTriggerPrice, b.tpPrice, b.entryTags, b.slTags, b.tpTags, b.tpPostOnly] : null]).toEqual([
      1,
      true,
      [String(o?.quantity.toFixed(3)), String(o?.sl?.toFixed(1)), String(o?.tp?.toFixed(1)), BRACKET_TAGS.entry, BRACKET_TAGS.sl, BRACKET_TAGS.tp, false],
    ]);
  });

  it('counts an approved bracket once, not again at the gate', () => {
    const h = harness(riskConfig(), (ctx, i) => {
      if (i === WARM) ctx.risk?.enter({ instrumentId: IID, direction: 'LONG', edge: 0.1 });
    });
    h.run(WARM + 1);
    expect(h.layer.engine.session.snapshot().tradesToday).toBe(1);
  });

  it('refuses before warm-up with DATA_MISSING and submits nothing', () => {
    let outcome: EntryOutcome | null = null;
    const h = harness(riskConfig(), (ctx, i) => {
      if (i === 5) outcome = ctx.risk?.enter({ instrumentId: IID, direction: 'LONG', edge: 0.1 }) ?? null;
    });
    h.run(6);
    expect([(outcome as EntryOutcome | null)?.reasons, h.venue.commands.length]).toEqual([[RiskReason.dataMissing], 0]);
  });

  it('refuses a direct entry while halted, and still lets the exit out', () => {
    const h = harness(riskConfig(), (ctx, i) => {
      if (i === 0) ctx.submitMarket({ instrumentId: IID, side: 'BUY', quantity: 0.002 });
      if (i === 2) {
        ctx.submitMarket({ instrumentId: IID, side: 'BUY', quantity: 0.001 });
        ctx.closePosition(IID, ['exit']);
      }
    });
    h.run(2);
    h.layer.engine.onRealizedPnl(IID, -500, h.clock.nowMs());
    h.run(2);
    const kinds = h.venue.commands.map((c) => c.kind);
    expect([kinds, rejections(h)]).toEqual([['submit-market', 'close-position'], [`risk: ${RiskReason.maxDailyLoss}`]]);
  });

  it('lets a reduce-only exit through during a cooldown', () => {
    const cfg = riskConfig({ session: { on_violation: 'cooldown', max_daily_loss_abs: 100 } });
    const h = harness(cfg, (ctx, i) => {
      if (i === 0) ctx.submitMarket({ instrumentId: IID, side: 'BUY', quantity: 0.002 });
      if (i === 2) ctx.submitMarket({ instrumentId: IID, side: 'SELL', quantity: 0.002, reduceOnly: true, tags: ['exit'] });
    });
    h.run(2);
    h.layer.engine.onRealizedPnl(IID, -150, h.clock.nowMs());
    h.run(2);
    expect([h.venue.commands.length, rejections(h), h.events.some((e) => e.type === 'COOLDOWN_STARTED')]).toEqual([2, [], true]);
  });

  it('refuses a direct entry over the exposure cap with POSITION_TOO_LARGE', () => {
    const h = harness(riskConfig(), (ctx, i) => {
      if (i === 1) ctx.submitMarket({ instrumentId: IID, side: 'BUY', quantity: 0.05 }); // 2 300 USDT > 20 % of 10 000
    });
    h.run(2);
    expect(rejections(h)).toEqual([`risk: ${RiskReason.positionTooLarge}`]);
  });

  it('blocks the third direct entry inside an hour with max_trades_per_hour 2', () => {
    const h = harness(riskConfig({ session: { max_trades_per_hour: 2 } }), (ctx, i) => {
      if (i < 3) ctx.submitMarket({ instrumentId: IID, side: 'BUY', quantity: 0.001 });
    });
    h.run(3);
    expect(rejections(h)).toEqual([`risk: ${RiskReason.maxTradesPerHour}`]);
  });

  it('publishes ENTRY_REJECTED for a direct entry the gate refuses', () => {
    const h = harness(riskConfig({ session: { max_trades_per_hour: 1 } }), (ctx, i) => {
      if (i < 2) ctx.submitMarket({ instrumentId: IID, side: 'BUY', quantity: 0.001 });
    });
    h.run(2);
    const e = h.events.find((x) => x.type === 'ENTRY_REJECTED');
    expect([e?.symbol, e?.details['reasons'], e?.details['notional']]).toEqual([IID, [RiskReason.maxTradesPerHour], 46.03]);
  });

  it('feeds realized PnL from position events into the session', () => {
    const h = harness(riskConfig(), (ctx, i) => {
      if (i === 0) ctx.submitMarket({ instrumentId: IID, side: 'BUY', quantity: 0.01 });
      if (i === 2) ctx.closePosition(IID, ['exit']);
    });
    h.run(4);
    expect(h.layer.engine.session.snapshot().realizedPnl).toBeCloseTo(h.venue.realizedPnl, 9);
  });
});

describe('createRiskCommandGate', () => {
  const brokenPortfolio = new Proxy({} as PortfolioView, {
    get: () => () => {
      throw new Error('portfolio unavailable');
    },
  });
  const entry: Command = { kind: 'submit-market', commandId: 'C-1', instrumentId: IID, side: 'BUY', quantity: '0.001', timeInForce: 'GTC', reduceOnly: false, clientOrderId: 'O-1', tags: [] };

  function gateWithEvents() {
    const clock = new ManualClock();
    clock.setMs(T0);
    const engine = new RiskEngine(riskConfig(), { clock, store: new MemoryStateStore() });
    const events: RiskEvent[] = [];
    engine.bus.subscribe((e) => events.push(e));
    return { gate: createRiskCommandGate(engine, [BTC_20X]), events };
  }

  it('lets every exit through without looking at the portfolio', () => {
    const { gate } = gateWithEvents();
    const close: Command = { kind: 'close-position', commandId: 'C-2', instrumentId: IID, clientOrderId: 'O-2', tags: ['exit'] };
    expect(gate.check(close, 'exit', brokenPortfolio)).toBeNull();
  });

  it('refuses an entry it cannot judge with RISK_ERROR instead of throwing', () => {
    const { gate, events } = gateWithEvents();
    expect([gate.check(entry, 'entry', brokenPortfolio), events.map((e) => e.type)]).toEqual([{ code: 'RISK_DENIED', reason: RiskReason.riskError }, ['RISK_ERROR']]);
  });
});

describe('createRiskGatewayFactory', () => {
  it('reports RISK_ERROR, never a throw, when the bracket cannot be built', () => {
    const clock = new ManualClock();
    clock.setMs(T0);
    const engine = new RiskEngine(riskConfig(), { clock, store: new MemoryStateStore() });
    const tracker = new VolatilityTracker(riskConfig().volatility);
    for (let i = 0; i < 120; i++) tracker.onBar(bar(T0 - (120 - i) * MINUTE, 46_000, 46_050, 45_950, 46_000));
    const portfolio = { lastPrice: () => 46_000, equity: () => 10_000, exposureNotional: () => 0 } as unknown as PortfolioView;
    const instruments = { has: () => true, get: () => BTC_20X, list: () => [BTC_20X] };
    const gateway = createRiskGatewayFactory({ engine, tracker })({
      portfolio,
      instruments,
      clock,
      submitBracket: () => {
        throw new Error('host refused');
      },
    });
    const out = gateway.enter({ instrumentId: IID, direction: 'LONG', edge: 0.1 });
    expect([out.approved, out.reasons, out.orderIds]).toEqual([false, [RiskReason.riskError], null]);
  });

  it('never approves or counts an entry another host control blocks first (a TURTLE posture)', () => {
    let outcome: EntryOutcome | null = null;
    const h = harness(riskConfig(), (ctx, i) => {
      if (i === WARM) outcome = ctx.risk?.enter({ instrumentId: IID, direction: 'LONG', edge: 0.1 }) ?? null;
    }, { admitEntry: () => 'TURTLE blocks new entries' });
    h.run(WARM + 1);
    const o = outcome as EntryOutcome | null;
    const snap = h.layer.engine.session.snapshot();
    expect([o?.approved, o?.reasons, h.venue.commands.filter((c) => c.kind === 'submit-bracket').length, snap.tradesLastHour, snap.tradesToday]).toEqual([false, [RiskReason.hostBlocked], 0, 0, 0]);
    expect(h.events.map((e) => [e.type, e.details['blockedBy']])).toEqual([['ENTRY_REJECTED', 'TURTLE blocks new entries']]);
  });

  it('revokes an approval whose bracket a later host gate refuses (STALKER cap): not counted, ENTRY_REJECTED follows', () => {
    const outcomes: Array<EntryOutcome | null> = [];
    let refuse = true;
    const capGate: CommandGate = { name: 'survival-posture', check: (_c, intent) => (refuse && intent === 'entry' ? { code: 'POSTURE_BLOCKED', reason: 'STALKER caps leverage at 2' } : null) };
    const h = harness(riskConfig(), (ctx, i) => {
      if (i === WARM || i === WARM + 1) outcomes.push(ctx.risk?.enter({ instrumentId: IID, direction: 'LONG', edge: 0.1 }) ?? null);
      if (i === WARM) refuse = false;
    }, { gatesBefore: [capGate] });
    h.run(WARM + 2);
    const [first, second] = outcomes;
    expect([first?.approved, first?.reasons, second?.approved]).toEqual([false, [RiskReason.hostBlocked], true]);
    expect(rejections(h)).toEqual(['survival-posture: STALKER caps leverage at 2']);
    expect(h.events.map((e) => [e.type, e.details['revoked'] ?? null])).toEqual([
      ['ENTRY_APPROVED', null],
      ['ENTRY_REJECTED', true],
      ['ENTRY_APPROVED', null],
    ]);
    // Only the second entry counts, and its bracket went out through the risk gate once.
    expect([h.layer.engine.session.snapshot().tradesToday, h.venue.commands.filter((c) => c.kind === 'submit-bracket').length]).toEqual([1, 1]);
  });
});
