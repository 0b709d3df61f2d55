// zod error messages in the reader's language (issue 17), through next-intl messages (messages/*/validation.json).
// - Issues a schema leaves without a message of its own (z.email(), z.enum(), .int()…) get their words from
//   `zodErrorMap(locale)`, zod 4's per-parse error map: `schema.safeParse(raw, { error: zodErrorMap(locale) })`.
// - Messages a schema writes itself ("Use at least 12 characters.") are written with `vmsg(key, values)`: the schema
//   keeps its English text (API answers, logs and tests read English), and `localizeMessage(text, locale)` finds the
//   key it came from and says it in the reader's language. Only this small namespace is imported, so the client
//   forms' resolvers (lib/i18n/zod-resolver.ts) carry no other messages.
import { createTranslator } from "next-intl";
import type { z } from "zod";
import en from "@/messages/en/validation.json" with { type: "json" };
import zh from "@/messages/zh-CN/validation.json" with { type: "json" };
import type { TLocale } from "./locales";

const MESSAGES = { en: { validation: en }, "zh-CN": { validation: zh } } as const;
export type TValidationKey = keyof typeof en;
type TValues = Record<string, string | number>;

const translators = new Map<TLocale, (key: TValidationKey, values?: TValues) => string>();
function t(locale: TLocale) {
  let found = translators.get(locale);
  if (!found) {
    const tr = createTranslator({ locale, messages: MESSAGES[locale], namespace: "validation" });
    found = (key, values) => tr(key, values as never);
    translators.set(locale, found);
  }
  return found;
}

/** English text of a schema's own message → the key and values it was written from. Bounded: schemas are static. */
const WRITTEN = new Map<string, { key: TValidationKey; values?: TValues }>();

/** A schema's own message: its English text, remembered so that `localizeMessage` can translate it. */
export function vmsg(key: TValidationKey, values?: TValues): string {
  const text = t("en")(key, values);
  WRITTEN.set(text, { key, values });
  return text;
}

/** A message from a zod issue in `locale`: a schema's own message translated, any other left as it is. */
export function localizeMessage(message: string, locale: TLocale): string {
  if (locale === "en") return message;
  const written = WRITTEN.get(message);
  return written ? t(locale)(written.key, written.values) : message;
}

type TRawIssue = z.core.$ZodRawIssue;

/** The words for an issue its schema gives no message for, by zod 4 issue code. */
export function issueText(issue: TRawIssue, locale: TLocale): string {
  const say = t(locale);
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === "string" && issue.input === undefined ? say("enterText") : say("invalidType");
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? say("enterValue") : say("atLeast", { min });
      if (issue.origin === "array" || issue.origin === "set") return say("tooFewItems", { min });
      return say("tooSmallNumber", { min: String(issue.minimum) });
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return say("atMost", { max });
      if (issue.origin === "array" || issue.origin === "set") return say("tooManyItems", { max });
      return say("tooBigNumber", { max: String(issue.maximum) });
    }
    case "invalid_format":
      if (issue.format === "email") return say("email");
      if (issue.format === "url") return say("invalidUrl");
      if (issue.format === "date" || issue.format === "datetime") return say("invalidDate");
      return say("invalidFormat");
    case "invalid_value":
      return say("invalidChoice");
    case "unrecognized_keys":
      return say("unknownFields", { keys: issue.keys.slice(0, 5).join(", ") });
    default:
      return say("invalid");
  }
}

/** zod 4's per-parse error map in `locale`, for the issues a schema has no message of its own for. */
export function zodErrorMap(locale: TLocale): z.core.$ZodErrorMap {
  return (issue) => issueText(issue, locale);
}
