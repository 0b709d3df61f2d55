import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import type { TSnapshotCatalogText } from "@/lib/labels/snapshot-types";
import { catalogLocales, catalogText } from "@/lib/schemes/i18n";

/**
 * The report's words in the reader's language (messages/<lang>/report.json, next-intl's translator). The English
 * messages are the very strings the format-2 layout printed before it was translated, so an English report keeps
 * its bytes (lib/report/golden.test.ts); the signed snapshot is the same for both languages.
 */
export type TReportT = ReturnType<typeof translator<"report">>;

export const reportT = (lang: TLocale): TReportT => translator(lang, "report");

/** Languages a report can be drawn in. */
export const REPORT_LANGS = ["en", "zh-CN"] as const satisfies readonly TLocale[];

/**
 * The language a snapshot's report is drawn in: format 1 (frozen layout, English only), a format no layout knows
 * and untranslated catalogs stay English; formats 2 and 3 are translated.
 */
export function reportLang(format: string, catalogVersion: string, asked: TLocale): TLocale {
  if (asked === "en" || (format !== "cyberlabel.snapshot/2" && format !== "cyberlabel.snapshot/3"))
    return "en";
  return catalogLocales(catalogVersion).includes(asked) ? asked : "en";
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** A calendar day as the report prints it: "2026-12-01" in English (as before), "2026年12月1日" in Chinese. */
export function dayIn(t: TReportT, lang: TLocale, iso: string | null): string {
  if (iso === null) return "—";
  const m = ISO_DAY.exec(iso);
  if (!m) return iso;
  const [, y = "", mo = "", d = ""] = m;
  return lang === "en"
    ? t("date", { y, m: mo, d })
    : t("date", { y, m: String(Number(mo)), d: String(Number(d)) });
}

/**
 * The snapshot's frozen catalog texts in a language, by their catalog keys (criterion titles, question labels and
 * units, scheme names, legal bases and source labels). English: the frozen texts unchanged.
 */
export function localizeSnapshotText(
  text: TSnapshotCatalogText,
  version: string,
  lang: TLocale,
): TSnapshotCatalogText {
  if (lang === "en") return text;
  const tr = catalogText(version, lang);
  return {
    schemes: text.schemes.map((sc) => ({
      ...sc,
      name: tr(`scheme.${sc.id}.name`, sc.name),
      shortName: tr(`scheme.${sc.id}.shortName`, sc.shortName),
      legalBasis: sc.legalBasis.map((b, i) => tr(`scheme.${sc.id}.legalBasis.${i}`, b)),
      sources: sc.sources.map((src, i) => ({ ...src, label: tr(`scheme.${sc.id}.sources.${i}`, src.label) })),
    })),
    criteria: text.criteria.map((c) => ({ ...c, title: tr(`criterion.${c.key}.title`, c.title) })),
    questions: text.questions.map((q) => ({
      ...q,
      label: tr(`question.${q.id}.label`, q.label),
      ...(q.unit !== undefined ? { unit: tr(`question.${q.id}.unit`, q.unit) } : {}),
    })),
  };
}

/** English message templates as patterns: "{arg}" matches any text, captured under its name. */
const patterns = new Map<string, { re: RegExp; names: string[] } | null>();
const escape = (s: string) => s.replace(/[.*+?^$()|[\]\\]/g, "\\$&");

function pattern(template: string): { re: RegExp; names: string[] } | null {
  if (patterns.has(template)) return patterns.get(template)!;
  const names: string[] = [];
  // Only simple templates (arguments, no plural or select) are matched back.
  const p = /\{[a-zA-Z]+,/.test(template)
    ? null
    : {
        re: new RegExp(
          `^${template
            .split(/(\{[a-zA-Z]+\})/)
            .map((part) => {
              const m = /^\{([a-zA-Z]+)\}$/.exec(part);
              if (!m) return escape(part);
              names.push(m[1]!);
              return "(.+?)";
            })
            .join("")}$`,
        ),
        names,
      };
  patterns.set(template, p);
  return p;
}

/**
 * A sentence a scoring rule wrote in English (a CRA route reason, an ETSI scope sentence), in the report's language:
 * the first of `keys` whose English message matches it gives the translation, its arguments taken from the English
 * sentence (and passed through `arg` to translate them too). English, or no key matching: the sentence as written.
 */
export function knownSentence<K extends string>(
  t: TReportT,
  lang: TLocale,
  english: string,
  keys: readonly K[],
  arg: (name: string, value: string) => string = (_n, v) => v,
): string {
  if (lang === "en") return english;
  const en = reportT("en") as unknown as { raw(key: string): string };
  for (const key of keys) {
    const p = pattern(en.raw(key));
    const m = p?.re.exec(english);
    if (!p || !m) continue;
    const values = Object.fromEntries(p.names.map((n, i) => [n, arg(n, m[i + 1]!)]));
    return (t as unknown as (k: string, v: Record<string, string>) => string)(key, values);
  }
  return english;
}
