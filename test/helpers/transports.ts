/** Runs a transport test once per transport (tcp, ipc, inproc), as STYLE.md asks. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let counter = 0;

export const TRANSPORTS = ['tcp', 'ipc', 'inproc'] as const;
export type TransportKind = (typeof TRANSPORTS)[number];

/** A fresh endpoint of the given kind (tcp picks a port from a per-process range). */
export function freshEndpoint(kind: TransportKind): string {
  counter += 1;
  switch (kind) {
    case 'tcp':
      return `tcp://127.0.0.1:${20000 + ((process.pid * 37 + counter * 11) % 20000)}`;
    case 'ipc':
      return `ipc://${join(tmpdir(), `dolphin-test-${process.pid}-${counter}.sock`)}`;
    case 'inproc':
      return `inproc://dolphin-test-${counter}`;
  }
}
