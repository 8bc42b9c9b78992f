import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BTCUSDT_PERP_BINANCE, ManualClock, instrumentFromSpec } from '../../../src/market/index.js';
import { defineStrategy, silentLogger, StrategyRunner, type StrategyContext } from '../../../src/strategy/index.js';

const INSTRUMENT = instrumentFromSpec(BTCUSDT_PERP_BINANCE);

/** A started runner and its context (the strategy does nothing by itself). */
function runner(idPrefix?: string): { runner: StrategyRunner; ctx: StrategyContext } {
  let ctx: StrategyContext | null = null;
  const definition = defineStrategy({
    name: 'ids',
    version: '1',
    description: 'test',
    paramsSchema: z.object({}).strict(),
    create(_p, c) {
      ctx = c;
      return {};
    },
  });
  const r = new StrategyRunner({ definition, params: {}, instruments: [INSTRUMENT], clock: new ManualClock(), log: silentLogger, ...(idPrefix === undefined ? {} : { idPrefix }) });
  r.start();
  if (ctx === null) throw new Error('no context');
  return { runner: r, ctx };
}

function submit(ctx: StrategyContext): string {
  return ctx.submitMarket({ instrumentId: INSTRUMENT.id, side: 'BUY', quantity: 0.01 });
}

describe('StrategyRunner ids', () => {
  it('numbers client order and command ids from 1 in every runner, interleaved runners and prefixes included', () => {
    const a = runner();
    const first = Array.from({ length: 12 }, () => submit(a.ctx));
    const b = runner();
    const c = runner('H');
    const second = [submit(b.ctx), submit(c.ctx), submit(b.ctx), submit(a.ctx)];
    expect(first[0]).toBe('O-000001');
    expect(first[11]).toBe('O-000012');
    expect(second).toEqual(['O-000001', 'H-000001', 'O-000002', 'O-000013']);
    expect(b.runner.drainCommands().map((cmd) => cmd.commandId)).toEqual(['C-000001', 'C-000002']);
  });
});
