// Which requests the QR landing path's cache (lib/cli/serve.ts) answers itself; everything else goes to Next.
import type { IncomingHttpHeaders } from "node:http";
import {
  isLocale as isLang,
  negotiateLocale as negotiateLang,
  type TLocale as TLang,
} from "@/lib/i18n/locales";
import { PUBLIC_CODE_RE } from "@/lib/labels/public-code";

export type TLanding =
  | { kind: "page"; code: string; lang: TLang; key: string; path: string }
  | { kind: "redirect"; code: string; lang: TLang; key: string; path: string };

/**
 * Accept-Language values seen → the language they negotiate to. Phones send a handful of distinct values, so
 * parsing and matching them (negotiator + CLDR matching, tens of microseconds) is done once per value, not once
 * per scan. Bounded: past MEMO_MAX values it starts afresh.
 */
const MEMO_MAX = 1000;
const negotiated = new Map<string, TLang>();
export function negotiateLangMemo(acceptLanguage: string | undefined): TLang {
  if (!acceptLanguage) return negotiateLang(acceptLanguage);
  let lang = negotiated.get(acceptLanguage);
  if (lang === undefined) {
    lang = negotiateLang(acceptLanguage);
    if (negotiated.size >= MEMO_MAX) negotiated.clear();
    negotiated.set(acceptLanguage, lang);
  }
  return lang;
}

/** Requests of Next's client router or server actions: never from the cache (they get other bytes). */
const NEXT_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action", "purpose"];

/**
 * `/r/<canonical code>` (302 to the negotiated language) and `/r/<canonical code>/<lang>`, GET or HEAD, without a
 * query string (Next answers `?lang=`, non-canonical codes and anything unusual itself, as before).
 */
export function landingOf(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
): TLanding | null {
  if ((method !== "GET" && method !== "HEAD") || !url || !url.startsWith("/r/") || url.includes("?"))
    return null;
  for (const h of NEXT_HEADERS) if (headers[h] !== undefined) return null;
  const parts = url.slice(3).split("/");
  if (parts.length > 2 || !PUBLIC_CODE_RE.test(parts[0] ?? "")) return null;
  const code = parts[0]!;
  if (parts.length === 1) {
    const lang = negotiateLangMemo(headers["accept-language"]);
    return { kind: "redirect", code, lang, key: `302 ${code} ${lang}`, path: `/r/${code}` };
  }
  const lang = parts[1]!;
  if (!isLang(lang)) return null;
  return { kind: "page", code, lang, key: `/r/${code}/${lang}`, path: `/r/${code}/${lang}` };
}
