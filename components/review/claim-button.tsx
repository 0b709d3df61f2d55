"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { claim } from "@/app/(site)/(reviewer)/review/actions";
import { ActionError } from "./action-error";
import { NETWORK_FAILURE, type TActionFailure } from "./types";

/** Claims the assessment for the signed-in reviewer; of two reviewers claiming at once, one gets CONFLICT. */
export function ClaimButton({ assessmentId, resubmitted }: { assessmentId: string; resubmitted: boolean }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<TActionFailure>();
  async function onClick() {
    if (pending) return;
    setPending(true);
    setFailure(undefined);
    try {
      const r = await claim({ assessmentId });
      if (r.ok) router.refresh();
      else setFailure({ code: r.code, message: r.message });
    } catch {
      setFailure(NETWORK_FAILURE);
    } finally {
      setPending(false);
    }
  }
  return (
    <div className="stack" style={{ gap: "0.5rem" }}>
      <button type="button" className="btn" onClick={onClick} disabled={pending}>
        {resubmitted ? "Resume the review" : "Claim for review"}
      </button>
      <ActionError failure={failure} onDismiss={() => setFailure(undefined)} />
    </div>
  );
}
