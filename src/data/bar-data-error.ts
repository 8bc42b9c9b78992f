/** A bar file that cannot be used: unreadable, a missing column, a bad value or out-of-order rows. */
export class BarDataError extends Error {
  override readonly name = 'BarDataError';
  constructor(
    /** The file, as given. */
    readonly path: string,
    /** What is wrong, naming the line (CSV) or row (Parquet) and column. */
    readonly problem: string,
    options?: ErrorOptions,
  ) {
    super(`${path}: ${problem}`, options);
  }
}
