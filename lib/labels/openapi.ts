import { schemeResultSchemas } from "@/lib/schemes/openapi";
import { ALL_SCHEME_IDS } from "@/lib/schemes/registry";
import { LABELS_API_PATH, logPaths, OPENAPI_PATH, PUBLIC_KEYS_PATH } from "./public-urls";

/**
 * OpenAPI 3.1 description of the public, sessionless endpoints, served at /api/public/openapi.json. Kept next to
 * lib/labels/public-record.ts: a test checks that a real record validates against the schemas below.
 */

type TJsonSchema = { [key: string]: unknown };

const str = { type: "string" } as const;
const nullableStr = { type: ["string", "null"] } as const;
const dateTime = { type: "string", format: "date-time" } as const;
const date = { type: "string", format: "date" } as const;
const nullableBool = { type: ["boolean", "null"] } as const;
const code = {
  type: "string",
  pattern: "^CL-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$",
  examples: ["CL-7KQ2-M9XD-3HRT-0BWE"],
} as const;
const localized = {
  type: "object",
  required: ["en", "zh-CN"],
  additionalProperties: false,
  properties: { en: str, "zh-CN": str },
} as const;
const obj = (properties: Record<string, unknown>, extra: TJsonSchema = {}): TJsonSchema => ({
  type: "object",
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
  ...extra,
});
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const sbomFacts = obj({
  format: { enum: ["CycloneDX", "SPDX"] },
  specVersion: str,
  componentCount: { type: "integer", minimum: 0 },
  uploadedAt: dateTime,
});

const schemeCommon = {
  name: { ...str, description: "Our catalog's name of the scheme (English)." },
  provisional: { type: "boolean", description: "The scheme's rules are still draft; the rating may change." },
  basis: { type: "array", items: str, description: "Legal texts and standards assessed against." },
  summary: { ...localized, description: "The result in plain words, in English and Simplified Chinese." },
  outcome: obj({
    code: { ...str, description: "The scheme's outcome code (see the scheme's documentation)." },
    rank: {
      type: "integer",
      minimum: 0,
      description: "Position in the scheme's order of outcomes, 0 = worst.",
    },
    of: { type: "integer", minimum: 1, description: "How many outcomes the scheme has." },
    tone: { enum: ["ok", "warn", "bad", "info", "none"] },
    headline: localized,
    inScope: nullableBool,
  }),
};

const schemas: Record<string, TJsonSchema> = {
  Error: obj({
    error: obj(
      {
        code: str,
        message: str,
        fieldErrors: { type: "object", additionalProperties: { type: "array", items: str } },
      },
      { required: ["code", "message"] },
    ),
  }),
  ...schemeResultSchemas({ obj, ref, str, nullableBool, schemeCommon, localized }),
  LabelStatus: obj(
    {
      state: {
        enum: ["valid", "expired", "suspended", "superseded", "revoked", "integrity_failed"],
        description:
          "Derived from the label's events. integrity_failed: the stored label does not match its signature or its transparency log entries; trust nothing else in this record.",
      },
      validUntil: dateTime,
      revokedAt: { ...nullableStr, format: "date-time" },
      revocationReason: nullableStr,
      since: { ...nullableStr, format: "date-time", description: "When the shown state began." },
    },
    {
      description:
        "The label's live status, derived from its events; revocation wins over supersession and expiry, a failed integrity check over everything.",
    },
  ),
  PublicLabel: obj({
    code,
    status: ref("LabelStatus"),
    events: {
      type: "array",
      description: "The label's history, oldest first; each event is a leaf of the public transparency log.",
      items: obj({
        event: { enum: ["issued", "suspended", "reinstated", "superseded", "expired", "revoked"] },
        at: dateTime,
        reason: nullableStr,
        supersededBy: { ...nullableStr, description: "Code of the replacing label (superseded)." },
        logIndex: { type: ["integer", "null"], minimum: 0, description: "Leaf index in the log." },
      }),
    },
    issuedAt: dateTime,
    validUntil: dateTime,
    product: obj({
      name: str,
      modelNumber: nullableStr,
      hardwareVersion: str,
      firmwareVersion: str,
      category: str,
      categoryLabel: str,
      description: nullableStr,
    }),
    coverage: obj(
      {
        models: {
          type: "array",
          description:
            "Every model name / SKU of the product family the label covers (the product's own first).",
          items: obj({ name: str, sku: nullableStr }),
        },
        supersedes: {
          ...obj(
            { code, firmwareVersion: str, hardwareVersion: str, page: { ...str, format: "uri" } },
            { type: ["object", "null"] },
          ),
          description: "The earlier label of the product this one replaces.",
        },
        supersededBy: {
          ...obj(
            { code, firmwareVersion: str, hardwareVersion: str, page: { ...str, format: "uri" } },
            { type: ["object", "null"] },
          ),
          description: "The label that replaced this one, and the version it covers (docs/versions.md).",
        },
      },
      { description: "What the label covers: versions are in product; models and supersession here." },
    ),
    manufacturer: obj({ name: str, country: nullableStr }),
    security: obj(
      {
        supportPeriodEnd: { ...date, description: "Last day of security support (US registry field 9)." },
        supportEnded: { type: "boolean" },
        updatesAutomatic: { type: "boolean", description: "US registry field 8." },
        manualUpdateInfo: nullableStr,
        defaultCredentials: { ...nullableStr, description: "How to change the default password (field 6)." },
        secureConfigInfo: { ...nullableStr, description: "Secure configuration information (field 7)." },
        vulnerabilityDisclosure: {
          ...nullableStr,
          description: "URL or mailto: of the disclosure policy/contact.",
        },
        privacyPolicy: nullableStr,
        billOfMaterials: {
          enum: ["both", "sbom", "hbom", "none", null],
          description:
            "Field 10 (yes/no only): the manufacturer's answer, with an SBOM uploaded for the version at issue counting as an SBOM maintained.",
        },
        sbom: {
          ...sbomFacts,
          description:
            "Present on labels issued with a machine-readable SBOM on file for the covered version: its format, spec version and component count as they were at issue (the file stays with the lab). Absent otherwise, and on labels issued before this field.",
        },
      },
      {
        required: [
          "supportPeriodEnd",
          "supportEnded",
          "updatesAutomatic",
          "manualUpdateInfo",
          "defaultCredentials",
          "secureConfigInfo",
          "vulnerabilityDisclosure",
          "privacyPolicy",
          "billOfMaterials",
        ],
      },
    ),
    lab: obj({
      name: str,
      country: nullableStr,
      accreditation: {
        ...nullableStr,
        description:
          "The testing lab's accreditation (body, number, scope) as recorded at approval; null for labels issued before it was recorded.",
      },
    }),
    reviewer: obj({ name: str }),
    submittedAt: { ...nullableStr, format: "date-time" },
    approvedAt: dateTime,
    catalog: obj({ version: str, title: str, publishedOn: str }),
    schemes: { type: "array", items: ref("SchemeResult") },
    links: obj({
      page: { ...str, format: "uri" },
      api: { ...str, format: "uri" },
      report: { ...str, format: "uri" },
      signedSnapshot: { ...str, format: "uri" },
      publicKeys: { ...str, format: "uri" },
      artwork: {
        type: "array",
        items: obj({
          scheme: { enum: [...ALL_SCHEME_IDS] },
          svg: { ...str, format: "uri" },
          png: { ...str, format: "uri" },
        }),
      },
    }),
    integrity: obj({
      digest: {
        type: "string",
        pattern: "^[0-9a-f]{64}$",
        description: "SHA-256 of the canonical snapshot (RFC 8785).",
      },
      alg: { const: "Ed25519" },
      keyId: { type: "string", pattern: "^[0-9a-f]{16}$" },
      snapshotFormat: {
        enum: ["cyberlabel.snapshot/1", "cyberlabel.snapshot/2", "cyberlabel.snapshot/3"],
        description: "Format of the signed snapshot (see SignedSnapshot).",
      },
      verified: {
        type: "boolean",
        description:
          "When this record was built, the digest and signature were checked against the published keys and the events against the transparency log.",
      },
      problems: {
        type: "array",
        items: {
          enum: [
            "snapshot_format",
            "digest_mismatch",
            "unknown_key",
            "bad_signature",
            "record_mismatch",
            "events_incomplete",
            "events_illegal",
            "log_missing",
            "log_mismatch",
          ],
        },
      },
    }),
    log: obj({
      inclusionProof: { ...str, format: "uri", description: "Inclusion proof of this label's log entries." },
      treeHead: { ...str, format: "uri" },
    }),
  }),
  SignedTreeHead: obj({
    treeSize: { type: "integer", minimum: 0 },
    timestamp: { type: "integer", minimum: 0, description: "Milliseconds since the epoch, as signed." },
    rootHash: {
      type: "string",
      pattern: "^[0-9a-f]{64}$",
      description: "RFC 9162 Merkle tree hash (SHA-256).",
    },
    keyId: { type: "string", pattern: "^[0-9a-f]{16}$", description: "Log key (transparencyLog.keys)." },
    signature: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]{86}$",
      description:
        "Ed25519 over RFC 9162 TreeHeadDataV2: uint64 timestamp, uint64 tree_size, 0x20 || root hash, 0x0000.",
    },
  }),
  LogEntry: obj({
    leafIndex: { type: "integer", minimum: 0 },
    leaf: {
      type: "string",
      description:
        "Canonical JSON (RFC 8785) of the event: {format, label, digest, seq, event, at, reason, supersededBy, validUntil}. Leaf hash = SHA-256(0x00 || UTF-8 bytes).",
    },
    leafHash: { type: "string", pattern: "^[0-9a-f]{64}$" },
  }),
  LogEntries: obj({
    logSize: { type: "integer", minimum: 0, description: "Entries appended so far (signed or not yet)." },
    start: { type: "integer", minimum: 0 },
    entries: { type: "array", items: ref("LogEntry") },
  }),
  InclusionProof: obj({
    treeHead: ref("SignedTreeHead"),
    entries: {
      type: "array",
      items: obj({
        leafIndex: { type: "integer", minimum: 0 },
        leaf: str,
        leafHash: { type: "string", pattern: "^[0-9a-f]{64}$" },
        auditPath: {
          type: "array",
          items: { type: "string", pattern: "^[0-9a-f]{64}$" },
          description: "RFC 9162 §2.1.3 inclusion path, leaf to root.",
        },
      }),
    },
    pending: {
      type: "array",
      items: ref("LogEntry"),
      description: "Entries appended after this tree head: proven once the next tree head is signed.",
    },
  }),
  ConsistencyProof: obj({
    first: { type: "integer", minimum: 1 },
    second: { type: "integer", minimum: 1 },
    proof: {
      type: "array",
      items: { type: "string", pattern: "^[0-9a-f]{64}$" },
      description: "RFC 9162 §2.1.4 consistency proof (empty when first = second).",
    },
  }),
  LabelList: obj({
    items: { type: "array", items: ref("PublicLabel") },
    nextCursor: { ...nullableStr, description: "Pass as `cursor` for the next page; null on the last page." },
    next: { ...nullableStr, format: "uri" },
  }),
  SignedSnapshot: obj({
    format: { const: "cyberlabel.signed-snapshot/1" },
    snapshot: {
      oneOf: [ref("SnapshotV3"), ref("SnapshotV2"), ref("SnapshotV1")],
      description:
        "The frozen label, exactly as signed. Labels are issued in format cyberlabel.snapshot/3, which holds no internal " +
        "record ids; format cyberlabel.snapshot/2 holds the same fields (only its PDF report's layout differs); labels " +
        "issued before format 2 keep format cyberlabel.snapshot/1 (with the ids of the product, manufacturer, lab, " +
        "reviewer and assessment records), since a signed snapshot never changes.",
    },
    digest: { type: "string", pattern: "^[0-9a-f]{64}$" },
    signature: obj({
      alg: { const: "Ed25519" },
      keyId: { type: "string", pattern: "^[0-9a-f]{16}$" },
      value: { type: "string", pattern: "^[A-Za-z0-9_-]{86}$", description: "Unpadded base64url, 64 bytes." },
    }),
  }),
  ...snapshotSchemas(),
  PublicKey: obj({
    kty: { const: "OKP" },
    crv: { const: "Ed25519" },
    alg: { const: "EdDSA" },
    use: { const: "sig" },
    kid: { type: "string", pattern: "^[0-9a-f]{16}$" },
    x: str,
    pem: str,
  }),
  PublicKeys: obj(
    {
      keys: { type: "array", items: ref("PublicKey"), description: "Keys that sign label snapshots." },
      transparencyLog: obj({
        description: str,
        treeHead: { ...str, format: "uri" },
        keys: { type: "array", items: ref("PublicKey"), description: "Keys that sign the log's tree heads." },
      }),
    },
    { required: ["keys"] },
  ),
  VerifyResult: {
    description:
      "A checked upload or digest (HTTP 200) carries the label's status: a genuine report of a revoked or expired " +
      "label is `match: true` with `status.state` saying so. Errors (400, 413, 415) carry only the reason.",
    oneOf: [
      obj({
        match: { const: true },
        matched: { enum: ["pdf_sha256", "snapshot_digest"] },
        status: ref("LabelStatus"),
      }),
      obj({
        match: { const: false },
        reason: {
          enum: ["mismatch", "not_pdf", "malformed_digest", "empty", "integrity_failed"],
          description:
            "integrity_failed: the stored label does not match its signature or the public log, so nothing can be confirmed.",
        },
        status: ref("LabelStatus"),
      }),
      obj({
        match: { const: false },
        reason: { enum: ["not_pdf", "malformed_digest", "empty", "too_large", "bad_request"] },
      }),
    ],
  },
};

/**
 * The snapshot formats (3 and 2 share their fields), field by field where a consumer reads identities and dates; the frozen result
 * (`result`), the answers and the catalog texts are objects whose shape follows the catalog version.
 */
function snapshotSchemas(): Record<string, TJsonSchema> {
  const anyObject = { type: "object" } as const;
  const schemes = { type: "array", items: { enum: [...ALL_SCHEME_IDS] } } as const;
  const label = obj({
    publicCode: code,
    publicUrl: { ...str, format: "uri" },
    issuedAt: dateTime,
    validUntil: dateTime,
  });
  const productFacts = {
    modelName: str,
    modelNumber: nullableStr,
    hardwareVersion: str,
    firmwareVersion: str,
    category: str,
    categoryLabel: str,
    description: nullableStr,
    supportPeriodEnd: date,
    updatesAutomatic: { type: "boolean" },
    defaultCredentials: nullableStr,
    vulnDisclosureUrl: { ...nullableStr, description: "An https:// URL or a mailto: address." },
    privacyPolicyUrl: nullableStr,
  };
  const catalog = obj({ id: str, version: str, title: str, publishedOn: str });
  const decision = obj({
    criterionKey: str,
    decision: { enum: ["ACCEPT", "REJECT"] },
    overrideVerdict: { enum: ["PASS", "FAIL", null] },
    comment: nullableStr,
  });
  const sha = { type: "string", pattern: "^[0-9a-f]{64}$" } as const;
  const common = {
    label,
    catalog,
    answers: anyObject,
    decisions: { type: "array", items: decision },
    result: { ...anyObject, description: "The frozen scoring result (lib/scoring/types.ts TAssessment)." },
  };
  const optionalText = { catalogText: anyObject };
  const formatTwoFields = (format: string) =>
    obj(
      {
        format: { const: format },
        ...common,
        // `models`: optional, labels issued since product families exist (docs/versions.md).
        product: obj(
          {
            ...productFacts,
            models: { type: "array", items: obj({ modelName: str, sku: nullableStr }) },
          },
          { required: Object.keys(productFacts) },
        ),
        supersedes: obj({ publicCode: code, firmwareVersion: str, hardwareVersion: str }),
        // Optional: the assessed version's SBOM at issue (absent when none was uploaded or on earlier labels).
        sbom: sbomFacts,
        manufacturer: obj({ name: str, country: nullableStr }),
        lab: obj({ name: str, country: nullableStr, accreditation: nullableStr }),
        reviewer: obj({ name: str }),
        assessment: obj({
          round: { type: "integer" },
          targetSchemes: schemes,
          submittedAt: { ...nullableStr, format: "date-time" },
          approvedAt: dateTime,
        }),
        evidence: {
          type: "array",
          description: "Each evidence file once, with the questions it supports.",
          items: obj({
            fileName: str,
            contentType: str,
            size: { type: "integer" },
            sha256: sha,
            questionIds: { type: "array", items: str },
          }),
        },
        ...optionalText,
      },
      {
        required: [
          "format",
          ...Object.keys(common),
          "product",
          "manufacturer",
          "lab",
          "reviewer",
          "assessment",
          "evidence",
        ],
      },
    );
  return {
    SnapshotV3: formatTwoFields("cyberlabel.snapshot/3"),
    SnapshotV2: formatTwoFields("cyberlabel.snapshot/2"),
    SnapshotV1: obj(
      {
        format: { const: "cyberlabel.snapshot/1" },
        ...common,
        product: obj({ id: str, ...productFacts }),
        manufacturer: obj({ id: str, name: str, country: nullableStr }),
        lab: obj({ id: str, name: str, country: nullableStr }),
        reviewer: obj({ id: str, name: str }),
        assessment: obj({
          id: str,
          round: { type: "integer" },
          targetSchemes: schemes,
          submittedAt: { ...nullableStr, format: "date-time" },
          approvedAt: dateTime,
        }),
        evidence: {
          type: "array",
          description: "One entry per (question, file) pair.",
          items: obj({
            questionId: str,
            fileName: str,
            contentType: str,
            size: { type: "integer" },
            sha256: sha,
          }),
        },
        ...optionalText,
      },
      {
        required: [
          "format",
          ...Object.keys(common),
          "product",
          "manufacturer",
          "lab",
          "reviewer",
          "assessment",
          "evidence",
        ],
      },
    ),
  };
}

const codeParam = { name: "code", in: "path", required: true, schema: code };
const sizeParam = (description: string) => ({
  name: "size",
  in: "query",
  required: false,
  description,
  schema: { enum: ["small", "medium", "large"] },
});
const err = (description: string) => ({
  description,
  content: { "application/json": { schema: ref("Error") } },
});
const json = (description: string, schema: unknown) => ({
  description,
  content: { "application/json": { schema } },
});

export function openApiDocument(baseUrl: string): TJsonSchema {
  return {
    openapi: "3.1.0",
    info: {
      title: "Cyberlabel public label API",
      version: "1.0.0",
      description:
        "Public registry of issued cybersecurity labels: status, product facts, per-scheme results, downloads and " +
        "verification. No authentication. A result is an independent lab's assessment, not an official " +
        "authorisation. Responses carry Cache-Control; status-bearing responses are cacheable for 60 s.",
    },
    servers: [{ url: baseUrl }],
    paths: {
      [LABELS_API_PATH]: {
        get: {
          operationId: "listLabels",
          summary: "Issued labels, newest first (keyset pagination).",
          parameters: [
            { name: "cursor", in: "query", required: false, schema: { type: "string", maxLength: 200 } },
            {
              name: "limit",
              in: "query",
              required: false,
              schema: { type: "integer", minimum: 1, maximum: 100, default: 20 },
            },
          ],
          responses: {
            "200": json("A page of labels.", ref("LabelList")),
            "400": err("Invalid cursor or limit."),
          },
        },
      },
      [`${LABELS_API_PATH}/{code}`]: {
        get: {
          operationId: "getLabel",
          summary: "One label's registry record.",
          parameters: [codeParam],
          responses: {
            "200": json("The label.", ref("PublicLabel")),
            "400": err("Not a label code."),
            "404": err("No label with this code."),
          },
        },
      },
      "/r/{code}/report.pdf": {
        get: {
          operationId: "getReport",
          summary: "The PDF report (deterministic: byte-identical on every download).",
          parameters: [codeParam],
          responses: {
            "200": {
              description: "PDF",
              content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
            },
            "400": err("Not a label code."),
            "404": err("No label with this code."),
          },
        },
      },
      "/r/{code}/snapshot.json": {
        get: {
          operationId: "getSignedSnapshot",
          summary: "The signed snapshot, for offline verification (docs/verify-a-label.md).",
          parameters: [codeParam],
          responses: {
            "200": json("Signed snapshot.", ref("SignedSnapshot")),
            "400": err("Not a label code."),
            "404": err("No label with this code."),
          },
        },
      },
      "/r/{code}/artwork/{file}": {
        get: {
          operationId: "getArtwork",
          summary: "Label artwork for one of the label's target schemes, SVG or PNG at 300 dpi.",
          parameters: [
            codeParam,
            {
              name: "file",
              in: "path",
              required: true,
              schema: { type: "string", pattern: "^(eu-red|us-ctm|cn-ccl)\\.(svg|png)$" },
            },
            sizeParam("Printed width: small 50 mm, medium 70 mm, large 100 mm; absent: 70.6 mm."),
          ],
          responses: {
            "200": {
              description: "Artwork",
              content: {
                "image/svg+xml": { schema: { type: "string" } },
                "image/png": { schema: { type: "string", format: "binary" } },
              },
            },
            "400": err("Not a label code, or an unknown size."),
            "404": err("No label with this code, or no artwork for this scheme."),
          },
        },
      },
      "/r/{code}/qr.svg": {
        get: {
          operationId: "getQrSvg",
          summary: "The label's QR code alone (opens its public page), as SVG, for packaging artwork.",
          parameters: [
            codeParam,
            sizeParam("Printed side: small 15 mm, medium 20 mm (default), large 30 mm."),
          ],
          responses: {
            "200": { description: "QR code", content: { "image/svg+xml": { schema: { type: "string" } } } },
            "400": err("Not a label code, or an unknown size."),
            "404": err("No label with this code."),
          },
        },
      },
      "/r/{code}/qr.png": {
        get: {
          operationId: "getQrPng",
          summary: "The label's QR code alone, as PNG at 300 dpi (resolution in the pHYs chunk).",
          parameters: [
            codeParam,
            sizeParam("Printed side: small 15 mm, medium 20 mm (default), large 30 mm."),
          ],
          responses: {
            "200": {
              description: "QR code",
              content: { "image/png": { schema: { type: "string", format: "binary" } } },
            },
            "400": err("Not a label code, or an unknown size."),
            "404": err("No label with this code."),
          },
        },
      },
      "/r/{code}/verify": {
        post: {
          operationId: "verifyReport",
          summary: "Is this PDF (or digest) the genuine report of the label?",
          description:
            "Send `Accept: application/json` for a JSON verdict; a browser form gets a 303 redirect to the result page. " +
            "A checked answer (200) carries the label's `status`: a genuine report of a revoked label says `match: true` " +
            "and `status.state: revoked` with the date and the reason. " +
            "`digest` may be the snapshot digest or the SHA-256 of the PDF file. Uploads are limited to 20 MB.",
          parameters: [codeParam],
          requestBody: {
            required: true,
            content: {
              "multipart/form-data": {
                schema: {
                  type: "object",
                  properties: {
                    file: { type: "string", format: "binary", description: "The PDF report." },
                    digest: { type: "string", maxLength: 200 },
                    lang: { enum: ["en", "zh-CN"] },
                  },
                },
              },
              "application/x-www-form-urlencoded": {
                schema: { type: "object", properties: { digest: { type: "string", maxLength: 200 } } },
              },
            },
          },
          responses: {
            "200": json("Checked.", ref("VerifyResult")),
            "303": { description: "Browser form: redirect to the result page." },
            "400": json("Empty, malformed digest, or unreadable form.", ref("VerifyResult")),
            "404": err("No label with this code."),
            "413": json("Upload larger than 20 MB.", ref("VerifyResult")),
            "415": json("Not a PDF.", ref("VerifyResult")),
          },
        },
      },
      [logPaths.treeHead]: {
        get: {
          operationId: "getTreeHead",
          summary: "The latest signed tree head of the public transparency log of label events (RFC 9162).",
          responses: {
            "200": json("Signed tree head.", ref("SignedTreeHead")),
            "404": err("No tree head signed yet."),
          },
        },
      },
      [logPaths.entries]: {
        get: {
          operationId: "getLogEntries",
          summary: "Log entries (leaves) from `start` (inclusive) to `end` (exclusive), at most 256.",
          parameters: [
            { name: "start", in: "query", required: true, schema: { type: "integer", minimum: 0 } },
            { name: "end", in: "query", required: false, schema: { type: "integer", minimum: 1 } },
          ],
          responses: {
            "200": json("Entries (fewer when the log is shorter).", ref("LogEntries")),
            "400": err("Invalid start or end, or more than 256 entries."),
          },
        },
      },
      [logPaths.inclusion]: {
        get: {
          operationId: "getInclusionProof",
          summary: "Inclusion proofs of a label's log entries (or of one leaf) in a signed tree head.",
          parameters: [
            { name: "code", in: "query", required: false, schema: code, description: "A label code…" },
            {
              name: "leafIndex",
              in: "query",
              required: false,
              schema: { type: "integer", minimum: 0 },
              description: "…or one leaf index (exactly one of the two).",
            },
            {
              name: "treeSize",
              in: "query",
              required: false,
              schema: { type: "integer", minimum: 1 },
              description: "Size of a signed tree head; the latest when omitted.",
            },
          ],
          responses: {
            "200": json("Proofs, with the tree head they are against.", ref("InclusionProof")),
            "400": err("Invalid parameters, or no tree head signed at treeSize."),
            "404": err("No such label or leaf, or no tree head signed yet."),
          },
        },
      },
      [logPaths.consistency]: {
        get: {
          operationId: "getConsistencyProof",
          summary: "Consistency proof between two tree sizes: the larger tree extends the smaller one.",
          parameters: [
            { name: "first", in: "query", required: true, schema: { type: "integer", minimum: 1 } },
            {
              name: "second",
              in: "query",
              required: false,
              schema: { type: "integer", minimum: 1 },
              description: "The latest signed tree size when omitted.",
            },
          ],
          responses: {
            "200": json("Proof.", ref("ConsistencyProof")),
            "400": err("Invalid sizes (first < 1, second < first, or beyond the latest signed tree head)."),
            "404": err("No tree head signed yet."),
          },
        },
      },
      [PUBLIC_KEYS_PATH]: {
        get: {
          operationId: "getPublicKeys",
          summary:
            "Ed25519 public key(s) that sign label snapshots, and the transparency log's key (JWKS-style, with PEM).",
          responses: { "200": json("Keys.", ref("PublicKeys")) },
        },
      },
      [OPENAPI_PATH]: {
        get: {
          operationId: "getOpenApi",
          summary: "This document.",
          responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": {} } } },
        },
      },
    },
    components: { schemas },
  };
}
