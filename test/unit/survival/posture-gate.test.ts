import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BTCUSDT_PERP_BINANCE, ManualClock, instrumentFromSpec } from '../../../src/market/index.js';
import {
  PortfolioState,
  StrategyRunner,
  defineStrategy,
  silentLogger,
  type Command,
  type CommandRejected,
  type OrderEvent,
  type PositionSnapshot,
  type PostureView,
} from '../../../src/strategy/index.js';
import { HIBERNATE_HALT_TAG, PostureCell, createPostureGate, entryLeverage, isHibernateCloseDue, postureEffects } from '../../../src/survival/index.js';

const BTC = instrumentFromSpec(BTCUSDT_PERP_BINANCE);
const ID = BTC.id;

function portfolio(equity = 10_000, price = 50_000): PortfolioState {
  const p = new PortfolioState(new Map([[ID, BTC]]));
  if (!Number.isNaN(equity)) {
    p.setAccount({ accountId: 'SIM-001', accountType: 'MARGIN', baseCurrency: 'USDT', balances: [{ currency: 'USDT', total: equity, locked: 0, free: equity }], margins: [], tsMs: 0 });
  }
  if (!Number.isNaN(price)) p.setLastPrice(ID, price);
  return p;
}

function position(signedQty: number, avgPx = 50_000): PositionSnapshot {
  return {
    positionId: 'P-1', instrumentId: ID, side: signedQty > 0 ? 'LONG' : 'SHORT', quantity: Math.abs(signedQty), signedQty,
    avgPxOpen: avgPx, avgPxClose: 0, realizedPnl: 0, unrealizedPnl: 0, openingOrderId: 'O-1', closingOrderId: '',
    tsOpenedMs: 0, tsClosedMs: 0, tsMs: 0, lastPx: avgPx, lastQty: Math.abs(signedQty),
  };
}

function market(side: 'BUY' | 'SELL', quantity: string): Command {
  return { kind: 'submit-market', commandId: 'C-1', instrumentId: ID, side, quantity, timeInForce: 'GTC', reduceOnly: false, clientOrderId: 'O-9', tags: [] };
}

function limit(side: 'BUY' | 'SELL', quantity: string, price: string): Command {
  return { kind: 'submit-limit', commandId: 'C-2', instrumentId: ID, side, quantity, price, timeInForce: 'GTC', postOnly: false, reduceOnly: false, expireTimeMs: 0, clientOrderId: 'O-8', tags: [] };
}

const gateAt = (posture: PostureView['posture']) => createPostureGate({ posture: () => ({ posture, rm: 1 }) });

describe('postureEffects', () => {
  it.each([
    { posture: 'APEX', allowEntries: true, maxLeverage: null, forceClose: false },
    { posture: 'STALKER', allowEntries: true, maxLeverage: 2.0, forceClose: false },
    { posture: 'TURTLE', allowEntries: false, maxLeverage: null, forceClose: false },
    { posture: 'HIBERNATE', allowEntries: false, maxLeverage: null, forceClose: true },
  ] as const)('gives the seed 11.7 effects of $posture', (want) => {
    expect(postureEffects(want.posture)).toEqual(want);
  });

  it('takes a configured STALKER cap', () => {
    expect(postureEffects('STALKER', 3).maxLeverage).toBe(3);
  });
});

describe('createPostureGate', () => {
  it('lets any entry through in APEX', () => {
    expect(gateAt('APEX').check(market('BUY', '1.000'), 'entry', portfolio())).toBeNull();
  });

  it('lets a STALKER entry up to 2x leverage through', () => {
    expect(gateAt('STALKER').check(market('BUY', '0.400'), 'entry', portfolio())).toBeNull();
  });

  it('refuses a STALKER entry above 2x leverage', () => {
    expect(gateAt('STALKER').check(market('BUY', '0.500'), 'entry', portfolio())).toEqual({ code: 'POSTURE_BLOCKED', reason: 'STALKER caps leverage at 2, entry would reach 2.500' });
  });

  it('prices a limit entry at its limit price', () => {
    expect(entryLeverage(limit('BUY', '0.500', '40000.0'), portfolio())).toBeCloseTo(2, 12);
  });

  it('counts the position the entry adds to', () => {
    const p = portfolio();
    p.apply({ kind: 'position-opened', position: position(0.3) });
    expect(entryLeverage(market('BUY', '0.200'), p)).toBeCloseTo(2.5, 12);
    expect(gateAt('STALKER').check(market('BUY', '0.200'), 'entry', p)?.code).toBe('POSTURE_BLOCKED');
  });

  it('refuses a STALKER entry when equity is unknown', () => {
    expect(gateAt('STALKER').check(market('BUY', '0.001'), 'entry', portfolio(Number.NaN))?.code).toBe('POSTURE_BLOCKED');
  });

  it.each(['TURTLE', 'HIBERNATE'] as const)('refuses every entry in %s', (posture) => {
    expect(gateAt(posture).check(market('BUY', '0.001'), 'entry', portfolio())).toEqual({ code: 'POSTURE_BLOCKED', reason: `${posture} blocks new entries` });
  });

  it.each(['STALKER', 'TURTLE', 'HIBERNATE'] as const)('always lets exits through in %s', (posture) => {
    expect(gateAt(posture).check(market('SELL', '5.000'), 'exit', portfolio(Number.NaN, Number.NaN))).toBeNull();
  });

  it('lets cancels and modifies through in HIBERNATE', () => {
    expect(gateAt('HIBERNATE').check({ kind: 'cancel-order', commandId: 'C-3', clientOrderId: 'O-1' }, 'other', portfolio())).toBeNull();
  });
});

/** A test strategy buying 0.001 BTC on every bar; local rejections land in `rejected`. */
function enterEveryBar(rejected: CommandRejected[] = []) {
  return defineStrategy({
    name: 'enter-every-bar',
    version: '1',
    description: 'test: buys 0.001 BTC on every bar',
    paramsSchema: z.object({}).strict(),
    create: (_params, ctx) => ({
      onStart: () => ctx.subscribeBars(`${ID}-1-MINUTE-LAST-EXTERNAL`),
      onBar: () => {
        ctx.submitMarket({ instrumentId: ID, side: 'BUY', quantity: 0.001 });
      },
      onOrderEvent: (e: OrderEvent | CommandRejected) => {
        if (e.kind === 'command-rejected') rejected.push(e);
      },
    }),
  });
}

function bar(tsMs: number) {
  return { barType: `${ID}-1-MINUTE-LAST-EXTERNAL`, instrumentId: ID, open: 50_000, high: 50_000, low: 50_000, close: 50_000, volume: 1, tsMs, tsEventMs: tsMs };
}

describe('posture gate in the StrategyRunner', () => {
  it('rejects entries locally in TURTLE and lets them out after the next bar applies APEX', () => {
    const cell = new PostureCell({ posture: 'TURTLE', rm: 0.6 });
    const clock = new ManualClock();
    const rejected: CommandRejected[] = [];
    const runner = new StrategyRunner({
      definition: enterEveryBar(rejected), params: {}, instruments: [BTC], clock, log: silentLogger,
      gates: [createPostureGate({ posture: () => cell.current() })], posture: () => cell.current(),
    });
    runner.start();
    clock.setMs(60_000);
    runner.onBar(bar(60_000));
    expect(runner.drainCommands()).toEqual([]);
    expect(rejected.map((r) => [r.code, r.reason])).toEqual([['POSTURE_BLOCKED', 'survival-posture: TURTLE blocks new entries']]);

    cell.offer('APEX', 0.95);
    expect(cell.current().posture).toBe('TURTLE');
    clock.setMs(120_000);
    expect(cell.applyPending()?.postureChanged).toBe(true);
    runner.onBar(bar(120_000));
    expect(runner.drainCommands().map((c) => c.kind)).toEqual(['submit-market']);
  });
});

describe('isHibernateCloseDue', () => {
  it('asks for a force-close of open positions in HIBERNATE until a HIBERNATE_HALT close is working', () => {
    const clock = new ManualClock();
    const runner = new StrategyRunner({ definition: enterEveryBar(), params: {}, instruments: [BTC], clock, log: silentLogger });
    runner.start();
    runner.onEvent({ kind: 'position-opened', position: position(0.01) });
    const hibernate: PostureView = { posture: 'HIBERNATE', rm: 0.2 };
    expect(isHibernateCloseDue(hibernate, runner.portfolio)).toBe(true);
    runner.forceCloseAll([HIBERNATE_HALT_TAG]);
    expect(runner.drainCommands().map((c) => c.kind)).toEqual(['close-position']);
    expect(isHibernateCloseDue(hibernate, runner.portfolio)).toBe(false);
  });

  it('never asks outside HIBERNATE', () => {
    const p = portfolio();
    p.apply({ kind: 'position-opened', position: position(0.01) });
    expect(isHibernateCloseDue({ posture: 'TURTLE', rm: 0.6 }, p)).toBe(false);
  });

  it('does not ask when flat', () => {
    expect(isHibernateCloseDue({ posture: 'HIBERNATE', rm: 0 }, portfolio())).toBe(false);
  });
});
