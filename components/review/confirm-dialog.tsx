"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import styles from "./review.module.css";

type Props = {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * A modal confirmation for actions that cannot be undone (issuing a label, revoking it, rejecting, accepting many
 * criteria at once). The native <dialog> gives the focus trap, Escape to cancel and the inert page behind it;
 * "Cancel" has the initial focus, so pressing Enter by habit never confirms.
 */
export function ConfirmDialog(p: Props) {
  const t = useTranslations("review.dialog");
  const ref = useRef<HTMLDialogElement>(null);
  const uid = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (p.open && !d.open) d.showModal();
    if (!p.open && d.open) d.close();
  }, [p.open]);
  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={`${uid}-t`}
      aria-describedby={`${uid}-b`}
      onCancel={(e) => {
        e.preventDefault();
        p.onCancel();
      }}
    >
      <h2 id={`${uid}-t`} className={styles.dialogTitle}>
        {p.title}
      </h2>
      <div id={`${uid}-b`} className="stack" style={{ gap: "0.5rem" }}>
        {p.children}
      </div>
      <div className={styles.dialogButtons}>
        <button type="button" className="btn btn-secondary" onClick={p.onCancel} autoFocus>
          {p.cancelLabel ?? t("cancel")}
        </button>
        <button
          type="button"
          className={`btn${p.danger ? " btn-danger" : ""}`}
          onClick={p.onConfirm}
          disabled={p.busy}
        >
          {p.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
