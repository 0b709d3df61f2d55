import { C, CONTENT_W, ensureSpace, F, heading, keyValues, PAGE, paragraph } from "../layout";
import { dayIn } from "../words";
import { contactText, type TCtx } from "./ctx";

/** Product facts, the lab's sign-off with names and accreditation (never record ids), and the signature block. */

export function drawFacts(ctx: TCtx): void {
  const { s, t } = ctx;
  const p = s.product;
  heading(ctx, t("facts.heading"), { newPage: true });
  keyValues(ctx, [
    [t("facts.product"), p.modelName],
    [t("facts.modelNumber"), p.modelNumber ?? "—"],
    [t("facts.hardwareFirmware"), `${p.hardwareVersion} / ${p.firmwareVersion}`],
    // Only in snapshots that carry them (docs/versions.md): earlier reports keep their exact bytes.
    ...(p.models?.length
      ? [
          [
            t("facts.models"),
            p.models
              .map((m) => (m.sku ? t("facts.modelSku", { model: m.modelName, sku: m.sku }) : m.modelName))
              .join(t("sep.comma")),
          ] as [string, string],
        ]
      : []),
    ...(s.supersedes
      ? [
          [
            t("facts.supersedes"),
            t("facts.supersedesValue", {
              code: s.supersedes.publicCode,
              firmware: s.supersedes.firmwareVersion,
            }),
          ] as [string, string],
        ]
      : []),
    [t("facts.category"), p.categoryLabel],
    [t("facts.description"), p.description ?? "—"],
    [
      t("facts.manufacturer"),
      s.manufacturer.country
        ? t("withCountry", { name: s.manufacturer.name, country: s.manufacturer.country })
        : s.manufacturer.name,
    ],
    [
      t("facts.supportUntil"),
      ctx.lang === "en" ? p.supportPeriodEnd : dayIn(t, ctx.lang, p.supportPeriodEnd),
    ],
    [t("facts.updates"), p.updatesAutomatic ? t("facts.updatesAutomatic") : t("facts.updatesByUser")],
    [t("facts.defaultCredentials"), p.defaultCredentials ?? "—"],
    [t("facts.disclosure"), contactText(p.vulnDisclosureUrl)],
    [t("facts.privacy"), p.privacyPolicyUrl ?? "—"],
  ]);
}

/** "132 criteria accepted, 1 rejected, 1 engine verdict overridden with a written reason". */
export function decisionSummary(ctx: TCtx): string {
  const d = ctx.s.decisions;
  const accepted = d.filter((x) => x.decision === "ACCEPT").length;
  const overridden = d.filter((x) => x.overrideVerdict !== null).length;
  return ctx.t("signOff.decisions", { accepted, rejected: String(d.length - accepted), overridden });
}

export function drawSignOff(ctx: TCtx): void {
  const { s, t } = ctx;
  const day = (iso: string | null) => dayIn(t, ctx.lang, iso);
  heading(ctx, t("signOff.heading"));
  const rounds = s.assessment.round;
  keyValues(ctx, [
    [
      t("signOff.lab"),
      s.lab.country ? t("withCountry", { name: s.lab.name, country: s.lab.country }) : s.lab.name,
    ],
    [t("signOff.accreditation"), s.lab.accreditation ?? t("signOff.noAccreditation")],
    [t("signOff.reviewer"), s.reviewer.name],
    [
      t("signOff.review"),
      rounds > 1
        ? t("signOff.roundsChanged", { rounds, changed: String(rounds - 1) })
        : t("signOff.rounds", { rounds }),
    ],
    [t("signOff.targets"), s.assessment.targetSchemes.map((x) => t(`scheme.${x}.title`)).join(t("sep.list"))],
    [t("signOff.submitted"), day(s.assessment.submittedAt)],
    [t("signOff.approved"), day(s.assessment.approvedAt)],
    [t("signOff.validUntil"), day(s.label.validUntil)],
    [t("signOff.decisionsLabel"), decisionSummary(ctx)],
  ]);
  paragraph(ctx, t("signOff.approvedBy", { reviewer: s.reviewer.name, lab: s.lab.name }), {
    size: 8.5,
    color: C.muted,
  });
  drawSignatureBlock(ctx);
}

/**
 * The signature block: who signed for the lab, when, and the digest that identifies exactly what was signed. The
 * cryptographic signature itself (Ed25519, over the same bytes) is printed under "Digest and verification".
 */
function drawSignatureBlock(ctx: TCtx): void {
  const { doc, s, digest, t } = ctx;
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
    .text(t("signOff.signedForLab"), L + 12, y + 10, { lineBreak: false });
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
  col(L + 12, w3 - 8, t("signOff.reviewer"), s.reviewer.name);
  col(L + 12 + w3, w3 - 8, t("signOff.date"), dayIn(t, ctx.lang, s.assessment.approvedAt));
  col(L + 12 + 2 * w3, w3 - 8, t("signOff.lab"), s.lab.name, 9);
  doc
    .moveTo(L + 12, y + 62)
    .lineTo(L + CONTENT_W - 12, y + 62)
    .lineWidth(0.5)
    .stroke(C.rule);
  doc
    .font(F.regular)
    .fontSize(7.5)
    .fillColor(C.muted)
    .text(t("signOff.digest"), L + 12, y + 67, { lineBreak: false });
  doc
    .font(F.bold)
    .fontSize(8)
    .fillColor(C.ink)
    .text(digest, L + 12, y + 78, { lineBreak: false });
  doc.y = y + h + 6;
}
