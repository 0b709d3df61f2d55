import { count, N } from "@/lib/i18n/plural";
import { C, CONTENT_W, ensureSpace, F, heading, keyValues, PAGE, paragraph } from "../layout";
import { day, SCHEME_TITLE } from "../text";
import { contactText, type TCtx } from "./ctx";

/** Product facts, the lab's sign-off with names and accreditation (never record ids), and the signature block. */

export function drawFacts(ctx: TCtx): void {
  const { s } = ctx;
  const p = s.product;
  heading(ctx, "Product and manufacturer", { newPage: true });
  keyValues(ctx, [
    ["Product", p.modelName],
    ["Model number", p.modelNumber ?? "—"],
    ["Hardware / firmware", `${p.hardwareVersion} / ${p.firmwareVersion}`],
    // Only in snapshots that carry them (docs/versions.md): earlier reports keep their exact bytes.
    ...(p.models?.length
      ? [
          [
            "Models covered",
            p.models.map((m) => (m.sku ? `${m.modelName} (SKU ${m.sku})` : m.modelName)).join(", "),
          ] as [string, string],
        ]
      : []),
    ...(s.supersedes
      ? [
          ["Supersedes", `label ${s.supersedes.publicCode} (firmware ${s.supersedes.firmwareVersion})`] as [
            string,
            string,
          ],
        ]
      : []),
    ["Category", p.categoryLabel],
    ["Description", p.description ?? "—"],
    ["Manufacturer", `${s.manufacturer.name}${s.manufacturer.country ? ` (${s.manufacturer.country})` : ""}`],
    ["Security support until", p.supportPeriodEnd],
    ["Security updates", p.updatesAutomatic ? "Installed automatically" : "Installed by the user"],
    ["Default credentials", p.defaultCredentials ?? "—"],
    ["Vulnerability disclosure", contactText(p.vulnDisclosureUrl)],
    ["Privacy policy", p.privacyPolicyUrl ?? "—"],
  ]);
}

/** "132 criteria accepted, 1 rejected, 1 engine verdict overridden with a written reason". */
export function decisionSummary(ctx: TCtx): string {
  const d = ctx.s.decisions;
  const accepted = d.filter((x) => x.decision === "ACCEPT").length;
  const overridden = d.filter((x) => x.overrideVerdict !== null).length;
  const parts = [`${count(accepted, N.criterion)} accepted`, `${d.length - accepted} rejected`];
  return `${parts.join(", ")}, ${count(overridden, N.verdict)} overridden with a written reason`;
}

export function drawSignOff(ctx: TCtx): void {
  const { s } = ctx;
  heading(ctx, "Lab and reviewer sign-off");
  const rounds = s.assessment.round;
  keyValues(ctx, [
    ["Lab", `${s.lab.name}${s.lab.country ? ` (${s.lab.country})` : ""}`],
    ["Accreditation", s.lab.accreditation ?? "None recorded"],
    ["Reviewer", s.reviewer.name],
    ["Review", `${count(rounds, N.round)}${rounds > 1 ? ` (${rounds - 1} with changes requested)` : ""}`],
    ["Target schemes", s.assessment.targetSchemes.map((t) => SCHEME_TITLE[t]).join("; ")],
    ["Submitted", day(s.assessment.submittedAt)],
    ["Approved and issued", day(s.assessment.approvedAt)],
    ["Valid until", day(s.label.validUntil)],
    ["Reviewer decisions", decisionSummary(ctx)],
  ]);
  paragraph(
    ctx,
    `Approved by ${s.reviewer.name} for ${s.lab.name}. The reviewer's decisions are frozen in the signed snapshot; overrides and their reasons are listed per criterion below.`,
    { size: 8.5, color: C.muted },
  );
  drawSignatureBlock(ctx);
}

/**
 * The signature block: who signed for the lab, when, and the digest that identifies exactly what was signed. The
 * cryptographic signature itself (Ed25519, over the same bytes) is printed under "Digest and verification".
 */
function drawSignatureBlock(ctx: TCtx): void {
  const { doc, s, digest } = ctx;
  const h = 92;
  ensureSpace(ctx, h + 10);
  doc.y += 6;
  const y = doc.y;
  const L = PAGE.left;
  doc.roundedRect(L, y, CONTENT_W, h, 4).lineWidth(1).stroke(C.accent);
  doc
    .font(F.bold)
    .fontSize(8)
    .fillColor(C.accent)
    .text("SIGNED FOR THE LAB", L + 12, y + 10, { lineBreak: false });
  const col = (x: number, w: number, label: string, value: string, size = 11) => {
    doc
      .font(F.regular)
      .fontSize(7.5)
      .fillColor(C.muted)
      .text(label, x, y + 28, { width: w, lineBreak: false });
    doc
      .font(F.bold)
      .fontSize(size)
      .fillColor(C.ink)
      .text(value, x, y + 40, { width: w });
  };
  const w3 = (CONTENT_W - 24) / 3;
  col(L + 12, w3 - 8, "Reviewer", s.reviewer.name);
  col(L + 12 + w3, w3 - 8, "Date", day(s.assessment.approvedAt));
  col(L + 12 + 2 * w3, w3 - 8, "Lab", s.lab.name, 9);
  doc
    .moveTo(L + 12, y + 62)
    .lineTo(L + CONTENT_W - 12, y + 62)
    .lineWidth(0.5)
    .stroke(C.rule);
  doc
    .font(F.regular)
    .fontSize(7.5)
    .fillColor(C.muted)
    .text("Label digest (SHA-256 of the signed snapshot)", L + 12, y + 67, { lineBreak: false });
  doc
    .font(F.bold)
    .fontSize(8)
    .fillColor(C.ink)
    .text(digest, L + 12, y + 78, { lineBreak: false });
  doc.y = y + h + 6;
}
