import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LANGS } from "@/lib/i18n/public-label";
import { toPublicRecord, type TPublicLabelRow } from "@/lib/labels/public-record";
import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { renderReportPdf, type TReportSignature } from "@/lib/report";
import { LabelBody } from "./label-body";

/**
 * Issued labels render exactly as they did when issued: the public page (both languages) and the PDF report of
 * every stored fixture snapshot are pinned by hash. These hashes were recorded before the schemes became modules
 * (lib/schemes/registry.ts); if one changes, a refactoring changed what an existing label shows: undo it.
 */
const root = path.join(__dirname, "..", "..", "..", "..");
const read = (p: string) =>
  JSON.parse(readFileSync(path.join(root, p), "utf8")) as {
    snapshot: TLabelSnapshot;
    signature: TReportSignature | { alg: string; keyId: string; value: string };
    digest?: string;
  };
const sha256 = (b: Uint8Array | string) => createHash("sha256").update(b).digest("hex");

const FIXTURES = {
  "report-golden-v1": "lib/report/golden/snapshot-v1.json",
  "report-golden-v2": "lib/report/golden/snapshot-v2.json",
  "labels-issued-v1": "lib/labels/testdata/issued-v1.signed.json",
} as const;

const NOW = new Date("2026-12-01T12:00:00.000Z");

function row(snapshot: TLabelSnapshot): TPublicLabelRow {
  const issuedAt = new Date(snapshot.label.issuedAt);
  return {
    publicCode: snapshot.label.publicCode,
    snapshot,
    digest: "0".repeat(64),
    signature: "sig",
    keyId: "k1",
    issuedAt,
    validUntil: new Date(snapshot.label.validUntil),
    events: [{ id: "e1", seq: 1, kind: "ISSUED", at: issuedAt, reason: null, supersededBy: null }],
    logEntries: [{ leafIndex: 7, leaf: "", leafHash: "", labelEventId: "e1" }],
    integrity: { ok: true },
  };
}

function renderPublicPage(snapshot: TLabelSnapshot, lang: (typeof LANGS)[number]): string {
  const record = toPublicRecord(row(snapshot), { baseUrl: "https://cyberlabel.example", now: NOW });
  return renderToStaticMarkup(
    createElement(LabelBody, { record, lang, origin: "https://cyberlabel.example" }),
  );
}

const GOLDEN: Record<keyof typeof FIXTURES, { page: Record<string, string>; pdf: string }> = {
  "report-golden-v1": {
    page: {
      en: "eed82e85fc9cbcdb0052c072b327eb0b92d1e56331e7542ff7dbe847cb853986",
      "zh-CN": "caceb21bff0d85b9d8502474c8e73ba926250fcbc39af6cce274ef9e45c89fea",
    },
    pdf: "eeeb6417366e9e5a830949d2c6238dc08b9d1739632e1b827d6e47d45c3b50e5",
  },
  "report-golden-v2": {
    page: {
      en: "843073a618ed9850536e74caf0e589deb494e34df41083d52cf545c65f5eaa22",
      "zh-CN": "e96843fd4c55170bad44c1e42531403acf74e1fe2215e4fea8000b8304975716",
    },
    pdf: "12ab2c6c872bf47a65c83611fde5b40b4aaa37ba5a9494c4abf76edffe86fe45",
  },
  "labels-issued-v1": {
    page: {
      en: "eed82e85fc9cbcdb0052c072b327eb0b92d1e56331e7542ff7dbe847cb853986",
      "zh-CN": "caceb21bff0d85b9d8502474c8e73ba926250fcbc39af6cce274ef9e45c89fea",
    },
    pdf: "eeeb6417366e9e5a830949d2c6238dc08b9d1739632e1b827d6e47d45c3b50e5",
  },
};

describe("stored snapshots render their public page and report exactly as issued", () => {
  it.each(Object.keys(FIXTURES) as (keyof typeof FIXTURES)[])("%s", async (name) => {
    const { snapshot } = read(FIXTURES[name]);
    const got: { page: Record<string, string>; pdf: string } = { page: {}, pdf: "" };
    for (const lang of LANGS) got.page[lang] = sha256(renderPublicPage(snapshot, lang));
    got.pdf = sha256(await renderReportPdf(snapshot));
    if (process.env.PRINT_GOLDEN) console.log(name, JSON.stringify(got));
    expect(got).toEqual(GOLDEN[name]);
  });

  it("a label for one or two target schemes (other page layouts)", () => {
    const { snapshot } = read(FIXTURES["report-golden-v2"]);
    const only = (targetSchemes: string[]) =>
      ({ ...snapshot, assessment: { ...snapshot.assessment, targetSchemes } }) as TLabelSnapshot;
    const got = {
      us: LANGS.map((l) => sha256(renderPublicPage(only(["US_CTM"]), l))),
      euCn: LANGS.map((l) => sha256(renderPublicPage(only(["EU_RED", "CN_CCL"]), l))),
    };
    if (process.env.PRINT_GOLDEN) console.log("variants", JSON.stringify(got));
    expect(got).toEqual({
      us: [
        "74129f4e6921e06ce8d6e170c41735a5aeea7b72192bd9c0e9eeaf5e6adee8b4",
        "ac592c1bc694433e77717ad5c7959ce197ccfabf4ec43f0f3d5b78b095d78746",
      ],
      euCn: [
        "2b9312a9e3ef17181065cfef15bb49c3816d0c2c6a4cce0a531da4723c6af06b",
        "f652efa8c19fd27c0091ac6c1ea162eca19dc05c1d09bf0cf9d36def8a076fff",
      ],
    });
  });
});
