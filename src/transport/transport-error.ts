/** Failure codes of the transport, typed so callers narrow on `code`, never on message text. */
export const TransportErrorCode = {
  timeout: 'timeout',
  peerLost: 'peer-lost',
  seqGap: 'seq-gap',
  decode: 'decode',
  protocolVersion: 'protocol-version',
  bind: 'bind',
  closed: 'closed',
} as const;
export type TransportErrorCode = (typeof TransportErrorCode)[keyof typeof TransportErrorCode];

/** An I/O failure of the bridge transport. */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(
    readonly code: TransportErrorCode,
    message: string,
    readonly retryable: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
