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

const WRITTEN = new Map<string, { key: TErrorKey; values?: TValues }>();

/** An error message written from its key (static values only: the table holds each text once): English text, translatable by `localizeErrorMessage`. */
export function emsg(key: TErrorKey, values?: TValues): string {
  const text = errorText("en", key, values);
  WRITTEN.set(text, { key, values });
  return text;
}

/** An error's message in `locale`: one written with `emsg` (or a zod message) translated, any other as it is. */
export function localizeErrorMessage(message: string, locale: TLocale): string {
  if (locale === "en") return message;
  const written = WRITTEN.get(message);
  if (!written) return localizeMessage(message, locale);
  return errorText(locale, written.key, written.values);
}
