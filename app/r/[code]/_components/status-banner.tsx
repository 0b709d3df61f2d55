import { publicT, type TLang } from "@/lib/i18n/public-label";
import type { TPublicLabelRecord } from "@/lib/labels/public-record";
import type { TLabelStatus } from "@/lib/labels/validity";
import { day } from "./facts";

const ICON: Record<TLabelStatus, string> = {
  valid: "✓",
  expired: "!",
  suspended: "!",
  superseded: "!",
  revoked: "✕",
  integrity_failed: "✕",
};
/** Colour of the banner: the three tones the stylesheet has. */
const TONE: Record<TLabelStatus, "valid" | "expired" | "revoked"> = {
  valid: "valid",
  expired: "expired",
  suspended: "expired",
  superseded: "expired",
  revoked: "revoked",
  integrity_failed: "revoked",
};

/**
 * Is this label valid, expired, suspended, superseded or revoked (with the date and the reason), or does it fail its
 * integrity check? A region named by the status word. `compact` is the first-screen tile beside the support date
 * (a revocation's reason or the integrity warning then follows the tiles, full width).
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
  const t = publicT(lang);
  const { state, revokedAt, revocationReason, validUntil, since } = record.status;
  // The date each state's line names: the revocation, the expiry, or when the suspension / supersession began.
  const on =
    state === "revoked"
      ? day(revokedAt)
      : state === "valid" || state === "expired"
        ? day(validUntil)
        : day(since);
  const detail =
    state === "integrity_failed"
      ? t(compact ? "statusShort.integrity_failed" : "statusDetail.integrity_failed")
      : t(compact ? `statusShort.${state}` : `statusDetail.${state}`, { on });
  return (
    <section
      className={`pl-status pl-status-${TONE[state]}${compact ? " pl-tile" : ""}`}
      aria-labelledby="pl-status-word"
      data-testid="pl-status"
      data-state={state}
    >
      <p className="pl-status-word" id="pl-status-word">
        <span aria-hidden="true" className="pl-status-icon">
          {ICON[state]}
        </span>
        {t(`status.${state}`)}
      </p>
      <p className={compact ? "pl-tile-detail" : undefined}>{detail}</p>
      {!compact && state === "revoked" && revocationReason ? (
        <RevocationReason reason={revocationReason} lang={lang} />
      ) : null}
    </section>
  );
}

export function RevocationReason({ reason, lang }: { reason: string; lang: TLang }) {
  const t = publicT(lang);
  return (
    <p className="pl-reason">
      <strong>
        {t("revocationReason")}
        {t("colon")}
      </strong>
      {reason}
    </p>
  );
}
