import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as zmq from 'zeromq';
import { pino } from 'pino';
import { ManualClock } from '../../../src/market/index.js';
import { DolphinHost } from '../../../src/host/index.js';
import { defineStrategy, type CommandRejected, type OrderEvent } from '../../../src/strategy/index.js';
import { pb, encodeEnvelope, toULong } from '../../../src/wire/index.js';
import { FakeShim } from '../../helpers/fake-shim.js';
import { TRANSPORTS, freshEndpoint } from '../../helpers/transports.js';

const BAR_TYPE = 'BTCUSDT-PERP.BINANCE-1-MINUTE-LAST-EXTERNAL';
const IID = 'BTCUSDT-PERP.BINANCE';
const rejections: CommandRejected[] = [];

/** Buys 0.010 on the first bar, submits a raw off-grid limit on the second, closes on stop. */
const probe = defineStrategy({
  name: 'probe',
  version: '0.0.1',
  description: 'test strategy',
  paramsSchema: z.object({}).strict(),
  create(_params, ctx) {
    let bars = 0;
    return {
      onStart() {
        ctx.subscribeBars(BAR_TYPE);
      },
      onBar() {
        bars += 1;
        if (bars === 1) ctx.submitMarket({ instrumentId: IID, side: 'BUY', quantity: 0.01 });
        if (bars === 2) ctx.submitLimit({ instrumentId: IID, side: 'BUY', quantity: '0.010', price: '100.05' });
      },
      onOrderEvent(e: OrderEvent | CommandRejected) {
        if (e.kind === 'command-rejected') rejections.push(e);
      },
      onStop() {
        ctx.cancelAllOrders(IID);
      },
    };
  },
});

let host: DolphinHost | null = null;
const shims: FakeShim[] = [];

async function startHost(endpoint: string): Promise<DolphinHost> {
  host = await DolphinHost.start({
    endpoint,
    log: pino({ level: 'silent' }),
    wallClock: new ManualClock(1n),
    defaultStrategy: probe as never,
    defaultParams: {},
    findStrategy: () => undefined,
  });
  return host;
}

function newShim(endpoint: string): FakeShim {
  const s = new FakeShim();
  s.connect(endpoint);
  shims.push(s);
  return s;
}

afterEach(async () => {
  for (const s of shims.splice(0)) s.close();
  await host?.close();
  host = null;
  rejections.length = 0;
});

describe.each(TRANSPORTS)('DolphinHost over %s', (kind) => {
  it('welcomes a shim with the strategy subscriptions and bar decisions', async () => {
    const ep = freshEndpoint(kind);
    await startHost(ep);
    const welcome = await newShim(ep).hello();
    expect(welcome.body).toBe('welcome');
    expect(welcome.welcome?.strategyName).toBe('probe');
    expect(welcome.welcome?.subscriptions?.[0]?.barType).toBe(BAR_TYPE);
    expect(welcome.welcome?.decisionEvents).toEqual([pb.EventKind.EVENT_KIND_BAR, pb.EventKind.EVENT_KIND_ORDER]);
  });

  it('answers a bar request with the strategy commands on the instrument grid', async () => {
    const ep = freshEndpoint(kind);
    await startHost(ep);
    const shim = newShim(ep);
    await shim.hello();
    const d = await shim.barRequest(46000, 1_640_995_260_000_000_000n);
    const cmd = d.decision?.commands?.[0];
    expect(cmd?.submitMarket?.quantity).toBe('0.010');
    expect(cmd?.submitMarket?.clientOrderId).toBe('O-000001');
    expect(cmd?.commandId).toBe('C-000001');
  });
});

describe('DolphinHost endpoints', () => {
  it('binds any free tcp port for tcp://127.0.0.1:* and reports the port it got, where a shim connects', async () => {
    const h = await startHost('tcp://127.0.0.1:*');
    expect(h.endpoint).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
    expect(h.endpoint).not.toBe('tcp://127.0.0.1:*');
    expect(h.transport.endpoint).toBe(h.endpoint);
    const welcome = await newShim(h.endpoint).hello();
    expect(welcome.body).toBe('welcome');
  });

  it('releases the telemetry socket when the ROUTER cannot bind', async () => {
    const telemetry = freshEndpoint('tcp');
    const start = DolphinHost.start({
      endpoint: `ipc://${join(tmpdir(), `no-such-dir-${process.pid}`, 'x.sock')}`,
      telemetryEndpoint: telemetry,
      log: pino({ level: 'silent' }),
      wallClock: new ManualClock(1n),
      defaultStrategy: probe as never,
      defaultParams: {},
    });
    await expect(start).rejects.toThrow(`cannot bind ipc://${join(tmpdir(), `no-such-dir-${process.pid}`, 'x.sock')}: the folder ${join(tmpdir(), `no-such-dir-${process.pid}`)} does not exist (create it or choose another path)`);
    // The telemetry port is free again: a new publisher binds it.
    const pub = new zmq.Publisher({ linger: 0 });
    await expect(pub.bind(telemetry)).resolves.toBeUndefined();
    pub.close();
  });
});

describe('DolphinHost bad input', () => {
  it('rejects a wrong protocol version and keeps serving others', async () => {
    const ep = freshEndpoint('ipc');
    await startHost(ep);
    const bad = await newShim(ep).hello({ version: 7 });
    expect(bad.body).toBe('reject');
    expect(bad.reject?.code).toBe(pb.RejectCode.REJECT_CODE_PROTOCOL_VERSION);
    expect(bad.reject?.reason).toMatch(/protocol version 7 is not supported/);
    expect((await newShim(ep).hello()).body).toBe('welcome');
  });

  it('rejects an unknown strategy with a reason naming it', async () => {
    const ep = freshEndpoint('ipc');
    await startHost(ep);
    const r = await newShim(ep).hello({ strategy: 'no-such-thing' });
    expect(r.reject?.code).toBe(pb.RejectCode.REJECT_CODE_UNKNOWN_STRATEGY);
    expect(r.reject?.reason).toContain('no-such-thing');
  });

  it('answers a malformed frame with a protocol error and keeps the session', async () => {
    const ep = freshEndpoint('ipc');
    await startHost(ep);
    const shim = newShim(ep);
    await shim.hello();
    await shim.sendRaw(Uint8Array.from([0xff, 0xff, 0xff, 0x0f]));
    const err = await shim.receive();
    expect(err.protocolError?.code).toBe(pb.ProtocolErrorCode.PROTOCOL_ERROR_CODE_MALFORMED_FRAME);
    const d = await shim.barRequest(46000, 1_640_995_260_000_000_000n);
    expect(d.decision?.commands).toHaveLength(1);
  });

  it('answers an unknown message type with a protocol error', async () => {
    const ep = freshEndpoint('ipc');
    await startHost(ep);
    const shim = newShim(ep);
    await shim.hello();
    const known = encodeEnvelope({ seq: toULong(2n), sessionId: shim.sessionId });
    const unknownField = Uint8Array.from([0xfa, 0x07, 0x02, 0x08, 0x01]); // field 127, length 2
    await shim.sendRaw(Uint8Array.from([...known, ...unknownField]));
    const err = await shim.receive();
    expect(err.protocolError?.code).toBe(pb.ProtocolErrorCode.PROTOCOL_ERROR_CODE_UNKNOWN_MESSAGE);
  });

  it('hands a command the shim refused back to the strategy', async () => {
    const ep = freshEndpoint('ipc');
    await startHost(ep);
    const shim = newShim(ep);
    await shim.hello();
    await shim.barRequest(46000, 1_640_995_260_000_000_000n);
    const d2 = await shim.barRequest(46001, 1_640_995_320_000_000_000n);
    const cmd = d2.decision?.commands?.[0];
    expect(cmd?.submitLimit?.price).toBe('100.05');
    await shim.send({
      commandAck: { commandId: cmd?.commandId ?? '', accepted: false, code: pb.CommandRejectCode.COMMAND_REJECT_CODE_OFF_GRID_PRICE, reason: 'price 100.05 is not a multiple of 0.1' },
    });
    await shim.barRequest(46002, 1_640_995_380_000_000_000n);
    expect(rejections.map((r) => r.code)).toEqual(['OFF_GRID_PRICE']);
    expect(rejections[0]?.clientOrderIds).toEqual(['O-000002']);
  });

  it('runs onStop on StopRequested and returns its commands', async () => {
    const ep = freshEndpoint('ipc');
    await startHost(ep);
    const shim = newShim(ep);
    await shim.hello();
    const seq = await shim.send({ awaitDecision: true, stopRequested: { reason: 'backtest end' } });
    const { match } = await shim.receiveUntil('decision');
    expect(match.decision?.inReplyTo?.toString()).toBe(seq.toString());
    expect(match.decision?.commands?.[0]?.cancelAll?.instrumentId).toBe(IID);
  });

  it('serves several shims, one session each', async () => {
    const ep = freshEndpoint('ipc');
    const h = await startHost(ep);
    const a = newShim(ep);
    const b = newShim(ep);
    await a.hello();
    await b.hello();
    expect(a.sessionId).not.toBe(b.sessionId);
    const da = await a.barRequest(46000, 1_640_995_260_000_000_000n);
    const db = await b.barRequest(46000, 1_640_995_260_000_000_000n);
    expect(da.decision?.commands?.[0]?.submitMarket?.clientOrderId).toBe('O-000001');
    expect(db.decision?.commands?.[0]?.submitMarket?.clientOrderId).toBe('O-000001');
    expect(h.sessions).toHaveLength(2);
  });
});
