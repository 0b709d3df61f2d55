import { dict, type TLang } from "@/lib/i18n/public-label";
import type { TPublicLabelRecord } from "@/lib/labels/public-record";
import { day } from "./facts";

const ICON = { valid: "✓", expired: "!", revoked: "✕" } as const;

/** The first thing on the page: is this label valid, expired or revoked (with the date and the reason)? */
export function StatusBanner({ record, lang }: { record: TPublicLabelRecord; lang: TLang }) {
  const t = dict(lang);
  const { state, revokedAt, revocationReason, validUntil } = record.status;
  const detail =
    state === "revoked"
      ? t.statusDetail.revoked(day(revokedAt))
      : state === "expired"
        ? t.statusDetail.expired(day(validUntil))
        : t.statusDetail.valid(day(validUntil));
  return (
    <section className={`pl-status pl-status-${state}`} aria-labelledby="pl-status-word">
      <p className="pl-status-word" id="pl-status-word">
        <span aria-hidden="true" className="pl-status-icon">
          {ICON[state]}
        </span>
        {t.status[state]}
      </p>
      <p>{detail}</p>
      {state === "revoked" && revocationReason ? (
        <p>
          <strong>
            {t.revocationReason}
            {t.colon}
          </strong>
          {revocationReason}
        </p>
      ) : null}
    </section>
  );
}
