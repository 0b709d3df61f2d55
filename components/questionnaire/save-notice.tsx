"use client";

import { useTranslations } from "next-intl";
import type { TSaveState } from "@/components/questionnaire/save-queue";

/** On a card: its answer is queued for the service to come back (the queue retries by itself). */
export function QueuedSaveNote() {
  const t = useTranslations("errors.questionnaire");
  return (
    <span className="muted" data-testid="save-queued">
      {t("queued")}
    </span>
  );
}

/** Above the questionnaire while answers wait for the service: they are kept on the page and sent again. */
export function QueuedSavesBanner({ saves }: { saves: Record<string, TSaveState> }) {
  const t = useTranslations("errors.questionnaire");
  const count = Object.values(saves).filter((s) => s.state === "queued").length;
  if (count === 0) return null;
  return (
    <div className="alert alert-warn queued-banner" role="status" data-testid="queued-banner">
      {t("queuedBanner", { count })}
    </div>
  );
}
