import type { TQueueQuery } from "@/lib/review/schema";

const DEFAULTS: Partial<Record<keyof TQueueQuery, string>> = {
  status: "open",
  assignee: "any",
  sort: "submitted",
};

/** The queue URL for a query with some fields changed; defaults are left out so links stay short. */
export function queueHref(q: TQueueQuery, patch: Partial<TQueueQuery> = {}): string {
  // A changed filter or order starts again at the first page; only the pager passes a cursor on.
  const merged: TQueueQuery = { ...q, after: undefined, before: undefined, ...patch };
  const params = new URLSearchParams();
  for (const key of ["status", "scheme", "assignee", "q", "sort", "after", "before"] as const) {
    const v = merged[key];
    if (v === undefined || v === "" || String(v) === DEFAULTS[key]) continue;
    params.set(key, String(v));
  }
  const s = params.toString();
  return s ? `/review?${s}` : "/review";
}
