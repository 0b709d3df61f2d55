"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { NETWORK_FAILURE, type TActionFailure } from "./types";

type TResult = { ok: true } | { ok: false; code: string; message: string };

/**
 * Runs a review server action and reloads the page's server data when it succeeds; a refusal or a lost connection
 * becomes the failure an <ActionError> shows. A second call while one is running is ignored.
 */
export function useRefreshingAction() {
  const router = useRouter();
  const busy = useRef(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<TActionFailure>();

  async function run(action: () => Promise<TResult>): Promise<void> {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    setFailure(undefined);
    try {
      const r = await action();
      if (r.ok) router.refresh();
      else setFailure({ code: r.code, message: r.message });
    } catch {
      setFailure(NETWORK_FAILURE);
    } finally {
      busy.current = false;
      setPending(false);
    }
  }

  return { run, pending, failure, clearFailure: () => setFailure(undefined) };
}
