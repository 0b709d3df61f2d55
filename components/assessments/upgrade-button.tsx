"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { upgradeAssessmentCatalog } from "@/app/(site)/(manufacturer)/assessments/actions";

/** Confirms and runs the catalog upgrade; on success the manufacturer is back on the questionnaire. */
export function UpgradeButton(props: { assessmentId: string; expectedVersion: number; toVersion: string }) {
  const t = useTranslations("versions.upgrade");
  const router = useRouter();
  const busy = useRef(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  async function upgrade() {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    setError(undefined);
    try {
      const r = await upgradeAssessmentCatalog(props);
      if (!r.ok) setError(r.message);
      else router.push(`/assessments/${props.assessmentId}`);
    } catch {
      setError(t("network"));
    } finally {
      busy.current = false;
      setPending(false);
    }
  }
  return (
    <div className="stack" style={{ gap: "0.5rem" }}>
      <div>
        <button type="button" className="btn" disabled={pending} onClick={() => void upgrade()}>
          {pending ? t("upgrading") : t("button", { version: props.toVersion })}
        </button>
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
