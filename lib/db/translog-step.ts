// The scheduled log step (README "Transparency log"): appends EXPIRED events for labels whose validity has ended,
// then signs a tree head over the log. Run in-process every LOG_SIGN_INTERVAL_SECONDS (lib/translog/scheduler.ts)
// or by `npm run log:sign` from an external scheduler. Any number of instances may run it: each transaction first
// takes the signer's advisory lock with pg_try_advisory_xact_lock, so exactly one instance works at a time and the
// others skip that round.
import { recordAudit } from "@/lib/db/audit";
import { appendLabelEvent } from "@/lib/db/label-events";
import { latestTreeHead, logRoot, logSize } from "@/lib/db/translog";
import type { DbClient } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { logError, logInfo } from "@/lib/log";
import { LOCK } from "@/lib/translog/locks";
import { signTreeHead, type TSignedTreeHead } from "@/lib/translog/tree-head";

/** A tree head is re-signed at least this often even when the log has not grown, so monitors see it is alive. */
export const TREE_HEAD_REFRESH_MS = 24 * 3_600_000;

async function trySignerLock(tx: DbClient): Promise<boolean> {
  const [row] = await tx.$queryRaw<
    { ok: boolean }[]
  >`SELECT pg_try_advisory_xact_lock(${LOCK.LOG_SIGNER}::bigint) AS ok`;
  return row?.ok === true;
}

/**
 * Logs the expiry of labels whose validUntil has passed: one EXPIRED event (dated validUntil) and its log leaf per
 * label, each in its own transaction. A label's page says "expired" from the clock alone; this puts the fact in the
 * public log too, so a monitor does not have to trust anybody's clock. Returns how many were appended.
 */
export async function appendDueExpiries(
  db: PrismaClient,
  now: Date = new Date(),
  limit = 200,
): Promise<number> {
  const due = await db.label.findMany({
    where: {
      validUntil: { lte: now },
      events: { none: { kind: { in: ["EXPIRED", "REVOKED", "SUPERSEDED"] } } },
    },
    orderBy: { validUntil: "asc" },
    take: limit,
    select: { id: true, labId: true, publicCode: true, validUntil: true },
  });
  let appended = 0;
  for (const label of due) {
    try {
      const done = await db.$transaction(async (tx) => {
        if (!(await trySignerLock(tx))) return false;
        const e = await appendLabelEvent(
          tx,
          { labelId: label.id, kind: "EXPIRED", at: label.validUntil },
          now,
        );
        await recordAudit(tx, {
          actorId: null,
          action: "label.expired",
          subjectType: "label",
          subjectId: label.id,
          organizationId: label.labId,
          details: {
            publicCode: label.publicCode,
            validUntil: label.validUntil.toISOString(),
            logIndex: e.leafIndex,
          },
        });
        return true;
      });
      if (!done) break; // another instance holds the signer lock: it is doing this round
      appended++;
    } catch (err) {
      // Revoked or superseded in the meantime: nothing to log. Anything else is reported and retried next round.
      if (err instanceof AppError && err.code === "INVALID_STATE") continue;
      logError(`translog.expiry_failed ${label.publicCode}`, err);
    }
  }
  return appended;
}

export type TSignResult =
  | { signed: true; treeHead: TSignedTreeHead }
  | { signed: false; reason: "locked" }
  | { signed: false; reason: "current"; treeHead: TSignedTreeHead };

/** Signs a tree head over the whole log, unless the latest one already covers it and is recent. */
export async function signTreeHeadNow(
  db: PrismaClient,
  opts: { logKeyPem: string; now?: Date; refreshMs?: number },
): Promise<TSignResult> {
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    if (!(await trySignerLock(tx))) return { signed: false, reason: "locked" } as const;
    const size = await logSize(tx);
    // The operator's own alarm: entries deleted behind the triggers' back leave a gap the tree still covers.
    const count = await tx.transparencyLogEntry.count();
    if (count !== size)
      throw new Error(`transparency log damaged: ${count} entries for ${size} positions; refusing to sign`);
    const latest = await latestTreeHead(tx);
    if (
      latest &&
      latest.treeSize === size &&
      now.getTime() - latest.timestamp < (opts.refreshMs ?? TREE_HEAD_REFRESH_MS)
    )
      return { signed: false, reason: "current", treeHead: latest } as const;
    const rootHash = await logRoot(tx, size);
    // Strictly later than the previous head (the database refuses a head that goes back in time).
    const timestamp = Math.max(now.getTime(), (latest?.timestamp ?? 0) + 1);
    const treeHead = signTreeHead(opts.logKeyPem, { treeSize: size, timestamp, rootHash });
    await tx.signedTreeHead.create({
      data: {
        treeSize: BigInt(size),
        rootHash,
        timestamp: new Date(timestamp),
        keyId: treeHead.keyId,
        signature: treeHead.signature,
      },
      select: { id: true },
    });
    return { signed: true, treeHead } as const;
  });
}

export type TLogStepResult = { expired: number; sign: TSignResult };

export async function runLogStep(
  db: PrismaClient,
  opts: { logKeyPem: string; now?: Date },
): Promise<TLogStepResult> {
  const expired = await appendDueExpiries(db, opts.now);
  const sign = await signTreeHeadNow(db, opts);
  if (expired > 0 || sign.signed)
    logInfo("translog.step", {
      expired,
      signed: sign.signed,
      treeSize: "treeHead" in sign ? sign.treeHead.treeSize : undefined,
    });
  return { expired, sign };
}
