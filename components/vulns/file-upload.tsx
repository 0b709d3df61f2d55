"use client";

import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { FormAlert } from "@/components/ui/form-alert";

type ErrorBody = { error?: { message?: string } };

/** Uploads one file as multipart/form-data to `url`; the server validates it and says why it refuses it. */
export function FileUpload({
  url,
  label,
  hint,
  accept,
  button,
  kind,
}: {
  url: string;
  label: string;
  hint: string;
  accept: string;
  button: string;
  /** What the success message reports. */
  kind: "sbom" | "advisory";
}) {
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string }>();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setMessage({ kind: "error", text: "Choose a file first." });
    setBusy(true);
    setMessage(undefined);
    try {
      const form = new FormData();
      form.set("file", file);
      const res = await fetch(url, { method: "POST", body: form });
      const body = (await res.json().catch(() => ({}))) as ErrorBody & Record<string, unknown>;
      if (!res.ok) {
        setMessage({ kind: "error", text: body.error?.message ?? "The upload failed. Please try again." });
        return;
      }
      if (input.current) input.current.value = "";
      setMessage({
        kind: "ok",
        text:
          kind === "sbom"
            ? `SBOM saved: ${String(body.componentCount)} components.`
            : `Imported from ${String(body.source)}: ${String(body.added)} added, ${String(body.updated)} updated.`,
      });
      router.refresh();
    } catch {
      setMessage({ kind: "error", text: "The upload failed. Check your connection and try again." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="stack" aria-label={label} noValidate>
      <FormAlert kind={message?.kind}>{message?.text}</FormAlert>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
        <input ref={input} id={id} name="file" type="file" accept={accept} aria-describedby={`${id}-hint`} />
      </div>
      <div>
        <button type="submit" className="btn btn-secondary" disabled={busy}>
          {busy ? "Uploading…" : button}
        </button>
      </div>
    </form>
  );
}
