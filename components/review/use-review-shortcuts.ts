"use client";

import { useEffect, useRef } from "react";

/** Keys of the review page's shortcuts, shown on the page (ReviewToolbar) and set as aria-keyshortcuts. */
export const SHORTCUTS = [
  { keys: ["J", "N"], does: "next criterion" },
  { keys: ["K", "P"], does: "previous criterion" },
  { keys: ["A"], does: "accept the current criterion and go to the next undecided one" },
] as const;

/** Typing in a field, a select or an open dialog must never trigger a shortcut. */
function isTypingTarget(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t.isContentEditable) return true;
  return ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName) || t.closest("dialog") !== null;
}

type Options = {
  enabled: boolean;
  /** Criterion keys in the order shown. */
  order: readonly string[];
  /** Keys that are still undecided (A goes to the next of these). */
  undecided: ReadonlySet<string>;
  current: string | undefined;
  setCurrent: (key: string) => void;
};

/**
 * Single-key shortcuts (WCAG 2.1.4: they can be turned off on the page). J/N and K/P move between criteria, moving
 * the focus to the criterion so that a screen reader reads its heading; A clicks the current criterion's Accept
 * button (the same action, the same checks) and moves on.
 */
export function useReviewShortcuts(o: Options) {
  const latest = useRef(o);
  useEffect(() => {
    latest.current = o;
  });
  useEffect(() => {
    function focusCard(key: string) {
      const el = document.querySelector<HTMLElement>(`article[data-criterion="${CSS.escape(key)}"]`);
      el?.focus({ preventScroll: true });
      el?.scrollIntoView({ block: "start", behavior: "smooth" });
    }
    function onKey(e: KeyboardEvent) {
      const { enabled, order, undecided, current, setCurrent } = latest.current;
      if (!enabled || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTypingTarget(e.target) || document.querySelector("dialog[open]")) return;
      const key = e.key.toLowerCase();
      if (!["j", "n", "k", "p", "a"].includes(key) || order.length === 0) return;
      // The current criterion: the one last moved to, or the one holding the focus.
      const focused = (document.activeElement as HTMLElement | null)
        ?.closest("article[data-criterion]")
        ?.getAttribute("data-criterion");
      const at = order.indexOf(focused ?? current ?? "");
      e.preventDefault();
      const go = (i: number) => {
        const next = order[Math.max(0, Math.min(order.length - 1, i))];
        if (next === undefined) return;
        setCurrent(next);
        focusCard(next);
      };
      if (key === "j" || key === "n") return go(at + 1);
      if (key === "k" || key === "p") return go(at < 0 ? 0 : at - 1);
      // A: accept the current one, then the next undecided after it.
      const here = order[at];
      if (here === undefined) return go(0);
      const button = document.querySelector<HTMLButtonElement>(
        `article[data-criterion="${CSS.escape(here)}"] [data-action="accept"]`,
      );
      if (button && !button.disabled) button.click();
      const nextOpen = order.slice(at + 1).find((k) => undecided.has(k) && k !== here);
      if (nextOpen !== undefined) go(order.indexOf(nextOpen));
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
