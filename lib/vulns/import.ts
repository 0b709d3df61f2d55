// Vulnerability files (offline): a CSAF 2.0 advisory, an OSV record (one object or a list) or a CycloneDX VEX/BOM
// with `vulnerabilities`. Each is size-checked and validated against its published JSON schema (CSAF 2.0 with the
// FIRST CVSS schemas it references, OSV, CycloneDX via @cyclonedx/cyclonedx-library), then read into
// TImportedVuln rows. Nothing here stores anything.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import csafSchema from "@/lib/sbom/schemas/csaf-2.0.schema.json";
import cvss20 from "@/lib/sbom/schemas/cvss-v2.0.schema.json";
import cvss30 from "@/lib/sbom/schemas/cvss-v3.0.schema.json";
import cvss31 from "@/lib/sbom/schemas/cvss-v3.1.schema.json";
import osvSchema from "@/lib/sbom/schemas/osv.schema.json";
import { decodeUtf8, FileFormatError, parseJsonText, schemaErrorDetails } from "@/lib/sbom/errors";
import { SBOM_LIMITS } from "@/lib/sbom/limits";
import { asArray, isObject, str, validateCycloneDxJson } from "@/lib/sbom/parse";
import { SEVERITIES, type TSeverity } from "./model";

export type TImportedVuln = {
  identifier: string;
  aliases: string[];
  title: string | null;
  severity: TSeverity;
  cvssScore: number | null;
  activelyExploited: boolean;
  fixedInVersion: string | null;
  publishedAt: Date | null;
  /** Not affected / false positive according to the file (VEX): kept, but never opens a notice. */
  notAffected: boolean;
};

export type TImportResult = { source: "CSAF" | "OSV" | "CYCLONEDX_VEX"; vulnerabilities: TImportedVuln[] };

let ajv: Ajv2020 | null = null;
function getAjv(): Ajv2020 {
  if (!ajv) {
    ajv = new Ajv2020({ strict: false, allErrors: false });
    addFormats(ajv);
    // CSAF references FIRST's CVSS schemas by URL; they are vendored (draft-07 keywords ajv 2020 understands).
    for (const [id, s] of [
      ["https://www.first.org/cvss/cvss-v2.0.json", cvss20],
      ["https://www.first.org/cvss/cvss-v3.0.json", cvss30],
      ["https://www.first.org/cvss/cvss-v3.1.json", cvss31],
    ] as const) {
      // Their draft-04 `id`/`$schema` keywords are dropped; the URL they are referenced by becomes the id.
      const { $schema: _drop, $id: _id, id: _oldId, ...rest } = s as Record<string, unknown>;
      void [_drop, _id, _oldId];
      ajv.addSchema(rest, id);
    }
    ajv.addSchema(csafSchema, "csaf");
    ajv.addSchema(osvSchema, "osv");
  }
  return ajv;
}

function validateWith(name: "csaf" | "osv", doc: unknown, what: string): void {
  const v = getAjv().getSchema(name);
  if (!v) throw new Error(`schema ${name} missing`);
  if (!v(doc))
    throw new FileFormatError(`The file does not follow the ${what} schema.`, schemaErrorDetails(v.errors));
}

export async function parseVulnerabilityFile(bytes: Uint8Array): Promise<TImportResult> {
  if (bytes.byteLength === 0) throw new FileFormatError("The file is empty.");
  if (bytes.byteLength > SBOM_LIMITS.maxAdvisoryBytes)
    throw new FileFormatError(
      `The file is larger than ${Math.round(SBOM_LIMITS.maxAdvisoryBytes / 1024 / 1024)} MB.`,
      [],
      "TOO_LARGE",
    );
  const text = decodeUtf8(bytes, "The file");
  const doc = parseJsonText(text, "The file");
  let result: TImportResult;
  if (isObject(doc) && isObject(doc.document) && doc.document.csaf_version !== undefined)
    result = fromCsaf(doc);
  else if (isObject(doc) && doc.bomFormat === "CycloneDX") result = await fromCycloneDx(text, doc);
  else if ((isObject(doc) && typeof doc.id === "string" && "modified" in doc) || Array.isArray(doc))
    result = fromOsv(doc);
  else
    throw new FileFormatError(
      "This is not a CSAF 2.0 advisory, an OSV record or a CycloneDX VEX file (JSON). Nothing was imported.",
    );
  if (result.vulnerabilities.length === 0) throw new FileFormatError("The file lists no vulnerabilities.");
  if (result.vulnerabilities.length > SBOM_LIMITS.maxVulnerabilities)
    throw new FileFormatError(
      `The file lists more than ${SBOM_LIMITS.maxVulnerabilities} vulnerabilities; split it.`,
      [],
      "TOO_LARGE",
    );
  return result;
}

// ---------------------------------------------------------------- CSAF 2.0

/** CSAF 2.0 has no structured "exploited" flag: a threat of category exploit_status says it in words. */
const EXPLOITED =
  /(actively|being|in the wild|known to be|is)\s*exploited|exploitation (was |has been )?(observed|detected|in the wild)|\bKEV\b/i;
const NEGATED = /\b(no|not|none|unknown|without)\b[^.]{0,40}exploit/i;

export function saysExploited(text: string | null): boolean {
  return !!text && EXPLOITED.test(text) && !NEGATED.test(text);
}

function fromCsaf(doc: Record<string, unknown>): TImportResult {
  const document = doc.document as Record<string, unknown>;
  if (document.csaf_version !== "2.0")
    throw new FileFormatError(
      `CSAF version ${JSON.stringify(document.csaf_version)} is not supported: use CSAF 2.0.`,
    );
  if (asArray(doc.vulnerabilities).length > SBOM_LIMITS.maxVulnerabilities)
    throw new FileFormatError(
      `The file lists more than ${SBOM_LIMITS.maxVulnerabilities} vulnerabilities; split it.`,
      [],
      "TOO_LARGE",
    );
  validateWith("csaf", doc, "CSAF 2.0 JSON");
  const productNames = new Map<string, string>();
  collectCsafProducts(isObject(doc.product_tree) ? doc.product_tree : {}, productNames, null);
  const aggregate = isObject(document.aggregate_severity) ? str(document.aggregate_severity.text) : null;
  const vulns = asArray(doc.vulnerabilities)
    .filter(isObject)
    .map((v, i): TImportedVuln => {
      const ids = asArray(v.ids)
        .filter(isObject)
        .map((x) => str(x.text))
        .filter((x): x is string => !!x);
      const identifier =
        str(v.cve) ??
        ids[0] ??
        `${str(isObject(document.tracking) ? document.tracking.id : null) ?? "CSAF"}#${i + 1}`;
      const scores = asArray(v.scores).filter(isObject);
      let cvssScore: number | null = null;
      let sev: string | null = null;
      for (const s of scores) {
        const c = isObject(s.cvss_v3) ? s.cvss_v3 : isObject(s.cvss_v2) ? s.cvss_v2 : null;
        if (c && typeof c.baseScore === "number" && (cvssScore === null || c.baseScore > cvssScore)) {
          cvssScore = c.baseScore;
          sev = str(c.baseSeverity);
        }
      }
      const threats = asArray(v.threats).filter(isObject);
      const exploited = threats.some((t) => t.category === "exploit_status" && saysExploited(str(t.details)));
      const status = isObject(v.product_status) ? v.product_status : {};
      const fixedIds = [...asArray(status.first_fixed), ...asArray(status.fixed)].filter(
        (x): x is string => typeof x === "string",
      );
      const fixedIn = fixedIds.map((id) => productNames.get(id) ?? null).find((x) => x) ?? null;
      const affected = [
        ...asArray(status.known_affected),
        ...asArray(status.first_affected),
        ...asArray(status.last_affected),
      ];
      const notAffected = affected.length === 0 && asArray(status.known_not_affected).length > 0;
      return {
        identifier,
        aliases: ids.filter((x) => x !== identifier),
        title: str(v.title) ?? str(document.title),
        severity: severityFrom(sev ?? aggregate, cvssScore),
        cvssScore,
        activelyExploited: exploited,
        fixedInVersion: fixedIn,
        publishedAt:
          date(v.release_date) ??
          date(v.discovery_date) ??
          date(isObject(document.tracking) ? document.tracking.initial_release_date : null),
        notAffected,
      };
    });
  return { source: "CSAF", vulnerabilities: vulns };
}

/** product_id → the name of its product_version branch (what "fixed in" means for a firmware), else the product's name. */
function collectCsafProducts(
  node: Record<string, unknown>,
  out: Map<string, string>,
  version: string | null,
): void {
  for (const b of asArray(node.branches).filter(isObject)) {
    const v = b.category === "product_version" ? str(b.name) : version;
    if (isObject(b.product) && typeof b.product.product_id === "string")
      out.set(b.product.product_id, v ?? str(b.product.name) ?? b.product.product_id);
    collectCsafProducts(b, out, v);
  }
  for (const p of asArray(node.full_product_names).filter(isObject))
    if (typeof p.product_id === "string" && !out.has(p.product_id))
      out.set(p.product_id, str(p.name) ?? p.product_id);
}

// ---------------------------------------------------------------- OSV

function fromOsv(doc: unknown): TImportResult {
  const records = Array.isArray(doc) ? doc : [doc];
  if (records.length > SBOM_LIMITS.maxVulnerabilities)
    throw new FileFormatError(
      `The file lists more than ${SBOM_LIMITS.maxVulnerabilities} vulnerabilities; split it.`,
      [],
      "TOO_LARGE",
    );
  const vulns = records.map((r, i): TImportedVuln => {
    try {
      validateWith("osv", r, "OSV");
    } catch (err) {
      if (err instanceof FileFormatError && Array.isArray(doc))
        throw new FileFormatError(`Record ${i + 1}: ${err.message}`, []);
      throw err;
    }
    const rec = r as Record<string, unknown>;
    const id = rec.id as string;
    const aliases = asArray(rec.aliases).filter((x): x is string => typeof x === "string");
    const cve = aliases.find((a) => /^CVE-\d{4}-\d+$/.test(a));
    const identifier = /^CVE-/.test(id) ? id : (cve ?? id);
    const fixed: string[] = [];
    for (const a of asArray(rec.affected).filter(isObject))
      for (const range of asArray(a.ranges).filter(isObject))
        for (const e of asArray(range.events).filter(isObject)) {
          const f = str(e.fixed);
          if (f) fixed.push(f);
        }
    const dbSeverity = isObject(rec.database_specific) ? str(rec.database_specific.severity) : null;
    const cvssVector = asArray(rec.severity)
      .filter(isObject)
      .map((s) => str(s.score))
      .find((s) => s && /^CVSS:3/.test(s));
    return {
      identifier,
      aliases: [id, ...aliases].filter((x) => x !== identifier),
      title: str(rec.summary),
      severity: severityFrom(dbSeverity, cvssVector ? cvss3BaseScore(cvssVector) : null),
      cvssScore: cvssVector ? cvss3BaseScore(cvssVector) : null,
      // OSV has no field for exploitation in the wild: set it by hand after the import when it is.
      activelyExploited: false,
      fixedInVersion: fixed[0] ?? null,
      publishedAt: date(rec.published),
      notAffected: rec.withdrawn !== undefined,
    };
  });
  return { source: "OSV", vulnerabilities: vulns };
}

// ---------------------------------------------------------------- CycloneDX VEX

async function fromCycloneDx(text: string, doc: Record<string, unknown>): Promise<TImportResult> {
  const list = asArray(doc.vulnerabilities);
  if (list.length > SBOM_LIMITS.maxVulnerabilities)
    throw new FileFormatError(
      `The file lists more than ${SBOM_LIMITS.maxVulnerabilities} vulnerabilities; split it.`,
      [],
      "TOO_LARGE",
    );
  await validateCycloneDxJson(text, doc.specVersion);
  const vulns = list.filter(isObject).map((v, i): TImportedVuln => {
    const identifier = str(v.id) ?? `VEX#${i + 1}`;
    let cvssScore: number | null = null;
    let sev: string | null = null;
    for (const r of asArray(v.ratings).filter(isObject)) {
      if (typeof r.score === "number" && (cvssScore === null || r.score > cvssScore)) cvssScore = r.score;
      sev ??= str(r.severity);
    }
    const analysis = isObject(v.analysis) ? v.analysis : {};
    const state = str(analysis.state);
    const props = asArray(v.properties).filter(isObject);
    // CycloneDX has no standard "exploited in the wild" field; the widely used property names for CISA KEV say it.
    const kev = props.some(
      (p) =>
        /known.?exploited|kev/i.test(String(p.name ?? "")) && /^(true|yes|1)$/i.test(String(p.value ?? "")),
    );
    const fixedIn = asArray(v.affects)
      .filter(isObject)
      .flatMap((a) => asArray(a.versions).filter(isObject))
      .find((x) => x.status === "unaffected" && str(x.version));
    return {
      identifier,
      aliases: asArray(v.references)
        .filter(isObject)
        .map((r) => str(r.id))
        .filter((x): x is string => !!x && x !== identifier),
      title: str(v.description)?.slice(0, 300) ?? null,
      severity: severityFrom(sev, cvssScore),
      cvssScore,
      activelyExploited: kev,
      fixedInVersion: fixedIn ? str(fixedIn.version) : null,
      publishedAt: date(v.published),
      notAffected: state === "not_affected" || state === "false_positive",
    };
  });
  return { source: "CYCLONEDX_VEX", vulnerabilities: vulns };
}

// ---------------------------------------------------------------- helpers

export function severityFrom(text: string | null, score: number | null): TSeverity {
  const t = text?.toUpperCase();
  if (t === "MODERATE") return "MEDIUM";
  if (t === "IMPORTANT") return "HIGH";
  if (t && (SEVERITIES as readonly string[]).includes(t)) return t as TSeverity;
  if (score === null) return "UNKNOWN";
  if (score >= 9) return "CRITICAL";
  if (score >= 7) return "HIGH";
  if (score >= 4) return "MEDIUM";
  if (score > 0) return "LOW";
  return "NONE";
}

/** The CVSS v3.x base score of a vector string (FIRST's specification, section 7.1), or null if it is not one. */
export function cvss3BaseScore(vector: string): number | null {
  const m = new Map(
    vector
      .split("/")
      .slice(1)
      .map((p) => p.split(":") as [string, string]),
  );
  const W: Record<string, Record<string, number>> = {
    AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
    AC: { L: 0.77, H: 0.44 },
    UI: { N: 0.85, R: 0.62 },
    C: { H: 0.56, L: 0.22, N: 0 },
    I: { H: 0.56, L: 0.22, N: 0 },
    A: { H: 0.56, L: 0.22, N: 0 },
  };
  const scope = m.get("S");
  const pr = m.get("PR");
  const get = (k: string) => W[k]?.[m.get(k) ?? ""];
  const [av, ac, ui, c, i, a] = ["AV", "AC", "UI", "C", "I", "A"].map(get);
  const prW = { N: 0.85, L: scope === "C" ? 0.68 : 0.62, H: scope === "C" ? 0.5 : 0.27 }[pr ?? ""];
  if ([av, ac, ui, c, i, a, prW].some((x) => x === undefined) || (scope !== "U" && scope !== "C"))
    return null;
  const iss = 1 - (1 - c!) * (1 - i!) * (1 - a!);
  const impact = scope === "U" ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15);
  const exploitability = 8.22 * av! * ac! * prW! * ui!;
  if (impact <= 0) return 0;
  const raw =
    scope === "U" ? Math.min(impact + exploitability, 10) : Math.min(1.08 * (impact + exploitability), 10);
  const int = Math.round(raw * 100000);
  return int % 10000 === 0 ? int / 100000 : (Math.floor(int / 10000) + 1) / 10;
}

function date(v: unknown): Date | null {
  if (typeof v !== "string") return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}
