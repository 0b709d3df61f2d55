import { useTranslations } from "next-intl";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { labelPaths } from "@/lib/labels/public-urls";
import { PRINT_SIZES, PRINT_SIZE_MM, printPaths } from "@/lib/labels/print";
import type { TSchemeId } from "@/lib/schemes";
import { documentPath, documentsFor } from "@/lib/schemes/documents";
import styles from "./label-panel.module.css";
import { useSchemeName } from "@/lib/schemes/use-scheme-name";

type Props = {
  code: string;
  schemes: TSchemeId[];
  /** Print files (artwork, QR) only for a label that may still be shipped; a revoked one keeps its documents. */
  printable: boolean;
  /** The report is refused while the label fails its integrity check (lib/labels/public-http.ts genuineOnly). */
  reportServed?: boolean;
  /** Why there are no print files, when `printable` is false. */
  notPrintableReason?: string;
};

/**
 * Everything the manufacturer needs to ship the label: its public page, the PDF report, the signed data, the
 * documents its schemes draw from it (the draft EU declaration of conformity…), the QR
 * code on its own and the label artwork per scheme, each as SVG and as a 300 dpi PNG in three print sizes.
 * Plain links to the public files (no JavaScript); every link names what it downloads for screen readers.
 */
export function LabelDownloads({ code, schemes, printable, reportServed = true, notPrintableReason }: Props) {
  const paths = labelPaths(code);
  const t = useTranslations("assessments.downloads");
  const td = useTranslations("assessments.downloads.schemeDocument");
  return (
    <div className="stack" style={{ gap: "1rem" }}>
      <ul className={styles.mainLinks} aria-label={t("documents")}>
        <li>
          <a href={paths.page}>{t("publicPage")}</a>
        </li>
        {reportServed ? (
          <li data-document="report">
            <a href={paths.report}>{t("report")}</a>
            {/* The report in either language, whatever the reader's: the same signed snapshot, drawn in its words. */}
            {LOCALES.map((l) => (
              <span key={l}>
                {" · "}
                <a
                  href={paths.reportIn(l)}
                  lang={l}
                  hrefLang={l}
                  aria-label={l === "en" ? undefined : td("inChineseLabel", { title: t("report") })}
                >
                  {LOCALE_NAMES[l]}
                </a>
              </span>
            ))}
          </li>
        ) : null}
        <li>
          <a href={paths.snapshot}>{t("snapshot")}</a>
        </li>
        {/* d.slug is typed from SCHEME_DOCUMENTS: a document without its title in messages does not compile. */}
        {reportServed
          ? documentsFor(schemes).map((d) => (
              <li key={d.slug} data-document={d.slug}>
                <a href={documentPath(code, d.slug, "en")}>{td(d.slug)}</a> ·{" "}
                <a
                  href={documentPath(code, d.slug, "zh-CN")}
                  lang="zh-CN"
                  aria-label={td("inChineseLabel", { title: td(d.slug) })}
                >
                  {td("inChinese")}
                </a>
              </li>
            ))
          : null}
      </ul>
      {printable ? (
        <PrintFiles code={code} schemes={schemes} />
      ) : (
        <p className="small muted" style={{ margin: 0 }} data-testid="no-print-files">
          {notPrintableReason}
        </p>
      )}
    </div>
  );
}

function PrintFiles({ code, schemes }: { code: string; schemes: TSchemeId[] }) {
  const print = printPaths(code);
  const t = useTranslations("assessments.downloads");
  const ts = useSchemeName();
  return (
    <>
      <div className="stack" style={{ gap: "0.4rem" }}>
        <h3 style={{ margin: 0 }}>{t("qrHeading")}</h3>
        <p className="small muted" style={{ margin: 0 }}>
          {t("qrIntro")}
        </p>
        <div className={styles.printGrid}>
          <figure className={styles.qr}>
            {/* eslint-disable-next-line @next/next/no-img-element -- an SVG from our own route, shown at its size */}
            <img src={print.qr("svg")} width={112} height={112} alt={t("qrAlt", { code })} />
            <figcaption className="small muted">{t("qrCaption")}</figcaption>
          </figure>
          <SizeLinks what={t("qrWhat")} sizeMm={(s) => PRINT_SIZE_MM[s].qr} href={(s, f) => print.qr(f, s)} />
        </div>
      </div>

      <div className="stack" style={{ gap: "0.75rem" }}>
        <h3 style={{ margin: 0 }}>{t("artworkHeading")}</h3>
        {schemes.map((scheme) => (
          <div key={scheme} className={styles.printGrid} data-artwork={scheme}>
            {/* eslint-disable-next-line @next/next/no-img-element -- the artwork SVG from our own route */}
            <img
              className={styles.artwork}
              src={print.artwork(scheme, "svg")}
              width={200}
              height={140}
              alt={t("artworkAlt", { scheme: ts(scheme), code })}
            />
            <div className="stack" style={{ gap: "0.35rem", minWidth: 0 }}>
              <h4 style={{ margin: 0 }}>{ts(scheme)}</h4>
              <SizeLinks
                what={t("artworkWhat", { scheme: ts(scheme) })}
                sizeMm={(s) => PRINT_SIZE_MM[s].artwork}
                href={(s, f) => print.artwork(scheme, f, s)}
              />
            </div>
          </div>
        ))}
      </div>
    </>
  );
}

function SizeLinks({
  what,
  sizeMm,
  href,
}: {
  what: string;
  sizeMm: (s: (typeof PRINT_SIZES)[number]) => number;
  href: (s: (typeof PRINT_SIZES)[number], format: "svg" | "png") => string;
}) {
  const t = useTranslations("assessments.downloads");
  return (
    <table className={styles.sizes}>
      <caption className="visually-hidden">{t("sizesCaption", { what })}</caption>
      <tbody>
        {PRINT_SIZES.map((s) => (
          <tr key={s}>
            <th scope="row">
              {t(`size.${s}`)} <span className="muted">{t("mm", { mm: sizeMm(s) })}</span>
            </th>
            <td>
              <a
                href={href(s, "svg")}
                aria-label={t("svgLabel", { what, size: t(`sizeWord.${s}`), mm: sizeMm(s) })}
                download
              >
                {t("svg")}
              </a>
            </td>
            <td>
              <a
                href={href(s, "png")}
                aria-label={t("pngLabel", { what, size: t(`sizeWord.${s}`), mm: sizeMm(s) })}
                download
              >
                PNG
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
