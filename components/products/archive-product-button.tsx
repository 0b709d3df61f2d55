"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { archiveProduct } from "@/app/(site)/(manufacturer)/products/actions";
import { FormAlert } from "@/components/ui/form-alert";

/** Archive with an explicit confirmation step; the confirmation takes focus so keyboard users land on it. */
export function ArchiveProductButton({ productId, modelName }: { productId: string; modelName: string }) {
  const router = useRouter();
  const t = useTranslations("products.archive");
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  async function archive() {
    setBusy(true);
    setError(undefined);
    const result = await archiveProduct({ id: productId });
    if (result.ok) {
      router.push("/products");
      router.refresh();
      return;
    }
    setBusy(false);
    setError(result.message);
  }

  if (!confirming) {
    return (
      <button type="button" className="btn btn-secondary" onClick={() => setConfirming(true)}>
        {t("button")}
      </button>
    );
  }
  return (
    <div
      className="alert alert-warn stack"
      role="group"
      aria-labelledby="archive-confirm-text"
      style={{ flexBasis: "100%" }}
    >
      <p id="archive-confirm-text" style={{ margin: 0 }}>
        {t.rich("confirm", { name: modelName, strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <FormAlert>{error}</FormAlert>
      <div className="row">
        <button ref={confirmRef} type="button" className="btn btn-danger" onClick={archive} disabled={busy}>
          {t("yes")}
        </button>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => setConfirming(false)}
          disabled={busy}
        >
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
