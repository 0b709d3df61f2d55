// SBOM files (CycloneDX JSON or XML, SPDX 2.x JSON): size-checked, validated against the format's published schema,
// then read into the component list the lab reviews. Nothing here stores anything: a refused file throws a
// FileFormatError with the reason and the first schema errors, and the caller writes only what this returns.
//
//   CycloneDX JSON  @cyclonedx/cyclonedx-library's JsonValidator (ajv with the CycloneDX JSON schemas the library
//                   ships, remote schemas disabled), spec version from `specVersion` (1.2–1.7)
//   CycloneDX XML   xmllint (libxml2 compiled to WebAssembly, no network, no entity expansion) against the library's
//                   CycloneDX XSD for the namespace's version (1.0–1.7), then fast-xml-parser reads the elements
//   SPDX JSON       ajv against the SPDX 2.3 JSON schema (lib/sbom/schemas/spdx-2.3.schema.json, see README there)
import { readFile } from "node:fs/promises";
import * as CycloneDX from "@cyclonedx/cyclonedx-library";
import { Validation, type Spec } from "@cyclonedx/cyclonedx-library";
import { Ajv2019 } from "ajv/dist/2019.js";
import addFormats from "ajv-formats";
import { XMLParser } from "fast-xml-parser";
import { validateXML, memoryPages } from "xmllint-wasm";
import spdx23Schema from "./schemas/spdx-2.3.schema.json";
import { decodeUtf8, FileFormatError, parseJsonText, schemaErrorDetails } from "./errors";
import { SBOM_LIMITS } from "./limits";

export type TSbomComponent = {
  name: string;
  version: string | null;
  purl: string | null;
  /** SPDX identifiers or expression, or licence names, joined with " AND " when several are listed. */
  licence: string | null;
  type: string | null;
  supplier: string | null;
};

export type TParsedSbom = {
  format: "CycloneDX" | "SPDX";
  encoding: "json" | "xml";
  specVersion: string;
  /** What the SBOM says it describes (CycloneDX metadata.component, SPDX documentDescribes), if it says. */
  subject: { name: string; version: string | null } | null;
  components: TSbomComponent[];
};

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

export async function parseSbom(bytes: Uint8Array): Promise<TParsedSbom> {
  if (bytes.byteLength === 0) throw new FileFormatError("The SBOM file is empty.");
  if (bytes.byteLength > SBOM_LIMITS.maxFileBytes)
    throw new FileFormatError(
      `The SBOM file is larger than ${MB(SBOM_LIMITS.maxFileBytes)}. Split it per firmware image or compress nothing into it.`,
      [],
      "TOO_LARGE",
    );
  const text = decodeUtf8(bytes, "The SBOM file");
  const first = text.trimStart()[0];
  if (first === "<") return parseCycloneDxXml(text);
  if (first !== "{")
    throw new FileFormatError(
      "This is not an SBOM we can read: expected CycloneDX (JSON or XML) or SPDX 2.x (JSON). Tag-value and RDF SPDX files can be converted to JSON with the SPDX tools.",
    );
  const doc = parseJsonText(text, "The SBOM file");
  if (!isObject(doc)) throw new FileFormatError("The SBOM file is not a JSON object.");
  if (doc.bomFormat === "CycloneDX") return parseCycloneDxJson(text, doc);
  if (typeof doc.spdxVersion === "string") return parseSpdxJson(doc);
  throw new FileFormatError(
    'This JSON file is neither CycloneDX (no "bomFormat": "CycloneDX") nor SPDX (no "spdxVersion").',
  );
}

// ---------------------------------------------------------------- CycloneDX JSON

const CDX_JSON_VERSIONS = ["1.2", "1.3", "1.4", "1.5", "1.6", "1.7"] as const;
const cdxJsonValidators = new Map<string, Validation.JsonValidator>();

export async function validateCycloneDxJson(text: string, specVersion: unknown): Promise<string> {
  if (typeof specVersion !== "string" || !(CDX_JSON_VERSIONS as readonly string[]).includes(specVersion))
    throw new FileFormatError(
      `CycloneDX JSON spec version ${JSON.stringify(specVersion ?? null)} is not supported: use 1.2 to 1.7.`,
    );
  let v = cdxJsonValidators.get(specVersion);
  if (!v) {
    v = new Validation.JsonValidator(specVersion as Spec.Version);
    cdxJsonValidators.set(specVersion, v);
  }
  const errors = await v.validate(text);
  if (errors !== null)
    throw new FileFormatError(
      `The file does not follow the CycloneDX ${specVersion} JSON schema.`,
      schemaErrorDetails(errors as never),
    );
  return specVersion;
}

async function parseCycloneDxJson(text: string, doc: Record<string, unknown>): Promise<TParsedSbom> {
  // Counted before validation: the schema's uniqueItems checks grow with the square of the list.
  countCdx(asArray(doc.components), 0);
  const specVersion = await validateCycloneDxJson(text, doc.specVersion);
  const meta = isObject(doc.metadata) && isObject(doc.metadata.component) ? doc.metadata.component : null;
  const components: TSbomComponent[] = [];
  walkCdx(asArray(doc.components), components);
  return {
    format: "CycloneDX",
    encoding: "json",
    specVersion,
    subject: meta ? { name: cdxName(meta), version: str(meta.version) } : null,
    components,
  };
}

function countCdx(list: unknown[], n: number): number {
  for (const c of list) {
    if (++n > SBOM_LIMITS.maxComponents) tooManyComponents();
    if (isObject(c)) n = countCdx(asArray(c.components), n);
  }
  return n;
}

function walkCdx(list: unknown[], out: TSbomComponent[]): void {
  for (const c of list) {
    if (!isObject(c)) continue;
    if (out.length >= SBOM_LIMITS.maxComponents) tooManyComponents();
    out.push({
      name: cdxName(c),
      version: str(c.version),
      purl: str(c.purl),
      licence: cdxLicence(asArray(c.licenses)),
      type: str(c.type),
      supplier: isObject(c.supplier) ? str(c.supplier.name) : str(c.publisher),
    });
    walkCdx(asArray(c.components), out);
  }
}

function cdxName(c: Record<string, unknown>): string {
  const name = str(c.name) ?? "(unnamed)";
  const group = str(c.group);
  return group ? `${group}/${name}` : name;
}

function cdxLicence(list: unknown[]): string | null {
  const parts: string[] = [];
  for (const l of list) {
    if (!isObject(l)) continue;
    const expr = str(l.expression);
    if (expr) parts.push(expr);
    const lic = isObject(l.license) ? l.license : null;
    if (lic) {
      const id = str(lic.id) ?? str(lic.name);
      if (id) parts.push(id);
    }
  }
  return parts.length ? parts.join(" AND ") : null;
}

// ---------------------------------------------------------------- CycloneDX XML

/** Paths of the XSDs the library ships (its `_Resources` export, which its type declarations leave out). */
const cdxFiles = (
  CycloneDX as unknown as {
    _Resources: {
      FILES: { CDX: { XML_SCHEMA: Record<string, string | undefined> }; SPDX: { XML_SCHEMA: string } };
    };
  }
)._Resources.FILES;

const CDX_NS = /xmlns(?::\w+)?\s*=\s*["']http:\/\/cyclonedx\.org\/schema\/bom\/(1\.[0-7])["']/;

async function parseCycloneDxXml(text: string): Promise<TParsedSbom> {
  if (/<!DOCTYPE/i.test(text))
    throw new FileFormatError("XML SBOMs with a DOCTYPE are refused (no DTDs or entities).");
  const m = CDX_NS.exec(text.slice(0, 4096));
  const specVersion = m?.[1];
  if (!specVersion)
    throw new FileFormatError(
      "This XML file is not a CycloneDX BOM: its root element has no http://cyclonedx.org/schema/bom/1.x namespace.",
    );
  const schemaPath = cdxFiles.CDX.XML_SCHEMA[specVersion];
  if (!schemaPath) throw new FileFormatError(`CycloneDX XML ${specVersion} is not supported.`);
  const [xsd, spdxXsd] = await Promise.all([
    readFile(schemaPath, "utf8"),
    readFile(cdxFiles.SPDX.XML_SCHEMA, "utf8"),
  ]);
  const result = await validateXML({
    xml: { fileName: "sbom.xml", contents: text },
    schema: { fileName: "bom.xsd", contents: xsd },
    preload: { fileName: "spdx.SNAPSHOT.xsd", contents: spdxXsd },
    // The document, the schemas and libxml2's working memory; 10 MB of XML needs well under 512 MB.
    maxMemoryPages: 512 * memoryPages.MiB,
  });
  if (!result.valid)
    throw new FileFormatError(
      `The file does not follow the CycloneDX ${specVersion} XML schema.`,
      result.errors.slice(0, 5).map((e) => (e.loc ? `line ${e.loc.lineNumber}: ${e.message}` : e.message)),
    );
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    removeNSPrefix: true,
    processEntities: false,
    parseTagValue: false,
    isArray: (name, jpath) =>
      name === "component"
        ? !String(jpath).endsWith("metadata.component")
        : ["license", "expression"].includes(name),
  });
  const doc = parser.parse(text) as Record<string, unknown>;
  const bom = isObject(doc.bom) ? doc.bom : {};
  const meta = isObject(bom.metadata) && isObject(bom.metadata.component) ? bom.metadata.component : null;
  const components: TSbomComponent[] = [];
  walkCdxXml(xmlChildren(bom.components, "component"), components);
  return {
    format: "CycloneDX",
    encoding: "xml",
    specVersion,
    subject: meta ? { name: cdxName(meta), version: str(meta.version) } : null,
    components,
  };
}

function xmlChildren(parent: unknown, name: string): Record<string, unknown>[] {
  if (!isObject(parent)) return [];
  return asArray(parent[name]).filter(isObject);
}

function walkCdxXml(list: Record<string, unknown>[], out: TSbomComponent[]): void {
  for (const c of list) {
    if (out.length >= SBOM_LIMITS.maxComponents) tooManyComponents();
    const lic = isObject(c.licenses) ? c.licenses : {};
    const parts = [
      ...asArray(lic.expression).map(xmlText),
      ...asArray(lic.license)
        .filter(isObject)
        .map((l) => xmlText(l.id) ?? xmlText(l.name)),
    ].filter((x): x is string => !!x);
    out.push({
      name: cdxName({ name: xmlText(c.name), group: xmlText(c.group) }),
      version: xmlText(c.version),
      purl: xmlText(c.purl),
      licence: parts.length ? parts.join(" AND ") : null,
      type: str(c["@_type"]),
      supplier: isObject(c.supplier) ? xmlText(c.supplier.name) : xmlText(c.publisher),
    });
    walkCdxXml(xmlChildren(c.components, "component"), out);
  }
}

function xmlText(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (isObject(v) && typeof v["#text"] === "string") return v["#text"].trim() || null;
  return null;
}

// ---------------------------------------------------------------- SPDX JSON

let spdxValidator: ReturnType<Ajv2019["compile"]> | null = null;

function getSpdxValidator() {
  if (!spdxValidator) {
    const ajv = new Ajv2019({ strict: false, allErrors: false, loadSchema: undefined });
    addFormats(ajv);
    spdxValidator = ajv.compile(spdx23Schema);
  }
  return spdxValidator;
}

function parseSpdxJson(doc: Record<string, unknown>): TParsedSbom {
  const spdxVersion = String(doc.spdxVersion);
  const m = /^SPDX-2\.([0-3])$/.exec(spdxVersion);
  if (!m)
    throw new FileFormatError(
      `SPDX version ${JSON.stringify(spdxVersion)} is not supported: use SPDX 2.2 or 2.3 JSON (SPDX 3 is JSON-LD; convert it first).`,
    );
  if (asArray(doc.packages).length > SBOM_LIMITS.maxComponents) tooManyComponents();
  const validate = getSpdxValidator();
  if (!validate(doc))
    throw new FileFormatError(
      `The file does not follow the SPDX 2.3 JSON schema.`,
      schemaErrorDetails(validate.errors),
    );
  const packages = asArray(doc.packages).filter(isObject);
  if (packages.length > SBOM_LIMITS.maxComponents) tooManyComponents();
  const describes = new Set<string>(
    asArray(doc.documentDescribes).filter((x): x is string => typeof x === "string"),
  );
  for (const r of asArray(doc.relationships).filter(isObject))
    if (
      r.relationshipType === "DESCRIBES" &&
      r.spdxElementId === "SPDXRef-DOCUMENT" &&
      typeof r.relatedSpdxElement === "string"
    )
      describes.add(r.relatedSpdxElement);
  const subjectPkg = packages.find((p) => typeof p.SPDXID === "string" && describes.has(p.SPDXID)) ?? null;
  const components = packages.map((p): TSbomComponent => {
    const purlRef = asArray(p.externalRefs)
      .filter(isObject)
      .find((r) => r.referenceType === "purl");
    return {
      name: str(p.name) ?? "(unnamed)",
      version: str(p.versionInfo),
      purl: purlRef ? str(purlRef.referenceLocator) : null,
      licence: spdxLicence(p.licenseConcluded) ?? spdxLicence(p.licenseDeclared),
      type: str(p.primaryPackagePurpose)?.toLowerCase() ?? null,
      supplier: str(p.supplier)?.replace(/^(Organization|Person):\s*/, "") ?? null,
    };
  });
  return {
    format: "SPDX",
    encoding: "json",
    specVersion: spdxVersion.replace(/^SPDX-/, ""),
    subject: subjectPkg
      ? { name: str(subjectPkg.name) ?? "(unnamed)", version: str(subjectPkg.versionInfo) }
      : null,
    components,
  };
}

function spdxLicence(v: unknown): string | null {
  const s = str(v);
  return s && s !== "NOASSERTION" && s !== "NONE" ? s : null;
}

// ---------------------------------------------------------------- helpers

function tooManyComponents(): never {
  throw new FileFormatError(
    `The SBOM lists more than ${SBOM_LIMITS.maxComponents.toLocaleString("en")} components; upload one SBOM per firmware image.`,
    [],
    "TOO_LARGE",
  );
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}
export function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
}
