import { C, heading, keyValues, paragraph, subheading } from "../layout";
import { SCHEME_TITLE } from "../text";
import type { TCtx } from "./ctx";

/** Catalog version and sources, and the digest and signature with instructions to verify them (format 2). */

export function drawCatalog(ctx: TCtx): void {
  const { s, text } = ctx;
  heading(ctx, "Criteria catalog and sources");
  keyValues(ctx, [
    ["Catalog", `${s.catalog.title} (${s.catalog.id})`],
    ["Version", `${s.catalog.version}, published ${s.catalog.publishedOn}`],
  ]);
  for (const sc of text.schemes) {
    if (!s.assessment.targetSchemes.includes(sc.id)) continue;
    subheading(ctx, `${SCHEME_TITLE[sc.id]}${sc.provisional ? " (provisional)" : ""}`);
    paragraph(ctx, sc.name, { size: 8.5 });
    paragraph(ctx, `Legal basis: ${sc.legalBasis.join("; ")}`, { size: 8, color: C.muted });
    for (const src of sc.sources)
      paragraph(ctx, `• ${src.label}${src.url ? `: ${src.url}` : ""}`, {
        size: 7.5,
        color: C.muted,
        indent: 8,
      });
  }
}

export function drawVerification(ctx: TCtx): void {
  const { s, digest, signature } = ctx;
  heading(ctx, "Digest and verification");
  keyValues(ctx, [
    ["Label code", s.label.publicCode],
    ["Public page", s.label.publicUrl],
    ["Snapshot digest (SHA-256)", digest],
    ["Signature (Ed25519)", signature ? signature.signature : "not signed (draft rendering)"],
    ["Signing key id", signature ? signature.keyId : "—"],
  ]);
  paragraph(
    ctx,
    "What is signed: the snapshot frozen at approval (product facts, catalog version, answers, evidence hashes, reviewer decisions " +
      "and results), serialised as canonical JSON (RFC 8785 style: sorted keys, no whitespace). The digest above is the SHA-256 of " +
      "those UTF-8 bytes and the Ed25519 signature is over the same bytes. This PDF is drawn from that snapshot only and is byte-for-byte " +
      "reproducible, so a re-downloaded copy must be identical.",
    { size: 8.5 },
  );
  subheading(ctx, "How to verify");
  paragraph(
    ctx,
    `1. Open ${s.label.publicUrl} for the live status (valid, expired or revoked): revocation never changes this document.`,
    { size: 8.5 },
  );
  paragraph(
    ctx,
    "2. From the public page, download the signed snapshot (JSON) and the published public key (PEM), then run with Node.js:",
    { size: 8.5 },
  );
  paragraph(ctx, "node verify-cli.mjs signed-snapshot.json cyberlabel-public-key.pem --export out/", {
    size: 8,
    indent: 12,
    color: C.accent,
  });
  paragraph(ctx, "3. Or with OpenSSL 3 on the exported canonical bytes:", { size: 8.5 });
  paragraph(ctx, "sha256sum out/snapshot.canonical.json   # must equal the digest above", {
    size: 8,
    indent: 12,
    color: C.accent,
  });
  paragraph(
    ctx,
    "openssl pkeyutl -verify -pubin -inkey cyberlabel-public-key.pem -rawin -in out/snapshot.canonical.json -sigfile out/snapshot.sig",
    { size: 8, indent: 12, color: C.accent },
  );
  paragraph(ctx, "Step-by-step instructions: docs/verify-a-label.md in the Cyberlabel repository.", {
    size: 8,
    color: C.muted,
  });
}
