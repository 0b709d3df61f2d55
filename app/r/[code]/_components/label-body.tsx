import { publicT, type TLang } from "@/lib/i18n/public-label";
import { labelPaths } from "@/lib/labels/public-urls";
import type { TPublicLabelRecord } from "@/lib/labels/public-record";
import { publicPage } from "@/lib/schemes/public-page";
import { Downloads } from "./downloads";
import { day, Facts, MaybeLink } from "./facts";
import { KeyFacts } from "./key-facts";
import { SchemeResult } from "./scheme-results";
import { schemesForReader } from "./scheme-order";
import { OfflineHowTo, VerifyForms } from "./verify-form";

/** Everything on the public page below the header, drawn from the public record only. */
export function LabelBody({
  record,
  lang,
  origin,
}: {
  record: TPublicLabelRecord;
  lang: TLang;
  origin: string;
}) {
  const t = publicT(lang);
  const r = record;
  const sec = r.security;
  const certifierRow = r.schemes.some((s) => publicPage(s.scheme).certifierRow === true);
  const country = (c: string | null) => (c ? ` (${c})` : "");
  const current = r.status.state === "valid";
  return (
    <>
      <div className="pl-title">
        <h1>{r.product.name}</h1>
        <p className="pl-sub">
          {r.manufacturer.name}
          <br />
          <span className="pl-muted">
            {t("labelCode")}
            {t("colon")}
            <span className="pl-code-inline">{r.code}</span>
          </span>
        </p>
      </div>
      <KeyFacts record={r} lang={lang} />
      <Supersession record={r} lang={lang} />

      <section
        className={`pl-card${current ? "" : " pl-not-current"}`}
        aria-labelledby="pl-h-results"
        data-current={current ? "true" : "false"}
      >
        <h2 id="pl-h-results">
          {t("sections.results")}
          {current ? null : <span className="pl-tag pl-tag-stale">{t("notCurrent.badge")}</span>}
        </h2>
        {current ? null : <p className="pl-stale-note">{notCurrentNote(r, lang)}</p>}
        <div className="pl-results">
          {schemesForReader(r.schemes, lang).map((s) => (
            <SchemeResult key={s.scheme} result={s} lang={lang} />
          ))}
        </div>
      </section>
      <p className="pl-notice">{t("notice")}</p>

      <section className="pl-card" aria-labelledby="pl-h-security">
        <h2 id="pl-h-security">{t("sections.security")}</h2>
        {sec.supportEnded ? <p className="pl-warn">{t("security.supportEnded")}</p> : null}
        <Facts
          rows={[
            [
              t("security.updates"),
              sec.updatesAutomatic ? t("security.updatesAutomatic") : t("security.updatesManual"),
            ],
            [
              t("security.manualUpdateInfo"),
              sec.updatesAutomatic ? null : (
                <MaybeLink value={sec.manualUpdateInfo} fallback={t("security.notGiven")} />
              ),
            ],
            [
              t("security.defaultCredentials"),
              <MaybeLink key="dc" value={sec.defaultCredentials} fallback={t("security.notGiven")} />,
            ],
            [
              t("security.secureConfig"),
              <MaybeLink key="sc" value={sec.secureConfigInfo} fallback={t("security.notGiven")} />,
            ],
            [
              t("security.vulnDisclosure"),
              <MaybeLink key="vd" value={sec.vulnerabilityDisclosure} fallback={t("security.notGiven")} />,
            ],
            [
              t("security.privacyPolicy"),
              <MaybeLink key="pp" value={sec.privacyPolicy} fallback={t("security.notGiven")} />,
            ],
            [t("security.bom"), sec.billOfMaterials ? t(`security.bomValue.${sec.billOfMaterials}`) : null],
            // Only labels that froze an SBOM at issue get the row: every other page reads as it did.
            ...(sec.sbom
              ? ([
                  [
                    t("security.sbomOnFile"),
                    t("security.sbomOnFileValue", {
                      format: `${sec.sbom.format} ${sec.sbom.specVersion}`,
                      n: sec.sbom.componentCount,
                    }),
                  ],
                ] as const)
              : []),
          ]}
        />
      </section>

      <section className="pl-card" aria-labelledby="pl-h-product">
        <h2 id="pl-h-product">{t("sections.product")}</h2>
        <Facts
          rows={[
            [t("product.name"), r.product.name],
            [t("product.modelNumber"), r.product.modelNumber],
            [
              t("versions.models"),
              r.coverage.models.length > 1 ? (
                <ul key="models" className="pl-models" data-testid="covered-models">
                  {r.coverage.models.map((m) => (
                    <li key={m.name}>
                      {m.name}
                      {m.sku ? ` · ${t("versions.sku")} ${m.sku}` : ""}
                    </li>
                  ))}
                </ul>
              ) : null,
            ],
            [
              t("product.versions"),
              t("product.versionsValue", { hw: r.product.hardwareVersion, fw: r.product.firmwareVersion }),
            ],
            [t("product.category"), r.product.categoryLabel],
            [t("product.manufacturer"), `${r.manufacturer.name}${country(r.manufacturer.country)}`],
            [t("product.description"), r.product.description],
          ]}
        />
      </section>

      <section className="pl-card" aria-labelledby="pl-h-lab">
        <h2 id="pl-h-lab">{t("sections.lab")}</h2>
        <Facts
          rows={[
            [t("lab.lab"), `${r.lab.name}${country(r.lab.country)}`],
            [t("lab.accreditation"), r.lab.accreditation ?? t("lab.accreditationNone")],
            [t("lab.reviewer"), r.reviewer.name],
            [t("lab.submitted"), day(r.submittedAt)],
            [t("lab.approved"), day(r.approvedAt)],
            [t("lab.validUntil"), day(r.validUntil)],
            [t("lab.catalog"), `${r.catalog.title} ${r.catalog.version} (${r.catalog.publishedOn})`],
            [t("lab.certifier"), certifierRow ? t("lab.certifierNone") : null],
          ]}
        />
        {r.schemes.map((s) => {
          const { LabItems } = publicPage(s.scheme);
          return LabItems ? <LabItems key={s.scheme} record={r} result={s} lang={lang} /> : null;
        })}
      </section>

      <section className="pl-card" aria-labelledby="pl-h-downloads">
        <h2 id="pl-h-downloads">{t("sections.downloads")}</h2>
        <Downloads record={r} lang={lang} />
      </section>

      <section className="pl-card" aria-labelledby="pl-h-verify">
        <h2 id="pl-h-verify">{t("sections.verify")}</h2>
        <VerifyForms code={r.code} lang={lang} digest={r.integrity.digest} keyId={r.integrity.keyId} />
        <OfflineHowTo code={r.code} origin={origin} lang={lang} />
      </section>

      <footer className="pl-footer">
        <p>{t("notice")}</p>
      </footer>
    </>
  );
}

/** Why the results of a label that is not valid no longer count, with the date its state began. */
function notCurrentNote(r: TPublicLabelRecord, lang: TLang): string {
  const t = publicT(lang);
  const { state, revokedAt, since } = r.status;
  switch (state) {
    case "revoked":
      return t("notCurrent.revoked", { on: day(revokedAt) });
    case "expired":
    case "valid":
      return t("notCurrent.expired", { on: day(r.validUntil) });
    case "suspended":
      return t("notCurrent.suspended", { on: day(since) });
    case "superseded":
      return t("notCurrent.superseded", { on: day(since) });
    case "integrity_failed":
      return t("notCurrent.integrity_failed");
  }
}

/**
 * Where this label stands among the product's labels (docs/versions.md): superseded by a newer one (with what
 * still holds for units on this label's firmware), or replacing an earlier one.
 */
function Supersession({ record: r, lang }: { record: TPublicLabelRecord; lang: TLang }) {
  const t = publicT(lang);
  const by = r.coverage.supersededBy;
  const earlier = r.coverage.supersedes;
  if (!by && !earlier) return null;
  return (
    <>
      {by ? (
        <section
          className="pl-card pl-superseded"
          aria-label={t("versions.supersededBy", { code: by.code, fw: by.firmwareVersion })}
          data-testid="superseded-by"
        >
          <p className="pl-superseded-head">
            <strong>{t("versions.supersededBy", { code: by.code, fw: by.firmwareVersion })}</strong>{" "}
            <a href={labelPaths(by.code).page}>{t("versions.openCurrent", { code: by.code })}</a>
          </p>
          <p className="pl-muted">
            {t("versions.stillHolds", {
              oldFw: r.product.firmwareVersion,
              until: day(r.validUntil),
              code: by.code,
              newFw: by.firmwareVersion,
            })}
          </p>
        </section>
      ) : null}
      {earlier ? (
        <p className="pl-supersedes" data-testid="supersedes">
          {t("versions.supersedes", { code: earlier.code, fw: earlier.firmwareVersion })}{" "}
          <a href={labelPaths(earlier.code).page}>{earlier.code}</a>
        </p>
      ) : null}
    </>
  );
}
