"use client";

import { useState } from "react";
import { acceptRemaining } from "@/app/(site)/(reviewer)/review/actions";
import { NETWORK_FAILURE, type TActionFailure, type TReviewDecision } from "./types";

type Options = {
  assessmentId: string;
  version: () => number;
  round: number;
  me: string;
  onAccepted: (version: number, decisions: TReviewDecision[]) => void;
  onFailure: (f: TActionFailure | undefined) => void;
};

/**
 * "Accept all remaining": asks for confirmation with the exact count, then sends exactly those criteria (the ones
 * the engine passed or found not applicable); the server refuses anything else (lib/db/review-decisions.ts).
 */
export function useAcceptAll(o: Options) {
  const [confirming, setConfirming] = useState<string[] | null>(null);
  const [pending, setPending] = useState(false);

  async function run(keys: string[]) {
    if (pending || keys.length === 0) return;
    setPending(true);
    o.onFailure(undefined);
    try {
      const r = await acceptRemaining({
        assessmentId: o.assessmentId,
        expectedVersion: o.version(),
        criterionKeys: keys,
      });
      if (r.ok)
        o.onAccepted(
          r.data.version,
          keys.map((criterionKey) => ({
            criterionKey,
            decision: "ACCEPT" as const,
            overrideVerdict: null,
            comment: null,
            round: o.round,
            reviewer: o.me,
            stale: null,
          })),
        );
      else o.onFailure({ code: r.code, message: r.message });
    } catch {
      o.onFailure(NETWORK_FAILURE);
    } finally {
      setPending(false);
      setConfirming(null);
    }
  }

  return {
    pending,
    confirming,
    ask: (keys: string[]) => setConfirming(keys),
    cancel: () => setConfirming(null),
    confirm: () => (confirming ? run(confirming) : undefined),
  };
}
