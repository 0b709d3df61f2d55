import { z } from "zod";
import { zId } from "@/lib/validation/text";
import { defineRoute } from "@/lib/auth/route";
import { MANUFACTURER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { incidentReportContext } from "@/lib/db/incidents";
import { LOCALES } from "@/lib/i18n/locales";
import { renderIncidentDraftPdf } from "@/lib/vulns/cra-pdf";

const STAGE_SLUG = {
  "early-warning": "EARLY_WARNING",
  notification: "NOTIFICATION",
  "final-report": "FINAL_REPORT",
} as const;

/** A draft of one Article 14(4) report on a severe incident, as a PDF in English or Chinese (`?lang=zh-CN`). */
export const GET = defineRoute(
  {
    roles: MANUFACTURER,
    params: z.object({
      id: zId,
      stage: z.enum(Object.keys(STAGE_SLUG) as [keyof typeof STAGE_SLUG]),
    }),
    query: z.object({ lang: z.enum(LOCALES).optional() }),
  },
  async ({ user, params, query }) => {
    const i = await incidentReportContext(prisma(), user, params.id);
    const lang = query.lang ?? (user.locale === "zh-CN" ? "zh-CN" : "en");
    const pdf = renderIncidentDraftPdf(
      {
        title: i.title,
        description: i.description,
        awareAt: i.awareAt,
        suspectedMalicious: i.suspectedMalicious,
        mitigation: i.mitigation,
        clocks: i.clocks,
        product: {
          modelName: i.productVersion.product.modelName,
          modelNumber: i.productVersion.product.modelNumber,
          firmwareVersion: i.productVersion.firmwareVersion,
          hardwareVersion: i.productVersion.hardwareVersion,
        },
        manufacturer: i.productVersion.product.organization,
      },
      STAGE_SLUG[params.stage],
      new Date(),
      lang,
    );
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="cra-incident-${params.stage}-${lang}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
);
