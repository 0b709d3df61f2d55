"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { useFieldArray, useForm, useWatch, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { requestChanges } from "@/app/(site)/(reviewer)/review/actions";
import { COMMENT_MAX, ZRequestChanges } from "@/lib/review/schema";
import { CharCount } from "./action-error";
import { NETWORK_FAILURE, type TActionFailure } from "./types";
import { useHydrated } from "./use-hydrated";
import styles from "./review.module.css";

type TForm = z.input<typeof ZRequestChanges>;

/** The request-for-changes form state lives with the review page, so any criterion can add a question to it. */
export function useRequestChangesForm(assessmentId: string, version: number) {
  const form = useForm<TForm>({
    resolver: zodResolver(ZRequestChanges),
    defaultValues: { assessmentId, expectedVersion: version, comments: [] },
  });
  const fields = useFieldArray({ control: form.control, name: "comments" });
  const add = (questionId: string) => {
    const at = form.getValues("comments").findIndex((c) => c.questionId === questionId);
    if (at >= 0) {
      form.setFocus(`comments.${at}.body`);
      return;
    }
    fields.append({ questionId, body: "" }, { shouldFocus: true });
  };
  return { form, fields, add };
}

type Props = {
  ctl: ReturnType<typeof useRequestChangesForm>;
  questions: { id: string; label: string }[];
  version: () => number;
  onDone: () => void;
  onFailure: (f: TActionFailure) => void;
};

export function RequestChangesForm({ ctl, questions, version, onDone, onFailure }: Props) {
  const t = useTranslations("review.requestChanges");
  const uid = useId();
  const [pick, setPick] = useState("");
  const [failure, setFailure] = useState<string>();
  // The picker's ~200 questions are of use once the form works (after hydration): not in the server's HTML.
  const hydrated = useHydrated();
  const { form, fields, add } = ctl;
  const {
    register,
    handleSubmit,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = form as UseFormReturn<TForm>;
  const label = (id: string) => questions.find((q) => q.id === id)?.label ?? id;
  const values = useWatch({ control, name: "comments" });

  const submit = handleSubmit(async (v) => {
    setFailure(undefined);
    try {
      const r = await requestChanges(v);
      if (r.ok) {
        onDone();
        return;
      }
      setFailure(r.message);
      onFailure({ code: r.code, message: r.message });
    } catch {
      setFailure(t("network"));
      onFailure(NETWORK_FAILURE);
    }
  });

  return (
    <form
      noValidate
      className="stack"
      aria-labelledby={`${uid}-title`}
      onSubmit={(e) => {
        setValue("expectedVersion", version());
        void submit(e);
      }}
    >
      <h2 id={`${uid}-title`} style={{ margin: 0 }}>
        {t("title")}
      </h2>
      <p className="small muted" style={{ margin: 0 }}>
        {t("intro")}
      </p>
      <div className="field">
        <label htmlFor={`${uid}-pick`}>{t("question")}</label>
        <div className="row" style={{ flexWrap: "nowrap" }}>
          <select id={`${uid}-pick`} value={pick} onChange={(e) => setPick(e.target.value)}>
            <option value="">{t("choose")}</option>
            {(hydrated ? questions : []).map((q) => (
              <option key={q.id} value={q.id}>
                {q.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn btn-secondary small-btn"
            disabled={!pick}
            onClick={() => {
              if (pick) add(pick);
              setPick("");
            }}
          >
            {t("add")}
          </button>
        </div>
      </div>
      {fields.fields.map((f, i) => {
        const err = errors.comments?.[i]?.body?.message;
        const id = `${uid}-c-${f.id}`;
        return (
          <div key={f.id} className={styles.commentRow} data-comment-question={f.questionId}>
            <label htmlFor={id} className="small" style={{ fontWeight: 600 }}>
              {t("commentOn", { question: label(f.questionId) })}
            </label>
            <textarea
              id={id}
              rows={3}
              aria-invalid={err ? true : undefined}
              aria-describedby={`${id}-count${err ? ` ${id}-err` : ""}`}
              {...register(`comments.${i}.body`)}
            />
            <CharCount
              value={values?.[i]?.body ?? ""}
              max={COMMENT_MAX}
              id={`${id}-count`}
              className={styles.counter}
            />
            {err ? (
              <span id={`${id}-err`} className="error small" role="alert">
                {err}
              </span>
            ) : null}
            <div>
              <button type="button" className="btn-link small" onClick={() => fields.remove(i)}>
                {t("remove")}
              </button>
            </div>
          </div>
        );
      })}
      {errors.comments?.message || errors.comments?.root?.message ? (
        <span className="error small" role="alert">
          {errors.comments?.message ?? errors.comments?.root?.message}
        </span>
      ) : null}
      {failure ? (
        <span className="error small" role="alert">
          {t("notSent", { failure })}
        </span>
      ) : null}
      <div>
        <button type="submit" className="btn btn-secondary" disabled={isSubmitting}>
          {t("send", { n: fields.fields.length })}
        </button>
      </div>
    </form>
  );
}
