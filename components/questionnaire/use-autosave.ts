"use client";

import { createContext, useCallback, useEffect, useState } from "react";
import { saveAnswer } from "@/app/(site)/(manufacturer)/assessments/actions";
import type { TAnswerValue } from "@/lib/schemes";
import {
  SaveQueue,
  type TDraftSource,
  type TFlushResult,
  type TSaveOutcome,
  type TSaveState,
} from "@/components/questionnaire/save-queue";

export type { TFlushResult, TSaveState };

/** Lets inputs that keep a local draft (text being typed) register it, so `flush()` can commit it first. */
export const AutosaveDrafts = createContext<{ register: (source: TDraftSource) => () => void } | null>(null);

/**
 * Saves answers one at a time, each against the version the previous save returned (optimistic locking).
 * A refused stale write stops the queue and reports a conflict; the page then reloads the newer data.
 * `flush()` sends what is pending and waits for saves in flight: a submit awaits it and uses the version it returns.
 * Leaving the page while something is unsaved asks for confirmation.
 */
export function useAutosave(
  assessmentId: string,
  initialVersion: number,
  onConflict: (message: string) => void,
) {
  const [saves, setSaves] = useState<Record<string, TSaveState>>({});
  const [queue] = useState(
    () =>
      new SaveQueue<TAnswerValue | null>(
        initialVersion,
        async (questionId, value, expectedVersion): Promise<TSaveOutcome> => {
          const r = await saveAnswer({ assessmentId, questionId, value, expectedVersion });
          if (r.ok) return { ok: true, version: r.data.version };
          const conflict = r.code === "STALE" || r.code === "INVALID_STATE";
          const kind = conflict ? "conflict" : r.code === "UNAVAILABLE" ? "unavailable" : "invalid";
          return { ok: false, kind, message: r.message };
        },
        (questionId, state) => setSaves((s) => ({ ...s, [questionId]: state })),
      ),
  );
  useEffect(() => queue.setConflictHandler(onConflict), [queue, onConflict]);
  useEffect(() => () => queue.dispose(), [queue]);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!queue.hasUnsaved()) return;
      e.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [queue]);

  const save = useCallback(
    (questionId: string, value: TAnswerValue | null) => queue.save(questionId, value),
    [queue],
  );
  const flush = useCallback(() => queue.flush(), [queue]);
  const currentVersion = useCallback(() => queue.version, [queue]);
  const [drafts] = useState(() => ({ register: (source: TDraftSource) => queue.addDraft(source) }));
  return { save, saves, flush, currentVersion, drafts };
}
