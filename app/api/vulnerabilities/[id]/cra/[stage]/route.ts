import { z } from "zod";
import { zId } from "@/lib/validation/text";
import { defineRoute } from "@/lib/auth/route";
import { MANUFACTURER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { craReportContext } from "@/lib/db/vulnerabilities";
import { AppError } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locales";
import { renderCraDraftPdf } from "@/lib/vulns/cra-pdf";
import { craDraft, type TCraDraftInput } from "@/lib/vulns/cra-report";

const STAGE_SLUG = {
  "early-warning": "EARLY_WARNING",
  notification: "NOTIFICATION",
  "final-report": "FINAL_REPORT",
} as const;

/**
 * A draft of one Article 14 report as a text (default), JSON (`?format=json`) or PDF (`?format=pdf`, in English or
 * Chinese: `&lang=zh-CN`, default the user's language) download.
 */
export const GET = defineRoute(
  {
    roles: MANUFACTURER,
    params: z.object({
      id: zId,
      stage: z.enum(Object.keys(STAGE_SLUG) as [keyof typeof STAGE_SLUG]),
    }),
    query: z.object({
      format: z.enum(["txt", "json", "pdf"]).optional(),
      lang: z.enum(LOCALES).optional(),
    }),
  },
  async ({ user, params, query }) => {
    const stage = STAGE_SLUG[params.stage];
    const v = await craReportContext(prisma(), user, params.id);
    if (!v.activelyExploited)
      throw new AppError("INVALID_STATE", "Article 14 reports are for actively exploited vulnerabilities.");
    const input: TCraDraftInput = {
      identifier: v.identifier,
      aliases: v.aliases,
      title: v.title,
      severity: v.severity,
      cvssScore: v.cvssScore,
      fixedInVersion: v.fixedInVersion,
      awareAt: v.awareAt,
      correctiveMeasureAt: v.correctiveMeasureAt,
      clocks: v.clocks,
      product: {
        modelName: v.productVersion.product.modelName,
        modelNumber: v.productVersion.product.modelNumber,
        firmwareVersion: v.productVersion.firmwareVersion,
        hardwareVersion: v.productVersion.hardwareVersion,
      },
      manufacturer: v.productVersion.product.organization,
    };
    const now = new Date();
    const base = `cra-${params.stage}-${v.identifier.replace(/[^\w.-]/g, "_")}`;
    if (query.format === "pdf") {
      const lang = query.lang ?? (user.locale === "zh-CN" ? "zh-CN" : "en");
      const pdf = renderCraDraftPdf(input, stage, now, lang);
      return new Response(new Uint8Array(pdf), {
        headers: {
          "Content-Type": "application/pdf",
          "Content-Disposition": `attachment; filename="${base}-${lang}.pdf"`,
          "Cache-Control": "private, no-store",
        },
      });
    }
    const draft = craDraft(input, stage, now);
    return query.format === "json"
      ? new Response(JSON.stringify(draft.json, null, 2), {
          headers: {
            "Content-Type": "application/json",
            "Content-Disposition": `attachment; filename="${base}.json"`,
          },
        })
      : new Response(draft.text, {
          headers: {
            "Content-Type": "text/plain; charset=utf-8",
            "Content-Disposition": `attachment; filename="${base}.txt"`,
          },
        });
  },
);
