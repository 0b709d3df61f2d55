import { day, Facts } from "@/app/r/[code]/_components/facts";
import { publicT } from "@/lib/i18n/public-label";
import { legalBasisText } from "@/lib/schemes/i18n/legal-basis";
import type { TPublicPage } from "../public-page-types";

function Stars({ n, label }: { n: number; label: string }) {
  return (
    <span className="pl-stars">
      <span aria-hidden="true">
        {"★".repeat(n)}
        {"☆".repeat(3 - n)}
      </span>{" "}
      {label}
    </span>
  );
}

export const cnCclPublicPage: TPublicPage = {
  Detail({ result, lang }) {
    if (result.scheme !== "CN_CCL") return null;
    const t = publicT(lang);
    return (
      <>
        <p className={`pl-result pl-tone-${result.stars > 0 ? "ok" : "bad"}`}>
          {result.inScope === false ? (
            t("cn.outOfScope")
          ) : (
            <Stars n={result.stars} label={t("cn.stars", { n: result.stars })} />
          )}
        </p>
        {result.provisional ? <p className="pl-small">{t("cn.provisional")}</p> : null}
        {result.catalogueListed === false ? <p className="pl-small">{t("cn.notListed")}</p> : null}
      </>
    );
  },
  /** The items the China label rules want shown with the label (china-label.md). */
  LabItems({ record: r, result: cn, lang }) {
    if (cn.scheme !== "CN_CCL") return null;
    const t = publicT(lang);
    return (
      <>
        <h3>{t("sections.cnItems")}</h3>
        <Facts
          rows={[
            [t("product.manufacturer"), r.manufacturer.name],
            [
              t("product.modelNumber"),
              `${r.product.name}${r.product.modelNumber ? ` · ${r.product.modelNumber}` : ""}`,
            ],
            [
              t("schemeTitle.CN_CCL"),
              cn.inScope === false ? t("cn.outOfScope") : t("cn.stars", { n: cn.stars }),
            ],
            [t("lab.validUntil"), day(r.validUntil)],
            [t("lab.lab"), r.lab.name],
            [
              t("cn.standards"),
              cn.basis.map((b) => legalBasisText(lang, b)).join(t("listSeparator")) || null,
            ],
            [t("cn.filingCode"), t("cn.filingCodeNone")],
          ]}
        />
      </>
    );
  },
};
