"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { startTransition, useCallback, useMemo } from "react";
import { ErrorView, type TErrorTexts } from "@/components/errors/error-view";

/**
 * A page of the signed-in application or the site failed while rendering (in the browser, or a part streamed
 * after the page started). Server-side failures before that never reach here: lib/cli/serve.ts answers them with
 * its own 500/503 page (lib/serve/error-page.ts).
 */
export default function SiteError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("errors");
  const router = useRouter();
  const texts = useMemo<TErrorTexts>(
    () => ({
      unavailable: {
        heading: t("unavailable.heading"),
        body: t("unavailable.body"),
        retry: t("unavailable.retry"),
      },
      failed: { heading: t("failed.heading"), body: t("failed.body"), retry: t("failed.retry") },
      reference: (id) => t("reference", { reqId: id }),
    }),
    [t],
  );
  const retry = useCallback(() => {
    startTransition(() => {
      router.refresh();
      reset();
    });
  }, [router, reset]);
  return <ErrorView texts={texts} digest={error.digest} retry={retry} />;
}
