"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { linkEvidence, unlinkEvidence } from "@/app/(site)/(manufacturer)/assessments/actions";

export type TEvidenceItem = {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  questionIds: string[];
};

type Props = {
  assessmentId: string;
  questionId: string;
  expected: string[];
  files: TEvidenceItem[];
  editable: boolean;
  required: boolean;
  onFiles: (update: (files: TEvidenceItem[]) => TEvidenceItem[]) => void;
};

const MAX_MB = 10;

/** A file size in B, KB or MB (units as written in both languages). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1048576) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

export function EvidenceBox({
  assessmentId,
  questionId,
  expected,
  files,
  editable,
  required,
  onFiles,
}: Props) {
  const t = useTranslations("questionnaire.evidence");
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string }>();
  const [pick, setPick] = useState("");
  const mine = files.filter((f) => f.questionIds.includes(questionId));
  const others = files.filter((f) => !f.questionIds.includes(questionId));

  async function upload(file: File) {
    setMessage(undefined);
    if (file.size > MAX_MB * 1048576) {
      setMessage({ kind: "error", text: t("tooLarge", { name: file.name, max: MAX_MB }) });
      return;
    }
    setBusy(true);
    try {
      const body = new FormData();
      body.set("questionId", questionId);
      body.set("file", file);
      const res = await fetch(`/api/assessments/${assessmentId}/evidence`, { method: "POST", body });
      const json = (await res.json().catch(() => null)) as
        (TEvidenceItem & { error?: { message: string } }) | null;
      if (!res.ok || !json || json.error) {
        setMessage({ kind: "error", text: json?.error?.message ?? t("failed", { status: res.status }) });
        return;
      }
      onFiles((all) => [...all, json]);
      setMessage({ kind: "ok", text: t("attached", { name: json.fileName }) });
    } catch {
      setMessage({ kind: "error", text: t("interrupted") });
    } finally {
      setBusy(false);
    }
  }

  async function link() {
    if (!pick) return;
    setBusy(true);
    const r = await linkEvidence({ assessmentId, evidenceId: pick, questionId });
    setBusy(false);
    if (!r.ok) return setMessage({ kind: "error", text: r.message });
    onFiles((all) =>
      all.map((f) => (f.id === pick ? { ...f, questionIds: [...f.questionIds, questionId] } : f)),
    );
    setPick("");
  }

  async function remove(file: TEvidenceItem) {
    setBusy(true);
    const r = await unlinkEvidence({ assessmentId, evidenceId: file.id, questionId });
    setBusy(false);
    if (!r.ok) return setMessage({ kind: "error", text: r.message });
    onFiles((all) =>
      all
        .map((f) =>
          f.id === file.id ? { ...f, questionIds: f.questionIds.filter((q) => q !== questionId) } : f,
        )
        .filter((f) => f.questionIds.length > 0),
    );
  }

  return (
    <div className="evidence">
      <div className="small">
        <strong>{required ? t("labelRequired") : t("label")}</strong>{" "}
        <span className="muted">{expected.join(t("separator"))}</span>
      </div>
      {mine.length > 0 ? (
        <ul className="evidence-list">
          {mine.map((f) => (
            <li key={f.id}>
              <a href={`/api/evidence/${f.id}`} target="_blank" rel="noopener">
                {f.fileName}
              </a>{" "}
              <span className="muted small">
                {t("fileFacts", { size: formatSize(f.size), sha: f.sha256.slice(0, 12) })}
              </span>{" "}
              <a className="small" href={`/api/evidence/${f.id}?download=1`}>
                {t("download")}
              </a>
              {editable ? (
                <button
                  type="button"
                  className="btn-link small"
                  disabled={busy}
                  onClick={() => void remove(f)}
                  aria-label={t("removeFile", { name: f.fileName })}
                >
                  {t("remove")}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : required ? (
        <p className="small warn-text">{t("none")}</p>
      ) : null}
      {editable ? (
        <div className="row small">
          <label htmlFor={`${id}-file`} className="btn btn-secondary small-btn">
            {busy ? t("working") : t("attach")}
          </label>
          <input
            id={`${id}-file`}
            className="visually-hidden"
            type="file"
            accept=".pdf,.png,.jpg,.jpeg,.txt,.json,application/pdf,image/png,image/jpeg,text/plain,application/json"
            disabled={busy}
            aria-label={t("attachFor", { id: questionId })}
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = "";
              if (f) void upload(f);
            }}
          />
          {others.length > 0 ? (
            <>
              <label htmlFor={`${id}-link`} className="visually-hidden">
                {t("useUploaded")}
              </label>
              <select
                id={`${id}-link`}
                value={pick}
                onChange={(e) => setPick(e.target.value)}
                style={{ maxWidth: "16rem" }}
              >
                <option value="">{t("useUploadedOption")}</option>
                {others.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.fileName}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="btn btn-secondary small-btn"
                disabled={!pick || busy}
                onClick={() => void link()}
              >
                {t("link")}
              </button>
            </>
          ) : null}
          <span className="muted">{t("types", { max: MAX_MB })}</span>
        </div>
      ) : null}
      {message ? (
        <p
          className={message.kind === "error" ? "error small" : "small"}
          role={message.kind === "error" ? "alert" : "status"}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
