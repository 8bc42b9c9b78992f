import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { BridgeServer, type SessionHandler } from '../../../src/transport/index.js';
import { decodeEnvelope, encodeEnvelope, pb, type Envelope } from '../../../src/wire/index.js';

const PEER = Uint8Array.from([1, 2, 3]);

function setup(): { server: BridgeServer; sent: Envelope[]; closed: Array<{ reason: string; failed: boolean }>; setTimeMs: (ms: number) => void } {
  let nowNs = 1_000_000_000n;
  const sent: Envelope[] = [];
  const closed: Array<{ reason: string; failed: boolean }> = [];
  const handler: SessionHandler = {
    onEnvelope: () => undefined,
    takeCommands: () => [],
    onClosed: (reason, failed) => closed.push({ reason, failed }),
  };
  const server = new BridgeServer(
    { send: (_peer, frame) => sent.push(decodeEnvelope(frame)) },
    {
      endpoint: 'inproc://test',
      log: pino({ level: 'silent' }),
      wallClockNs: () => nowNs,
      heartbeatIntervalMs: 1000,
      accept: () => ({ ok: true, handler, welcome: { strategyName: 'probe' } }),
    },
  );
  return { server, sent, closed, setTimeMs: (ms) => (nowNs = BigInt(ms) * 1_000_000n) };
}

function helloAsync(server: BridgeServer): void {
  server.handleFrame(PEER, encodeEnvelope({ seq: 1, hello: { protocolVersion: pb.ProtocolVersion.PROTOCOL_VERSION_CURRENT, mode: pb.Mode.MODE_ASYNC } }));
}

describe('BridgeServer async sessions', () => {
  it('sends a heartbeat when one interval has passed', () => {
    const { server, sent, setTimeMs } = setup();
    setTimeMs(1000);
    helloAsync(server);
    setTimeMs(2000);
    server.tick();
    expect(sent.map((e) => e.body)).toEqual(['welcome', 'heartbeat']);
  });

  it('declares the peer lost after three silent intervals and closes its session as failed', () => {
    const { server, closed, setTimeMs } = setup();
    setTimeMs(1000);
    helloAsync(server);
    setTimeMs(3900);
    server.tick();
    expect(closed).toEqual([]);
    setTimeMs(4100);
    server.tick();
    expect(closed).toEqual([{ reason: 'peer lost: no heartbeat', failed: true }]);
    expect(server.openSessions()).toEqual([]);
  });

  it('keeps a peer alive while it sends heartbeats', () => {
    const { server, closed, setTimeMs } = setup();
    setTimeMs(1000);
    helloAsync(server);
    const sessionId = server.openSessions()[0]?.id ?? '';
    for (let t = 2000, seq = 2; t <= 10_000; t += 1000, seq++) {
      setTimeMs(t);
      server.handleFrame(PEER, encodeEnvelope({ seq, sessionId, heartbeat: { sentNs: t } }));
      server.tick();
    }
    expect(closed).toEqual([]);
  });
});

describe('BridgeServer shutdown', () => {
  it('sends Shutdown to every session when the host stops', () => {
    const { server, sent, closed } = setup();
    helloAsync(server);
    server.shutdownAll('operator stop');
    expect(sent.at(-1)?.shutdown?.reason).toBe('host shutdown: operator stop');
    expect(closed).toEqual([{ reason: 'host shutdown: operator stop', failed: false }]);
  });

  it('closes the session cleanly when the shim says Shutdown', () => {
    const { server, closed } = setup();
    helloAsync(server);
    const sessionId = server.openSessions()[0]?.id ?? '';
    server.handleFrame(PEER, encodeEnvelope({ seq: 2, sessionId, shutdown: { reason: 'strategy stopped' } }));
    expect(closed).toEqual([{ reason: 'peer shutdown: strategy stopped', failed: false }]);
  });

  it('answers a frame from a peer without a session with UNKNOWN_SESSION', () => {
    const { server, sent } = setup();
    server.handleFrame(PEER, encodeEnvelope({ seq: 1, sessionId: 'S9999', awaitDecision: true, bar: { close: 1 } }));
    expect(sent[0]?.protocolError?.code).toBe(pb.ProtocolErrorCode.PROTOCOL_ERROR_CODE_UNKNOWN_SESSION);
  });
});
