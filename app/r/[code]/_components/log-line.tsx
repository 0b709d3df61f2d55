import { publicT, type TLang } from "@/lib/i18n/public-label";
import type { TPublicLabelRecord } from "@/lib/labels/public-record";
import { logPaths } from "@/lib/labels/public-urls";

/**
 * "Recorded in the public log at position N", linking to the inclusion proof of the label's log entries
 * (GET /api/public/log/proof/inclusion?code=…), which anyone can check offline (docs/verify-a-label.md).
 */
export function LogLine({ record, lang }: { record: TPublicLabelRecord; lang: TLang }) {
  const t = publicT(lang);
  const logged = record.events.filter((e) => e.logIndex !== null);
  if (logged.length === 0) return null;
  const positions = logged
    .map((e) =>
      logged.length === 1 ? `${e.logIndex}` : `${e.logIndex} (${t(`log.event.${upper(e.event)}`)})`,
    )
    .join(", ");
  return (
    <p className="pl-small pl-muted" data-testid="pl-log-line">
      {t("log.recorded", { positions })}{" "}
      <a href={logPaths.inclusionForLabel(record.code)}>{t("log.proof")}</a>
    </p>
  );
}

const upper = <S extends string>(s: S) => s.toUpperCase() as Uppercase<S>;
