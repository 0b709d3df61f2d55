import { dict, type TLang } from "@/lib/i18n/public-label";
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

/** The first thing on the page: is this label valid, expired or revoked (with the date and the reason)? */
export function StatusBanner({ record, lang }: { record: TPublicLabelRecord; lang: TLang }) {
  const t = dict(lang);
  const { state, revokedAt, revocationReason, validUntil, since } = record.status;
  const detail =
    state === "revoked"
      ? t.statusDetail.revoked(day(revokedAt))
      : state === "expired"
        ? t.statusDetail.expired(day(validUntil))
        : state === "suspended"
          ? t.statusDetail.suspended(day(since))
          : state === "superseded"
            ? t.statusDetail.superseded(day(since))
            : state === "integrity_failed"
              ? t.statusDetail.integrity_failed
              : t.statusDetail.valid(day(validUntil));
  return (
    <section className={`pl-status pl-status-${TONE[state]}`} aria-labelledby="pl-status-word">
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
