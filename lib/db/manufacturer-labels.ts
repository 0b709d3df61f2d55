// The labels a manufacturer sees on its own pages (assessment, product, dashboard, product list). Ownership is in
// every `where` (through the labelled assessment's organisation). What decides a label's state is selected here, in
// one place: its append-only events (never the revokedAt column, the database's copy of the REVOKED event), plus
// the integrity check on serve (withLabelIntegrity); only lib/workflow/display-status.ts turns them into a state.
import { Prisma } from "@/lib/generated/prisma/client";
import { labelEventSelect } from "@/lib/db/label-events";
import { labelIntegrityByIds, type TReadOptions } from "@/lib/db/public-labels";
import type { TIntegrity } from "@/lib/labels/integrity";
import { coveredProductOf, type TCoveredProduct } from "@/lib/products/label-coverage";
import type { TSchemeId } from "@/lib/schemes";
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";

/**
 * What labelState() needs: select this wherever a label's state is shown. The state, a revocation's date and reason
 * and a suspension's or supersession's date all come from the events (lib/labels/state.ts).
 */
export const labelStateSelect = {
  validUntil: true,
  events: { orderBy: { seq: "asc" }, select: labelEventSelect },
} as const satisfies Prisma.LabelSelect;

/**
 * Adds the integrity check on serve to labels read with labelStateSelect, so a label whose stored data no longer
 * matches its signature or the public log says "integrity check failed" on the manufacturer's pages too (one
 * query for all of them; lib/db/public-labels.ts labelIntegrityByIds).
 */
export async function withLabelIntegrity<L extends { id: string }>(
  db: DbClient,
  labels: readonly L[],
  read: TReadOptions = {},
): Promise<Map<string, L & { integrity: TIntegrity }>> {
  const checked = await labelIntegrityByIds(
    db,
    labels.map((l) => l.id),
    read,
  );
  return new Map(
    labels.map((l) => [l.id, { ...l, integrity: checked.get(l.id) ?? { ok: false, problems: [] } }]),
  );
}

const labelSummarySelect = {
  id: true,
  assessmentId: true,
  publicCode: true,
  digest: true,
  issuedAt: true,
  schemes: true,
  ...labelStateSelect,
  assessment: { select: { productId: true } },
} as const satisfies Prisma.LabelSelect;

type TRow = Prisma.LabelGetPayload<{ select: typeof labelSummarySelect }>;

export type TOwnLabel = Omit<TRow, "schemes" | "assessment"> & {
  productId: string;
  schemes: TSchemeId[];
  /** The model and versions the label covers, from its signed snapshot. */
  covers: TCoveredProduct | null;
  integrity: TIntegrity;
};

/**
 * The covered product facts of some labels, read from the snapshots inside the database (`snapshot->'product'`)
 * so a dashboard of many labelled products does not load every ~80 KB snapshot.
 */
async function coveredProducts(db: DbClient, ids: string[]): Promise<Map<string, TCoveredProduct | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; product: unknown }[]>(
    Prisma.sql`SELECT "id", "snapshot"->'product' AS "product" FROM "Label" WHERE "id" IN (${Prisma.join(ids)})`,
  );
  return new Map(
    rows.map((r) => [
      r.id,
      coveredProductOf(typeof r.product === "string" ? JSON.parse(r.product) : r.product),
    ]),
  );
}

async function withCoverage(db: DbClient, rows: TRow[], read: TReadOptions): Promise<TOwnLabel[]> {
  const ids = rows.map((r) => r.id);
  const [covers, checked] = await Promise.all([coveredProducts(db, ids), labelIntegrityByIds(db, ids, read)]);
  return rows.map(({ assessment, schemes, ...r }) => ({
    ...r,
    productId: assessment.productId,
    schemes: schemes as TSchemeId[],
    covers: covers.get(r.id) ?? null,
    integrity: checked.get(r.id) ?? { ok: false, problems: [] },
  }));
}

/** The label an assessment of the actor's organisation issued, or null (none yet, or not theirs). */
export async function getLabelForOwner(
  db: DbClient,
  actor: SessionUser,
  assessmentId: string,
  read: TReadOptions = {},
): Promise<TOwnLabel | null> {
  const row = await db.label.findFirst({
    where: { assessmentId, assessment: { organizationId: actor.organizationId } },
    select: labelSummarySelect,
  });
  return row ? ((await withCoverage(db, [row], read))[0] ?? null) : null;
}

/**
 * Each product's most recently issued label (whatever its state), for the actor's organisation only. A product
 * re-assessed after a label keeps showing that label until the new one is issued.
 */
export async function latestLabelsOfProducts(
  db: DbClient,
  actor: SessionUser,
  productIds: string[],
  read: TReadOptions = {},
): Promise<Map<string, TOwnLabel>> {
  if (productIds.length === 0) return new Map();
  const rows = await db.label.findMany({
    where: { assessment: { organizationId: actor.organizationId, productId: { in: productIds } } },
    orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
    select: labelSummarySelect,
  });
  const latest = new Map<string, TRow>();
  for (const r of rows) if (!latest.has(r.assessment.productId)) latest.set(r.assessment.productId, r);
  const labels = await withCoverage(db, [...latest.values()], read);
  return new Map(labels.map((l) => [l.productId, l]));
}
