import { publicT, type TLang } from "@/lib/i18n/public-label";
import type { TPublicLabelRecord } from "@/lib/labels/public-record";
import { labelPaths, PUBLIC_KEYS_PATH } from "@/lib/labels/public-urls";

/** Report, signed data, artwork per scheme and the public key: relative links, served by the same origin. */
export function Downloads({ record, lang }: { record: TPublicLabelRecord; lang: TLang }) {
  const t = publicT(lang);
  const p = labelPaths(record.code);
  return (
    <ul className="pl-downloads">
      <li>
        <a href={p.report} download>
          {t("downloads.report")}
        </a>
      </li>
      <li>
        <a href={p.snapshot} download>
          {t("downloads.snapshot")}
        </a>
      </li>
      {record.schemes.map((s) => (
        <li key={s.scheme}>
          <a href={p.artwork(s.scheme, "svg")}>
            {t("downloads.artworkSvg", { scheme: t(`schemeTitle.${s.scheme}`) })}
          </a>
          {" · "}
          <a
            href={p.artwork(s.scheme, "png")}
            aria-label={t("downloads.artworkPng", { scheme: t(`schemeTitle.${s.scheme}`) })}
          >
            PNG
          </a>
        </li>
      ))}
      <li>
        <a href={PUBLIC_KEYS_PATH}>{t("downloads.publicKey")}</a>
        {" · "}
        <a href={p.api}>{t("downloads.api")}</a>
      </li>
    </ul>
  );
}
