// Severe incidents having an impact on the security of a product (CRA Article 14(3), (5)) and their Article 14(4)
// reporting clocks (shared/schemes/eu-cra.md, CRA-A14.4–6), counted from when the manufacturer became aware:
//   early warning          at the latest 24 hours after becoming aware            (14(4)(a))
//   incident notification  at the latest 72 hours after becoming aware            (14(4)(b))
//   final report           within one month after the incident notification      (14(4)(c))
// The final report's clock starts when the incident notification is filed: until then it is "waiting" (and the
// notification's own clock shows whether that is late). Pure: no database, no clock other than `now`.
import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { CRA_STAGES, type TCraClock, type TCraStage } from "./model";

const HOUR = 3600_000;

/** One calendar month later in UTC, clamped to the month's last day (31 January → 28/29 February). */
export function addOneMonth(d: Date): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const out = new Date(d);
  out.setUTCFullYear(y, m, Math.min(d.getUTCDate(), last));
  return out;
}

export function incidentClocks(
  v: { awareAt: Date; filed: Partial<Record<TCraStage, Date | null>> },
  now: Date,
): TCraClock[] {
  const notified = v.filed.NOTIFICATION ?? null;
  const due: Record<TCraStage, Date | null> = {
    EARLY_WARNING: new Date(v.awareAt.getTime() + 24 * HOUR),
    NOTIFICATION: new Date(v.awareAt.getTime() + 72 * HOUR),
    FINAL_REPORT: notified ? addOneMonth(notified) : null,
  };
  return CRA_STAGES.map((stage) => {
    const filedAt = v.filed[stage] ?? null;
    const dueAt = due[stage];
    const status = filedAt
      ? "filed"
      : dueAt === null
        ? "waiting"
        : now.getTime() > dueAt.getTime()
          ? "overdue"
          : "due";
    return { stage, dueAt, filedAt, status };
  });
}

const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    zText({ max, multiline: true }).optional(),
  );

/** What the manufacturer records about a severe incident (form and JSON), validated at the boundary. */
export const incidentInput = z
  .object({
    title: zText({ min: 3, max: 300 }),
    description: optionalText(8000),
    // A date-time with an offset, or without one (a datetime-local field), read as UTC; empty: now.
    awareAt: z
      .union([z.literal(""), z.iso.datetime({ offset: true, local: true })], {
        error: "Enter when you became aware of the incident as a date and time.",
      })
      .optional()
      .transform((s) => (s ? new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(s) ? s : `${s}Z`) : null)),
    suspectedMalicious: z
      .preprocess(
        (v) => (v === "yes" || v === true ? true : v === "no" || v === false ? false : undefined),
        z.boolean().optional(),
      )
      .optional(),
    mitigation: optionalText(8000),
  })
  .strict();
export type TIncidentInput = z.output<typeof incidentInput>;
