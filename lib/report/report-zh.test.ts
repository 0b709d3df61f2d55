import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSnapshotFixture, buildSnapshotFixtureV1 } from "@/lib/labels/fixtures";
import { generateSigningKey, signSnapshot } from "@/lib/labels/signing";
import { verifyPastedDigest, verifyReportPdf, sha256 } from "@/lib/labels/verify-report";
import { MESSAGES } from "@/messages";
import { getCatalog } from "@/lib/schemes";
import { localizeCatalog } from "@/lib/schemes/i18n";
import { fontData } from "./fonts";
import { renderReportPdf } from "./index";

/**
 * The report in Chinese (issue 17): drawn from the same signed snapshot as the English one, every heading and label
 * in Chinese, catalog texts from the Chinese dictionary, the CJK font embedded as a subset. Read back with pdftotext
 * (poppler), as a reader's tools would. The PDFs land in REPORT_ZH_DIR (default a temp dir) to be looked at.
 */
const catalog = getCatalog("1.2.0");
const snapshot = buildSnapshotFixture({ catalog, targetSchemes: ["EU_RED", "US_CTM", "CN_CCL", "UK_PSTI"] });
const key = generateSigningKey();
const signed = signSnapshot(key.privateKeyPem, snapshot);
const sig = { signature: signed.signature.value, digest: signed.digest, keyId: signed.signature.keyId };
const dir = process.env.REPORT_ZH_DIR ?? mkdtempSync(path.join(tmpdir(), "cl-report-zh-"));
let zh: Buffer;
let en: Buffer;
let zhText: string;
let enText: string;

const read = (name: string, pdf: Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
};
/** Words run together across line breaks in pdftotext's output; compare without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, "");

beforeAll(async () => {
  zh = await renderReportPdf(snapshot, sig, "zh-CN");
  en = await renderReportPdf(snapshot, sig, "en");
  zhText = read("report-zh-CN.pdf", zh);
  enText = read("report-en.pdf", en);
});

const headings = (lang: "en" | "zh-CN") => {
  const m = MESSAGES[lang].report;
  return [
    m.facts.heading,
    m.signOff.heading,
    m.overview.heading,
    m.gaps.heading,
    m.table.heading,
    m.evidence.heading,
    m.catalog.heading,
    m.verification.heading,
    m.verification.howTo,
    m.table.col.deciding,
    m.signOff.signedForLab,
    m.scheme.CN_CCL.title,
    m.scheme.UK_PSTI.title,
  ];
};

describe("the report in Chinese", () => {
  it("has every heading in Chinese and none left in English", () => {
    for (const h of headings("zh-CN")) expect(squash(zhText), h).toContain(squash(h));
    for (const h of headings("en")) {
      expect(squash(enText), h).toContain(squash(h));
      expect(squash(zhText), h).not.toContain(squash(h));
    }
    expect(zhText).toContain("第 1 页，共");
    expect(zhText).not.toMatch(/Page \d+ of \d+/);
  });

  it("prints criterion titles and question labels from the Chinese catalog dictionary, dates in Chinese", () => {
    const zhCatalog = localizeCatalog("1.2.0", "zh-CN");
    const criterion = zhCatalog.criteria.find((c) => c.key === "CN-1.01") ?? zhCatalog.criteria[0]!;
    const english = catalog.criteria.find((c) => c.key === criterion.key)!;
    expect(criterion.title).not.toBe(english.title);
    expect(squash(zhText)).toContain(squash(criterion.title));
    expect(squash(zhText)).not.toContain(squash(english.title));
    const day = snapshot.label.issuedAt.slice(0, 10).split("-").map(Number);
    expect(zhText).toContain(`${day[0]}年${day[1]}月${day[2]}日`);
  });

  it("carries the same digest and signature as the English rendering, and both verify", async () => {
    for (const text of [zhText, enText]) {
      expect(squash(text)).toContain(sig.digest);
      // The base64url signature wraps at a "-", which pdftotext drops when it joins the lines: compare without them.
      expect(squash(text).replace(/-/g, "")).toContain(sig.signature.replace(/-/g, ""));
    }
    const label = {
      publicCode: snapshot.label.publicCode,
      snapshot,
      digest: sig.digest,
      signature: sig.signature,
      keyId: sig.keyId,
      integrity: { ok: true },
    };
    expect(await verifyReportPdf(label, zh)).toEqual({ match: true, matched: "pdf_sha256" });
    expect(await verifyReportPdf(label, en)).toEqual({ match: true, matched: "pdf_sha256" });
    expect(await verifyPastedDigest(label, sha256(zh))).toEqual({ match: true, matched: "pdf_sha256" });
    const changed = Buffer.from(zh);
    changed.writeUInt8(changed.readUInt8(changed.length - 20) ^ 1, changed.length - 20);
    expect(await verifyReportPdf(label, changed)).toEqual({ match: false, reason: "mismatch" });
  });

  it("is deterministic, embeds the CJK font as a subset and stays small", async () => {
    expect((await renderReportPdf(structuredClone(snapshot), sig, "zh-CN")).equals(zh)).toBe(true);
    expect(zh.equals(en)).toBe(false);
    const fonts = execFileSync("pdffonts", [path.join(dir, "report-zh-CN.pdf")], { encoding: "utf8" });
    const rows = fonts
      .split("\n")
      .slice(2)
      .filter((l) => l.trim() !== "");
    expect(rows.length).toBeGreaterThan(0);
    // Every font is an embedded subset (XXXXXX+Name, emb yes, sub yes) of Noto Sans SC.
    for (const r of rows) expect(r).toMatch(/^[A-Z]{6}\+NotoSansSC.*\byes\s+yes\s+yes\b/);
    // A whole face is ~10 MB; the subsets of the few hundred Han characters used are a small part of that.
    expect(zh.length).toBeLessThan(fontData("regular").length / 20);
  });

  it("draws a format-1 snapshot (frozen layout) in English only", async () => {
    const v1 = buildSnapshotFixtureV1();
    expect((await renderReportPdf(v1, undefined, "zh-CN")).equals(await renderReportPdf(v1))).toBe(true);
  });
});
