// Once, after the migration that introduced label events: labels issued before it get their ISSUED (and REVOKED)
// events and transparency log leaves, in the order they happened, so every label is in the public log. Idempotent;
// run by the start (lib/cli/prepare-db.ts) after the migrations, before the app serves anything.
import { appendLabelEvent } from "@/lib/db/label-events";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function backfillLegacyLabelEvents(db: PrismaClient): Promise<number> {
  const legacy = await db.label.findMany({
    where: { events: { none: {} } },
    select: {
      id: true,
      issuedAt: true,
      approvedById: true,
      revokedAt: true,
      revocationReason: true,
      revokedById: true,
    },
  });
  if (legacy.length === 0) return 0;
  const steps = legacy
    .flatMap((l) => [
      { at: l.issuedAt, labelId: l.id, kind: "ISSUED" as const, actorId: l.approvedById, reason: null },
      ...(l.revokedAt
        ? [
            {
              at: l.revokedAt,
              labelId: l.id,
              kind: "REVOKED" as const,
              actorId: l.revokedById,
              reason: l.revocationReason ?? "Revoked",
            },
          ]
        : []),
    ])
    .sort((a, b) => a.at.getTime() - b.at.getTime() || (a.kind === "ISSUED" ? -1 : 1));
  await db.$transaction(
    async (tx) => {
      for (const s of steps) await appendLabelEvent(tx, s);
    },
    { timeout: 120_000 },
  );
  return legacy.length;
}
