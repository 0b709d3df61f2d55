"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { decide } from "@/app/(site)/(reviewer)/review/actions";
import { COMMENT_MAX, ZDecision } from "@/lib/review/schema";
import { CharCount } from "./action-error";
import { NETWORK_FAILURE, type TActionFailure, type TReviewDecision } from "./types";
import styles from "./review.module.css";

type TForm = z.input<typeof ZDecision>;
type Panel = "none" | "reject" | "override";

type Props = {
  assessmentId: string;
  criterionKey: string;
  title: string;
  current: TReviewDecision | undefined;
  version: () => number;
  onSaved: (d: TReviewDecision, version: number) => void;
  onFailure: (f: TActionFailure) => void;
};

/** Accept in one click; reject or override the verdict with a written reason. The typed reason survives errors. */
export function DecisionControl({
  assessmentId,
  criterionKey,
  title,
  current,
  version,
  onSaved,
  onFailure,
}: Props) {
  const t = useTranslations("review.decide");
  const uid = useId();
  const [panel, setPanel] = useState<Panel>("none");
  const [failure, setFailure] = useState<string>();
  const {
    register,
    handleSubmit,
    setValue,
    setError,
    getValues,
    control,
    formState: { errors, isSubmitting },
  } = useForm<TForm>({
    resolver: zodResolver(ZDecision),
    defaultValues: {
      assessmentId,
      criterionKey,
      expectedVersion: version(),
      decision: current?.decision ?? "ACCEPT",
      overrideVerdict: current?.overrideVerdict ?? null,
      comment: current?.comment ?? "",
    },
  });
  const comment = useWatch({ control, name: "comment" }) ?? "";

  const save = handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const r = await decide(values);
      if (r.ok) {
        setPanel("none");
        onSaved(
          {
            criterionKey,
            decision: values.decision,
            overrideVerdict: values.overrideVerdict ?? null,
            comment: values.comment || null,
          },
          r.data.version,
        );
        return;
      }
      const fieldMessage = r.fieldErrors?.comment?.[0];
      if (fieldMessage) setError("comment", { message: fieldMessage });
      else {
        setFailure(r.message);
        onFailure({ code: r.code, message: r.message });
      }
    } catch {
      setFailure(t("network"));
      onFailure(NETWORK_FAILURE);
    }
  });

  const submitAs = (decision: "ACCEPT" | "REJECT", override: "PASS" | "FAIL" | null) => {
    setValue("expectedVersion", version());
    setValue("decision", decision);
    if (override === null) setValue("overrideVerdict", null);
    void save();
  };

  const commentId = `${uid}-comment`;
  const countId = `${uid}-count`;
  const errorId = `${uid}-error`;
  return (
    <form
      className={styles.decision}
      noValidate
      aria-label={t("formLabel", { title })}
      onSubmit={(e) => {
        e.preventDefault();
        const v = getValues("overrideVerdict");
        if (panel === "override" && !v) {
          setError("overrideVerdict", { message: t("chooseVerdict") });
          return;
        }
        submitAs(panel === "override" ? "ACCEPT" : "REJECT", panel === "override" ? (v ?? null) : null);
      }}
    >
      <div className={styles.decisionButtons}>
        <button
          type="button"
          className="btn small-btn"
          disabled={isSubmitting}
          data-action="accept"
          aria-keyshortcuts="A"
          onClick={() => submitAs("ACCEPT", null)}
        >
          {t("accept")}
        </button>
        <button
          type="button"
          className="btn btn-secondary small-btn"
          aria-expanded={panel === "reject"}
          onClick={() => setPanel(panel === "reject" ? "none" : "reject")}
        >
          {t("reject")}
        </button>
        <button
          type="button"
          className="btn btn-secondary small-btn"
          aria-expanded={panel === "override"}
          onClick={() => {
            setPanel(panel === "override" ? "none" : "override");
          }}
        >
          {t("override")}
        </button>
      </div>
      {panel === "override" ? (
        <fieldset className="field" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend>{t("newVerdict")}</legend>
          <div className="choice-row">
            {(["PASS", "FAIL"] as const).map((v) => (
              <label key={v} className="choice">
                <input type="radio" value={v} {...register("overrideVerdict")} />
                <span>{v === "PASS" ? t("pass") : t("fail")}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {panel !== "none" ? (
        <div className="field">
          <label htmlFor={commentId}>
            {panel === "override" ? t("overrideReason") : t("rejectReason")}{" "}
            <span className="muted small">{t("printed")}</span>
          </label>
          <textarea
            id={commentId}
            rows={3}
            aria-invalid={errors.comment ? true : undefined}
            aria-describedby={[countId, errors.comment ? errorId : ""].filter(Boolean).join(" ")}
            {...register("comment")}
          />
          <CharCount value={comment} max={COMMENT_MAX} id={countId} className={styles.counter} />
          {errors.comment ? (
            <span id={errorId} className="error" role="alert">
              {errors.comment.message}
            </span>
          ) : null}
          {errors.overrideVerdict ? (
            <span className="error" role="alert">
              {errors.overrideVerdict.message}
            </span>
          ) : null}
          <div>
            <button type="submit" className="btn small-btn" disabled={isSubmitting}>
              {panel === "override" ? t("saveOverride") : t("saveRejection")}
            </button>
          </div>
        </div>
      ) : null}
      {failure ? (
        <span className="error small" role="alert">
          {t("notSaved", { failure })}
        </span>
      ) : null}
    </form>
  );
}
