"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import {
  addVulnerabilityForm,
  clearNoticeForm,
  craFiledForm,
  reinstateLabelForm,
  suspendLabelForm,
  updateVulnerabilityForm,
} from "@/app/(site)/security/actions";
import { ActionError } from "@/components/review/action-error";
import { useRefreshingAction } from "@/components/review/use-refreshing-action";
import { SEVERITIES } from "@/lib/vulns/model";

const fields = (e: React.FormEvent<HTMLFormElement>) => {
  e.preventDefault();
  return Object.fromEntries(new FormData(e.currentTarget).entries()) as Record<string, string>;
};

/** Records a vulnerability by hand (manufacturer or lab). */
export function AddVulnerabilityForm({ productVersionId }: { productVersionId: string }) {
  const t = useTranslations("vulns.forms");
  const ts = useTranslations("vulns.severity");
  const id = useId();
  const { run, pending, failure, clearFailure } = useRefreshingAction();
  return (
    <form
      className="stack"
      aria-label={t("record")}
      noValidate
      onSubmit={(e) => {
        const f = fields(e);
        const form = e.currentTarget;
        void run(() =>
          addVulnerabilityForm({
            productVersionId,
            ...f,
            activelyExploited: f.activelyExploited === "on",
          }),
        ).then(() => form.reset());
      }}
    >
      <div className="row" style={{ gap: "0.75rem", alignItems: "flex-end", flexWrap: "wrap" }}>
        <div className="field">
          <label htmlFor={`${id}-i`}>{t("identifier")}</label>
          <input id={`${id}-i`} name="identifier" placeholder="CVE-2026-12345" required />
        </div>
        <div className="field">
          <label htmlFor={`${id}-s`}>{t("severity")}</label>
          <select id={`${id}-s`} name="severity" defaultValue="HIGH">
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {ts(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-c`}>{t("cvss")}</label>
          <input id={`${id}-c`} name="cvssScore" inputMode="decimal" style={{ width: "6em" }} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-f`}>{t("fixedInVersion")}</label>
          <input id={`${id}-f`} name="fixedInVersion" placeholder={t("noneYet")} style={{ width: "9em" }} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-t`}>{t("title")}</label>
        <input id={`${id}-t`} name="title" maxLength={300} />
      </div>
      <div className="row" style={{ gap: "0.75rem", alignItems: "flex-end", flexWrap: "wrap" }}>
        <label className="row" style={{ gap: "0.4rem" }}>
          <input type="checkbox" name="activelyExploited" /> {t("exploited")}
        </label>
        <div className="field">
          <label htmlFor={`${id}-a`}>{t("awareAt")}</label>
          <input id={`${id}-a`} name="awareAt" type="datetime-local" />
        </div>
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

/** Records the version a vulnerability is fixed in (a corrective measure: the final report's clock starts). */
export function MarkFixedForm({ vulnerabilityId }: { vulnerabilityId: string }) {
  const t = useTranslations("vulns.forms");
  const id = useId();
  const { run, pending, failure, clearFailure } = useRefreshingAction();
  return (
    <form
      className="row"
      style={{ gap: "0.5rem", alignItems: "flex-end", flexWrap: "wrap" }}
      noValidate
      onSubmit={(e) => {
        const f = fields(e);
        void run(() =>
          updateVulnerabilityForm({ vulnerabilityId, fixedInVersion: f.fixedInVersion || null }),
        );
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t("fixedIn")}</label>
        <input id={id} name="fixedInVersion" style={{ width: "8em" }} required />
      </div>
      <button type="submit" className="btn btn-secondary" disabled={pending}>
        {t("recordFix")}
      </button>
      <ActionError failure={failure} onDismiss={clearFailure} />
    </form>
  );
}

export function MarkExploitedButton({ vulnerabilityId }: { vulnerabilityId: string }) {
  const t = useTranslations("vulns.forms");
  const { run, pending, failure, clearFailure } = useRefreshingAction();
  return (
    <span>
      <button
        type="button"
        className="btn btn-secondary"
        disabled={pending}
        onClick={() => void run(() => updateVulnerabilityForm({ vulnerabilityId, activelyExploited: true }))}
      >
        {t("markExploited")}
      </button>
      <ActionError failure={failure} onDismiss={clearFailure} />
    </span>
  );
}

/** A reason form for the lab: clear a notice, suspend or reinstate a label. */
function ReasonForm({
  label,
  button,
  danger,
  submit,
}: {
  label: string;
  button: string;
  danger?: boolean;
  submit: (reason: string) => Promise<{ ok: true } | { ok: false; code: string; message: string }>;
}) {
  const id = useId();
  const { run, pending, failure, clearFailure } = useRefreshingAction();
  return (
    <form
      className="stack"
      noValidate
      aria-label={button}
      onSubmit={(e) => {
        const f = fields(e);
        void run(() => submit(f.reason ?? ""));
      }}
    >
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <textarea id={id} name="reason" rows={2} maxLength={2000} />
      </div>
      <ActionError failure={failure} onDismiss={clearFailure} />
      <div>
        <button type="submit" className={danger ? "btn btn-danger" : "btn btn-secondary"} disabled={pending}>
          {button}
        </button>
      </div>
    </form>
  );
}

export function ClearNoticeForm({ vulnerabilityId }: { vulnerabilityId: string }) {
  const t = useTranslations("vulns.forms");
  return (
    <ReasonForm
      label={t("clearLabel")}
      button={t("clear")}
      submit={(reason) => clearNoticeForm({ vulnerabilityId, reason })}
    />
  );
}

export function SuspendLabelForm({ labelId }: { labelId: string }) {
  const t = useTranslations("vulns.forms");
  return (
    <ReasonForm
      label={t("suspendLabel")}
      button={t("suspend")}
      danger
      submit={(reason) => suspendLabelForm({ labelId, reason })}
    />
  );
}

export function ReinstateLabelForm({ labelId }: { labelId: string }) {
  const t = useTranslations("vulns.forms");
  return (
    <ReasonForm
      label={t("reinstateLabel")}
      button={t("reinstate")}
      submit={(reason) => reinstateLabelForm({ labelId, reason })}
    />
  );
}

export function CraFiledForm({ vulnerabilityId, stage }: { vulnerabilityId: string; stage: string }) {
  const t = useTranslations("vulns.forms");
  const id = useId();
  const { run, pending, failure, clearFailure } = useRefreshingAction();
  return (
    <form
      className="row"
      style={{ gap: "0.5rem", alignItems: "flex-end", flexWrap: "wrap" }}
      noValidate
      onSubmit={(e) => {
        const f = fields(e);
        void run(() => craFiledForm({ vulnerabilityId, stage, reference: f.reference }));
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t("reference")}</label>
        <input id={id} name="reference" style={{ width: "10em" }} />
      </div>
      <button type="submit" className="btn btn-secondary" disabled={pending}>
        {t("markFiled")}
      </button>
      <ActionError failure={failure} onDismiss={clearFailure} />
    </form>
  );
}
