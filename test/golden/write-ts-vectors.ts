/**
 * Golden wire vectors, TypeScript side: encodes every case of cases.json with the protobufjs
 * static module and writes ts/<name>.bin. Run through test/golden/regen.sh (Node 20 cannot run
 * .ts directly; the script loads this file with Vite's module runner).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dolphin } from '../../src/wire/gen/bridge.js';

const Envelope = dolphin.bridge.v1.Envelope;

/** One golden case: a name and the Envelope in proto3 JSON form. */
export interface WireCase {
  readonly name: string;
  readonly envelope: Record<string, unknown>;
}

/** The folder holding cases.json, py/ and ts/. */
export const wireDir = join(dirname(fileURLToPath(import.meta.url)), 'wire');

/** Reads the cases of cases.json. */
export function loadWireCases(dir: string = wireDir): readonly WireCase[] {
  const table = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as { cases: WireCase[] };
  return table.cases;
}

/** Encodes one case's Envelope with protobufjs (fromObject then encode). */
export function encodeWireCase(c: WireCase): Uint8Array {
  return Envelope.encode(Envelope.fromObject(c.envelope)).finish();
}

/** Writes ts/<name>.bin for every case; returns how many were written. */
export function writeTsVectors(dir: string = wireDir): number {
  const out = join(dir, 'ts');
  mkdirSync(out, { recursive: true });
  const cases = loadWireCases(dir);
  for (const c of cases) writeFileSync(join(out, `${c.name}.bin`), encodeWireCase(c));
  return cases.length;
}
