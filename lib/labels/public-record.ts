import type { TLang } from "@/lib/i18n/public-label";
import type { TSchemeId } from "@/lib/schemes";
import { publicResultBuilder, type TPublicSchemeResult } from "@/lib/schemes/public";
import { ALL_SCHEME_IDS, inRegistryOrder, schemeModule } from "@/lib/schemes/registry";
import { catalogTextFor } from "./catalog-text";
import type { TIntegrity, TIntegrityEvent, TIntegrityLogEntry, TIntegrityProblem } from "./integrity";
import { labelPaths, logPaths, PUBLIC_KEYS_PATH, type TArtworkFormat } from "./public-urls";
import { SIGNATURE_ALG } from "./signing";
import {
  coveredModels,
  labAccreditation,
  sbomOf,
  supersedesOf,
  type TLabelSnapshot,
  type TSnapshotFormat,
  type TSnapshotSbom,
} from "./snapshot-types";
import { deriveLabelHistory, type TLabelEventKind } from "./state";
import { labelStatus, type TLabelStatus } from "./validity";

/**
 * The public registry record of a label: what the public page shows and what GET /api/public/labels returns.
 *
 * Security intent: this is an allow-list. Every field is copied by name from the snapshot or the label row; the
 * snapshot's answers, evidence list, reviewer decisions (with their comments) and internal row ids (which format-1
 * snapshots carry) are never copied. The only answers published are the US registry fields (47 CFR 8.222(b) fields 7, 8, 10), which the
 * manufacturer enters precisely so that they are shown behind the QR code.
 */

export type TLocalized = Readonly<Record<TLang, string>>;

/**
 * The label row as read by lib/db/public-labels.ts (explicit select), with the snapshot typed, its events and log
 * entries, and the result of the integrity check on serve (lib/labels/integrity.ts).
 */
export type TPublicLabelRow = {
  publicCode: string;
  snapshot: TLabelSnapshot;
  digest: string;
  signature: string;
  keyId: string;
  issuedAt: Date;
  validUntil: Date;
  events: TIntegrityEvent[];
  logEntries: TIntegrityLogEntry[];
  integrity: TIntegrity;
  /** The label that superseded this one and the version it covers (read by lib/db/public-labels.ts). */
  replacedBy?: TReplacement | null;
};

/** A label of the same product for another version: its code and what it covers. */
export type TReplacement = { code: string; firmwareVersion: string; hardwareVersion: string };

export type TPublicLabelEvent = {
  event: Lowercase<TLabelEventKind>;
  at: string;
  reason: string | null;
  /** SUPERSEDED: the code of the label that replaces this one. */
  supersededBy: string | null;
  /** Position (leaf index) of this event in the public transparency log. */
  logIndex: number | null;
};

export type TBillOfMaterials = "both" | "sbom" | "hbom" | "none";

export type { TPublicEuArticle, TPublicSchemeResult } from "@/lib/schemes/public";

export type TPublicLabelRecord = {
  code: string;
  status: {
    state: TLabelStatus;
    validUntil: string;
    revokedAt: string | null;
    revocationReason: string | null;
    /** When the shown state began (issue, suspension, supersession, expiry or revocation). */
    since: string | null;
  };
  /** The label's history, oldest first, each event with its position in the public log. */
  events: TPublicLabelEvent[];
  issuedAt: string;
  validUntil: string;
  product: {
    name: string;
    modelNumber: string | null;
    hardwareVersion: string;
    firmwareVersion: string;
    category: string;
    categoryLabel: string;
    description: string | null;
  };
  /**
   * What the label covers (docs/versions.md): every model name / SKU of the family, and its place among the
   * product's labels: the earlier label it supersedes, and the label that superseded it.
   */
  coverage: {
    models: { name: string; sku: string | null }[];
    supersedes: (TReplacement & { page: string }) | null;
    supersededBy: (TReplacement & { page: string }) | null;
  };
  manufacturer: { name: string; country: string | null };
  security: {
    supportPeriodEnd: string;
    supportEnded: boolean;
    updatesAutomatic: boolean;
    manualUpdateInfo: string | null;
    defaultCredentials: string | null;
    secureConfigInfo: string | null;
    vulnerabilityDisclosure: string | null;
    privacyPolicy: string | null;
    billOfMaterials: TBillOfMaterials | null;
    /** Labels issued with an SBOM on file for the covered version (absent otherwise, and on earlier labels). */
    sbom?: TSnapshotSbom;
  };
  /** `accreditation`: as the lab's administrator recorded it at approval; null for labels issued before (format 1). */
  lab: { name: string; country: string | null; accreditation: string | null };
  reviewer: { name: string };
  submittedAt: string | null;
  approvedAt: string;
  catalog: { version: string; title: string; publishedOn: string };
  schemes: TPublicSchemeResult[];
  links: {
    page: string;
    api: string;
    report: string;
    signedSnapshot: string;
    publicKeys: string;
    artwork: { scheme: TSchemeId; svg: string; png: string }[];
  };
  integrity: {
    digest: string;
    alg: typeof SIGNATURE_ALG;
    keyId: string;
    snapshotFormat: TSnapshotFormat;
    /** Digest and signature checked against the published keys, and events against the public log, when served. */
    verified: boolean;
    problems: TIntegrityProblem[];
  };
  log: { inclusionProof: string; treeHead: string };
};

/** Schemes in the order the page and the API list them: the registry's (never the stored, alphabetical order). */
export const SCHEME_ORDER: readonly TSchemeId[] = ALL_SCHEME_IDS;
export const inSchemeOrder = inRegistryOrder;

/** A free-text registry answer, or null for anything else (a control status, a list, an N/A claim). */
function textAnswer(s: TLabelSnapshot, id: string): string | null {
  const v = s.answers[id];
  return typeof v === "string" && v.trim() !== "" ? v : null;
}

/**
 * US registry field 10: the manufacturer's answer, where an SBOM uploaded for the covered version at issue counts as
 * an SBOM maintained (an HBOM answer becomes both). Labels without a frozen SBOM show the answer as it was.
 */
function bomAnswer(s: TLabelSnapshot): TBillOfMaterials | null {
  const v = s.answers["c.reg.bom"];
  const answer = v === "both" || v === "sbom" || v === "hbom" || v === "none" ? v : null;
  if (!sbomOf(s)) return answer;
  return answer === "hbom" || answer === "both" ? "both" : "sbom";
}

function schemeResult(s: TLabelSnapshot, scheme: TSchemeId): TPublicSchemeResult {
  const text = catalogTextFor(s).schemes.find((x) => x.id === scheme);
  const m = schemeModule(scheme);
  // Evaluated on the day the lab approved the label: its result never changes after issue.
  const e = m.envelope(s.result, { asOf: s.assessment.approvedAt.slice(0, 10) });
  return publicResultBuilder(scheme)(s, {
    name: text?.name ?? scheme,
    provisional: text?.provisional ?? false,
    basis: text ? [...text.legalBasis] : [],
    outcome: {
      code: e.outcome,
      rank: e.rank,
      of: m.outcomes.length,
      tone: e.tone,
      headline: {
        en: m.outcomeText[e.outcome]?.en ?? e.headline,
        "zh-CN": m.outcomeText[e.outcome]?.["zh-CN"] ?? e.headline,
      },
      inScope: e.inScope,
    },
  });
}

/**
 * Maps a label row to its public record. `baseUrl` (PUBLIC_BASE_URL) makes the links absolute for API clients;
 * `now` decides valid vs expired and whether support has ended.
 */
export function toPublicRecord(
  label: TPublicLabelRow,
  opts: { baseUrl: string; now?: Date },
): TPublicLabelRecord {
  const now = opts.now ?? new Date();
  const s = label.snapshot;
  const p = s.product;
  const base = opts.baseUrl.replace(/\/+$/, "");
  const paths = labelPaths(label.publicCode);
  const abs = (path: string) => `${base}${path}`;
  const artworkLink = (scheme: TSchemeId, f: TArtworkFormat) => abs(paths.artwork(scheme, f));
  const validUntil = label.validUntil.toISOString();
  const history = deriveLabelHistory(label.events, label.validUntil, now);
  const state = labelStatus(
    { validUntil: label.validUntil, events: label.events, integrity: label.integrity },
    now,
  );
  const logIndex = new Map(label.logEntries.map((e) => [e.labelEventId, e.leafIndex]));
  const since =
    state === "revoked"
      ? history.revoked?.at
      : state === "superseded"
        ? history.superseded?.at
        : state === "expired"
          ? history.expiredAt
          : state === "suspended"
            ? history.suspended?.at
            : history.issuedAt;
  return {
    code: label.publicCode,
    status: {
      state,
      validUntil,
      revokedAt: history.revoked?.at ?? null,
      revocationReason: history.revoked?.reason ?? null,
      since: since ?? null,
    },
    events: label.events.map((e) => ({
      event: e.kind.toLowerCase() as Lowercase<TLabelEventKind>,
      at: e.at.toISOString(),
      reason: e.reason,
      supersededBy: e.supersededBy,
      logIndex: logIndex.get(e.id) ?? null,
    })),
    issuedAt: label.issuedAt.toISOString(),
    validUntil,
    product: {
      name: p.modelName,
      modelNumber: p.modelNumber,
      hardwareVersion: p.hardwareVersion,
      firmwareVersion: p.firmwareVersion,
      category: p.category,
      categoryLabel: p.categoryLabel,
      description: p.description,
    },
    coverage: {
      models: coveredModels(s).map((m) => ({ name: m.modelName, sku: m.sku })),
      supersedes: (() => {
        const e = supersedesOf(s);
        return e
          ? {
              code: e.publicCode,
              firmwareVersion: e.firmwareVersion,
              hardwareVersion: e.hardwareVersion,
              page: abs(labelPaths(e.publicCode).page),
            }
          : null;
      })(),
      supersededBy: label.replacedBy
        ? { ...label.replacedBy, page: abs(labelPaths(label.replacedBy.code).page) }
        : null,
    },
    manufacturer: { name: s.manufacturer.name, country: s.manufacturer.country },
    security: {
      supportPeriodEnd: p.supportPeriodEnd,
      supportEnded: now.getTime() > Date.parse(`${p.supportPeriodEnd}T23:59:59.999Z`),
      updatesAutomatic: p.updatesAutomatic,
      manualUpdateInfo: p.updatesAutomatic ? null : textAnswer(s, "c.reg.manual_update_info"),
      defaultCredentials: p.defaultCredentials ?? textAnswer(s, "c.reg.default_password_info"),
      secureConfigInfo: textAnswer(s, "c.reg.secure_config_info"),
      vulnerabilityDisclosure: p.vulnDisclosureUrl,
      privacyPolicy: p.privacyPolicyUrl,
      billOfMaterials: bomAnswer(s),
      ...(() => {
        const sbom = sbomOf(s);
        return sbom
          ? {
              sbom: {
                format: sbom.format,
                specVersion: sbom.specVersion,
                componentCount: sbom.componentCount,
                uploadedAt: sbom.uploadedAt,
              },
            }
          : {};
      })(),
    },
    lab: { name: s.lab.name, country: s.lab.country, accreditation: labAccreditation(s) },
    reviewer: { name: s.reviewer.name },
    submittedAt: s.assessment.submittedAt,
    approvedAt: s.assessment.approvedAt,
    catalog: { version: s.catalog.version, title: s.catalog.title, publishedOn: s.catalog.publishedOn },
    schemes: inSchemeOrder(s.assessment.targetSchemes).map((id) => schemeResult(s, id)),
    links: {
      page: abs(paths.page),
      api: abs(paths.api),
      report: abs(paths.report),
      signedSnapshot: abs(paths.snapshot),
      publicKeys: abs(PUBLIC_KEYS_PATH),
      artwork: inSchemeOrder(s.assessment.targetSchemes).map((scheme) => ({
        scheme,
        svg: artworkLink(scheme, "svg"),
        png: artworkLink(scheme, "png"),
      })),
    },
    integrity: {
      digest: label.digest,
      alg: SIGNATURE_ALG,
      keyId: label.keyId,
      snapshotFormat: s.format,
      verified: label.integrity.ok,
      problems: label.integrity.ok ? [] : label.integrity.problems,
    },
    log: {
      inclusionProof: abs(logPaths.inclusionForLabel(label.publicCode)),
      treeHead: abs(logPaths.treeHead),
    },
  };
}
