"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server render and while the page hydrates, true right after: long option lists that only matter
 * once the page is interactive (a form's question picker, a filter) are left out of the server's HTML, so the
 * review page sends less per request; hydration sees exactly what the server rendered.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
