/** Why a state store operation failed. */
export type StateStoreErrorCode =
  /** The value is not JSON (NaN, Infinity, undefined, a function, a cycle...). */
  | 'invalid-value'
  /** The durable file exists but does not hold a state snapshot this version can read. */
  | 'corrupt-file'
  /** The file system refused a read, write, fsync or rename. */
  | 'io';

/**
 * A state store failure with a typed `code`; `cause` carries the underlying error. Callers
 * narrow on `code`, never on the message text.
 */
export class StateStoreError extends Error {
  override readonly name = 'StateStoreError';
  readonly code: StateStoreErrorCode;

  constructor(code: StateStoreErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}
