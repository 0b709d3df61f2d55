import type { TQueueQuery } from "@/lib/review/schema";

const DEFAULTS: Partial<Record<keyof TQueueQuery, string>> = {
  status: "open",
  assignee: "any",
  sort: "submitted",
  page: "1",
};

/** The queue URL for a query with some fields changed; defaults are left out so links stay short. */
export function queueHref(q: TQueueQuery, patch: Partial<TQueueQuery> = {}): string {
  const merged: TQueueQuery = { ...q, ...patch };
  const params = new URLSearchParams();
  for (const key of ["status", "scheme", "assignee", "q", "sort", "page"] as const) {
    const v = merged[key];
    if (v === undefined || v === "" || String(v) === DEFAULTS[key]) continue;
    params.set(key, String(v));
  }
  const s = params.toString();
  return s ? `/review?${s}` : "/review";
}
