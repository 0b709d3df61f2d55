// Writing notifications: called INSIDE the transaction of the change it tells about (submit, request changes,
// approve, reject, revoke, the expiry reminder), so either both are committed or neither is. Each recipient gets an
// in-app Notification and an OutboxMail row; the mail is sent after commit by lib/notify/sender.ts. Nothing here
// talks to a mail server, so an unreachable one can never fail or slow the user's action.
import { env } from "@/lib/env";
import type { DbClient } from "@/lib/db/types";
import { isLocale, type TLocale } from "@/lib/i18n/locales";
import { composeMessage, mailText, type TEventData } from "./messages";

export type TNotify = TEventData & {
  assessmentId: string;
  labelId?: string;
  /** Once per user: a second notify() with the same key writes nothing for users who already have it. */
  dedupeKey?: string;
};

type TRecipient = { id: string; email: string; name: string; organization: string; locale: TLocale };

async function members(
  db: DbClient,
  organizationId: string,
  role: "MANUFACTURER_MEMBER" | "LAB_REVIEWER",
  only?: string | null,
): Promise<TRecipient[]> {
  const rows = await db.membership.findMany({
    where: {
      organizationId,
      role,
      user: { disabledAt: null, ...(only ? { id: only } : {}) },
    },
    orderBy: { createdAt: "asc" },
    select: {
      user: { select: { id: true, email: true, name: true, locale: true } },
      organization: { select: { name: true } },
    },
  });
  return rows.map((r) => ({
    ...r.user,
    locale: isLocale(r.user.locale) ? r.user.locale : "en",
    organization: r.organization.name,
  }));
}

/** Writes the notifications of one event; returns how many were written. */
export async function notify(db: DbClient, e: TNotify): Promise<number> {
  const a = await db.assessment.findUniqueOrThrow({
    where: { id: e.assessmentId },
    select: {
      id: true,
      organizationId: true,
      labId: true,
      assigneeId: true,
      product: { select: { modelName: true, firmwareVersion: true } },
      owner: { select: { name: true } },
      lab: { select: { name: true } },
    },
  });
  const toLab = e.event === "ASSESSMENT_SUBMITTED";
  const resubmitted = e.event === "ASSESSMENT_SUBMITTED" && e.resubmitted;
  let recipients = toLab
    ? await members(db, a.labId, "LAB_REVIEWER", resubmitted ? a.assigneeId : null)
    : await members(db, a.organizationId, "MANUFACTURER_MEMBER");
  // A resubmission goes back to the reviewer who asked for the changes; if that account is gone, to the whole lab.
  if (resubmitted && recipients.length === 0) recipients = await members(db, a.labId, "LAB_REVIEWER");
  if (e.dedupeKey) {
    const already = await db.notification.findMany({
      where: { dedupeKey: e.dedupeKey, userId: { in: recipients.map((r) => r.id) } },
      select: { userId: true },
    });
    const done = new Set(already.map((n) => n.userId));
    recipients = recipients.filter((r) => !done.has(r.id));
  }
  if (recipients.length === 0) return 0;

  const context = { product: a.product, manufacturer: a.owner.name, lab: a.lab.name };
  const isLabelEvent =
    e.event === "LABEL_ISSUED" || e.event === "LABEL_REVOKED" || e.event === "LABEL_EXPIRING";
  const link = toLab ? `/review/${a.id}` : `/assessments/${a.id}${isLabelEvent ? "#label" : ""}`;
  const url = `${env().PUBLIC_BASE_URL.replace(/\/+$/, "")}${link}`;
  // Each recipient reads the notification and the mail in their own language.
  for (const r of recipients) {
    const message = composeMessage(e, context, r.locale);
    await db.notification.create({
      data: {
        userId: r.id,
        event: e.event,
        title: message.title,
        body: message.body,
        link,
        assessmentId: a.id,
        labelId: e.labelId ?? null,
        dedupeKey: e.dedupeKey ?? null,
        mail: {
          create: {
            toAddress: r.email,
            subject: message.title,
            text: mailText({ name: r.name, body: message.body, url, organization: r.organization }, r.locale),
          },
        },
      },
      select: { id: true },
    });
  }
  return recipients.length;
}
