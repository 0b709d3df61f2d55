import { z } from "zod";
import { defineRoute } from "@/lib/auth/route";
import { MANUFACTURER, REVIEWER } from "@/lib/auth/roles";
import { getEvidenceForDownload } from "@/lib/db/evidence";
import { prisma } from "@/lib/db/client";
import { zId } from "@/lib/validation/text";

const INLINE = new Set(["application/pdf", "image/png", "image/jpeg", "text/plain", "application/json"]);

/** Evidence bytes for the owning manufacturer and the lab it was submitted to. `?download=1` forces a download. */
export const GET = defineRoute(
  {
    roles: [...MANUFACTURER, ...REVIEWER],
    params: z.object({ id: zId }),
    query: z.object({ download: z.enum(["0", "1"]).optional() }),
  },
  async ({ user, params, query }) => {
    const file = await getEvidenceForDownload(prisma(), user, params.id);
    const inline = query.download !== "1" && INLINE.has(file.contentType);
    const encoded = encodeURIComponent(file.fileName);
    return new Response(Buffer.from(file.bytes), {
      headers: {
        // The type we detected at upload, never the client's claim; text is never rendered as HTML.
        "Content-Type": file.contentType.startsWith("text/")
          ? `${file.contentType}; charset=utf-8`
          : file.contentType,
        "Content-Length": String(file.size),
        "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${encoded}"; filename*=UTF-8''${encoded}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        ETag: `"${file.sha256}"`,
      },
    });
  },
);
