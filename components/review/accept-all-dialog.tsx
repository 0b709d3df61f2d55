"use client";

import { count, N } from "@/lib/i18n/plural";
import { ConfirmDialog } from "./confirm-dialog";
import type { useAcceptAll } from "./use-accept-all";

/** "Accept N criteria?": what one click accepts, how many passed and how many are not applicable, what stays. */
export function AcceptAllDialog({
  ctl,
  passing,
  undecided,
}: {
  ctl: ReturnType<typeof useAcceptAll>;
  /** How many of the confirmed criteria the engine passed (the rest it found not applicable). */
  passing: number;
  /** All undecided criteria, the confirmed ones included. */
  undecided: number;
}) {
  const n = ctl.confirming?.length ?? 0;
  return (
    <ConfirmDialog
      open={ctl.confirming !== null}
      title={`Accept ${count(n, N.criterion)}?`}
      confirmLabel={ctl.pending ? "Accepting…" : `Accept ${count(n, N.criterion)}`}
      busy={ctl.pending}
      onCancel={ctl.cancel}
      onConfirm={() => void ctl.confirm()}
    >
      <p style={{ margin: 0 }}>
        This accepts the engine&apos;s verdict for the undecided criteria it passed ({passing}) or found not
        applicable ({n - passing}), as if you had accepted each one.
      </p>
      {undecided > n ? (
        <p style={{ margin: 0 }}>
          The other {count(undecided - n, N.criterion)} (failing, or not decidable by the engine) stay for you
          to decide one by one.
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
