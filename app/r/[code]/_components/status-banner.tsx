import { dict, type TLang } from "@/lib/i18n/public-label";
import type { TPublicLabelRecord } from "@/lib/labels/public-record";
import { day } from "./facts";

const ICON = { valid: "✓", expired: "!", revoked: "✕" } as const;

/**
 * Is this label valid, expired or revoked (with the date and the reason)? A region named by the status word.
 * `compact` is the first-screen tile beside the support date (the reason then follows the tiles, full width).
 */
export function StatusBanner({
  record,
  lang,
  compact = false,
}: {
  record: TPublicLabelRecord;
  lang: TLang;
  compact?: boolean;
}) {
  const t = dict(lang);
  const { state, revokedAt, revocationReason, validUntil } = record.status;
  const on = state === "revoked" ? day(revokedAt) : day(validUntil);
  const detail = compact
    ? t.statusShort[state](on)
    : state === "revoked"
      ? t.statusDetail.revoked(on)
      : state === "expired"
        ? t.statusDetail.expired(on)
        : t.statusDetail.valid(on);
  return (
    <section
      className={`pl-status pl-status-${state}${compact ? " pl-tile" : ""}`}
      aria-labelledby="pl-status-word"
      data-testid="pl-status"
    >
      <p className="pl-status-word" id="pl-status-word">
        <span aria-hidden="true" className="pl-status-icon">
          {ICON[state]}
        </span>
        {t.status[state]}
      </p>
      <p className={compact ? "pl-tile-detail" : undefined}>{detail}</p>
      {!compact && state === "revoked" && revocationReason ? (
        <RevocationReason reason={revocationReason} lang={lang} />
      ) : null}
    </section>
  );
}

export function RevocationReason({ reason, lang }: { reason: string; lang: TLang }) {
  const t = dict(lang);
  return (
    <p className="pl-reason">
      <strong>
        {t.revocationReason}
        {t.colon}
      </strong>
      {reason}
    </p>
  );
}
