"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { ZStartAssessment, type TStartAssessment } from "@/lib/assessments/schema";
import { startAssessment } from "@/app/(site)/(manufacturer)/assessments/actions";
import { FormAlert } from "@/components/ui/form-alert";

type Props = {
  productId: string;
  labs: { id: string; name: string; country: string | null }[];
  schemes: { id: TStartAssessment["targetSchemes"][number]; name: string; note: string }[];
};

export function StartAssessmentForm({ productId, labs, schemes }: Props) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(ZStartAssessment),
    defaultValues: { productId, labId: labs[0]?.id ?? "", targetSchemes: schemes.map((s) => s.id) },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await startAssessment(values);
    if (!result.ok) {
      setFormError(result.message);
      return;
    }
    router.push(`/assessments/${result.data.id}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label="Start an assessment">
      <FormAlert>{formError}</FormAlert>
      <input type="hidden" {...register("productId")} />
      <fieldset className="field" aria-describedby={errors.targetSchemes ? "schemes-error" : undefined}>
        <legend>Schemes to assess</legend>
        {schemes.map((s) => (
          <label
            key={s.id}
            className="row"
            style={{ alignItems: "flex-start", gap: "0.5rem", fontWeight: 400 }}
          >
            <input
              type="checkbox"
              value={s.id}
              {...register("targetSchemes")}
              style={{ marginTop: "0.35rem" }}
            />
            <span>
              <strong>{s.name}</strong>
              <br />
              <span className="muted small">{s.note}</span>
            </span>
          </label>
        ))}
        {errors.targetSchemes ? (
          <span id="schemes-error" className="error">
            {errors.targetSchemes.message}
          </span>
        ) : null}
      </fieldset>
      {labs.length === 0 ? (
        <div className="alert alert-warn" role="status">
          No lab can take an assessment right now: none has an active reviewer. Try again later or ask the
          platform administrator.
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="start-lab">Lab that will review it</label>
        <span className="hint" id="start-lab-hint">
          Only labs with an active reviewer are listed.
        </span>
        <select
          id="start-lab"
          aria-invalid={errors.labId ? true : undefined}
          aria-describedby="start-lab-hint"
          {...register("labId")}
        >
          {labs.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
              {l.country ? ` (${l.country})` : ""}
            </option>
          ))}
        </select>
        {errors.labId ? <span className="error">{errors.labId.message}</span> : null}
      </div>
      <button className="btn" type="submit" disabled={isSubmitting || labs.length === 0}>
        {isSubmitting ? "Starting…" : "Start the questionnaire"}
      </button>
    </form>
  );
}
