/**
 * Largest eigenvalue of a symmetric positive semi-definite matrix by power iteration, plus an
 * exact Jacobi eigen-solver used to check it. Pure numerics: no allocation inside the loops.
 */
import { InvariantError } from '../market/index.js';

/**
 * Multiplies `v` by a symmetric matrix without materialising it: `out = M v`. Implementations
 * compute the product on the fly (e.g. a correlation matrix from running sums).
 */
export type SymmetricProduct = (v: Float64Array, out: Float64Array) => void;

/**
 * Runs `iterations` power-iteration steps from the unit-norm start vector `vec` (updated in
 * place, so the next call can warm-start from it) and returns the Rayleigh quotient v'Mv, the
 * estimate of the largest eigenvalue. `scratch` must have the same length as `vec`. A zero
 * product (zero matrix) returns 0 and leaves `vec` unchanged.
 * @throws InvariantError when iterations < 1 or the buffers differ in length.
 */
export function powerIterationLambdaMax(
  product: SymmetricProduct,
  vec: Float64Array,
  scratch: Float64Array,
  iterations: number,
): number {
  if (!(iterations >= 1)) throw new InvariantError('iterations', 'not >= 1', iterations);
  if (scratch.length !== vec.length) throw new InvariantError('scratch length', `not ${vec.length}`, scratch.length);
  const n = vec.length;
  let lambda = 0;
  for (let it = 0; it < iterations; it++) {
    product(vec, scratch);
    let dot = 0;
    let norm2 = 0;
    for (let i = 0; i < n; i++) {
      const s = scratch[i] as number;
      dot += (vec[i] as number) * s;
      norm2 += s * s;
    }
    lambda = dot;
    if (!(norm2 > 0)) return 0;
    const inv = 1 / Math.sqrt(norm2);
    for (let i = 0; i < n; i++) vec[i] = (scratch[i] as number) * inv;
  }
  return lambda;
}

/** Fills `vec` with the unit vector of equal components. */
export function fillUniformUnitVector(vec: Float64Array): void {
  const c = vec.length > 0 ? 1 / Math.sqrt(vec.length) : 0;
  vec.fill(c);
}

/**
 * Fills `vec` with the cold start of a power iteration: positive components 1 + 0.5 frac(0.618 i),
 * normalised. Not uniform, so it is not orthogonal to a top eigenvector such as (1, -1) / sqrt 2.
 */
export function fillStartVector(vec: Float64Array): void {
  let norm2 = 0;
  for (let i = 0; i < vec.length; i++) {
    const x = 1 + 0.5 * ((i * 0.6180339887498949) % 1);
    vec[i] = x;
    norm2 += x * x;
  }
  const inv = norm2 > 0 ? 1 / Math.sqrt(norm2) : 0;
  for (let i = 0; i < vec.length; i++) vec[i] = (vec[i] as number) * inv;
}

/**
 * All eigenvalues of a symmetric n x n matrix (row-major), by cyclic Jacobi rotations; returned in
 * descending order. O(n^3) per sweep: for tests and small matrices only.
 * @throws InvariantError when the array is not n x n.
 */
export function jacobiEigenvalues(matrix: Float64Array, n: number, maxSweeps = 100): Float64Array {
  if (matrix.length !== n * n) throw new InvariantError('matrix length', `not ${n}x${n}`, matrix.length);
  const a = Float64Array.from(matrix);
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += (a[p * n + q] as number) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q] as number;
        if (Math.abs(apq) < 1e-300) continue;
        const app = a[p * n + p] as number;
        const aqq = a[q * n + q] as number;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p] as number;
          const akq = a[k * n + q] as number;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k] as number;
          const aqk = a[q * n + k] as number;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
      }
    }
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = a[i * n + i] as number;
  return out.sort().reverse();
}
