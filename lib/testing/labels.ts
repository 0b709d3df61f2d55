// An issued label inserted directly (lab, approver, manufacturer, product, approved assessment, label), for tests,
// the e2e seed and the public-page benchmark. The snapshot comes from buildSnapshotFixture (format 3, as labels are
// issued now), with `format: 2` the same label as format 2, or, with `format: 1`, buildSnapshotFixtureV1 with the
// rows' real ids, as older labels were signed.
// It is signed exactly as the approval flow signs: digest = digestSnapshot, signature = signSnapshot(...).value. The
// label is written with its ISSUED event and transparency log leaf (insertIssuedLabel), a revocation as a REVOKED
// event, as the database requires.
import { randomBytes } from "node:crypto";
import { appendLabelEvent, insertIssuedLabel } from "@/lib/db/label-events";
import { digestSnapshot } from "@/lib/labels/canonical";
import {
  buildSnapshotFixture,
  buildSnapshotFixtureV1,
  type TSnapshotFixtureOptions,
} from "@/lib/labels/fixtures";
import { generatePublicCode } from "@/lib/labels/public-code";
import { generateSigningKey, publicKeyFromPrivate, signSnapshot } from "@/lib/labels/signing";
import { SNAPSHOT_FORMAT_V2, type TLabelSnapshot } from "@/lib/labels/snapshot-types";
import type { SessionUser } from "@/lib/db/accounts";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type TMakeIssuedLabelOptions = {
  publicCode?: string;
  /** Defaults to a fresh key; pass labelSigningKeyPem() to sign as a running app would. */
  privateKeyPem?: string;
  baseUrl?: string;
  /** ISO 8601; defaults to one day ago, so the label is valid now (ten days ago when it is also revoked). */
  issuedAt?: string;
  /** Overrides the computed validity (e.g. a date in the past for an expired label). */
  validUntil?: string;
  /** A REVOKED event: `at` between issuedAt and now. */
  revoked?: { at: Date; reason: string };
  /** Snapshot format; 3 (as issued now) unless a test needs a label issued before it (2: same data; 1: with ids). */
  format?: 1 | 2 | 3;
  fixture?: Omit<TSnapshotFixtureOptions, "publicCode" | "baseUrl" | "issuedAt">;
};

export type TIssuedLabel = {
  publicCode: string;
  snapshot: TLabelSnapshot;
  digest: string;
  signature: string;
  keyId: string;
  publicKeyPem: string;
  /** E-mail addresses of the users created (approver, manufacturer member), to assert they never leak. */
  emails: string[];
  ids: { labelId: string; assessmentId: string; productId: string; labId: string; manufacturerId: string };
  /** The approving reviewer as a signed-in lab user (to revoke with revokeLabel). */
  reviewer: SessionUser;
};

const short = () => randomBytes(4).toString("hex");

export async function makeIssuedLabel(
  db: PrismaClient,
  opts: TMakeIssuedLabelOptions = {},
): Promise<TIssuedLabel> {
  const publicCode = opts.publicCode ?? generatePublicCode();
  const issuedAt =
    opts.issuedAt ??
    new Date(Date.now() - (opts.revoked ? 10 : 1) * 86_400_000).toISOString().replace(/\.\d{3}Z$/, ".000Z");
  const key = opts.privateKeyPem
    ? { privateKeyPem: opts.privateKeyPem, ...publicKeyFromPrivate(opts.privateKeyPem) }
    : (() => {
        const k = generateSigningKey();
        return { privateKeyPem: k.privateKeyPem, pem: k.publicKeyPem, keyId: k.keyId };
      })();

  const fixtureOpts = { ...opts.fixture, publicCode, baseUrl: opts.baseUrl, issuedAt };
  const base = buildSnapshotFixture(fixtureOpts);
  const tag = short();
  const lab = await db.organization.create({
    data: { name: base.lab.name, kind: "LAB", country: "DE", accreditation: base.lab.accreditation },
  });
  const maker = await db.organization.create({
    data: { name: base.manufacturer.name, kind: "MANUFACTURER", country: "CN" },
  });
  const approverEmail = `approver-${tag}@lab.test.example`;
  const memberEmail = `member-${tag}@maker.test.example`;
  // No usable password: these users exist to satisfy foreign keys, never to sign in.
  const approver = await db.user.create({
    data: { email: approverEmail, name: base.reviewer.name, passwordHash: "!" },
  });
  const member = await db.user.create({
    data: { email: memberEmail, name: "Maker Member", passwordHash: "!" },
  });
  await db.membership.create({ data: { userId: approver.id, organizationId: lab.id, role: "LAB_REVIEWER" } });
  await db.membership.create({
    data: { userId: member.id, organizationId: maker.id, role: "MANUFACTURER_MEMBER" },
  });
  const p = base.product;
  const product = await db.product.create({
    data: {
      organizationId: maker.id,
      modelName: p.modelName,
      modelNumber: p.modelNumber,
      hardwareVersion: p.hardwareVersion,
      firmwareVersion: p.firmwareVersion,
      category: p.category,
      description: p.description,
      supportPeriodEnd: new Date(`${p.supportPeriodEnd}T00:00:00Z`),
      updatesAutomatic: p.updatesAutomatic,
      defaultCredentials: p.defaultCredentials,
      vulnDisclosureUrl: p.vulnDisclosureUrl,
      privacyPolicyUrl: p.privacyPolicyUrl,
    },
  });
  const assessment = await db.assessment.create({
    data: {
      productId: product.id,
      organizationId: maker.id,
      labId: lab.id,
      catalogVersion: base.catalog.version,
      targetSchemes: base.assessment.targetSchemes,
      status: "APPROVED",
      round: base.assessment.round,
      assigneeId: approver.id,
      createdById: member.id,
      submittedAt: base.assessment.submittedAt ? new Date(base.assessment.submittedAt) : null,
      decidedAt: new Date(issuedAt),
    },
  });

  const label_ = { ...base.label, validUntil: opts.validUntil ?? base.label.validUntil };
  let snapshot: TLabelSnapshot;
  if (opts.format === 1) {
    const v1 = buildSnapshotFixtureV1(fixtureOpts);
    snapshot = {
      ...v1,
      label: label_,
      product: { ...v1.product, id: product.id },
      manufacturer: { ...v1.manufacturer, id: maker.id },
      lab: { ...v1.lab, id: lab.id },
      reviewer: { id: approver.id, name: approver.name },
      assessment: { ...v1.assessment, id: assessment.id },
    };
  } else if (opts.format === 2) snapshot = { ...base, format: SNAPSHOT_FORMAT_V2, label: label_ };
  else snapshot = { ...base, label: label_ };
  const signed = signSnapshot(key.privateKeyPem, snapshot);
  const digest = digestSnapshot(snapshot);
  const label = await db.$transaction(async (tx) => {
    const issued = await insertIssuedLabel(tx, {
      assessmentId: assessment.id,
      publicCode,
      labId: lab.id,
      approvedById: approver.id,
      snapshot,
      digest,
      signature: signed.signature.value,
      keyId: signed.signature.keyId,
      issuedAt: new Date(snapshot.label.issuedAt),
      validUntil: new Date(snapshot.label.validUntil),
      // Denormalised summary columns the approval flow fills for registry listings.
      schemes: snapshot.assessment.targetSchemes,
      usEligible: snapshot.result.us.eligible,
      cnStars: snapshot.result.cn.stars,
    });
    if (opts.revoked)
      await appendLabelEvent(tx, {
        labelId: issued.id,
        kind: "REVOKED",
        at: opts.revoked.at,
        reason: opts.revoked.reason,
        actorId: approver.id,
      });
    return issued;
  });
  return {
    publicCode,
    snapshot,
    digest,
    signature: signed.signature.value,
    keyId: signed.signature.keyId,
    publicKeyPem: key.pem,
    emails: [approverEmail, memberEmail],
    ids: {
      labelId: label.id,
      assessmentId: assessment.id,
      productId: product.id,
      labId: lab.id,
      manufacturerId: maker.id,
    },
    reviewer: {
      id: approver.id,
      email: approverEmail,
      name: approver.name,
      role: "LAB_REVIEWER",
      organizationId: lab.id,
      organizationKind: "LAB",
      organizationName: lab.name,
    },
  };
}
