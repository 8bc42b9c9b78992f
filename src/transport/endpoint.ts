/**
 * Endpoint strings: `tcp://host:port` or `ipc:///path` (and `inproc://name` for tests).
 *
 * ZeroMQ itself accepts some endpoints that do not mean what they say: a tcp port above 65535
 * wraps or saturates (`tcp://127.0.0.1:99999` binds port 34463) and a port of 0 or `*` binds
 * whatever port is free. {@link endpointProblem} refuses the first and allows the second only
 * where the socket binds (the host reports the port it got). The Python shim applies the same
 * rules to the endpoint it connects to (dolphin_bridge/endpoint.py);
 * test/golden/endpoints/endpoints.json holds the cases both sides are tested against.
 */
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';

/** Whether the endpoint is for a socket that binds (the host) or one that connects (the shim). */
export type EndpointRole = 'bind' | 'connect';

/** The longest ipc path Linux accepts (sun_path is 108 bytes with the terminating NUL). */
export const MAX_IPC_PATH_BYTES = 107;

const TCP_RE = /^tcp:\/\/(.*):([^:]*)$/;

/**
 * Why ZeroMQ would not bind (role 'bind') or connect to (role 'connect') `endpoint` as written,
 * with the fix; null when it is fine.
 */
export function endpointProblem(endpoint: string, role: EndpointRole): string | null {
  if (/\s/.test(endpoint)) return 'contains whitespace; remove it';
  if (endpoint.startsWith('tcp://')) return tcpProblem(endpoint, role);
  if (endpoint.startsWith('ipc://')) {
    const path = endpoint.slice('ipc://'.length);
    if (path === '') return 'has no path; write ipc:///path/to/socket';
    const bytes = Buffer.byteLength(path);
    if (bytes > MAX_IPC_PATH_BYTES) return `ipc path is ${bytes} bytes, the limit is ${MAX_IPC_PATH_BYTES}; use a shorter path`;
    return null;
  }
  if (endpoint.startsWith('inproc://')) return endpoint.length > 'inproc://'.length ? null : 'has no name; write inproc://name';
  return 'must start with tcp://, ipc:// or inproc:// (e.g. tcp://127.0.0.1:5555 or ipc:///tmp/dolphin.sock)';
}

function tcpProblem(endpoint: string, role: EndpointRole): string | null {
  const m = TCP_RE.exec(endpoint);
  const host = m?.[1] ?? '';
  const port = m?.[2] ?? '';
  if (m === null || host === '') return 'must be tcp://host:port (e.g. tcp://127.0.0.1:5555)';
  if (host.startsWith('[') || host.includes(':')) return 'IPv6 addresses are not supported; use an IPv4 address or a host name';
  const anyPort = port === '*' || /^0+$/.test(port);
  if (role === 'connect') {
    if (host === '*') return 'host * only binds; give the host\'s address (e.g. 127.0.0.1)';
    if (anyPort) return `port ${port} only binds; give the port the host listens on (1-65535)`;
  }
  if (anyPort) return null;
  const hint = role === 'bind' ? ' (or * for any free port)' : '';
  if (!/^\d+$/.test(port)) return `port "${port}" is not a number; give 1-65535${hint}`;
  if (Number(port) > 65535) return `port ${port} is out of range, ZeroMQ would silently use another port; give 1-65535${hint}`;
  return null;
}

/**
 * The endpoint a socket actually bound: ZeroMQ's resolved form (the port it picked for `*` or 0,
 * the address for a host name), or the requested string when it reports none.
 */
export function boundEndpoint(socket: { readonly lastEndpoint: string | null }, requested: string): string {
  return socket.lastEndpoint ?? requested;
}

/**
 * Why binding `endpoint` failed, in the user's terms when ZeroMQ's own words do not say it (an ipc
 * socket in a folder that does not exist: "No such endpoint"); otherwise ZeroMQ's message.
 */
export function bindFailureReason(endpoint: string, zmqMessage: string): string {
  const path = ipcPath(endpoint);
  if (path !== null) {
    const folder = dirname(path);
    if (!existsSync(folder)) return `the folder ${folder} does not exist (create it or choose another path)`;
  }
  return zmqMessage;
}

/** A fresh ipc endpoint in the OS temp folder, unique per process and name. */
export function tempIpcEndpoint(name: string): string {
  return `ipc://${join(tmpdir(), `dolphin-${process.pid}-${name}.sock`)}`;
}

/** The file behind an ipc endpoint, or null for other transports. */
export function ipcPath(endpoint: string): string | null {
  return endpoint.startsWith('ipc://') ? endpoint.slice('ipc://'.length) : null;
}
