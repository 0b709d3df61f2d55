import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CompactRange,
  EMPTY_ROOT,
  consistencyProof,
  inclusionProof,
  leafHash,
  nodeHash,
  nodesNeeded,
  perfectNodes,
  rootHash,
  sha256,
  splitPoint,
  verifyConsistency,
  verifyInclusion,
} from "./merkle";

// A direct transcription of RFC 9162 §2.1's recursive definitions over the leaves themselves: the reference the
// perfect-subtree implementation must agree with.
const ref = {
  mth(d: Buffer[]): Buffer {
    if (d.length === 0) return sha256();
    if (d.length === 1) return leafHash(d[0]!);
    const k = splitPoint(d.length);
    return nodeHash(ref.mth(d.slice(0, k)), ref.mth(d.slice(k)));
  },
  path(m: number, d: Buffer[]): Buffer[] {
    if (d.length === 1) return [];
    const k = splitPoint(d.length);
    return m < k
      ? [...ref.path(m, d.slice(0, k)), ref.mth(d.slice(k))]
      : [...ref.path(m - k, d.slice(k)), ref.mth(d.slice(0, k))];
  },
  subproof(m: number, d: Buffer[], b: boolean): Buffer[] {
    if (m === d.length) return b ? [] : [ref.mth(d)];
    const k = splitPoint(d.length);
    return m <= k
      ? [...ref.subproof(m, d.slice(0, k), b), ref.mth(d.slice(k))]
      : [...ref.subproof(m - k, d.slice(k), false), ref.mth(d.slice(0, k))];
  },
};

const leavesOf = (n: number, seed = 0) =>
  Array.from({ length: n }, (_, i) => Buffer.from(`leaf ${seed}:${i}:${"x".repeat((i * 7) % 13)}`));
/** For the property loops below (thousands of checks a run): an assertion without expect's cost per call. */
function must(ok: boolean, what: string): void {
  if (!ok) throw new Error(`expected: ${what}`);
}
const hex = (bs: Buffer[]) => bs.map((b) => b.toString("hex"));

describe("RFC 9162 Merkle tree", () => {
  it("hashes leaves and nodes with the 0x00 / 0x01 prefixes and the empty tree as SHA-256 of nothing", () => {
    expect(EMPTY_ROOT.toString("hex")).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
    // The RFC 6962 / 9162 reference vector: the leaf hash of the empty leaf.
    expect(leafHash(Buffer.alloc(0)).toString("hex")).toBe(
      "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    );
    const a = Buffer.from("a");
    const b = Buffer.from("b");
    expect(rootHash(perfectNodes([leafHash(a), leafHash(b)]), 2)).toEqual(nodeHash(leafHash(a), leafHash(b)));
  });

  it("matches the roots and proofs of the well-known 8-leaf test tree of RFC 6962's reference code", () => {
    // certificate-transparency / transparency-dev test vectors: leaves "", 00, 10, 2021, 3031, 40414243, … .
    const leaves = [
      "",
      "00",
      "10",
      "2021",
      "3031",
      "40414243",
      "5051525354555657",
      "606162636465666768696a6b6c6d6e6f",
    ].map((h) => Buffer.from(h, "hex"));
    const roots = [
      "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
      "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
      "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
      "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
      "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
      "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
      "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];
    const get = perfectNodes(leaves.map(leafHash));
    roots.forEach((r, i) => expect(rootHash(get, i + 1).toString("hex")).toBe(r));
    expect(hex(inclusionProof(get, 0, 8))).toEqual([
      "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ]);
    expect(hex(consistencyProof(get, 1, 8))).toEqual([
      "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ]);
    expect(hex(consistencyProof(get, 6, 8))).toEqual([
      "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
      "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ]);
  });

  it("generates exactly the RFC's PATH and PROOF for every leaf and every pair of sizes up to 40", () => {
    const leaves = leavesOf(40);
    const get = perfectNodes(leaves.map(leafHash));
    for (let n = 1; n <= leaves.length; n++) {
      const d = leaves.slice(0, n);
      const root = ref.mth(d);
      expect(rootHash(get, n)).toEqual(root);
      for (let m = 0; m < n; m++) {
        const path = inclusionProof(get, m, n);
        expect(hex(path)).toEqual(hex(ref.path(m, d)));
        expect(verifyInclusion(m, n, leafHash(d[m]!), path, root)).toBe(true);
      }
      for (let m = 1; m <= n; m++) {
        const proof = consistencyProof(get, m, n);
        expect(hex(proof)).toEqual(hex(ref.subproof(m, d, true)));
        expect(verifyConsistency(m, n, ref.mth(d.slice(0, m)), root, proof)).toBe(true);
      }
    }
  });

  it("property: random trees, every leaf's inclusion proof verifies and no altered one does", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 0, max: 31 }),
        (n, seed, flip) => {
          const d = leavesOf(n, seed);
          const get = perfectNodes(d.map(leafHash));
          const root = rootHash(get, n);
          expect(root).toEqual(ref.mth(d));
          const biggerRoot = rootHash(perfectNodes([...d, d[0]!].map(leafHash)), n + 1);
          for (let m = 0; m < n; m++) {
            const lh = leafHash(d[m]!);
            const path = inclusionProof(get, m, n);
            must(verifyInclusion(m, n, lh, path, root), "verifyInclusion accepts");
            // Wrong index, wrong size, altered leaf, altered path, truncated or extended path: all refused.
            if (n > 1) must(!verifyInclusion((m + 1) % n, n, lh, path, root), "verifyInclusion refuses");
            // (The size alone only picks left or right at each step; it is the signed root that binds it.)
            must(!verifyInclusion(m, n + 1, lh, path, biggerRoot), "verifyInclusion refuses");
            const bad = Buffer.from(lh);
            bad[flip % 32]! ^= 1;
            must(!verifyInclusion(m, n, bad, path, root), "verifyInclusion refuses");
            if (path.length > 0) {
              const tampered = path.map((p) => Buffer.from(p));
              tampered[m % path.length]![flip % 32]! ^= 0x80;
              must(!verifyInclusion(m, n, lh, tampered, root), "verifyInclusion refuses");
              must(!verifyInclusion(m, n, lh, path.slice(0, -1), root), "verifyInclusion refuses");
            }
            must(!verifyInclusion(m, n, lh, [...path, root], root), "verifyInclusion refuses");
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("property: random trees, every pair of sizes is consistent and a changed history is not", () => {
    fc.assert(
      // Every pair of sizes is n²/2 proofs: trees up to 80 leaves (the exhaustive RFC test above covers up to 40).
      fc.property(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 0, max: 1e6 }), (n, seed) => {
        const d = leavesOf(n, seed);
        const get = perfectNodes(d.map(leafHash));
        const roots = Array.from({ length: n + 1 }, (_, s) => rootHash(get, s));
        // The same history with one earlier leaf rewritten: every size from that leaf on has a different root.
        const forged = [...d];
        const at = seed % n;
        forged[at] = Buffer.from(`forged ${seed}`);
        const forgedGet = perfectNodes(forged.map(leafHash));
        const forgedRoots = Array.from({ length: n + 1 }, (_, s) => rootHash(forgedGet, s));
        for (let m = 1; m <= n; m++)
          for (let s = m; s <= n; s++) {
            const proof = consistencyProof(get, m, s);
            must(verifyConsistency(m, s, roots[m]!, roots[s]!, proof), "verifyConsistency accepts");
            if (m < s) {
              must(
                !verifyConsistency(m, s, roots[m]!, roots[s]!, proof.slice(1)),
                "verifyConsistency refuses",
              );
              must(!verifyConsistency(m, s, roots[s]!, roots[m]!, proof), "verifyConsistency refuses");
            }
            if (at < m) {
              // An old head (m) and a new head (s) built on a rewritten history never verify as consistent.
              const forgedProof = consistencyProof(forgedGet, m, s);
              must(
                !verifyConsistency(m, s, roots[m]!, forgedRoots[s]!, forgedProof),
                "verifyConsistency refuses",
              );
            }
          }
      }),
      { numRuns: 30 },
    );
  });

  it("a compact range computes the same roots as the full tree, and survives a save and restore", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (a, b) => {
        const d = leavesOf(a + b);
        const get = perfectNodes(d.map(leafHash));
        const cr = CompactRange.empty();
        d.slice(0, a).forEach((l) => cr.appendLeafHash(leafHash(l)));
        expect(cr.root()).toEqual(rootHash(get, a));
        const restored = CompactRange.restore(cr.size, cr.hashes());
        d.slice(a).forEach((l) => restored.appendLeafHash(leafHash(l)));
        expect(restored.size).toBe(a + b);
        expect(restored.root()).toEqual(rootHash(get, a + b));
      }),
      { numRuns: 50 },
    );
    expect(() => CompactRange.restore(3, [Buffer.alloc(32)])).toThrow();
  });

  it("lists the stored subtrees a proof needs (O(log² n)), so the database is read once", () => {
    const n = 1_000_003;
    const needed = nodesNeeded((get) => inclusionProof(get, 777_777, n));
    expect(needed.length).toBeLessThanOrEqual(20 * 20);
    expect(needed.every((x) => x.index * 2 ** x.level < n)).toBe(true);
    expect(nodesNeeded((get) => consistencyProof(get, 500_000, n)).length).toBeLessThanOrEqual(400);
  });

  it("refuses impossible requests", () => {
    const get = perfectNodes(leavesOf(5).map(leafHash));
    expect(() => inclusionProof(get, 5, 5)).toThrow(RangeError);
    expect(() => consistencyProof(get, 0, 5)).toThrow(RangeError);
    expect(() => consistencyProof(get, 6, 5)).toThrow(RangeError);
    expect(verifyInclusion(-1, 5, Buffer.alloc(32), [], Buffer.alloc(32))).toBe(false);
    expect(verifyConsistency(3, 2, Buffer.alloc(32), Buffer.alloc(32), [])).toBe(false);
    expect(verifyConsistency(3, 3, Buffer.alloc(32), Buffer.alloc(32), [])).toBe(true);
  });
});
