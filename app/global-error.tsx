"use client";

import { createTranslator } from "next-intl";
import { useMemo } from "react";
import { ErrorView, type TErrorTexts } from "@/components/errors/error-view";
import en from "@/messages/en/errors.json" with { type: "json" };
import zh from "@/messages/zh-CN/errors.json" with { type: "json" };

/**
 * A root layout failed in the browser: this replaces the whole document, without the app's providers, so it
 * picks its language from the browser and reads its texts from the
 * errors messages directly.
 */
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const locale = useMemo(() => {
    const asked = typeof navigator === "undefined" ? "en" : navigator.language;
    return /^zh\b/i.test(asked) ? "zh-CN" : "en";
  }, []);
  const texts = useMemo<TErrorTexts>(() => {
    const t = createTranslator({
      locale,
      messages: { errors: locale === "zh-CN" ? zh : en },
      namespace: "errors",
    });
    return {
      unavailable: {
        heading: t("unavailable.heading"),
        body: t("unavailable.body"),
        retry: t("unavailable.retry"),
      },
      failed: { heading: t("failed.heading"), body: t("failed.body"), retry: t("failed.retry") },
      reference: (id) => t("reference", { reqId: id }),
    };
  }, [locale]);
  return (
    <html lang={locale}>
      <body>
        <main className="container">
          <ErrorView texts={texts} digest={error.digest} retry={reset} />
        </main>
      </body>
    </html>
  );
}
