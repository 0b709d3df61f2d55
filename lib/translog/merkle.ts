import { createHash } from "node:crypto";

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0) §2.1, with SHA-256:
 *   leaf hash  = SHA-256(0x00 || leaf bytes)
 *   node hash  = SHA-256(0x01 || left || right)
 *   MTH(D[n])  = node(MTH(D[0:k]), MTH(D[k:n])), k the largest power of two smaller than n; MTH({}) = SHA-256().
 *
 * Proofs are built from *perfect* subtrees (2^level leaves starting at a multiple of 2^level), which never change
 * once complete: the database stores each one when its last leaf is appended (TransparencyLogNode), so an
 * inclusion or consistency proof reads O(log² n) stored hashes instead of every leaf. Every range the RFC's
 * recursion visits splits into such subtrees (see rangeHash). The generators follow the RFC's PATH and SUBPROOF
 * definitions step by step; the verifiers are the RFC's algorithms of §2.1.3.2 and §2.1.4.2. merkle.test.ts
 * checks both against a direct transcription of the recursive definitions on random trees, every leaf and every
 * pair of sizes.
 *
 * Indices and sizes are JavaScript numbers (exact up to 2^53 leaves) and use arithmetic, not 32-bit bit operators.
 */

export const HASH_SIZE = 32;

export function sha256(...parts: Uint8Array[]): Buffer {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest();
}

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

export function leafHash(leaf: Uint8Array): Buffer {
  return sha256(LEAF_PREFIX, leaf);
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return sha256(NODE_PREFIX, left, right);
}

export const EMPTY_ROOT = sha256();

/** The largest power of two strictly smaller than n (n >= 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** Hash of the perfect subtree with 2^level leaves starting at leaf index * 2^level. */
export type TNodeGetter = (level: number, index: number) => Buffer;

function assertSize(name: string, v: number): void {
  if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${name} must be a non-negative safe integer`);
}

/**
 * MTH(D[lo:hi]) for a range the RFC recursion produces (lo is a multiple of the smallest power of two >= hi-lo),
 * from perfect subtrees: the binary decomposition of hi-lo, largest first, folded from the right. This is
 * exactly the recursion: the left part of every split is a perfect subtree, the right part recurses.
 */
export function rangeHash(get: TNodeGetter, lo: number, hi: number): Buffer {
  if (hi <= lo) throw new RangeError("empty range");
  const pieces: Buffer[] = [];
  let start = lo;
  let remaining = hi - lo;
  let level = 0;
  while (2 ** (level + 1) <= remaining) level++;
  for (; level >= 0; level--) {
    const size = 2 ** level;
    if (remaining >= size) {
      if (start % size !== 0) throw new RangeError(`range [${lo}, ${hi}) is not a subtree of the log`);
      pieces.push(get(level, start / size));
      start += size;
      remaining -= size;
    }
  }
  let h = pieces[pieces.length - 1]!;
  for (let i = pieces.length - 2; i >= 0; i--) h = nodeHash(pieces[i]!, h);
  return h;
}

export function rootHash(get: TNodeGetter, size: number): Buffer {
  assertSize("size", size);
  return size === 0 ? EMPTY_ROOT : rangeHash(get, 0, size);
}

/** RFC 9162 §2.1.3.1 PATH(m, D[n]): the audit path of leaf m in the tree of size n, leaf to root. */
export function inclusionProof(get: TNodeGetter, m: number, n: number): Buffer[] {
  assertSize("leaf index", m);
  assertSize("tree size", n);
  if (m >= n) throw new RangeError(`leaf ${m} is not in a tree of size ${n}`);
  const path: Buffer[] = [];
  // Iterative form of the recursion: the range [lo, hi) contains m; siblings are collected root to leaf, then reversed.
  let lo = 0;
  let hi = n;
  while (hi - lo > 1) {
    const k = splitPoint(hi - lo);
    if (m - lo < k) {
      path.push(rangeHash(get, lo + k, hi));
      hi = lo + k;
    } else {
      path.push(rangeHash(get, lo, lo + k));
      lo += k;
    }
  }
  return path.reverse();
}

/** RFC 9162 §2.1.4.1 PROOF(m, D[n]) = SUBPROOF(m, D[n], true), for 0 < m <= n (empty when m == n). */
export function consistencyProof(get: TNodeGetter, m: number, n: number): Buffer[] {
  assertSize("first", m);
  assertSize("second", n);
  if (m < 1 || m > n) throw new RangeError(`no consistency proof from ${m} to ${n}`);
  const proof: Buffer[] = [];
  let lo = 0;
  let hi = n;
  let first = m; // m relative to lo
  let complete = true; // the RFC's b: is the subtree [lo, lo+first) a complete earlier tree on its own?
  for (;;) {
    if (first === hi - lo) {
      if (!complete) proof.push(rangeHash(get, lo, hi));
      break;
    }
    const k = splitPoint(hi - lo);
    if (first <= k) {
      proof.push(rangeHash(get, lo + k, hi));
      hi = lo + k;
    } else {
      proof.push(rangeHash(get, lo, lo + k));
      lo += k;
      first -= k;
      complete = false;
    }
  }
  return proof.reverse();
}

const eq = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
const half = (x: number) => Math.floor(x / 2);
const odd = (x: number) => x % 2 === 1;

/** RFC 9162 §2.1.3.2: does `path` prove leaf `index` (with hash `leaf`) is in the tree of `size` with `root`? */
export function verifyInclusion(
  index: number,
  size: number,
  leaf: Uint8Array,
  path: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r: Buffer = Buffer.from(leaf);
  for (const p of path) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      r = nodeHash(p, r);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && eq(r, root);
}

/**
 * RFC 9162 §2.1.4.2: is the tree (`second`, `secondRoot`) an append-only extension of (`first`, `firstRoot`)?
 * first == second needs an empty proof and equal roots (the RFC's algorithm covers 0 < first < second).
 */
export function verifyConsistency(
  first: number,
  second: number,
  firstRoot: Uint8Array,
  secondRoot: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(second) || first < 1 || first > second)
    return false;
  if (first === second) return proof.length === 0 && eq(firstRoot, secondRoot);
  if (proof.length === 0) return false;
  const path = [...proof];
  if (Number.isInteger(Math.log2(first)) && 2 ** Math.log2(first) === first) path.unshift(firstRoot);
  let fn = first - 1;
  let sn = second - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr: Buffer = Buffer.from(path[0]!);
  let sr: Buffer = Buffer.from(path[0]!);
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return eq(fr, firstRoot) && eq(sr, secondRoot) && sn === 0;
}

/**
 * The perfect subtrees a computation reads, without their hashes: the proof generators' control flow depends on
 * indices only, so running them once with a recording getter lists what to fetch from the database in one query.
 */
export function nodesNeeded(run: (get: TNodeGetter) => unknown): { level: number; index: number }[] {
  const seen = new Map<string, { level: number; index: number }>();
  const zero = Buffer.alloc(HASH_SIZE);
  run((level, index) => {
    seen.set(`${level}:${index}`, { level, index });
    return zero;
  });
  return [...seen.values()];
}

/**
 * The right edge of a tree (its perfect subtrees, largest first): enough to append leaves and compute the root
 * without keeping the leaves. The monitor keeps one in its state file; it is also an in-memory log for tests.
 */
export class CompactRange {
  private constructor(
    private sizeValue: number,
    private readonly edge: Buffer[],
  ) {}

  static empty(): CompactRange {
    return new CompactRange(0, []);
  }

  /** From a saved state: `hashes` must be the perfect subtrees of the binary decomposition of `size`. */
  static restore(size: number, hashes: readonly Uint8Array[]): CompactRange {
    assertSize("size", size);
    let bits = 0;
    for (let s = size; s > 0; s = half(s)) if (odd(s)) bits++;
    if (bits !== hashes.length || hashes.some((h) => h.length !== HASH_SIZE))
      throw new Error(`a compact range of size ${size} has ${bits} hashes of ${HASH_SIZE} bytes`);
    return new CompactRange(
      size,
      hashes.map((h) => Buffer.from(h)),
    );
  }

  get size(): number {
    return this.sizeValue;
  }

  hashes(): Buffer[] {
    return this.edge.map((h) => Buffer.from(h));
  }

  appendLeafHash(h: Uint8Array): void {
    this.edge.push(Buffer.from(h));
    this.sizeValue++;
    // Merge equal-sized neighbours: the number of merges is the number of trailing ones of the old size.
    for (let s = this.sizeValue; s % 2 === 0; s = half(s)) {
      const right = this.edge.pop()!;
      const left = this.edge.pop()!;
      this.edge.push(nodeHash(left, right));
    }
  }

  root(): Buffer {
    if (this.edge.length === 0) return EMPTY_ROOT;
    let h = this.edge[this.edge.length - 1]!;
    for (let i = this.edge.length - 2; i >= 0; i--) h = nodeHash(this.edge[i]!, h);
    return h;
  }
}

/** Every perfect subtree of a list of leaf hashes, as the database stores them (for tests and tools). */
export function perfectNodes(leafHashes: readonly Uint8Array[]): TNodeGetter {
  const levels: Buffer[][] = [leafHashes.map((h) => Buffer.from(h))];
  for (let l = 0; levels[l]!.length > 1; l++) {
    const below = levels[l]!;
    const above: Buffer[] = [];
    for (let i = 0; i + 1 < below.length; i += 2) above.push(nodeHash(below[i]!, below[i + 1]!));
    levels.push(above);
  }
  return (level, index) => {
    const h = levels[level]?.[index];
    if (!h) throw new RangeError(`no perfect subtree at level ${level}, index ${index}`);
    return h;
  };
}
