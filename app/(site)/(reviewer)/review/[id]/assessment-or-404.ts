import { notFound } from "next/navigation";
import { getAssessmentForLab } from "@/lib/db/assessments";
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";
import { AppError } from "@/lib/errors";

/** The lab's view of an assessment, or the 404 page: another lab's assessment looks exactly like a missing one. */
export function labAssessmentOr404(db: DbClient, user: SessionUser, id: string) {
  return getAssessmentForLab(db, user, id).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
}
