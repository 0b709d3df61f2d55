import { createElement, type ComponentProps } from "react";
import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { AppRouterContext } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { describe, expect, it } from "vitest";
import { reviewState } from "@/lib/review/criteria";
import { getCatalog } from "@/lib/schemes";
import { ALL_SCHEME_IDS } from "@/lib/schemes/registry";
import { goodAnswers } from "@/lib/scoring/fixtures";
import { MESSAGES } from "@/messages";
import type { TLocale } from "@/lib/i18n/locales";
import { ReviewWorkspace, type TReviewWorkspaceProps } from "./review-workspace";

// The review page's server render (issue 13): every scheme's heading and counts, the first criteria cards only,
// a line per scheme saying how many follow; the browser renders the rest right after hydration.
const catalog = getCatalog();
const answers = goodAnswers(catalog);
const schemes = [...ALL_SCHEME_IDS];
const state = reviewState(catalog, answers, schemes, []);

const router = {
  back() {},
  forward() {},
  refresh() {},
  push() {},
  replace() {},
  prefetch() {},
} as never;

function serverHtml(locale: TLocale, over: Partial<TReviewWorkspaceProps> = {}): string {
  const props: TReviewWorkspaceProps = {
    assessmentId: "a1",
    catalogVersion: catalog.version,
    version: 3,
    round: 1,
    me: "Rita Reviewer",
    subject: "Bench Camera",
    canAct: true,
    targetSchemes: schemes,
    answers,
    evidence: [],
    decisions: [],
    comments: [],
    changed: [],
    ...over,
  };
  return renderToString(
    createElement(
      AppRouterContext.Provider,
      { value: router },
      createElement(
        NextIntlClientProvider,
        { locale, messages: MESSAGES[locale], timeZone: "UTC" } as ComponentProps<
          typeof NextIntlClientProvider
        >,
        createElement(ReviewWorkspace, props),
      ),
    ),
  );
}

const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;
const pending = (html: string) =>
  [...html.matchAll(/data-pending-criteria="true">([^<]*)</g)].map((m) => m[1]!.replace(/<!-- -->/g, ""));

describe("the review workspace's server render", () => {
  it("renders every scheme's heading but only the first criteria cards, and says how many follow", () => {
    expect(state.toReview.length).toBeGreaterThan(100);
    const html = serverHtml("en");
    const cards = count(html, /<article /g);
    expect(cards).toBeGreaterThan(0);
    expect(cards).toBeLessThanOrEqual(12);
    expect(html).toContain('data-rendered="partial"');
    for (const s of schemes) expect(html).toContain(`id="scheme-${s}"`);
    // Every criterion is either a card or counted in a scheme's "Loading … more criteria" line.
    const later = pending(html).map((t) => Number(/Loading (\d+) more criteri/.exec(t)?.[1]));
    expect(later.every((n) => n > 0)).toBe(true);
    expect(cards + later.reduce((a, b) => a + b, 0)).toBe(state.toReview.length);
    // The toolbar and the reviewed result are complete from the first byte: counts of all criteria, every form.
    expect(html).toContain(`of ${state.toReview.length} criteria decided`);
    expect(html).toContain('id="decide"');
  });

  it("says it in Chinese too", () => {
    const html = serverHtml("zh-CN");
    expect(pending(html).length).toBeGreaterThan(0);
    for (const t of pending(html)) expect(t).toMatch(/^正在加载其余 \d+ 项准则…$/);
  });

  it("renders the first cards in the order shown: a decided criterion folds to one line, the next open follow", () => {
    const first = state.toReview[0]!;
    const html = serverHtml("en", {
      decisions: [
        { criterionKey: first.key, decision: "ACCEPT", overrideVerdict: null, comment: null, stale: null },
      ],
    });
    expect(count(html, /data-collapsed="true"/g)).toBe(1);
    expect(count(html, /<article /g)).toBe(count(serverHtml("en"), /<article /g));
  });

  it("leaves the long option lists (question picker, mechanism filter) to the browser", () => {
    const html = serverHtml("en");
    const options = (id: string) => {
      const m = new RegExp(`<select id="[^"]*-${id}"[^>]*>(.*?)</select>`, "s").exec(html);
      expect(m, id).not.toBeNull();
      return [...m![1]!.matchAll(/<option /g)].length;
    };
    expect(options("pick")).toBe(1);
    expect(options("mech")).toBe(1);
    // The short ones stay: every "show" choice and every scheme.
    expect(options("show")).toBe(5);
    expect(options("scheme")).toBe(schemes.length + 1);
  });
});
