// The scheme modules' result components in the reader's language (issue 17, docs/i18n.md): their own words come from
// messages/*/schemeResults.json; the texts a result carries from the catalog (out-of-scope reasons, the regime note,
// registry fields, scope labels) are read from the catalog version's dictionary by their English text, so the result
// itself (and a label's signed snapshot) stays English and language-neutral.
import { useLocale, useTranslations } from "next-intl";
import type { TAssessment } from "@/lib/scoring/types";
import en from "@/messages/en/schemeResults.json" with { type: "json" };
import type { TSchemeLang } from "./module";
import { getCatalog } from "./index";
import { catalogEntries, catalogText } from "./i18n";
import { scopeReasonText } from "./i18n/scope-reasons";
import { schemeModule } from "./registry";
import type { TSchemeId } from "./types";

const SCOPE_SENTENCES = en.scope;

/** The reader's language as the scheme modules name it. */
export function useSchemeLang(): TSchemeLang {
  return useLocale() === "zh-CN" ? "zh-CN" : "en";
}

/** Out-of-scope reasons frozen in English, in the reader's language, as one line. */
export function scopeReasonsIn(
  version: string,
  lang: TSchemeLang,
  scheme: TSchemeId,
  reasons: readonly string[],
): string {
  return reasons.map((r) => scopeReasonText(version, lang, scheme, r)).join(" ");
}

/** One catalog text by its key (lib/schemes/i18n/fields.ts) in the reader's language; the English as fallback. */
export function catalogLine(version: string, lang: TSchemeLang, key: string, english: string): string {
  return lang === "en" ? english : catalogText(version, lang)(key, english);
}

const compiled = new WeakMap<object, { key: string; names: string[]; re: RegExp }[]>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Which of `templates` (English messages with simple {arguments}, e.g. messages/en/schemeResults.json cra.routeReason)
 * an English sentence a rule wrote was made from, and its arguments: so a sentence frozen in English in a result is
 * said in the reader's language by the same message. null when none matches.
 */
export function matchTemplate(
  english: string,
  templates: Readonly<Record<string, string>>,
): { key: string; values: Record<string, string> } | null {
  let list = compiled.get(templates);
  if (!list) {
    list = Object.entries(templates).map(([key, text]) => {
      const names: string[] = [];
      const source = text
        .split(/(\{\w+\})/)
        .map((part) => {
          const arg = /^\{(\w+)\}$/.exec(part);
          if (!arg) return escape(part);
          names.push(arg[1]!);
          return "(.+?)";
        })
        .join("");
      return { key, names, re: new RegExp(`^${source}$`, "s") };
    });
    compiled.set(templates, list);
  }
  for (const { key, names, re } of list) {
    const m = re.exec(english);
    if (m) return { key, values: Object.fromEntries(names.map((n, i) => [n, m[i + 1]!])) };
  }
  return null;
}

const englishKeys = new Map<string, Map<string, string>>();

/** Any text of a catalog version found by its English wording (an option label quoted in a rule's sentence). */
export function catalogTextByEnglish(version: string, lang: TSchemeLang, english: string): string {
  if (lang === "en") return english;
  let index = englishKeys.get(version);
  if (!index) {
    index = new Map();
    for (const [key, text] of catalogEntries(getCatalog(version))) if (!index.has(text)) index.set(text, key);
    englishKeys.set(version, index);
  }
  const key = index.get(english);
  return key ? catalogLine(version, lang, key, english) : english;
}

/** Each catalog scope reason of a scheme found in a line (reasons joined by the rule) said in the reader's language. */
function scopeReasonsInLine(version: string, lang: TSchemeLang, scheme: TSchemeId, line: string): string {
  const reasons = getCatalog(version).schemes.find((s) => s.id === scheme)?.scopeReasons ?? [];
  return [...reasons]
    .map((r) => r.reason)
    .sort((a, b) => b.length - a.length)
    .reduce(
      (out, r) => (out.includes(r) ? out.split(r).join(scopeReasonText(version, lang, scheme, r)) : out),
      line,
    );
}

/**
 * A result envelope's `why` (lib/schemes/module.ts) in the reader's language: the module's own `envelopeText`, or its
 * sentence matched to the messages schemeResults.scope.<scheme>, or the catalog's scope reasons it joins.
 */
export function useEnvelopeWhy(id: TSchemeId, result: TAssessment, why: string): string {
  const t = useTranslations("schemeResults.scope");
  const lang = useSchemeLang();
  if (lang === "en") return why;
  const own = schemeModule(id).envelopeText?.(result, lang);
  if (own) return own.why;
  const templates = (SCOPE_SENTENCES as Record<string, Record<string, string>>)[id];
  const m = templates ? matchTemplate(why, templates) : null;
  if (m) return t(`${id}.${m.key}` as never, m.values as never);
  return scopeReasonsInLine(result.catalogVersion, lang, id, why);
}
