"use client";

import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
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
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string }>();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setMessage({ kind: "error", text: "Choose a PNG or JPEG image first." });
    if (file.size > MAX_BYTES) return setMessage({ kind: "error", text: "The image is larger than 2 MB." });
    if (file.type && !TYPES.includes(file.type))
      return setMessage({ kind: "error", text: "Upload a PNG or JPEG image." });
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
        setMessage({ kind: "error", text: body.error?.message ?? "The upload failed. Please try again." });
        return;
      }
      if (input.current) input.current.value = "";
      setMessage({ kind: "ok", text: "Image saved." });
      router.refresh();
    } catch {
      setMessage({ kind: "error", text: "The upload failed. Check your connection and try again." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="stack" aria-label="Product image" noValidate>
      <FormAlert kind={message?.kind}>{message?.text}</FormAlert>
      <div className="field">
        <label htmlFor={inputId}>{hasImage ? "Replace the image" : "Add an image"}</label>
        <span id={`${inputId}-hint`} className="hint">
          PNG or JPEG, at most 2 MB.
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
          {busy ? "Uploading…" : "Upload image"}
        </button>
      </div>
    </form>
  );
}
