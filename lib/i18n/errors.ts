// Server-action and route-handler messages in the caller's language (issue 17). An expected error keeps its English
// message (logs, API clients and tests read it); `emsg(key)` writes it from messages/en/appErrors.json and remembers the
// key, so that `failure(err, locale)` (lib/auth/guarded.ts) can say it in the caller's language.
import { createTranslator } from "next-intl";
import en from "@/messages/en/appErrors.json" with { type: "json" };
import zh from "@/messages/zh-CN/appErrors.json" with { type: "json" };
import type { TLocale } from "./locales";
import { localizeMessage } from "./zod";

const MESSAGES = { en: { appErrors: en }, "zh-CN": { appErrors: zh } } as const;
export type TErrorKey = keyof typeof en;
type TValues = Record<string, string | number>;

/** A message of messages/<locale>/appErrors.json. */
export const errorText = (locale: TLocale, key: TErrorKey, values?: TValues): string =>
  createTranslator({ locale, messages: MESSAGES[locale], namespace: "appErrors" })(key, values as never);

/**
 * English text → the key and values it was written from. Messages with values (a name, a version, a count) make a new
 * text each, so the table is bounded: the oldest entry goes first, and a text written again moves to the end. An
 * error is translated right after it is thrown, long before 2,000 other texts have been written.
 */
const WRITTEN = new Map<string, { key: TErrorKey; values?: TValues }>();
const WRITTEN_MAX = 2000;

/** An error message written from its key: English text, translatable by `localizeErrorMessage`. */
export function emsg(key: TErrorKey, values?: TValues): string {
  const text = errorText("en", key, values);
  WRITTEN.delete(text);
  WRITTEN.set(text, { key, values });
  if (WRITTEN.size > WRITTEN_MAX) WRITTEN.delete(WRITTEN.keys().next().value as string);
  return text;
}

/**
 * An error's message in `locale`: one written with `emsg` translated (a value that is itself a message, such as a
 * zod issue's, translated too), a zod message translated, any other as it is.
 */
export function localizeErrorMessage(message: string, locale: TLocale): string {
  if (locale === "en") return message;
  const written = WRITTEN.get(message);
  if (!written) return localizeMessage(message, locale);
  const values = written.values
    ? Object.fromEntries(
        Object.entries(written.values).map(([k, v]) => [
          k,
          typeof v === "string" ? localizeMessage(v, locale) : v,
        ]),
      )
    : undefined;
  return errorText(locale, written.key, values);
}
