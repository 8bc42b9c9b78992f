/**
 * A sweep worker thread: prepares the shared bars (or ticks) once, then evaluates the batches of combination
 * indices it is sent, through the real simulator and runner (see sweep-evaluate.ts).
 */
import { parentPort } from 'node:worker_threads';
import type { StrategyDefinition } from '../../strategy/index.js';
import { prepareHostData, type PreparedHostData } from '../host-backtest.js';
import { loadSweepControls, type ComboControlsFactory } from './sweep-controls.js';
import { evaluateCombos } from './sweep-evaluate.js';
import type { FromWorker, SweepInit, ToWorker } from './sweep-protocol.js';
import { resolveStrategy } from '../strategy-loader.js';

interface State {
  readonly init: SweepInit;
  readonly definition: StrategyDefinition;
  readonly data: PreparedHostData;
  readonly controls: ComboControlsFactory | null;
}

const port = parentPort;
if (port === null) throw new Error('sweep-worker must run in a worker thread');
let state: State | null = null;

const send = (m: FromWorker): void => { port.postMessage(m); };

port.on('message', (msg: ToWorker) => {
  // A strategy's own refusal (InvariantError: it names the value and the fix) travels as its message;
  // anything else with its stack, to find the bug.
  void handle(msg).catch((err: unknown) => { send({ type: 'error', message: err instanceof Error ? (err.name === 'InvariantError' ? err.message : (err.stack ?? err.message)) : String(err) }); });
});

async function handle(msg: ToWorker): Promise<void> {
  if (msg.type === 'init') {
    const definition = await resolveStrategy(msg.strategy);
    const controls = msg.controls === undefined ? null : await loadSweepControls(msg.controls, definition, msg.venue);
    state = { init: msg, definition, data: prepareHostData(msg.venue, msg.series, msg.ticks), controls };
    send({ type: 'ready' });
    return;
  }
  if (msg.type === 'stop') {
    port?.close();
    return;
  }
  if (state === null) throw new Error('sweep worker got a batch before init');
  const { init, definition, data, controls } = state;
  const batch = evaluateCombos(definition, data, init.venue, init.grid, msg.indices, init.fixedParams, controls);
  send({ type: 'batch', ...batch });
}
