/**
 * The iteration order of a CPython 3.11 `set` of ASCII strings under `PYTHONHASHSEED=0`, which
 * the Nautilus runner pins: Nautilus walks a position's orders (`Cache.orders_for_position`) in
 * that order when it resizes or cancels reduce-only orders, and the order can change fills.
 *
 * - `hash(str)` is SipHash-1-3 with a zero key over the string's bytes (Python/pyhash.c; an ASCII
 *   string is stored one byte per character), -1 becoming -2.
 * - The table (Objects/setobject.c) starts at 8 slots; a key goes to `hash & mask`, then up to 9
 *   linear probes, then `i = (i * 5 + 1 + perturb) & mask` with `perturb >>= 5`; the table grows
 *   to the smallest power of two above 4 x used once fill x 5 >= mask x 3, re-inserting in slot
 *   order. Iteration walks the slots in order. (Nautilus never removes from these sets in a
 *   backtest, so there are no dummies.)
 *
 * Checked against Python itself by golden vectors (test/fixtures/py-set-order.json, regenerated
 * and compared by python_bridge/tests/test_py_set_order.py).
 */

const MASK64 = (1n << 64n) - 1n;

function rotl(x: bigint, b: bigint): bigint {
  return ((x << b) | (x >> (64n - b))) & MASK64;
}

/** CPython's `hash(s)` for an ASCII string with PYTHONHASHSEED=0, as a signed 64-bit value. */
export function pyStrHash(s: string): bigint {
  const n = s.length;
  if (n === 0) return 0n;
  let v0 = 0x736f6d6570736575n;
  let v1 = 0x646f72616e646f6dn;
  let v2 = 0x6c7967656e657261n;
  let v3 = 0x7465646279746573n;
  const round = (): void => {
    v0 = (v0 + v1) & MASK64;
    v2 = (v2 + v3) & MASK64;
    v1 = rotl(v1, 13n) ^ v0;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v1) & MASK64;
    v0 = (v0 + v3) & MASK64;
    v1 = rotl(v1, 17n) ^ v2;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = rotl(v2, 32n);
  };
  const byte = (k: number): bigint => {
    const c = s.charCodeAt(k);
    if (c > 127) throw new RangeError(`pyStrHash handles ASCII only, was ${JSON.stringify(s)}`);
    return BigInt(c);
  };
  let k = 0;
  for (; k + 8 <= n; k += 8) {
    let m = 0n;
    for (let j = 7; j >= 0; j--) m = (m << 8n) | byte(k + j);
    v3 ^= m;
    round();
    v0 ^= m;
  }
  let t = 0n;
  for (let j = n - k - 1; j >= 0; j--) t = (t << 8n) | byte(k + j);
  const b = ((BigInt(n) << 56n) | t) & MASK64;
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  const x = v0 ^ v1 ^ v2 ^ v3;
  const signed = x >= 1n << 63n ? x - (1n << 64n) : x;
  return signed === -1n ? -2n : signed;
}

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

/**
 * A set of strings laid out as CPython lays it out (see the module comment). `add` is cheap (the
 * key waits); the table is built, hashing each key once, when {@link rank} is first asked.
 */
export class PySetOrder {
  private readonly pending: string[] = [];
  private keys: Array<string | null> = new Array<string | null>(8).fill(null);
  private hashes: bigint[] = new Array<bigint>(8).fill(0n);
  /** Slot of each key in the current table. */
  private readonly slots = new Map<string, number>();
  private used = 0;
  private fill = 0;

  add(key: string): void {
    this.pending.push(key);
  }

  /** The key's position in Python's iteration order (smaller first), or -1 when absent. */
  rank(key: string): number {
    this.build();
    return this.slots.get(key) ?? -1;
  }

  /** The keys in Python's iteration order. */
  values(): string[] {
    this.build();
    return this.keys.filter((k): k is string => k !== null);
  }

  private build(): void {
    for (const key of this.pending) {
      if (!this.slots.has(key)) this.insert(key, pyStrHash(key));
    }
    this.pending.length = 0;
  }

  private insert(key: string, hash: bigint): void {
    const mask = this.keys.length - 1;
    this.place(this.keys, this.hashes, key, hash);
    this.used += 1;
    this.fill += 1;
    if (this.fill * 5 < mask * 3) return;
    const minUsed = this.used > 50_000 ? this.used * 2 : this.used * 4;
    let size = 8;
    while (size <= minUsed) size *= 2;
    const keys = new Array<string | null>(size).fill(null);
    const hashes = new Array<bigint>(size).fill(0n);
    for (let i = 0; i <= mask; i++) {
      const k = this.keys[i];
      if (k !== null && k !== undefined) this.place(keys, hashes, k, this.hashes[i] as bigint);
    }
    this.keys = keys;
    this.hashes = hashes;
    this.fill = this.used;
  }

  /** set_insert_clean: the first free slot on the key's probe sequence. */
  private place(keys: Array<string | null>, hashes: bigint[], key: string, hash: bigint): void {
    const mask = keys.length - 1;
    const unsigned = hash & MASK64;
    let perturb = unsigned;
    let i = Number(unsigned & BigInt(mask));
    for (;;) {
      const last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
      for (let j = i; j <= last; j++) {
        if (keys[j] === null) {
          keys[j] = key;
          hashes[j] = hash;
          this.slots.set(key, j);
          return;
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  }
}
