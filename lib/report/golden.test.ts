import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { TLabelSnapshotV1, TLabelSnapshotV2, TLabelSnapshotV3 } from "@/lib/labels/snapshot-types";
import { renderArtworkPng, renderArtworkSvg, renderReportPdf, type TReportSignature } from "./index";

/**
 * Issued labels never change: a report is verified by re-rendering it from the stored snapshot and comparing bytes
 * (lib/labels/verify-report.ts). Snapshots of format cyberlabel.snapshot/1 must therefore render byte for byte as
 * they did when they were issued. The fixture is a real v1 snapshot frozen to a file (so a catalog or scoring
 * change cannot move it), and the hashes below were recorded from the renderer as it was before the v2 layout
 * existed. If one of them changes, the v1 layout changed: undo that change, never update the hash.
 */
const fixture = JSON.parse(readFileSync(path.join(__dirname, "golden", "snapshot-v1.json"), "utf8")) as {
  snapshot: TLabelSnapshotV1;
  signature: TReportSignature;
};
const { snapshot, signature } = fixture;
const sha256 = (b: Uint8Array | string) => createHash("sha256").update(b).digest("hex");

const GOLDEN = {
  pdfSigned: "d8f48d01d4970882002dc1503fb33a035a5149274cc3711c16f52e80b8dd2313",
  pdfUnsigned: "eeeb6417366e9e5a830949d2c6238dc08b9d1739632e1b827d6e47d45c3b50e5",
  pdfUsOnly: "3b653298d611655d0225e328f9dcd4a04ece3f4d6a6596bb2588ed6eda20414c",
  svg: {
    EU_RED: "d4fa58975b2a805806882e2fce853f930a289e6a2724b2ea1b7c0412459a054a",
    US_CTM: "051a73cb374e1a7dc5c6e6ed5f467f850e1f1172bc6d8887e0da59316aa40beb",
    CN_CCL: "a4570a755c2684f72f9e426f9c6125275abb0109082356182d491a96fd0b35da",
  },
  png: {
    EU_RED: "7a4a5e83e290e1a5e9883c00f8b7a266b4af9c91813c44b23cfea6f913830310",
    US_CTM: "89a98a49592efe1184838ff35da9f71a7f073fed6d643979b3d77731e690f5d9",
    CN_CCL: "7090d938aa8c46d7f844ad5ee698853b739c9f78234a8f6b118ba68ab5a27064",
  },
} as const;

describe("format 1 snapshots keep their issued bytes", () => {
  it("the signed and the unsigned report", async () => {
    expect(snapshot.format).toBe("cyberlabel.snapshot/1");
    expect(sha256(await renderReportPdf(snapshot, signature))).toBe(GOLDEN.pdfSigned);
    expect(sha256(await renderReportPdf(snapshot))).toBe(GOLDEN.pdfUnsigned);
  });

  it("a report for one target scheme (other cover layout)", async () => {
    const usOnly = {
      ...snapshot,
      assessment: { ...snapshot.assessment, targetSchemes: ["US_CTM" as const] },
    };
    expect(sha256(await renderReportPdf(usOnly))).toBe(GOLDEN.pdfUsOnly);
  });

  it.each(["EU_RED", "US_CTM", "CN_CCL"] as const)("the %s artwork, SVG and PNG", (scheme) => {
    expect(sha256(renderArtworkSvg(snapshot, scheme))).toBe(GOLDEN.svg[scheme]);
    expect(sha256(renderArtworkPng(snapshot, scheme).png)).toBe(GOLDEN.png[scheme]);
  });
});

/**
 * Format 2 is frozen the same way from the first label issued with it. The fixture was recorded with the layout of
 * lib/report/v2 as first written. Something new in that layout must be drawn only for snapshots that carry the new
 * data (an optional field older format-2 snapshots lack), so this fixture's bytes stay as they are; a layout change
 * for all format-2 snapshots needs format 3.
 */
describe("format 2 snapshots keep their issued bytes", () => {
  const v2 = JSON.parse(readFileSync(path.join(__dirname, "golden", "snapshot-v2.json"), "utf8")) as {
    snapshot: TLabelSnapshotV2;
    signature: TReportSignature;
  };
  it("the signed and the unsigned report", async () => {
    expect(v2.snapshot.format).toBe("cyberlabel.snapshot/2");
    expect(sha256(await renderReportPdf(v2.snapshot, v2.signature))).toBe(
      "254dc0ab90e787bfd7ea1c21863b7010ade6fe51f6f338b9a1ab40e4ad97c160",
    );
    expect(sha256(await renderReportPdf(v2.snapshot))).toBe(
      "12ab2c6c872bf47a65c83611fde5b40b4aaa37ba5a9494c4abf76edffe86fe45",
    );
  });

  it("the report in Chinese", async () => {
    expect(sha256(await renderReportPdf(v2.snapshot, v2.signature, "zh-CN"))).toBe(
      "72c307f7a9378f3380f0a7b2a776bc5083046082151e1aef38764cca3132224e",
    );
  });

  /**
   * Format-2 labels for four and six schemes (catalog 1.2.0), frozen with the cover they were issued with, overlaps
   * and all: the cover layout that keeps the disclaimer, the QR box and the scheme results apart is format 3's
   * (lib/report/v3). Recorded from the format-2 renderer before format 3 existed.
   */
  const six = JSON.parse(
    readFileSync(path.join(__dirname, "golden", "snapshot-v2-six-schemes.json"), "utf8"),
  ) as { snapshot: TLabelSnapshotV2 };
  const four = {
    ...six.snapshot,
    assessment: {
      ...six.snapshot.assessment,
      targetSchemes: six.snapshot.assessment.targetSchemes.slice(0, 4),
    },
  };
  it.each([
    ["six", "en", "1b569178d5695dd5f2cb296cb5c25cc1d7b7ffbdcf0166fe987bc8a4e6d26686"],
    ["six", "zh-CN", "334f9e8727156ded7ea145af726dc8fea3302f337a3a943bfd6728981454f2b8"],
    ["four", "en", "8b3a029371f57d6f3ff128c2c2c397b28b1b93764bf74b85c3459f0031827feb"],
    ["four", "zh-CN", "fb381e6fab9395c6b5df30aa4c7ee6f7b04032c2078300dd45a5278192541c17"],
  ] as const)("a report for %s schemes in %s", async (n, lang, hash) => {
    expect(six.snapshot.format).toBe("cyberlabel.snapshot/2");
    expect(six.snapshot.assessment.targetSchemes).toHaveLength(6);
    expect(sha256(await renderReportPdf(n === "six" ? six.snapshot : four, undefined, lang))).toBe(hash);
  });
});

/**
 * Format 3 (lib/report/v3: format 2's sections behind a cover laid out for up to six schemes) is frozen the same
 * way, from the same frozen label data with its format set to 3 (the two formats hold the same fields). Recorded
 * when format 3 was introduced; once labels are issued with it, a change here needs format 4.
 */
describe("format 3 snapshots keep their issued bytes", () => {
  const six = JSON.parse(
    readFileSync(path.join(__dirname, "golden", "snapshot-v2-six-schemes.json"), "utf8"),
  ) as { snapshot: TLabelSnapshotV2 };
  const v3: TLabelSnapshotV3 = { ...six.snapshot, format: "cyberlabel.snapshot/3" };
  const only = (n: number): TLabelSnapshotV3 => ({
    ...v3,
    assessment: { ...v3.assessment, targetSchemes: v3.assessment.targetSchemes.slice(0, n) },
  });
  it.each([
    [6, "en", "ef8c33455c10bfb579a20bdf9567e2fcc480f0e53118fb4c0fb6e2a64ff223f9"],
    [6, "zh-CN", "6030a79668d2ed4b1c00e8ea3acd0fdfba17880e26027bc3d5418dfbca0ba102"],
    [4, "en", "47ab0348ab2f121ea880c24b293f2751ed4363fe3328b1cbcaad39f6caca06ec"],
    [1, "zh-CN", "0b3e06fe16ea0613523062a0a270e5fac3cf05760c9fe9155d777ab6a1dc2011"],
  ] as const)("a report for %i scheme(s) in %s", async (n, lang, hash) => {
    expect(sha256(await renderReportPdf(only(n), undefined, lang))).toBe(hash);
  });
});
