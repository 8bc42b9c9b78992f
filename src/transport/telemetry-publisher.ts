/**
 * The host's telemetry PUB socket: two-frame messages [topic, Envelope bytes], topics
 * `risk_event`, `posture_update`, `health`. Supervisors SUB by topic prefix.
 */
import * as zmq from 'zeromq';
import type { Logger } from 'pino';
import { encodeEnvelope, toULong, type EnvelopeProps } from '../wire/index.js';
import { SendQueue } from './send-queue.js';
import { bindFailureReason, boundEndpoint } from './endpoint.js';
import { TransportError } from './transport-error.js';

export class TelemetryPublisher {
  private readonly queue: SendQueue;
  private seq = 0n;

  private constructor(
    private readonly socket: zmq.Publisher,
    readonly endpoint: string,
    log: Logger,
  ) {
    this.queue = new SendQueue(
      (frames) => this.socket.send(frames),
      (err) => { log.warn({ err, endpoint }, 'telemetry_send_failed'); },
    );
  }

  /** @throws TransportError code 'bind' when the endpoint cannot be bound. */
  static async bind(endpoint: string, log: Logger, context?: zmq.Context): Promise<TelemetryPublisher> {
    const socket = new zmq.Publisher({ linger: 0, ...(context ? { context } : {}) });
    try {
      await socket.bind(endpoint);
    } catch (err: unknown) {
      socket.close();
      throw new TransportError('bind', `cannot bind telemetry ${endpoint}: ${bindFailureReason(endpoint, err instanceof Error ? err.message : String(err))}`, false, { cause: err });
    }
    return new TelemetryPublisher(socket, boundEndpoint(socket, endpoint), log);
  }

  /** Publishes one envelope under `topic`; seq counts telemetry frames from 1. */
  publish(topic: string, body: Omit<EnvelopeProps, 'seq'>): void {
    this.seq += 1n;
    const bytes = encodeEnvelope({ ...body, seq: toULong(this.seq) });
    this.queue.push([Buffer.from(topic), bytes]);
  }

  /** Flushes queued messages and closes the socket. */
  async close(): Promise<void> {
    await this.queue.idle();
    this.socket.close();
  }
}
