// The public label page's HTML in both languages, for labels in every state, pinned to files rendered before the
// page moved from its hand-written dictionary to next-intl messages: a stored label's page must read the same.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FIXTURE_BASE_URL, buildSnapshotFixtureV2 } from "@/lib/labels/fixtures";
import { toPublicRecord, type TPublicLabelRow } from "@/lib/labels/public-record";
import { verdictView } from "@/lib/labels/verify-answer";
import { LabelHeader } from "./header";
import { LabelBody } from "./label-body";

type TEvent = TPublicLabelRow["events"][number];
const event = (seq: number, kind: TEvent["kind"], at: string, extra: Partial<TEvent> = {}): TEvent => ({
  id: `e${seq}`,
  seq,
  kind,
  at: new Date(at),
  reason: null,
  supersededBy: null,
  ...extra,
});

function rows(): Record<string, TPublicLabelRow> {
  // A stored format-2 label, as the pinned files were rendered from: its page must keep reading the same.
  const snapshot = buildSnapshotFixtureV2();
  const valid: TPublicLabelRow = {
    publicCode: snapshot.label.publicCode,
    snapshot,
    digest: "ab".repeat(32),
    signature: "sig",
    keyId: "k1",
    issuedAt: new Date(snapshot.label.issuedAt),
    validUntil: new Date("2099-01-01T00:00:00Z"),
    events: [event(1, "ISSUED", snapshot.label.issuedAt)],
    logEntries: [{ labelEventId: "e1", leafIndex: 7, leaf: "", leafHash: "" }],
    integrity: { ok: true },
  };
  const [issued] = valid.events;
  return {
    valid,
    revoked: {
      ...valid,
      events: [issued!, event(2, "REVOKED", "2026-11-21T08:00:00Z", { reason: "Ships a debug shell" })],
    },
    expired: { ...valid, validUntil: new Date("2026-01-10T10:00:00Z") },
    suspended: { ...valid, events: [issued!, event(2, "SUSPENDED", "2026-11-22T08:00:00Z")] },
    superseded: {
      ...valid,
      events: [issued!, event(2, "SUPERSEDED", "2026-11-23T08:00:00Z", { supersededBy: "CL-NEXT" })],
    },
    tampered: { ...valid, integrity: { ok: false, problems: ["log_missing"] } },
  };
}

const NOW = new Date("2026-12-01T00:00:00Z");

describe("public label page HTML is unchanged", () => {
  for (const [name, row] of Object.entries(rows()))
    for (const lang of ["en", "zh-CN"] as const)
      it(`${name} in ${lang}`, async () => {
        const record = toPublicRecord(row, { baseUrl: FIXTURE_BASE_URL, now: NOW });
        const html = renderToStaticMarkup(
          createElement("div", null, [
            createElement(LabelHeader, { key: "h", code: record.code, lang }),
            createElement(LabelBody, { key: "b", record, lang, origin: FIXTURE_BASE_URL }),
          ]),
        );
        await expect(html.replaceAll("><", ">\n<")).toMatchFileSnapshot(
          `./__golden__/page-${name}-${lang}.html`,
        );
        await expect(JSON.stringify(record, null, 2)).toMatchFileSnapshot(`./__golden__/record-${name}.json`);
        const checks = [
          { match: true, matched: "pdf_sha256" },
          { match: true, matched: "snapshot_digest" },
          { match: false, reason: "mismatch" },
          { match: false, reason: "integrity_failed" },
          ...(["not_pdf", "too_large", "empty", "malformed_digest", "bad_request"] as const).map((error) => ({
            error,
          })),
        ] as const;
        const verdicts = checks.map((c) => verdictView(c, record.status, lang));
        await expect(JSON.stringify(verdicts, null, 2)).toMatchFileSnapshot(
          `./__golden__/verdicts-${name}-${lang}.json`,
        );
      });
});
