import type { TLocale } from "@/lib/i18n/locales";
import { perScheme, type TSchemeId } from "@/lib/schemes";

/**
 * The public URLs of a label, in one place so the page, the API, the OpenAPI document, the docs and the tests agree.
 * Everything a consumer or a verifier needs lives under /r/<code>; the machine-readable registry under
 * /api/public. Codes are canonical (ZPublicCode) before they get here, so no escaping is needed.
 */

export const SCHEME_SLUG: Readonly<Record<TSchemeId, string>> = perScheme((m) => m.slug);

export const ARTWORK_FORMATS = ["svg", "png"] as const;
export type TArtworkFormat = (typeof ARTWORK_FORMATS)[number];

export const PUBLIC_KEYS_PATH = "/.well-known/cyberlabel-label-keys.json";
export const OPENAPI_PATH = "/api/public/openapi.json";
export const LABELS_API_PATH = "/api/public/labels";
export const LOG_API_PATH = "/api/public/log";

/** The public transparency log's endpoints (app/api/public/log/**, docs/verify-a-label.md). */
export const logPaths = {
  treeHead: `${LOG_API_PATH}/tree-head`,
  entries: `${LOG_API_PATH}/entries`,
  inclusion: `${LOG_API_PATH}/proof/inclusion`,
  consistency: `${LOG_API_PATH}/proof/consistency`,
  inclusionForLabel: (code: string) => `${LOG_API_PATH}/proof/inclusion?code=${code}`,
} as const;

export function labelPaths(code: string) {
  const base = `/r/${code}`;
  return {
    /** Negotiates the language from Accept-Language and redirects to one of the two pages below. */
    page: base,
    pageIn: (lang: string) => `${base}/${lang}`,
    verified: (lang: string) => `${base}/${lang}/verified`,
    report: `${base}/report.pdf`,
    /** The report in a chosen language (the same signed snapshot; `report` alone follows the reader's language). */
    reportIn: (lang: TLocale) => `${base}/report.pdf?lang=${lang}`,
    snapshot: `${base}/snapshot.json`,
    artwork: (scheme: TSchemeId, format: TArtworkFormat) =>
      `${base}/artwork/${SCHEME_SLUG[scheme]}.${format}`,
    verify: `${base}/verify`,
    api: `${LABELS_API_PATH}/${code}`,
  };
}

export function reportFileName(code: string, lang: TLocale = "en"): string {
  return `cyberlabel-report-${code}${lang === "en" ? "" : `-${lang}`}.pdf`;
}
