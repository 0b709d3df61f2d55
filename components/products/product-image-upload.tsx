"use client";

import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";

const MAX_BYTES = 2 * 1024 * 1024;
const TYPES = ["image/png", "image/jpeg"];

type ErrorBody = { error?: { message?: string } };

/**
 * Uploads the product image as the raw request body. The browser checks size and type first for a quick answer;
 * the server checks both again, reading the type from the bytes.
 */
export function ProductImageUpload({ productId, hasImage }: { productId: string; hasImage: boolean }) {
  const router = useRouter();
  const t = useTranslations("products.image");
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string }>();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setMessage({ kind: "error", text: t("chooseFirst") });
    if (file.size > MAX_BYTES) return setMessage({ kind: "error", text: t("tooLarge") });
    if (file.type && !TYPES.includes(file.type)) return setMessage({ kind: "error", text: t("type") });
    setBusy(true);
    setMessage(undefined);
    try {
      const res = await fetch(`/api/products/${encodeURIComponent(productId)}/image`, {
        method: "POST",
        headers: { "Content-Type": "application/octet-stream" },
        body: file,
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as ErrorBody;
        setMessage({ kind: "error", text: body.error?.message ?? t("failed") });
        return;
      }
      if (input.current) input.current.value = "";
      setMessage({ kind: "ok", text: t("saved") });
      router.refresh();
    } catch {
      setMessage({ kind: "error", text: t("offline") });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="stack" aria-label={t("formLabel")} noValidate>
      <FormAlert kind={message?.kind}>{message?.text}</FormAlert>
      <div className="field">
        <label htmlFor={inputId}>{hasImage ? t("replace") : t("add")}</label>
        <span id={`${inputId}-hint`} className="hint">
          {t("hint")}
        </span>
        <input
          ref={input}
          id={inputId}
          name="image"
          type="file"
          accept="image/png,image/jpeg"
          aria-describedby={`${inputId}-hint`}
        />
      </div>
      <div>
        <button type="submit" className="btn btn-secondary" disabled={busy}>
          {busy ? t("uploading") : t("upload")}
        </button>
      </div>
    </form>
  );
}
