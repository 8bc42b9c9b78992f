import { describe, expect, it } from 'vitest';
import { CliError } from '../../../src/cli/cli-error.js';
import { intFlag } from '../../../src/cli/int-flag.js';

describe('intFlag', () => {
  it.each([
    ['0', 0, 0],
    ['7', 1, 7],
    ['-3', -5, -3],
    ['007', 1, 7],
  ] as const)('reads %j (min %d) as %d', (text, min, value) => {
    expect(intFlag('--n', text, min)).toBe(value);
  });

  // Each of these used to become a silent default somewhere (Number('') is 0, Number('1e5') is
  // 100000, parseInt('12abc') is 12, Math.max(1, -5) is 1).
  it.each(['', ' 5', '1e5', '1.5', '12abc', 'abc', '-5', '99999999999999999999'])('refuses %j naming the flag, exit 2', (text) => {
    let err: unknown;
    try {
      intFlag('--runs', text, 1);
    } catch (e: unknown) {
      err = e;
    }
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).toBe(2);
    expect((err as CliError).message).toBe(`--runs: must be an integer >= 1, was ${JSON.stringify(text)}`);
  });
});
