import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatZodIssues } from '../../../src/config/index.js';

const schema = z
  .object({ fast: z.number().int().positive(), slow: z.number().int().positive() })
  .strict()
  .superRefine((p, ctx) => {
    if (p.fast >= p.slow) ctx.addIssue({ code: 'custom', path: ['fast'], message: `must be less than slow (${p.slow}), was ${p.fast}` });
  });

function lines(input: unknown): string[] {
  const r = schema.safeParse(input);
  if (r.success) return [];
  return formatZodIssues(r.error, input, 'strategy.params');
}

describe('formatZodIssues', () => {
  it('names the key and gives the value', () => {
    expect(lines({ fast: -1, slow: 5 })).toEqual(['strategy.params.fast: Too small: expected number to be >0, was -1']);
    expect(lines({ slow: 5 })).toEqual(['strategy.params.fast: Invalid input: expected number, received undefined, was missing']);
  });

  it('does not repeat a value the message already gives', () => {
    expect(lines({ fast: 5, slow: 3 })).toEqual(['strategy.params.fast: must be less than slow (3), was 5']);
  });

  it('names unknown keys with the fix', () => {
    expect(lines({ fast: 1, slow: 3, fats: 2 })).toEqual(['strategy.params.fats: unknown key (remove it or check its spelling)']);
  });

  it('lists the keys the section allows when given the schema, nested and at the top level', () => {
    const nested = z.object({ risk: z.object({ session: z.object({ max_trades: z.number().default(1), cooldown: z.number().default(0) }).strict() }).strict() }).strict();
    const input = { risk: { session: { max_trade: 1, foo: 2 } }, riks: {} };
    const r = nested.safeParse(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(formatZodIssues(r.error, input, '', nested).sort()).toEqual([
      'riks: unknown key (remove it or check its spelling; the top level allows: risk)',
      'risk.session.max_trade, risk.session.foo: unknown keys (remove them or check their spelling; risk.session allows: max_trades, cooldown)',
    ]);
  });
});
