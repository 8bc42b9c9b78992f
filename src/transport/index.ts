/** ZeroMQ transport: the ROUTER the shims connect to, the telemetry PUB socket, the protocol core. */
export * from './transport-error.js';
export * from './send-queue.js';
export * from './endpoint.js';
export * from './bridge-server.js';
export * from './router-transport.js';
export * from './telemetry-publisher.js';
