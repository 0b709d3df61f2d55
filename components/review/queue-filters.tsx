import Link from "next/link";
import { QUEUE_STATUSES, type TQueueQuery } from "@/lib/review/schema";
import { SCHEME_IDS } from "@/lib/schemes/types";
import { SCHEME_LABEL } from "@/components/products/assessment-status";
import { STATUS_LABEL } from "@/lib/workflow/transitions";
import styles from "./review.module.css";

/** A plain GET form: filtering works without JavaScript and every result is a shareable URL. */
export function QueueFilters({ q }: { q: TQueueQuery }) {
  return (
    <form
      method="get"
      action="/review"
      className={`card ${styles.filters}`}
      role="search"
      aria-label="Filter the queue"
    >
      <div className="field">
        <label htmlFor="queue-q">Product or manufacturer</label>
        <input id="queue-q" name="q" type="search" defaultValue={q.q ?? ""} maxLength={100} />
      </div>
      <div className="field">
        <label htmlFor="queue-status">Status</label>
        <select id="queue-status" name="status" defaultValue={q.status}>
          <option value="open">Open (to review)</option>
          {QUEUE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
          <option value="all">All</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="queue-scheme">Scheme</label>
        <select id="queue-scheme" name="scheme" defaultValue={q.scheme ?? ""}>
          <option value="">Any scheme</option>
          {SCHEME_IDS.map((s) => (
            <option key={s} value={s}>
              {SCHEME_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="queue-assignee">Assignee</label>
        <select id="queue-assignee" name="assignee" defaultValue={q.assignee}>
          <option value="any">Anyone</option>
          <option value="me">Me</option>
          <option value="unassigned">Unassigned</option>
        </select>
      </div>
      {q.sort !== "submitted" ? <input type="hidden" name="sort" value={q.sort} /> : null}
      <div className={styles.filterActions}>
        <button className="btn" type="submit">
          Filter
        </button>
        <Link href="/review" className="btn btn-secondary">
          Reset
        </Link>
      </div>
    </form>
  );
}
