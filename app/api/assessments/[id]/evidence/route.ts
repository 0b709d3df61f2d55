import { z } from "zod";
import { defineRoute } from "@/lib/auth/route";
import { formDataFromBytes, readBodyLimited } from "@/lib/http/body";
import { MANUFACTURER } from "@/lib/auth/roles";
import { addEvidence } from "@/lib/db/evidence";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { EVIDENCE_LIMITS } from "@/lib/evidence/limits";
import { zId } from "@/lib/validation/text";

// Multipart overhead on top of the file itself.
const MAX_BODY = EVIDENCE_LIMITS.maxFileBytes + 64 * 1024;

/** Upload one evidence file for one question (multipart/form-data: `questionId`, `file`). */
export const POST = defineRoute(
  { roles: MANUFACTURER, params: z.object({ id: zId }) },
  async ({ user, params, request }) => {
    const contentType = request.headers.get("content-type") ?? "";
    if (!contentType.startsWith("multipart/form-data")) {
      throw new AppError(
        "VALIDATION",
        "Send the file as multipart/form-data with the fields questionId and file.",
      );
    }
    const body = await readBodyLimited(request, MAX_BODY);
    let form: FormData;
    try {
      form = await formDataFromBytes(contentType, body);
    } catch {
      throw new AppError("VALIDATION", "The upload could not be read as multipart/form-data.");
    }
    const questionId = form.get("questionId");
    const file = form.get("file");
    if (typeof questionId !== "string" || !questionId || questionId.length > 120) {
      throw new AppError("VALIDATION", "Say which question the file supports (questionId).");
    }
    if (!(file instanceof File)) throw new AppError("VALIDATION", "Attach a file (field: file).");
    const saved = await addEvidence(prisma(), user, {
      assessmentId: params.id,
      questionId,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    return Response.json(saved, { status: 201 });
  },
);
