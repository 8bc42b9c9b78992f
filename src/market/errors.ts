/**
 * A broken precondition: a caller passed a value the contract forbids. The message has one shape,
 * `invalid <subject>, <rule>, was <value>`, so logs and tests can rely on it.
 */
export class InvariantError extends Error {
  override readonly name = 'InvariantError';
  readonly subject: string;

  constructor(subject: string, rule: string, value: unknown, options?: ErrorOptions) {
    super(`invalid ${subject}, ${rule}, was ${formatValue(value)}`, options);
    this.subject = subject;
  }
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === undefined) return 'undefined';
  if (typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return '[unserializable object]';
    }
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'symbol') return value.toString();
  return '[function]';
}

/** Throws {@link InvariantError} unless `condition` holds. */
export function invariant(condition: boolean, subject: string, rule: string, value: unknown): asserts condition {
  if (!condition) throw new InvariantError(subject, rule, value);
}

/** Throws unless `value` is a finite number. */
export function requireFinite(value: number, subject: string): number {
  invariant(Number.isFinite(value), subject, 'not a finite number', value);
  return value;
}

/** Throws unless `value` is a finite number > 0. */
export function requirePositive(value: number, subject: string): number {
  invariant(Number.isFinite(value) && value > 0, subject, 'not positive', value);
  return value;
}
