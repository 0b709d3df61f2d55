import { getCatalog, inRegistryOrder, type TAnswerValue, type TCatalog, type TSchemeId } from "@/lib/schemes";
import { assess, type TOverrides } from "@/lib/scoring";
import { goodAnswers, realisticAnswers } from "@/lib/scoring/fixtures";
import { sha256Hex } from "./canonical";
import { freezeCatalogText } from "./catalog-text";
import { evidenceFiles } from "./build-snapshot";
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_FORMAT_V1,
  SNAPSHOT_FORMAT_V2,
  type TLabelSnapshotV1,
  type TLabelSnapshotV2,
  type TLabelSnapshotV3,
  type TSnapshotEvidenceFile,
  type TSnapshotEvidenceV1,
  type TSnapshotReviewDecision,
} from "./snapshot-types";
import { computeValidity } from "./validity";

/**
 * A realistic issued-label snapshot built from the current catalog through the real assess(): a Chinese maker's
 * Wi-Fi camera assessed by a German (accredited) lab for all three schemes, with typical weak spots (China stops at
 * one star), one reviewer override and evidence hashes. In the format labels are issued with now (3) by default;
 * buildSnapshotFixtureV2 and buildSnapshotFixtureV1 give the same label as format 2, and as format 1 (with internal
 * ids), for the renderers' and readers' backwards compatibility. Chinese text in the maker's name and the product
 * description exercises CJK rendering in the PDF and the artwork. Used by tests, benchmarks and e2e seeding.
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

/** Format 1's evidence: one file for every fourth answered control, content hashed like the upload pipeline. */
function evidenceV1(catalog: TCatalog, answers: Record<string, TAnswerValue>): TSnapshotEvidenceV1[] {
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

/**
 * Evidence as manufacturers really attach it: a technical file backing most claims, a test report backing the
 * security-testing ones, an SBOM and a privacy notice; each file once with the questions it supports.
 */
function evidenceV2(catalog: TCatalog, answers: Record<string, TAnswerValue>): TSnapshotEvidenceFile[] {
  const controls = catalog.questions.filter(
    (q) => q.kind === "control" && q.evidence.length > 0 && answers[q.id] !== undefined,
  );
  const files: [string, string, (id: string) => boolean][] = [
    [
      "NCT-2026-0418 penetration test report.pdf",
      "application/pdf",
      (id) => /pentest|fuzz|vuln|test/.test(id),
    ],
    ["sbom-c3pro-3.4.17.cdx.json", "application/json", (id) => /bom|component|third/.test(id)],
    ["privacy-notice-2026.pdf", "application/pdf", (id) => /privacy|personal|data|child/.test(id)],
  ];
  const taken = new Set<string>();
  const out = files.map(([fileName, contentType, match]) => {
    const ids = controls.map((q) => q.id).filter((id) => match(id));
    ids.forEach((id) => taken.add(id));
    return { fileName, contentType, ids };
  });
  out.unshift({
    fileName: "technical-file-C3Pro.pdf",
    contentType: "application/pdf",
    ids: controls.map((q) => q.id).filter((id) => !taken.has(id)),
  });
  return evidenceFiles(
    out
      .filter((f) => f.ids.length > 0)
      .map((f) => ({
        fileName: f.fileName,
        contentType: f.contentType,
        size: 180_000 + f.ids.length * 4_096,
        sha256: sha256Hex(`evidence ${f.fileName}`),
        questionIds: f.ids,
      })),
  );
}

function common(opts: TSnapshotFixtureOptions) {
  // The fixture label was issued on catalog 1.0.0 (its override corrects a 1.0.0 verdict); pass a catalog for others.
  const catalog = opts.catalog ?? getCatalog("1.0.0");
  const answers = opts.answers ?? labelFixtureAnswers(catalog);
  // Every scheme the label's catalog assesses (a catalog never assesses a scheme added after it).
  const targetSchemes = opts.targetSchemes ?? inRegistryOrder(catalog.schemes.map((s) => s.id));
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
    catalog,
    answers,
    targetSchemes,
    issuedAt,
    label: {
      publicCode,
      publicUrl: `${opts.baseUrl ?? FIXTURE_BASE_URL}/r/${publicCode}`,
      issuedAt,
      validUntil: computeValidity({ issuedAt, supportPeriodEnd, targetSchemes }).validUntil,
    },
    product: {
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
    manufacturerName: "深圳市天眼智能科技有限公司 (Shenzhen Tianyan Smart Technology Co., Ltd.)",
    catalogRef: {
      id: catalog.id,
      version: catalog.version,
      title: catalog.title,
      publishedOn: catalog.publishedOn,
    },
    decisions,
    result,
  };
}

export const FIXTURE_ACCREDITATION =
  "DAkkS D-PL-21377-01-00 (ISO/IEC 17025:2017), scope: cybersecurity testing of radio equipment";

/** A label issued today: the current format (3), no internal ids. */
export function buildSnapshotFixture(opts: TSnapshotFixtureOptions = {}): TLabelSnapshotV3 {
  return { ...buildSnapshotFixtureV2(opts), format: SNAPSHOT_FORMAT };
}

/** A label issued in format 2 (the same data as format 3, with format 2's report layout). */
export function buildSnapshotFixtureV2(opts: TSnapshotFixtureOptions = {}): TLabelSnapshotV2 {
  const c = common(opts);
  return {
    format: SNAPSHOT_FORMAT_V2,
    label: c.label,
    product: c.product,
    manufacturer: { name: c.manufacturerName, country: "CN" },
    lab: { name: "Nordlicht Cyber Test Lab GmbH", country: "DE", accreditation: FIXTURE_ACCREDITATION },
    reviewer: { name: "Dr. Anna Keller" },
    assessment: {
      round: 2,
      targetSchemes: c.targetSchemes,
      submittedAt: "2026-11-12T14:05:00.000Z",
      approvedAt: c.issuedAt,
    },
    catalog: c.catalogRef,
    catalogText: freezeCatalogText(c.catalog),
    answers: c.answers,
    evidence: evidenceV2(c.catalog, c.answers),
    decisions: c.decisions,
    result: c.result,
  };
}

/** A label issued before format 2: with the internal record ids, as such labels were signed. */
export function buildSnapshotFixtureV1(opts: TSnapshotFixtureOptions = {}): TLabelSnapshotV1 {
  const c = common(opts);
  return {
    format: SNAPSHOT_FORMAT_V1,
    label: c.label,
    product: { id: "prod_01JD8Y6T4Q3C3PRO", ...c.product },
    manufacturer: { id: "org_01JD8Y2TIANYAN", name: c.manufacturerName, country: "CN" },
    lab: { id: "lab_01JD8XNORDLICHT", name: "Nordlicht Cyber Test Lab GmbH", country: "DE" },
    reviewer: { id: "usr_01JD8XKELLER", name: "Dr. Anna Keller" },
    assessment: {
      id: "asm_01JD8YB7C3PRO",
      round: 2,
      targetSchemes: c.targetSchemes,
      submittedAt: "2026-11-12T14:05:00.000Z",
      approvedAt: c.issuedAt,
    },
    catalog: c.catalogRef,
    catalogText: freezeCatalogText(c.catalog),
    answers: c.answers,
    evidence: evidenceV1(c.catalog, c.answers),
    decisions: c.decisions,
    result: c.result,
  };
}
