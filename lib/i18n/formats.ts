import type { Formats } from "next-intl";

/** Named date and number formats, the same in every language (each renders them its own way). */
export const FORMATS = {
  dateTime: {
    day: { year: "numeric", month: "short", day: "numeric" },
    dayTime: { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" },
  },
  number: {
    integer: { maximumFractionDigits: 0 },
  },
} satisfies Formats;

/** Times are shown in UTC, as the audit trail and the signed snapshot record them. */
export const TIME_ZONE = "UTC";
