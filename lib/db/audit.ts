// The audit trail: append-only (a database trigger refuses UPDATE and DELETE). Always written with the change it
// records, in the same transaction.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "@/lib/db/types";

export type AuditInput = {
  actorId: string | null;
  action: string;
  subjectType: "organization" | "user" | "product" | "assessment" | "evidence" | "label" | "session";
  subjectId: string;
  organizationId?: string | null;
  details?: Prisma.InputJsonValue;
};

export async function recordAudit(db: DbClient, e: AuditInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: e.actorId,
      action: e.action,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      organizationId: e.organizationId ?? null,
      details: e.details ?? {},
    },
  });
}

export function listAuditEvents(
  db: DbClient,
  subject: { subjectType: AuditInput["subjectType"]; subjectId: string },
) {
  return db.auditEvent.findMany({
    where: subject,
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      action: true,
      details: true,
      createdAt: true,
      actor: { select: { id: true, name: true } },
    },
  });
}
