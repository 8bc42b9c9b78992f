/**
 * The host side of the bridge protocol (docs/wire-protocol.md), without sockets: frames come in
 * through {@link BridgeServer.handleFrame} with the peer's identity, frames go out through a
 * {@link FrameSink}. One session per connected shim; sessions, seq/ack, handshake, lockstep
 * decisions, async heartbeats and shutdown live here. It knows no strategy: a
 * {@link SessionHandler} supplied at accept time does the work.
 */
import type { Logger } from 'pino';
import {
  PROTOCOL_VERSION,
  WireDecodeError,
  decodeEnvelope,
  encodeDecisionFrame,
  encodeEnvelope,
  pb,
  toBigInt,
  toLong,
  toSafeNumber,
  toULong,
  type Envelope,
  type EnvelopeProps,
} from '../wire/index.js';
import type { dolphin } from '../wire/gen/bridge.js';

type HelloProps = dolphin.bridge.v1.Hello.$Properties;
type WelcomeProps = dolphin.bridge.v1.Welcome.$Properties;
type CommandProps = dolphin.bridge.v1.Command.$Properties;

/** Where outgoing frames go (the ROUTER socket, or a test double). */
export interface FrameSink {
  send(peer: Uint8Array, frame: Uint8Array): void;
}

/** What the host does with one session's traffic. */
export interface SessionHandler {
  /** Applies an event frame (request or notification) in order. */
  onEnvelope(env: Envelope): void;
  /** Returns and clears the commands produced so far (sent in the next Decision). */
  takeCommands(): CommandProps[];
  /** The session ended: peer shutdown, peer lost, host shutdown or an error. */
  onClosed(reason: string, failed: boolean): void;
}

export type AcceptResult =
  | { readonly ok: true; readonly welcome: Omit<WelcomeProps, 'sessionId' | 'protocolVersion'>; readonly handler: SessionHandler }
  | { readonly ok: false; readonly code: dolphin.bridge.v1.RejectCode; readonly reason: string };

export interface BridgeServerOptions {
  /** Decides on a Hello (protocol version already checked). Throwing counts as a rejection. */
  accept(hello: HelloProps, sessionId: string): AcceptResult;
  readonly log: Logger;
  /** Wall clock in ns for async frames and heartbeat bookkeeping. */
  readonly wallClockNs: () => bigint;
  /** Heartbeat interval for async sessions, ms (default 1000). */
  readonly heartbeatIntervalMs?: number;
  /** Intervals of silence before an async peer is declared lost (default 3). */
  readonly peerLostIntervals?: number;
  /** The endpoint, for log lines. */
  readonly endpoint: string;
}

type SessionState = { readonly kind: 'open' } | { readonly kind: 'closed'; readonly reason: string };

interface Session {
  readonly id: string;
  readonly peer: Uint8Array;
  readonly peerKey: string;
  readonly mode: 'lockstep' | 'async';
  readonly strategyId: string;
  readonly handler: SessionHandler;
  /** Sequence numbers stay far below 2^53 (a billion frames a second for a century would not reach it). */
  seqOut: number;
  lastSeqIn: number;
  lastHeardNs: bigint;
  lastBeatNs: bigint;
  state: SessionState;
}

/** Snapshot of a session for health reporting. */
export interface SessionInfo {
  readonly id: string;
  readonly mode: 'lockstep' | 'async';
  readonly strategyId: string;
  readonly lastHeardNs: bigint;
}

function peerKeyOf(peer: Uint8Array): string {
  return Buffer.from(peer.buffer, peer.byteOffset, peer.byteLength).toString('hex');
}

/** The protocol core; see the module comment. */
export class BridgeServer {
  private readonly sessions = new Map<string, Session>();
  private sessionCounter = 0;
  private readonly heartbeatIntervalNs: bigint;
  private readonly peerLostNs: bigint;

  constructor(
    private readonly sink: FrameSink,
    private readonly options: BridgeServerOptions,
  ) {
    const hb = options.heartbeatIntervalMs ?? 1000;
    this.heartbeatIntervalNs = BigInt(hb) * 1_000_000n;
    this.peerLostNs = this.heartbeatIntervalNs * BigInt(options.peerLostIntervals ?? 3);
  }

  /** Open sessions, for health and survival inputs. */
  openSessions(): SessionInfo[] {
    return [...this.sessions.values()].map((s) => ({ id: s.id, mode: s.mode, strategyId: s.strategyId, lastHeardNs: s.lastHeardNs }));
  }

  /** Handles one frame from `peer`. Never throws: every failure becomes a log line and a reply. */
  handleFrame(peer: Uint8Array, frame: Uint8Array): void {
    const peerKey = peerKeyOf(peer);
    let env: Envelope;
    try {
      env = decodeEnvelope(frame);
    } catch (err: unknown) {
      const detail = err instanceof WireDecodeError ? err.message : String(err);
      this.options.log.warn({ peer: peerKey, bytes: frame.length, detail }, 'malformed_frame');
      this.sendProtocolError(peer, this.sessions.get(peerKey), pb.ProtocolErrorCode.PROTOCOL_ERROR_CODE_MALFORMED_FRAME, detail, 0n);
      return;
    }
    const session = this.sessions.get(peerKey);
    if (session?.mode === 'async') session.lastHeardNs = this.options.wallClockNs();
    if (!env.body) {
      const seq = toBigInt(env.seq);
      this.options.log.warn({ peer: peerKey, seq: seq.toString() }, 'unknown_message');
      this.sendProtocolError(peer, session, pb.ProtocolErrorCode.PROTOCOL_ERROR_CODE_UNKNOWN_MESSAGE, 'frame carries no body this host knows (newer protocol?)', seq);
      if (session && env.awaitDecision) this.reply(session, env, []);
      return;
    }
    if (env.body === 'hello') {
      this.handleHello(peer, peerKey, env);
      return;
    }
    if (!session || env.sessionId !== session.id) {
      this.options.log.warn({ peer: peerKey, sessionId: env.sessionId, body: env.body }, 'unknown_session');
      this.sendProtocolError(peer, session, pb.ProtocolErrorCode.PROTOCOL_ERROR_CODE_UNKNOWN_SESSION, `no open session ${JSON.stringify(env.sessionId)} for this peer; send Hello first`, toBigInt(env.seq));
      return;
    }
    this.checkSeq(session, toSafeNumber(env.seq));
    this.dispatch(session, env);
  }

  private checkSeq(session: Session, seq: number): void {
    const expected = session.lastSeqIn + 1;
    if (seq !== expected) this.options.log.warn({ sessionId: session.id, expected, got: seq }, 'seq_gap');
    if (seq > session.lastSeqIn) session.lastSeqIn = seq;
  }

  private dispatch(session: Session, env: Envelope): void {
    switch (env.body) {
      case 'heartbeat':
        return;
      case 'shutdown':
        this.options.log.info({ sessionId: session.id, reason: env.shutdown?.reason ?? '' }, 'peer_shutdown');
        this.closeSession(session, `peer shutdown: ${env.shutdown?.reason ?? ''}`, false, false);
        return;
      case 'welcome':
      case 'reject':
      case 'decision':
      case 'riskEvent':
      case 'postureUpdate':
        this.options.log.warn({ sessionId: session.id, body: env.body }, 'unexpected_message');
        this.sendProtocolError(session.peer, session, pb.ProtocolErrorCode.PROTOCOL_ERROR_CODE_UNEXPECTED_MESSAGE, `a shim does not send ${env.body}`, toBigInt(env.seq));
        if (env.awaitDecision) this.reply(session, env, []);
        return;
      case 'protocolError':
        this.options.log.warn({ sessionId: session.id, code: env.protocolError?.code, detail: env.protocolError?.detail }, 'peer_protocol_error');
        return;
      default:
        this.dispatchEvent(session, env);
    }
  }

  private dispatchEvent(session: Session, env: Envelope): void {
    try {
      session.handler.onEnvelope(env);
    } catch (err: unknown) {
      const e = err instanceof Error ? err : new Error(String(err));
      this.options.log.error({ sessionId: session.id, body: env.body, err: e }, 'session_handler_error');
      this.closeSession(session, `host error while handling ${env.body ?? 'frame'}: ${e.message}`, true, true);
      return;
    }
    if (env.awaitDecision) {
      this.reply(session, env, session.handler.takeCommands());
    } else if (session.mode === 'async') {
      const commands = session.handler.takeCommands();
      if (commands.length > 0) this.sendTo(session, { decision: { inReplyTo: toULong(0n), commands } }, this.options.wallClockNs());
    }
  }

  private reply(session: Session, request: Envelope, commands: CommandProps[]): void {
    session.seqOut += 1;
    this.sink.send(session.peer, encodeDecisionFrame(session.seqOut, session.lastSeqIn, request.tsNs, session.id, request.seq, commands));
  }

  private handleHello(peer: Uint8Array, peerKey: string, env: Envelope): void {
    const hello = env.hello ?? {};
    const existing = this.sessions.get(peerKey);
    if (existing) this.closeSession(existing, 'peer sent a new Hello', false, false);
    const rejectTo = (code: dolphin.bridge.v1.RejectCode, reason: string): void => {
      this.options.log.warn({ peer: peerKey, code: pb.RejectCode[code], reason, strategy: hello.strategy ?? '' }, 'hello_rejected');
      const out: EnvelopeProps = {
        seq: toULong(1n),
        ack: env.seq,
        tsNs: env.tsNs,
        sessionId: '',
        reject: { code, reason, supportedProtocolVersion: PROTOCOL_VERSION },
      };
      this.sink.send(peer, encodeEnvelope(out));
    };
    if (hello.protocolVersion !== PROTOCOL_VERSION) {
      rejectTo(
        pb.RejectCode.REJECT_CODE_PROTOCOL_VERSION,
        `protocol version ${hello.protocolVersion ?? 0} is not supported; this host speaks version ${PROTOCOL_VERSION}: upgrade the shim or the host so both speak the same version`,
      );
      return;
    }
    if (hello.mode !== pb.Mode.MODE_LOCKSTEP && hello.mode !== pb.Mode.MODE_ASYNC) {
      rejectTo(pb.RejectCode.REJECT_CODE_BAD_HELLO, 'Hello.mode must be MODE_LOCKSTEP or MODE_ASYNC');
      return;
    }
    this.sessionCounter += 1;
    const sessionId = `S${String(this.sessionCounter).padStart(4, '0')}`;
    let result: AcceptResult;
    try {
      result = this.options.accept(hello, sessionId);
    } catch (err: unknown) {
      const e = err instanceof Error ? err : new Error(String(err));
      this.options.log.error({ peer: peerKey, err: e }, 'accept_failed');
      result = { ok: false, code: pb.RejectCode.REJECT_CODE_STRATEGY_START_FAILED, reason: `the strategy failed to start: ${e.message}` };
    }
    if (!result.ok) {
      rejectTo(result.code, result.reason);
      return;
    }
    const now = this.options.wallClockNs();
    const session: Session = {
      id: sessionId,
      peer: Uint8Array.from(peer),
      peerKey,
      mode: hello.mode === pb.Mode.MODE_ASYNC ? 'async' : 'lockstep',
      strategyId: hello.strategyId ?? '',
      handler: result.handler,
      seqOut: 0,
      lastSeqIn: toSafeNumber(env.seq),
      lastHeardNs: now,
      lastBeatNs: now,
      state: { kind: 'open' },
    };
    this.sessions.set(peerKey, session);
    this.options.log.info(
      { sessionId, mode: session.mode, strategyId: session.strategyId, strategy: result.welcome.strategyName, endpoint: this.options.endpoint },
      'session_opened',
    );
    this.sendTo(session, { welcome: { ...result.welcome, sessionId, protocolVersion: PROTOCOL_VERSION } }, env.tsNs);
  }

  private sendTo(session: Session, body: Omit<EnvelopeProps, 'seq' | 'ack' | 'tsNs' | 'sessionId'>, tsNs: bigint | Envelope['tsNs']): void {
    session.seqOut += 1;
    const env: EnvelopeProps = { ...body, seq: session.seqOut, ack: session.lastSeqIn, tsNs: typeof tsNs === 'bigint' ? toLong(tsNs) : tsNs, sessionId: session.id };
    this.sink.send(session.peer, encodeEnvelope(env));
  }

  private sendProtocolError(peer: Uint8Array, session: Session | undefined, code: dolphin.bridge.v1.ProtocolErrorCode, detail: string, offendingSeq: bigint): void {
    const body = { protocolError: { code, detail, offendingSeq: toULong(offendingSeq) } };
    if (session && session.state.kind === 'open') {
      this.sendTo(session, body, this.options.wallClockNs());
      return;
    }
    this.sink.send(peer, encodeEnvelope({ ...body, seq: toULong(0n), ack: toULong(0n), tsNs: toLong(this.options.wallClockNs()), sessionId: '' }));
  }

  private closeSession(session: Session, reason: string, failed: boolean, notifyPeer: boolean): void {
    if (session.state.kind === 'closed') return;
    if (notifyPeer) this.sendTo(session, { shutdown: { reason } }, this.options.wallClockNs());
    session.state = { kind: 'closed', reason };
    this.sessions.delete(session.peerKey);
    this.options.log.info({ sessionId: session.id, reason, failed }, 'session_closed');
    session.handler.onClosed(reason, failed);
  }

  /**
   * Heartbeat bookkeeping for async sessions; call every interval with the wall clock. Sends a
   * Heartbeat when one is due and closes sessions silent for `peerLostIntervals` intervals.
   */
  tick(): void {
    const now = this.options.wallClockNs();
    for (const s of [...this.sessions.values()]) {
      if (s.mode !== 'async') continue;
      if (now - s.lastHeardNs > this.peerLostNs) {
        this.options.log.error({ sessionId: s.id, silentMs: Number((now - s.lastHeardNs) / 1_000_000n) }, 'peer_lost');
        this.closeSession(s, 'peer lost: no heartbeat', true, false);
        continue;
      }
      if (now - s.lastBeatNs >= this.heartbeatIntervalNs) {
        s.lastBeatNs = now;
        this.sendTo(s, { heartbeat: { sentNs: toLong(now) } }, now);
      }
    }
  }

  /** Sends unsolicited commands to an async session (live); ignored for unknown sessions. */
  pushCommands(sessionId: string, commands: CommandProps[]): boolean {
    for (const s of this.sessions.values()) {
      if (s.id === sessionId && s.mode === 'async') {
        this.sendTo(s, { decision: { inReplyTo: toULong(0n), commands } }, this.options.wallClockNs());
        return true;
      }
    }
    return false;
  }

  /** Sends Shutdown to every session and closes them. */
  shutdownAll(reason: string): void {
    for (const s of [...this.sessions.values()]) this.closeSession(s, `host shutdown: ${reason}`, false, true);
  }
}
