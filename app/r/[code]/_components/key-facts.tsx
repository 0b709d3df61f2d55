import { publicT, type TLang } from "@/lib/i18n/public-label";
import type { TPublicLabelRecord } from "@/lib/labels/public-record";
import { LogLine } from "./log-line";
import { RevocationReason, StatusBanner } from "./status-banner";

/**
 * The first phone screen's two answers, side by side: is the label valid, and until when will the product get
 * security updates. A revocation's reason, or the integrity warning, follows across the full width; then the line
 * naming the label's positions in the public transparency log.
 */
export function KeyFacts({ record, lang }: { record: TPublicLabelRecord; lang: TLang }) {
  const t = publicT(lang);
  const sec = record.security;
  const { state, revocationReason } = record.status;
  return (
    <div className="pl-keyfacts-wrap">
      <div className="pl-keyfacts">
        <StatusBanner record={record} lang={lang} compact />
        <section
          className={`pl-tile pl-support${sec.supportEnded ? " pl-support-ended" : ""}`}
          aria-labelledby="pl-support-title"
          data-testid="pl-support"
        >
          <p className="pl-tile-label" id="pl-support-title">
            {t("security.supportEnd")}
          </p>
          <p className="pl-tile-value">
            <time dateTime={sec.supportPeriodEnd}>{sec.supportPeriodEnd}</time>
          </p>
          <p className="pl-tile-detail">
            {sec.supportEnded
              ? t("security.supportEndedShort")
              : sec.updatesAutomatic
                ? t("security.updatesAutomatic")
                : t("security.updatesManual")}
          </p>
        </section>
      </div>
      {state === "revoked" && revocationReason ? (
        <div className="pl-status pl-status-revoked pl-reason-box">
          <RevocationReason reason={revocationReason} lang={lang} />
        </div>
      ) : null}
      {state === "integrity_failed" ? (
        <div className="pl-status pl-status-revoked pl-reason-box" data-testid="pl-integrity-failed">
          <p>{t("statusDetail.integrity_failed")}</p>
        </div>
      ) : null}
      <LogLine record={record} lang={lang} />
    </div>
  );
}
