// Delivers the outbox (OutboxMail rows written with their events) through SMTP, after commit, with retries.
//
// Claiming is a conditional update (the row must still be PENDING with the nextAttemptAt this run read), which
// also pushes nextAttemptAt a lease ahead: two senders (two app instances, or the app and a cron job) never send
// the same mail at the same time, and a sender that dies mid-send leaves the mail to be retried after the lease.
// Delivery is at least once: a crash between the SMTP server's "250 OK" and the status update resends one mail.
import nodemailer from "nodemailer";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { logError, logInfo } from "@/lib/log";

export type TOutgoingMail = { from: string; to: string; subject: string; text: string };

/** What the sender needs from a mail transport: nodemailer's SMTP transport in the app, the same in tests. */
export type TMailer = { send: (mail: TOutgoingMail) => Promise<{ messageId: string }> };

export function smtpMailer(url: string): TMailer {
  const transport = nodemailer.createTransport(url, {
    // Bounded, so a mail server that hangs cannot hold a sender for minutes.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    send: async (mail) => {
      const info = await transport.sendMail(mail);
      return { messageId: info.messageId };
    },
  };
}

/** Minutes to wait after the n-th failed attempt; after the last one the mail is FAILED. */
export const RETRY_DELAYS_MIN = [1, 5, 15, 60, 180, 360, 720] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MIN.length + 1;
const LEASE_MS = 5 * 60_000;

/** An SMTP 5xx reply (e.g. 550 no such mailbox) will not change on retry; anything else (4xx, network) may. */
function isPermanent(err: unknown): boolean {
  const code = (err as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

function errorText(err: unknown): string {
  const e = err as { responseCode?: number; code?: string; message?: string } | null;
  const parts = [e?.responseCode ? String(e.responseCode) : e?.code, e?.message ?? String(err)];
  return parts
    .filter(Boolean)
    .join(" ")
    .replace(/[\r\n]+/g, " ")
    .slice(0, 500);
}

export type TDeliveryReport = { sent: number; retrying: number; failed: number };

export async function deliverPending(
  db: PrismaClient,
  mailer: TMailer,
  opts: { from: string; now?: () => Date; batch?: number },
): Promise<TDeliveryReport> {
  const now = opts.now ?? (() => new Date());
  const report: TDeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  const due = await db.outboxMail.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now() } },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: opts.batch ?? 50,
    select: { id: true, nextAttemptAt: true, toAddress: true, subject: true, text: true },
  });
  for (const m of due) {
    const claimed = await db.outboxMail.updateMany({
      where: { id: m.id, status: "PENDING", nextAttemptAt: m.nextAttemptAt },
      data: { nextAttemptAt: new Date(now().getTime() + LEASE_MS), attempts: { increment: 1 } },
    });
    if (claimed.count !== 1) continue; // another sender has it
    try {
      const { messageId } = await mailer.send({
        from: opts.from,
        to: m.toAddress,
        subject: m.subject,
        text: m.text,
      });
      await db.outboxMail.update({
        where: { id: m.id },
        data: { status: "SENT", sentAt: now(), messageId, lastError: null },
      });
      report.sent++;
    } catch (err) {
      const { attempts } = await db.outboxMail.findUniqueOrThrow({
        where: { id: m.id },
        select: { attempts: true },
      });
      const giveUp = isPermanent(err) || attempts >= MAX_ATTEMPTS;
      const delay = RETRY_DELAYS_MIN[Math.min(attempts, RETRY_DELAYS_MIN.length) - 1] ?? 1;
      await db.outboxMail.update({
        where: { id: m.id },
        data: giveUp
          ? { status: "FAILED", lastError: errorText(err) }
          : { lastError: errorText(err), nextAttemptAt: new Date(now().getTime() + delay * 60_000) },
      });
      if (giveUp) report.failed++;
      else report.retrying++;
      // The address is personal data: the mail's id is enough to find it in the outbox.
      logError(`mail ${m.id} ${giveUp ? "failed for good" : `failed, retry in ${delay} min`}`, err);
    }
  }
  if (report.sent + report.retrying + report.failed > 0) logInfo("mail delivery", report);
  return report;
}
