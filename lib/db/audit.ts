// The audit trail: append-only and hash-chained. Always written with the change it records, in the same
// transaction. The database refuses UPDATE, DELETE and TRUNCATE, and on INSERT numbers the event and links it to
// the previous one under an advisory lock (trigger audit_event_chain), so appends from any number of instances
// never fork the chain. The application contributes bodyHash, the SHA-256 of the event's canonical JSON (RFC 8785),
// which `npm run audit:verify` (lib/db/audit-chain.ts) recomputes from the stored fields.
import { canonicalJson, sha256Hex } from "@/lib/labels/canonical";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "@/lib/db/types";

export type AuditInput = {
  actorId: string | null;
  action: string;
  subjectType:
    "organization" | "user" | "product" | "assessment" | "evidence" | "label" | "session" | "audit";
  subjectId: string;
  organizationId?: string | null;
  details?: Prisma.InputJsonValue;
  /** When it happened; now unless history is being imported (tests, migrations of old data). */
  createdAt?: Date;
};

/** The hashed content of an event: everything it says, not its row id or its place in the chain. */
export type TAuditBody = {
  v: 1;
  createdAt: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  organizationId: string | null;
  details: unknown;
};

export function auditBodyHash(body: TAuditBody): string {
  return sha256Hex(canonicalJson(body));
}

export function auditBodyOf(row: {
  createdAt: Date;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  organizationId: string | null;
  details: unknown;
}): TAuditBody {
  return {
    v: 1,
    createdAt: row.createdAt.toISOString(),
    actorId: row.actorId,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    organizationId: row.organizationId,
    details: row.details,
  };
}

/** An event as it is stored: its content as the database will hand it back, and that content's hash. */
export type TPreparedAudit = {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  organizationId: string | null;
  details: Prisma.InputJsonValue;
  createdAt: Date;
  bodyHash: string;
};

export function prepareAudit(e: AuditInput): TPreparedAudit {
  // What is hashed is what the database will hand back: JSON (Dates as strings, no undefined), milliseconds.
  const details = JSON.parse(JSON.stringify(e.details ?? {})) as Prisma.InputJsonValue;
  const createdAt = new Date(Math.floor((e.createdAt ?? new Date()).getTime()));
  const organizationId = e.organizationId ?? null;
  const bodyHash = auditBodyHash(
    auditBodyOf({
      createdAt,
      actorId: e.actorId,
      action: e.action,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      organizationId,
      details,
    }),
  );
  return {
    actorId: e.actorId,
    action: e.action,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    organizationId,
    details,
    createdAt,
    bodyHash,
  };
}

export async function recordAudit(db: DbClient, e: AuditInput): Promise<void> {
  await db.auditEvent.create({ data: prepareAudit(e), select: { id: true } });
}

export function listAuditEvents(
  db: DbClient,
  subject: { subjectType: AuditInput["subjectType"]; subjectId: string },
) {
  return db.auditEvent.findMany({
    where: subject,
    orderBy: { seq: "asc" },
    select: {
      id: true,
      action: true,
      details: true,
      createdAt: true,
      actor: { select: { id: true, name: true } },
    },
  });
}
