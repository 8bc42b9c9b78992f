/**
 * ACB v6 external factors per date (seed 002 section 10.2): DIR/external_factors.json
 * (`{"YYYY-MM-DD": {funding_btc, dvol_btc, fng, taker}}`) or DIR/external_factors.parquet (columns
 * `date` as a YYYY-MM-DD string or a date/timestamp, plus the four factors).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { z } from 'zod';
import type { ExternalFactorRecord, ExternalFactorsByDate } from './vbt-schema.js';

const factorValue = z.union([z.number(), z.null()]).transform((v) => (v === null ? NaN : v));

/** One date's factors; a missing or null factor is NaN (it gives no signal). */
export const externalFactorRecordSchema = z
  .object({
    funding_btc: factorValue.default(NaN),
    dvol_btc: factorValue.default(NaN),
    fng: factorValue.default(NaN),
    taker: factorValue.default(NaN),
  })
  .strict();

/** The whole file: an object keyed by `YYYY-MM-DD`. */
export const externalFactorsSchema = z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date'), externalFactorRecordSchema);

/**
 * Parses external factors from JSON text.
 * @throws Error naming the date and key when the content does not match the schema.
 */
export function parseExternalFactorsJson(text: string): ExternalFactorsByDate {
  const parsed = externalFactorsSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid external factors at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'schema mismatch'}`);
  }
  return parsed.data;
}

function dateText(v: unknown): string {
  if (typeof v === 'string') return v.slice(0, 10);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number' || typeof v === 'bigint') {
    const n = Number(v);
    // A Parquet DATE arrives as days since the epoch, a raw timestamp as ms.
    return new Date(Math.abs(n) < 1e6 ? n * 86_400_000 : n).toISOString().slice(0, 10);
  }
  throw new Error(`invalid external factors date, not a string or date, was ${String(v)}`);
}

/** Reads external factors from a Parquet file (see the module comment). */
export async function readExternalFactorsParquet(path: string): Promise<ExternalFactorsByDate> {
  const buf = readFileSync(path);
  const bytes = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  const rows = await parquetReadObjects({ file: bytes, compressors });
  const out: Record<string, ExternalFactorRecord> = {};
  const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
  for (const row of rows) {
    const date = dateText(row['date']);
    out[date] = externalFactorRecordSchema.parse({
      funding_btc: num(row['funding_btc']),
      dvol_btc: num(row['dvol_btc']),
      fng: num(row['fng']),
      taker: num(row['taker']),
    });
  }
  return out;
}

/**
 * Reads DIR/external_factors.json, else DIR/external_factors.parquet; an empty record when
 * neither exists (every date then gets ACB boost 1.0).
 */
export async function readExternalFactors(dir: string): Promise<ExternalFactorsByDate> {
  const json = join(dir, 'external_factors.json');
  if (existsSync(json)) return parseExternalFactorsJson(readFileSync(json, 'utf8'));
  const pq = join(dir, 'external_factors.parquet');
  if (existsSync(pq)) return readExternalFactorsParquet(pq);
  return {};
}
