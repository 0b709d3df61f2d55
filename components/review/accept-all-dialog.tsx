"use client";

import { useTranslations } from "next-intl";
import { ConfirmDialog } from "./confirm-dialog";
import type { useAcceptAll } from "./use-accept-all";

/** "Accept N criteria?": what one click accepts, how many passed and how many are not applicable, what stays. */
export function AcceptAllDialog({
  ctl,
  passing,
  undecided,
}: {
  ctl: ReturnType<typeof useAcceptAll>;
  /** How many of the confirmed criteria the engine passed (the rest it found not applicable). */
  passing: number;
  /** All undecided criteria, the confirmed ones included. */
  undecided: number;
}) {
  const t = useTranslations("review.acceptAll");
  const n = ctl.confirming?.length ?? 0;
  return (
    <ConfirmDialog
      open={ctl.confirming !== null}
      title={t("title", { n })}
      confirmLabel={ctl.pending ? t("accepting") : t("confirm", { n })}
      busy={ctl.pending}
      onCancel={ctl.cancel}
      onConfirm={() => void ctl.confirm()}
    >
      <p style={{ margin: 0 }}>{t("body", { passing, na: n - passing })}</p>
      {undecided > n ? <p style={{ margin: 0 }}>{t("others", { n: undecided - n })}</p> : null}
    </ConfirmDialog>
  );
}
