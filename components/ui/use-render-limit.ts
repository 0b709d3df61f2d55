"use client";

import { startTransition, useEffect, useState } from "react";

/** The limit once everything renders. */
export const RENDER_ALL = Number.MAX_SAFE_INTEGER;

/**
 * How many items of a long list render: `first` in the server render and at hydration, so the page's HTML and its
 * server time stay small; RENDER_ALL right after hydration, in a transition (interruptible: typing and clicks stay
 * responsive), so the page ends up complete and find-in-page, links to items and filters work as before. A link
 * to an item that was not in the first HTML (a bookmarked `#q-…`) is followed once the list is complete.
 */
export function useRenderLimit(first: number): number {
  const [limit, setLimit] = useState(first);
  useEffect(() => {
    startTransition(() => setLimit(RENDER_ALL));
  }, []);
  const complete = limit === RENDER_ALL;
  useEffect(() => {
    if (!complete) return;
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    const el = document.getElementById(id);
    if (el && el.getBoundingClientRect().top > window.innerHeight) el.scrollIntoView();
  }, [complete]);
  return limit;
}
