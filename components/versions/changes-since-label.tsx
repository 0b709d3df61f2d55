import { useLocale, useTranslations } from "next-intl";
import { labelPaths } from "@/lib/labels/public-urls";
import type { TLocale } from "@/lib/i18n/locales";
import { getCatalog, listCatalogVersions } from "@/lib/schemes";
import { catalogText } from "@/lib/schemes/i18n";
import { schemeName } from "@/lib/schemes/registry";
import type { TVersionDiff } from "@/lib/versions/diff";

type Props = {
  diff: TVersionDiff & {
    publicCode: string;
    firmwareVersion: string;
    catalogChanged: boolean;
    carriedDecisions: number;
    standing: number;
  };
  firmwareVersion: string;
};

type TSay = ReturnType<typeof useTranslations<"versions.since">>;

/**
 * The catalog words of one question in the reader's language: the diff carries the English label of the
 * assessment's catalog, so the newest catalog version with that label gives its translation (label and choices).
 */
function questionWords(questionId: string, english: string, locale: TLocale) {
  const version =
    [...listCatalogVersions()]
      .reverse()
      .find((v) => getCatalog(v).questions.some((q) => q.id === questionId && q.label === english)) ?? null;
  const text = version ? catalogText(version, locale) : (_key: string, en: string) => en;
  return {
    label: text(`question.${questionId}.label`, english),
    option: (value: string) => text(`question.${questionId}.option.${value}`, value),
  };
}

/** A short, readable form of an answer value in the reader's language (what the manufacturer wrote, as written). */
function answerWords(v: unknown, t: TSay, option: (value: string) => string): string {
  if (v === null || v === undefined) return t("noAnswer");
  if (typeof v === "string") return v.length > 80 ? `${v.slice(0, 77)}…` : option(v);
  if (typeof v === "boolean") return t(v ? "true" : "false");
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return v.map((x) => answerWords(x, t, option)).join(", ");
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.status === "string")
      return t.has(`status.${o.status}` as never)
        ? t(`status.${o.status}` as never)
        : o.status.replace(/_/g, " ");
    if (o.na === true) return t("notApplicable");
  }
  return JSON.stringify(v).slice(0, 80);
}

/** The lab's first look at a re-assessment: what changed since the earlier label, and which decisions stand. */
export function ChangesSinceLabel({ diff, firmwareVersion }: Props) {
  const t = useTranslations("versions.since");
  const locale = useLocale();
  const nothing = diff.answers.length === 0 && diff.evidence.length === 0 && diff.results.length === 0;
  const again = diff.carriedDecisions - diff.standing;
  return (
    <section
      className="card stack"
      aria-labelledby="since-label-heading"
      data-testid="changes-since-label"
      style={{ gap: "0.5rem" }}
    >
      <h2 id="since-label-heading" style={{ margin: 0, fontSize: "1.1rem" }}>
        {t.rich("title", {
          code: diff.publicCode,
          from: diff.firmwareVersion,
          to: firmwareVersion,
          link: (chunks) => <a href={labelPaths(diff.publicCode).page}>{chunks}</a>,
        })}
      </h2>
      <p className="small" style={{ margin: 0 }} data-testid="standing-decisions">
        {diff.carriedDecisions === 0
          ? diff.catalogChanged
            ? t("catalogChanged")
            : t("noneCarried")
          : t("standing", { standing: diff.standing, carried: diff.carriedDecisions, again })}
      </p>
      {nothing ? (
        <p className="small muted" style={{ margin: 0 }}>
          {t("nothing")}
        </p>
      ) : null}
      {diff.answers.length ? (
        <div>
          <h3 className="small" style={{ margin: "0 0 0.25rem" }}>
            {t("answers", { n: diff.answers.length })}
          </h3>
          <ul className="small" style={{ margin: 0, paddingLeft: "1.2rem" }} data-testid="changed-answers">
            {diff.answers.map((a) => {
              const q = questionWords(a.questionId, a.label, locale);
              return (
                <li key={a.questionId}>
                  {t.rich("line", {
                    label: q.label,
                    text: t("change", {
                      before: answerWords(a.before, t, q.option),
                      after: answerWords(a.after, t, q.option),
                    }),
                    b: (chunks) => <strong>{chunks}</strong>,
                  })}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {diff.evidence.length ? (
        <div>
          <h3 className="small" style={{ margin: "0 0 0.25rem" }}>
            {t("evidence", { n: diff.evidence.length })}
          </h3>
          <ul className="small" style={{ margin: 0, paddingLeft: "1.2rem" }}>
            {diff.evidence.map((e) => (
              <li key={e.questionId}>
                {t.rich("line", {
                  label: questionWords(e.questionId, e.label, locale).label,
                  text: [
                    ...(e.added.length ? [t("added", { files: e.added.join(", ") })] : []),
                    ...(e.removed.length ? [t("removed", { files: e.removed.join(", ") })] : []),
                  ].join(t("sep")),
                  b: (chunks) => <strong>{chunks}</strong>,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {diff.results.length ? (
        <div>
          <h3 className="small" style={{ margin: "0 0 0.25rem" }}>
            {t("results")}
          </h3>
          <ul className="small" style={{ margin: 0, paddingLeft: "1.2rem" }}>
            {diff.results.map((r) => (
              <li key={r.scheme}>
                {t.rich("line", {
                  label: schemeName(r.scheme, locale),
                  text: t("change", r.shown[locale as TLocale]),
                  b: (chunks) => <strong>{chunks}</strong>,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
