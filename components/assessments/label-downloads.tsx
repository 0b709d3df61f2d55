import { labelPaths } from "@/lib/labels/public-urls";
import { PRINT_SIZES, PRINT_SIZE_LABEL, PRINT_SIZE_MM, printPaths } from "@/lib/labels/print";
import type { TSchemeId } from "@/lib/schemes";
import { documentPath, documentsFor } from "@/lib/schemes/documents";
import { SCHEME_LABEL } from "@/components/products/assessment-status";
import styles from "./label-panel.module.css";

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
  return (
    <div className="stack" style={{ gap: "1rem" }}>
      <ul className={styles.mainLinks} aria-label="Label documents">
        <li>
          <a href={paths.page}>Public page</a>
        </li>
        {reportServed ? (
          <li>
            <a href={paths.report}>PDF report</a>
          </li>
        ) : null}
        <li>
          <a href={paths.snapshot}>Signed label data (JSON)</a>
        </li>
        {reportServed
          ? documentsFor(schemes).map((d) => (
              <li key={d.slug} data-document={d.slug}>
                <a href={documentPath(code, d.slug, "en")}>{d.title}</a> ·{" "}
                <a href={documentPath(code, d.slug, "zh-CN")} lang="zh-CN" aria-label={`${d.title}, Chinese`}>
                  中文
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
  return (
    <>
      <div className="stack" style={{ gap: "0.4rem" }}>
        <h3 style={{ margin: 0 }}>QR code</h3>
        <p className="small muted" style={{ margin: 0 }}>
          The code alone, to place in your packaging artwork next to the label code. Keep the white margin
          around it.
        </p>
        <div className={styles.printGrid}>
          <figure className={styles.qr}>
            {/* eslint-disable-next-line @next/next/no-img-element -- an SVG from our own route, shown at its size */}
            <img
              src={print.qr("svg")}
              width={112}
              height={112}
              alt={`QR code that opens the public page of ${code}`}
            />
            <figcaption className="small muted">Opens the public page</figcaption>
          </figure>
          <SizeLinks what="QR code" sizeMm={(s) => PRINT_SIZE_MM[s].qr} href={(s, f) => print.qr(f, s)} />
        </div>
      </div>

      <div className="stack" style={{ gap: "0.75rem" }}>
        <h3 style={{ margin: 0 }}>Label artwork</h3>
        {schemes.map((scheme) => (
          <div key={scheme} className={styles.printGrid} data-artwork={scheme}>
            {/* eslint-disable-next-line @next/next/no-img-element -- the artwork SVG from our own route */}
            <img
              className={styles.artwork}
              src={print.artwork(scheme, "svg")}
              width={200}
              height={140}
              alt={`${SCHEME_LABEL[scheme]} label artwork for ${code}`}
            />
            <div className="stack" style={{ gap: "0.35rem", minWidth: 0 }}>
              <h4 style={{ margin: 0 }}>{SCHEME_LABEL[scheme]}</h4>
              <SizeLinks
                what={`${SCHEME_LABEL[scheme]} artwork`}
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
  return (
    <table className={styles.sizes}>
      <caption className="visually-hidden">{what}: downloads per print size</caption>
      <tbody>
        {PRINT_SIZES.map((s) => (
          <tr key={s}>
            <th scope="row">
              {PRINT_SIZE_LABEL[s]} <span className="muted">{sizeMm(s)} mm</span>
            </th>
            <td>
              <a href={href(s, "svg")} aria-label={`${what}, ${s} (${sizeMm(s)} mm), SVG`} download>
                SVG
              </a>
            </td>
            <td>
              <a href={href(s, "png")} aria-label={`${what}, ${s} (${sizeMm(s)} mm), PNG 300 dpi`} download>
                PNG
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
