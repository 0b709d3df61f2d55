import { z } from "zod";
import { zId } from "@/lib/validation/text";
import { defineRoute } from "@/lib/auth/route";
import { MANUFACTURER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { uploadSbom } from "@/lib/db/vulnerabilities";
import { readUploadedFile } from "@/lib/http/upload";
import { SBOM_LIMITS } from "@/lib/sbom/limits";

/** Upload an SBOM for a product version (multipart/form-data, field `file`). Refused files store nothing. */
export const POST = defineRoute(
  { roles: MANUFACTURER, params: z.object({ id: zId }) },
  async ({ user, params, request }) => {
    const file = await readUploadedFile(request, SBOM_LIMITS.maxFileBytes);
    const saved = await uploadSbom(prisma(), user, { productVersionId: params.id, ...file });
    return Response.json(saved, { status: 201 });
  },
);
