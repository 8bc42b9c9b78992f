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
});
