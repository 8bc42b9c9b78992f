/**
 * Endpoint strings: `tcp://host:port` or `ipc:///path` (and `inproc://name` for tests).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ENDPOINT_RE = /^(tcp:\/\/[^:\s]+:\d+|ipc:\/\/\/?\S+|inproc:\/\/\S+)$/;

/** True for endpoints ZeroMQ can bind. */
export function isValidEndpoint(endpoint: string): boolean {
  return ENDPOINT_RE.test(endpoint);
}

/** A fresh ipc endpoint in the OS temp folder, unique per process and name. */
export function tempIpcEndpoint(name: string): string {
  return `ipc://${join(tmpdir(), `dolphin-${process.pid}-${name}.sock`)}`;
}

/** The file behind an ipc endpoint, or null for other transports. */
export function ipcPath(endpoint: string): string | null {
  return endpoint.startsWith('ipc://') ? endpoint.slice('ipc://'.length) : null;
}
