/**
 * A minimal shim written in TypeScript (a DEALER speaking the bridge protocol) for host tests.
 * It sends envelopes and waits for replies with a deadline; no sleeps.
 */
import * as zmq from 'zeromq';
import { BTCUSDT_PERP_BINANCE } from '../../src/market/index.js';
import { decodeEnvelope, encodeEnvelope, instrumentSpecToWire, pb, toLong, toULong, type Envelope, type EnvelopeProps } from '../../src/wire/index.js';

export class FakeShim {
  private seq = 0n;
  sessionId = '';
  readonly socket: zmq.Dealer;

  constructor(context?: zmq.Context) {
    this.socket = new zmq.Dealer({ linger: 0, ...(context ? { context } : {}) });
  }

  connect(endpoint: string): void {
    this.socket.connect(endpoint);
  }

  /** Sends a body with the next seq; returns that seq. */
  async send(body: Omit<EnvelopeProps, 'seq' | 'ack' | 'sessionId'>, tsNs = 0n): Promise<bigint> {
    this.seq += 1n;
    await this.socket.send(encodeEnvelope({ tsNs: toLong(tsNs), ...body, seq: toULong(this.seq), sessionId: this.sessionId }));
    return this.seq;
  }

  async sendRaw(bytes: Uint8Array): Promise<void> {
    await this.socket.send(bytes);
  }

  /** Receives one envelope or throws after `timeoutMs`. */
  async receive(timeoutMs = 5000): Promise<Envelope> {
    this.socket.receiveTimeout = timeoutMs;
    const [frame] = await this.socket.receive();
    if (!frame) throw new Error('empty frame');
    return decodeEnvelope(frame);
  }

  /** Receives until an envelope with `body` arrives (others are collected). */
  async receiveUntil(body: NonNullable<Envelope['body']>, timeoutMs = 5000): Promise<{ match: Envelope; others: Envelope[] }> {
    const others: Envelope[] = [];
    const deadline = Date.now() + timeoutMs; // determinism-ok: test deadline
    for (;;) {
      const env = await this.receive(Math.max(1, deadline - Date.now())); // determinism-ok: test deadline
      if (env.body === body) return { match: env, others };
      others.push(env);
    }
  }

  async hello(options: { strategy?: string; version?: number; mode?: number } = {}): Promise<Envelope> {
    await this.send({
      hello: {
        protocolVersion: options.version ?? pb.ProtocolVersion.PROTOCOL_VERSION_CURRENT,
        traderId: 'TESTER-001',
        strategyId: 'BridgeStrategy-000',
        mode: options.mode ?? pb.Mode.MODE_LOCKSTEP,
        instruments: [instrumentSpecToWire({ ...BTCUSDT_PERP_BINANCE })],
        account: { accountId: 'BINANCE-001', accountType: 'MARGIN', baseCurrency: 'USDT', balances: [{ currency: 'USDT', total: '10000.00000000', locked: '0', free: '10000.00000000' }] },
        strategy: options.strategy ?? '',
        barTypes: ['BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL'],
        nodeKind: 'backtest',
        venue: 'BINANCE',
      },
    });
    const reply = await this.receive();
    if (reply.body === 'welcome') this.sessionId = reply.sessionId;
    return reply;
  }

  /** Sends a bar as a lockstep request and returns the Decision. */
  async barRequest(close: number, tsNs: bigint, extra: Partial<{ open: number; high: number; low: number }> = {}): Promise<Envelope> {
    const seq = await this.send(
      {
        awaitDecision: true,
        bar: {
          barType: 'BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL',
          instrumentId: 'BTCUSDT-PERP.BINANCE',
          open: extra.open ?? close - 1,
          high: extra.high ?? close + 2,
          low: extra.low ?? close - 2,
          close,
          volume: 1000,
          tsEventNs: toLong(tsNs),
          tsInitNs: toLong(tsNs),
        },
      },
      tsNs,
    );
    const { match } = await this.receiveUntil('decision');
    if (BigInt(match.decision?.inReplyTo?.toString() ?? '0') !== seq) throw new Error(`decision for ${String(match.decision?.inReplyTo)} while waiting for ${seq}`);
    return match;
  }

  close(): void {
    this.socket.close();
  }
}
