// Per product: its versions (newest first), the label each has (with its state) and the assessment open for it,
// and the family models. What the dashboard and the product page show (docs/versions.md). One query per kind of
// row for any number of products; label states come from their events and the integrity check on serve.
import { labelState, type TLabelState } from "@/lib/workflow/display-status";
import { withLabelIntegrity, labelStateSelect } from "@/lib/db/manufacturer-labels";
import type { TReadOptions } from "@/lib/db/public-labels";
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";

/** A label expiring within this many days is listed as expiring soon (renewal is a re-assessment). */
export const EXPIRING_WITHIN_DAYS = 90;

export type TVersionLabel = {
  id: string;
  publicCode: string;
  state: TLabelState;
  issuedAt: Date;
  validUntil: Date;
  /** Days left while the label is in force and expires within EXPIRING_WITHIN_DAYS; null otherwise. */
  expiresInDays: number | null;
};

export type TVersionRow = {
  id: string;
  firmwareVersion: string;
  hardwareVersion: string;
  notes: string | null;
  createdAt: Date;
  /** The newest label issued for this version, or null. */
  label: TVersionLabel | null;
  /** The newest assessment of this version not yet decided (draft, submitted, in review, changes requested). */
  open: { id: string; status: string } | null;
  /** Whether this is the version the product describes now. */
  current: boolean;
};

export type TProductVersions = {
  versions: TVersionRow[];
  models: { id: string; modelName: string; sku: string | null }[];
};

const DAY = 86_400_000;

export async function versionsOfProducts(
  db: DbClient,
  actor: SessionUser,
  productIds: string[],
  read: TReadOptions = {},
): Promise<Map<string, TProductVersions>> {
  const out = new Map<string, TProductVersions>();
  if (productIds.length === 0) return out;
  const now = read.now ?? new Date();
  const [products, versions, models] = await Promise.all([
    db.product.findMany({
      where: { id: { in: productIds }, organizationId: actor.organizationId },
      select: { id: true, firmwareVersion: true, hardwareVersion: true },
    }),
    db.productVersion.findMany({
      where: { productId: { in: productIds }, product: { organizationId: actor.organizationId } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        productId: true,
        firmwareVersion: true,
        hardwareVersion: true,
        notes: true,
        createdAt: true,
        assessments: {
          where: { organizationId: actor.organizationId },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          select: {
            id: true,
            status: true,
            label: { select: { id: true, publicCode: true, issuedAt: true, ...labelStateSelect } },
          },
        },
      },
    }),
    db.productModel.findMany({
      where: {
        productId: { in: productIds },
        archivedAt: null,
        product: { organizationId: actor.organizationId },
      },
      orderBy: [{ createdAt: "asc" }, { modelName: "asc" }],
      select: { id: true, productId: true, modelName: true, sku: true },
    }),
  ]);
  const labels = versions.flatMap((v) => v.assessments.flatMap((a) => (a.label ? [a.label] : [])));
  const checked = await withLabelIntegrity(db, labels, read);
  const byId = new Map(products.map((p) => [p.id, p]));
  for (const p of products) out.set(p.id, { versions: [], models: [] });
  for (const v of versions) {
    const p = byId.get(v.productId);
    const entry = out.get(v.productId);
    if (!p || !entry) continue;
    const labelled = v.assessments
      .flatMap((a) => (a.label ? [a.label] : []))
      .sort((x, y) => y.issuedAt.getTime() - x.issuedAt.getTime())[0];
    let label: TVersionLabel | null = null;
    if (labelled) {
      const state = labelState(
        {
          validUntil: labelled.validUntil,
          events: labelled.events,
          integrity: checked.get(labelled.id)?.integrity,
        },
        now,
      );
      const days = Math.ceil((labelled.validUntil.getTime() - now.getTime()) / DAY);
      label = {
        id: labelled.id,
        publicCode: labelled.publicCode,
        state,
        issuedAt: labelled.issuedAt,
        validUntil: labelled.validUntil,
        expiresInDays:
          (state.kind === "valid" || state.kind === "suspended") && days <= EXPIRING_WITHIN_DAYS
            ? Math.max(0, days)
            : null,
      };
    }
    const open = v.assessments.find((a) => a.status !== "APPROVED" && a.status !== "REJECTED") ?? null;
    entry.versions.push({
      id: v.id,
      firmwareVersion: v.firmwareVersion,
      hardwareVersion: v.hardwareVersion,
      notes: v.notes,
      createdAt: v.createdAt,
      label,
      open: open ? { id: open.id, status: open.status } : null,
      current: v.firmwareVersion === p.firmwareVersion && v.hardwareVersion === p.hardwareVersion,
    });
  }
  for (const m of models) out.get(m.productId)?.models.push({ id: m.id, modelName: m.modelName, sku: m.sku });
  return out;
}
