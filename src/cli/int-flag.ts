/** Integer command-line flags: a value that is not one is an error naming the flag, never a silent default. */
import { CliError } from './cli-error.js';

/**
 * The value of integer flag `flag` (e.g. `--workers`) given as `text`.
 * @throws CliError exit 2 naming the flag when `text` is not a whole number >= `min`.
 */
export function intFlag(flag: string, text: string, min: number): number {
  const n = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min) throw new CliError(`${flag}: must be an integer >= ${min}, was ${JSON.stringify(text)}`, 2);
  return n;
}
