import { z } from "zod";
import { zId } from "@/lib/validation/text";
import { defineRoute } from "@/lib/auth/route";
import { MANUFACTURER, REVIEWER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { importVulnerabilities } from "@/lib/db/vulnerabilities";
import { readUploadedFile } from "@/lib/http/upload";
import { invalidatePublicLabel } from "@/lib/labels/invalidate";
import { SBOM_LIMITS } from "@/lib/sbom/limits";

/** Import a CSAF 2.0 advisory, an OSV file or a CycloneDX VEX file (multipart/form-data, field `file`). */
export const POST = defineRoute(
  { roles: [...MANUFACTURER, ...REVIEWER], params: z.object({ id: zId }) },
  async ({ user, params, request }) => {
    const file = await readUploadedFile(request, SBOM_LIMITS.maxAdvisoryBytes);
    const r = await importVulnerabilities(prisma(), user, params.id, file.bytes);
    for (const code of r.affectedLabelCodes) await invalidatePublicLabel(code);
    return Response.json({ source: r.source, added: r.added, updated: r.updated }, { status: 201 });
  },
);
