// The scheduled step: a reminder to the manufacturer's members when a label expires within 60 days. Run by the
// in-process scheduler (lib/notify/scheduler.ts) or `npm run notify:run`; running it again, or on two instances at
// once, sends nothing twice (one notification per label and user, by dedupe key and a unique index).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { labelStateSelect } from "@/lib/db/manufacturer-labels";
import { logError } from "@/lib/log";
import { labelState } from "@/lib/workflow/display-status";
import { notify } from "./notify";

export const EXPIRY_REMINDER_DAYS = 60;

export const expiryDedupeKey = (labelId: string) => `label-expiring:${labelId}`;

/** Writes the due expiry reminders; returns how many notifications were written. */
export async function remindExpiringLabels(db: PrismaClient, now: Date = new Date()): Promise<number> {
  const horizon = new Date(now.getTime() + EXPIRY_REMINDER_DAYS * 86_400_000);
  const labels = await db.label.findMany({
    where: { validUntil: { gt: now, lte: horizon } },
    orderBy: { validUntil: "asc" },
    select: { id: true, publicCode: true, assessmentId: true, ...labelStateSelect },
  });
  let written = 0;
  for (const l of labels) {
    // Only a label that is still valid is worth renewing (a revoked one was already told).
    if (labelState(l, now).kind !== "valid") continue;
    const key = expiryDedupeKey(l.id);
    if (await db.notification.findFirst({ where: { dedupeKey: key }, select: { id: true } })) continue;
    try {
      written += await db.$transaction((tx) =>
        notify(tx, {
          event: "LABEL_EXPIRING",
          assessmentId: l.assessmentId,
          labelId: l.id,
          publicCode: l.publicCode,
          validUntil: l.validUntil,
          now,
          dedupeKey: key,
        }),
      );
    } catch (err) {
      // A concurrent run wrote the same reminder first (unique index): nothing is lost, the next run skips it.
      logError(`expiry reminder for label ${l.id} not written`, err);
    }
  }
  return written;
}
