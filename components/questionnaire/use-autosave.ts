"use client";

import { useCallback, useRef, useState } from "react";
import { saveAnswer } from "@/app/(site)/(manufacturer)/assessments/actions";
import type { TAnswerValue } from "@/lib/schemes";

export type TSaveState = { state: "saving" | "saved" | "error"; message?: string };

/**
 * Saves answers one at a time, each against the version the previous save returned (optimistic locking).
 * A refused stale write stops the queue and reports a conflict; the page then reloads the newer data.
 */
export function useAutosave(
  assessmentId: string,
  initialVersion: number,
  onConflict: (message: string) => void,
) {
  const version = useRef(initialVersion);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const halted = useRef(false);
  const [saves, setSaves] = useState<Record<string, TSaveState>>({});

  const save = useCallback(
    (questionId: string, value: TAnswerValue | null) => {
      halted.current = false;
      setSaves((s) => ({ ...s, [questionId]: { state: "saving" } }));
      queue.current = queue.current.then(async () => {
        if (halted.current) return;
        let result: Awaited<ReturnType<typeof saveAnswer>>;
        try {
          result = await saveAnswer({ assessmentId, questionId, value, expectedVersion: version.current });
        } catch {
          setSaves((s) => ({
            ...s,
            [questionId]: { state: "error", message: "Not saved: the connection failed. Try again." },
          }));
          return;
        }
        if (result.ok) {
          version.current = result.data.version;
          setSaves((s) => ({ ...s, [questionId]: { state: "saved" } }));
        } else if (result.code === "STALE" || result.code === "INVALID_STATE") {
          halted.current = true;
          setSaves((s) => ({ ...s, [questionId]: { state: "error", message: "Not saved." } }));
          onConflict(result.message);
        } else {
          setSaves((s) => ({ ...s, [questionId]: { state: "error", message: result.message } }));
        }
      });
    },
    [assessmentId, onConflict],
  );

  const currentVersion = useCallback(() => version.current, []);
  return { save, saves, currentVersion };
}
