"use client";

import { useEffect, useState } from "react";

export type TErrorTexts = {
  unavailable: { heading: string; body: string; retry: string };
  failed: { heading: string; body: string; retry: string };
  reference: (id: string) => string;
};

/**
 * What an error boundary shows. Next gives the boundary only a digest (the same one it logs), never the message, so
 * the view asks /api/health whether the database is reachable: while it is not, it says the service is briefly
 * unavailable and that saved answers are safe, and tries again by itself once the health check passes.
 */
export function ErrorView({
  texts,
  digest,
  retry,
}: {
  texts: TErrorTexts;
  digest: string | undefined;
  retry: () => void;
}) {
  const [down, setDown] = useState(false);
  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      let ok = false;
      try {
        ok = (await fetch("/api/health", { cache: "no-store" })).ok;
      } catch {
        ok = false;
      }
      if (stop) return;
      if (!ok) {
        setDown(true);
        timer = setTimeout(() => void check(), 5_000);
      } else if (down) {
        retry();
      }
    };
    void check();
    return () => {
      stop = true;
      if (timer) clearTimeout(timer);
    };
  }, [down, retry]);
  const t = down ? texts.unavailable : texts.failed;
  return (
    <section className="card stack" role="alert" data-error={down ? "unavailable" : "failed"}>
      <h1>{t.heading}</h1>
      <p>{t.body}</p>
      <p>
        <button type="button" className="btn" onClick={retry}>
          {t.retry}
        </button>
      </p>
      {digest ? (
        <p className="muted" data-testid="error-reference">
          {texts.reference(digest)}
        </p>
      ) : null}
    </section>
  );
}
