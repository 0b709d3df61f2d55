"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { incidentFiledForm, recordIncidentForm } from "@/app/(site)/security/actions";
import { ActionError } from "@/components/review/action-error";
import { useRefreshingAction } from "@/components/review/use-refreshing-action";

const fields = (e: React.FormEvent<HTMLFormElement>) => {
  e.preventDefault();
  return Object.fromEntries(new FormData(e.currentTarget).entries()) as Record<string, string>;
};

/** Records a severe incident of the version (manufacturer): the Article 14(4) clocks start. */
export function RecordIncidentForm({ productVersionId }: { productVersionId: string }) {
  const t = useTranslations("incidents.record");
  const id = useId();
  const { run, pending, failure, clearFailure } = useRefreshingAction();
  return (
    <form
      className="stack"
      aria-labelledby={`${id}-h`}
      noValidate
      onSubmit={(e) => {
        const f = fields(e);
        const form = e.currentTarget;
        void run(() =>
          recordIncidentForm({
            productVersionId,
            title: f.title,
            description: f.description,
            awareAt: f.awareAt,
            mitigation: f.mitigation,
            ...(f.suspectedMalicious === "yes" || f.suspectedMalicious === "no"
              ? { suspectedMalicious: f.suspectedMalicious }
              : {}),
          }),
        ).then(() => form.reset());
      }}
    >
      <h3 id={`${id}-h`} style={{ marginBottom: 0 }}>
        {t("heading")}
      </h3>
      <div className="field">
        <label htmlFor={`${id}-t`}>{t("title")}</label>
        <input id={`${id}-t`} name="title" maxLength={300} required />
      </div>
      <div className="field">
        <label htmlFor={`${id}-d`}>{t("description")}</label>
        <textarea id={`${id}-d`} name="description" rows={3} maxLength={8000} />
      </div>
      <div className="row" style={{ gap: "0.75rem", alignItems: "flex-end", flexWrap: "wrap" }}>
        <div className="field">
          <label htmlFor={`${id}-a`}>{t("awareAt")}</label>
          <input id={`${id}-a`} name="awareAt" type="datetime-local" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-s`}>{t("suspected")}</label>
          <select id={`${id}-s`} name="suspectedMalicious" defaultValue="">
            <option value="">{t("unknown")}</option>
            <option value="yes">{t("yes")}</option>
            <option value="no">{t("no")}</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-m`}>{t("mitigation")}</label>
        <textarea id={`${id}-m`} name="mitigation" rows={2} maxLength={8000} />
      </div>
      <ActionError failure={failure} onDismiss={clearFailure} />
      <div>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? t("saving") : t("submit")}
        </button>
      </div>
    </form>
  );
}

/** Marks one Article 14(4) report as filed, with the platform's reference. */
export function IncidentFiledForm({ incidentId, stage }: { incidentId: string; stage: string }) {
  const t = useTranslations("incidents.filed");
  const id = useId();
  const { run, pending, failure, clearFailure } = useRefreshingAction();
  return (
    <form
      className="row"
      style={{ gap: "0.5rem", alignItems: "flex-end", flexWrap: "wrap" }}
      noValidate
      onSubmit={(e) => {
        const f = fields(e);
        void run(() => incidentFiledForm({ incidentId, stage, reference: f.reference }));
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t("reference")}</label>
        <input id={id} name="reference" style={{ width: "10em" }} />
      </div>
      <button type="submit" className="btn btn-secondary" disabled={pending}>
        {t("submit")}
      </button>
      <ActionError failure={failure} onDismiss={clearFailure} />
    </form>
  );
}
