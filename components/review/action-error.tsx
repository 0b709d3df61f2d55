"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { RELOADABLE, type TActionFailure } from "./types";

const TITLED = new Set(["STALE", "INVALID_STATE", "CONFLICT"]);

/**
 * An action's failure, announced at once. For stale data, a wrong state or a conflict it offers to reload the
 * latest data in place: the page refreshes its server data while every form keeps what was typed.
 */
export function ActionError({
  failure,
  onDismiss,
}: {
  failure: TActionFailure | undefined;
  onDismiss?: () => void;
}) {
  const t = useTranslations("review.actionError");
  const router = useRouter();
  if (!failure) return null;
  const reloadable = RELOADABLE.has(failure.code);
  const code = failure.code as "STALE" | "INVALID_STATE" | "CONFLICT";
  return (
    <div className="alert alert-error" role="alert" data-testid="action-error" data-code={failure.code}>
      {TITLED.has(failure.code) ? <strong>{t(`title.${code}`)} </strong> : null}
      {failure.code === "NETWORK" ? t("network") : failure.message}
      {reloadable ? (
        <div className="row" style={{ marginTop: "0.5rem" }}>
          <button
            type="button"
            className="btn btn-secondary small-btn"
            onClick={() => {
              onDismiss?.();
              router.refresh();
            }}
          >
            {t("reload")}
          </button>
          <span className="small">{t("keepsTyped")}</span>
        </div>
      ) : null}
    </div>
  );
}

/** Characters used against the limit, turning red past it (the server refuses longer text). */
export function CharCount({
  value,
  max,
  id,
  className,
}: {
  value: string;
  max: number;
  id: string;
  className?: string;
}) {
  const t = useTranslations("review.actionError");
  const n = value.trim().length;
  return (
    <span
      id={id}
      className={className}
      data-over={n > max ? "true" : "false"}
      aria-live={n > max ? "polite" : "off"}
    >
      {t("chars", { n, max })}
    </span>
  );
}
