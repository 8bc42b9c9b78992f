import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../../src/cli/cli-error.js';
import { runDataSynth, type DataSynthOptions } from '../../../src/cli/commands/data.js';

const dir = mkdtempSync(join(tmpdir(), 'dolphin-synth-cli-'));
const good: DataSynthOptions = { assets: '2', days: '1', seed: '7', out: join(dir, 'ok'), start: '2024-01-01', barSeconds: '3600' };

describe('dolphin data synth options', () => {
  it('writes a dataset from good options', () => {
    const r = runDataSynth(good);
    expect(r.dates).toEqual(['2024-01-01']);
    expect(r.rowsPerDay).toBe(24);
  });

  const file = join(dir, 'a-file');
  writeFileSync(file, 'keep me');
  const cases: ReadonlyArray<readonly [string, Partial<DataSynthOptions>, string]> = [
    ['no assets', { assets: '0' }, '--assets: must be an integer >= 1, was "0"'],
    ['negative days', { days: '-1' }, '--days: must be an integer >= 1, was "-1"'],
    ['a seed that is not a number', { seed: 'abc' }, '--seed: must be an integer >= -2147483648, was "abc"'],
    ['a bar length that does not divide a day', { barSeconds: '7' }, '--bar-seconds: must divide 86400 (a whole number of bars a day), was 7'],
    ['a date that is not on the calendar', { start: '2024-02-30' }, '--start: must be a YYYY-MM-DD calendar date, was "2024-02-30"'],
    ['a date in another format', { start: '01/02/2024' }, '--start: must be a YYYY-MM-DD calendar date, was "01/02/2024"'],
    ['an output that is a file', { out: file }, `--out: ${file} is a file, not a folder; give a folder for the dataset`],
  ];
  for (const [what, change, message] of cases) {
    it(`refuses ${what} (exit 2, naming the option)`, () => {
      let err: unknown;
      try {
        runDataSynth({ ...good, ...change });
      } catch (e: unknown) {
        err = e;
      }
      expect(err).toBeInstanceOf(CliError);
      expect((err as CliError).exitCode).toBe(2);
      expect((err as CliError).message).toBe(message);
    });
  }

  it('leaves a file given as --out untouched', () => {
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });
});
