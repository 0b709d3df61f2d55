// A user's in-app notifications, and the mail outbox for administrators. A user only ever reads and marks their
// own notifications (userId in every `where`); the outbox, which holds every recipient's address, is for
// administrators only (checked here as well as by the page).
import { emsg } from "@/lib/i18n/errors";
import { safeRedirectPath } from "@/lib/http/redirect";
import { AppError } from "@/lib/errors";
import type { MailStatus } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";

export const NOTIFICATIONS_PAGE_SIZE = 30;
export const OUTBOX_PAGE_SIZE = 50;

export function countUnread(db: DbClient, actor: Pick<SessionUser, "id">): Promise<number> {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

export async function listNotifications(db: DbClient, actor: SessionUser, page = 1) {
  const where = { userId: actor.id };
  const [items, total, unread] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
      select: { id: true, event: true, title: true, body: true, link: true, readAt: true, createdAt: true },
    }),
    db.notification.count({ where }),
    countUnread(db, actor),
  ]);
  return { items, total, unread, pages: Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE)) };
}

/** A link stored with a notification is an app path; anything else (a full URL, //host) is never followed. */
export function safeAppPath(link: string): string | null {
  // The one same-origin check every redirect uses (lib/http/redirect.ts); no whitespace in a stored link either.
  return /\s/.test(link) ? null : safeRedirectPath(link);
}

/** Marks one of the actor's notifications read and returns the page it concerns; null for anyone else's. */
export async function openNotification(db: DbClient, actor: SessionUser, id: string): Promise<string | null> {
  const n = await db.notification.findFirst({ where: { id, userId: actor.id }, select: { link: true } });
  if (!n) return null;
  await db.notification.updateMany({
    where: { id, userId: actor.id, readAt: null },
    data: { readAt: new Date() },
  });
  return safeAppPath(n.link);
}

export async function markAllRead(db: DbClient, actor: SessionUser): Promise<{ marked: number }> {
  const { count } = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null },
    data: { readAt: new Date() },
  });
  return { marked: count };
}

export async function listOutbox(
  db: DbClient,
  actor: SessionUser,
  opts: { page?: number; status?: MailStatus } = {},
) {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", emsg("outboxAdmins"));
  const page = opts.page ?? 1;
  const where = opts.status ? { status: opts.status } : {};
  const [items, total, counts] = await Promise.all([
    db.outboxMail.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        toAddress: true,
        subject: true,
        text: true,
        status: true,
        attempts: true,
        nextAttemptAt: true,
        lastError: true,
        sentAt: true,
        createdAt: true,
      },
    }),
    db.outboxMail.count({ where }),
    db.outboxMail.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const byStatus = { PENDING: 0, SENT: 0, FAILED: 0 } as Record<MailStatus, number>;
  for (const c of counts) byStatus[c.status] = c._count._all;
  return { items, total, byStatus, pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}

/** An administrator sends a failed mail again (e.g. after fixing the SMTP settings). */
export async function retryMail(db: DbClient, actor: SessionUser, id: string): Promise<void> {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", emsg("retryAdmins"));
  const { count } = await db.outboxMail.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date() },
  });
  if (count !== 1) throw new AppError("INVALID_STATE", emsg("retryFailedOnly"));
}
