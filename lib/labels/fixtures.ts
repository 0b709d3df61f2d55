import { getCatalog, type TAnswerValue, type TCatalog, type TSchemeId } from "@/lib/schemes";
import { assess, type TOverrides } from "@/lib/scoring";
import { goodAnswers, realisticAnswers } from "@/lib/scoring/fixtures";
import { sha256Hex } from "./canonical";
import { freezeCatalogText } from "./catalog-text";
import {
  SNAPSHOT_FORMAT,
  type TLabelSnapshot,
  type TSnapshotEvidence,
  type TSnapshotReviewDecision,
} from "./snapshot-types";
import { computeValidity } from "./validity";

/**
 * A realistic issued-label snapshot built from the current catalog through the real assess(): a Chinese maker's
 * Wi-Fi camera assessed by a German lab for all three schemes, with typical weak spots (China stops at one star),
 * one reviewer override and evidence hashes. Chinese text in the maker's name and the product description
 * exercises CJK rendering in the PDF and the artwork. Used by tests, benchmarks and e2e seeding.
 */

export const FIXTURE_PUBLIC_CODE = "CL-7KQ2-M9XD-3HRT-0BWE";
export const FIXTURE_BASE_URL = "https://cyberlabel.example";

export type TSnapshotFixtureOptions = {
  catalog?: TCatalog;
  answers?: Record<string, TAnswerValue>;
  targetSchemes?: TSchemeId[];
  publicCode?: string;
  baseUrl?: string;
  issuedAt?: string;
  modelName?: string;
};

/** The realistic draft from lib/scoring/fixtures, completed the way a manufacturer would before approval. */
export function labelFixtureAnswers(catalog: TCatalog): Record<string, TAnswerValue> {
  const good = goodAnswers(catalog);
  const a: Record<string, TAnswerValue> = { ...realisticAnswers(catalog) };
  for (const id of ["c.us.agent", "c.reg.secure_config_info"]) {
    const v = good[id];
    if (v !== undefined) a[id] = v;
  }
  a["c.reg.secure_config_info"] = "https://tianyan.example.cn/en/support/secure-setup";
  return a;
}

const OVERRIDES: TOverrides = {
  "CN-2.06": {
    verdict: "PASS",
    reason:
      "Replay protection verified in lab test report NCT-2026-0418 §4.3: the N/A claim is wrong, the control is in place.",
  },
};

function evidenceFor(catalog: TCatalog, answers: Record<string, TAnswerValue>): TSnapshotEvidence[] {
  // One file for every fourth answered control, content hashed like the upload pipeline does (SHA-256 of bytes).
  const controls = catalog.questions.filter((q) => q.kind === "control" && answers[q.id] !== undefined);
  return controls
    .filter((_, i) => i % 4 === 0)
    .map((q) => {
      const fileName = `${q.id.replace(/^c\./, "").replace(/\./g, "-")}.pdf`;
      const content = `evidence for ${q.id}: ${q.evidence.join(", ")}`;
      return {
        questionId: q.id,
        fileName,
        contentType: "application/pdf",
        size: 20_000 + content.length * 97,
        sha256: sha256Hex(content),
      };
    });
}

export function buildSnapshotFixture(opts: TSnapshotFixtureOptions = {}): TLabelSnapshot {
  const catalog = opts.catalog ?? getCatalog();
  const answers = opts.answers ?? labelFixtureAnswers(catalog);
  const targetSchemes = opts.targetSchemes ?? ["EU_RED", "US_CTM", "CN_CCL"];
  const publicCode = opts.publicCode ?? FIXTURE_PUBLIC_CODE;
  const issuedAt = opts.issuedAt ?? "2026-11-20T09:30:00.000Z";
  const overrides = Object.fromEntries(
    Object.entries(OVERRIDES).filter(([k]) => catalog.criteria.some((c) => c.key === k)),
  );
  const result = assess(catalog, answers, overrides);
  const supportPeriodEnd = "2031-12-31";

  const decisions: TSnapshotReviewDecision[] = result.criteria
    .filter((r) => r.verdict !== "NOT_APPLICABLE")
    .map((r) => {
      const o = overrides[r.key];
      return o
        ? { criterionKey: r.key, decision: "REJECT", overrideVerdict: o.verdict, comment: o.reason }
        : { criterionKey: r.key, decision: "ACCEPT", overrideVerdict: null, comment: null };
    });

  return {
    format: SNAPSHOT_FORMAT,
    label: {
      publicCode,
      publicUrl: `${opts.baseUrl ?? FIXTURE_BASE_URL}/r/${publicCode}`,
      issuedAt,
      validUntil: computeValidity({ issuedAt, supportPeriodEnd, targetSchemes }).validUntil,
    },
    product: {
      id: "prod_01JD8Y6T4Q3C3PRO",
      modelName: opts.modelName ?? "Tianyan Indoor Wi-Fi Camera C3 Pro",
      modelNumber: "TY-C3P-2026",
      hardwareVersion: "HW 2.1",
      firmwareVersion: "3.4.17",
      category: "camera",
      categoryLabel: "Connected camera",
      description:
        "Indoor pan-tilt Wi-Fi camera with 2K video, two-way audio, cloud recording and a mobile app. " +
        "室内云台无线摄像机，支持2K视频、双向语音、云端录像与手机应用。",
      supportPeriodEnd,
      updatesAutomatic: true,
      defaultCredentials:
        "No default password: the owner sets a password of at least 12 characters in the app during setup.",
      vulnDisclosureUrl: "https://tianyan.example.cn/security",
      privacyPolicyUrl: "https://tianyan.example.cn/privacy",
    },
    manufacturer: {
      id: "org_01JD8Y2TIANYAN",
      name: "深圳市天眼智能科技有限公司 (Shenzhen Tianyan Smart Technology Co., Ltd.)",
      country: "CN",
    },
    lab: { id: "lab_01JD8XNORDLICHT", name: "Nordlicht Cyber Test Lab GmbH", country: "DE" },
    reviewer: { id: "usr_01JD8XKELLER", name: "Dr. Anna Keller" },
    assessment: {
      id: "asm_01JD8YB7C3PRO",
      round: 2,
      targetSchemes,
      submittedAt: "2026-11-12T14:05:00.000Z",
      approvedAt: issuedAt,
    },
    catalog: {
      id: catalog.id,
      version: catalog.version,
      title: catalog.title,
      publishedOn: catalog.publishedOn,
    },
    catalogText: freezeCatalogText(catalog),
    answers,
    evidence: evidenceFor(catalog, answers),
    decisions,
    result,
  };
}
