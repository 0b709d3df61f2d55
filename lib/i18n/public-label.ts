// The public label page's language: from its path (/r/<code>/en, /r/<code>/zh-CN), never from the request, so each
// language page stays one static, cacheable page. Its words are next-intl messages (messages/*/publicLabel.json).
import { isLocale, LOCALES, type TLocale } from "./locales";
import { translator } from "./translate";

export type TLang = TLocale;
export const LANGS = LOCALES;
export const isLang = isLocale;

/** The public page's translator for one language. */
export const publicT = (lang: TLang) => translator(lang, "publicLabel");
export type TPublicT = ReturnType<typeof publicT>;

/** Ends a manufacturer's or lab's sentence with the language's full stop unless it already has one. */
export const sentence = (text: string, stop: string) =>
  /[.!?。！？]$/.test(text.trim()) ? text.trim() : `${text.trim()}${stop}`;
