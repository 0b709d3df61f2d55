import { z } from "zod";
import { zId } from "@/lib/validation/text";
import { defineRoute } from "@/lib/auth/route";
import { MANUFACTURER, REVIEWER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { getSbomFile } from "@/lib/db/vulnerabilities";

/** The SBOM file as uploaded, for the manufacturer and the reviewing lab. */
export const GET = defineRoute(
  { roles: [...MANUFACTURER, ...REVIEWER], params: z.object({ id: zId }) },
  async ({ user, params }) => {
    const sbom = await getSbomFile(prisma(), user, params.id);
    return new Response(Buffer.from(sbom.bytes), {
      headers: {
        "Content-Type": sbom.encoding === "xml" ? "application/xml" : "application/json",
        "Content-Disposition": `attachment; filename="${sbom.fileName.replace(/[^\w.-]/g, "_")}"`,
      },
    });
  },
);
