"use client";

import { startTransition, useEffect, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { TSectionPlan } from "@/lib/questionnaire/plan";
import { topicKey } from "@/lib/questionnaire/topics";

/** Cards the server renders (about the first two phone screens); the rest follow in the browser. */
const FIRST_CARDS = 12;
const ALL = Number.MAX_SAFE_INTEGER;

/**
 * How many sections render their cards. The server (and hydration) render only the first sections, up to about
 * FIRST_CARDS questions, so the page's HTML and its server time stay small; right after hydration the browser
 * renders the others in a transition (interruptible: typing stays responsive), and the page ends up complete,
 * so find-in-page, the links to questions and the comments filter work as before. A link to a question that
 * was not in the first HTML (a bookmarked `#q-…`) is followed once its card exists.
 */
export function useLazySections(sections: readonly TSectionPlan[]): number {
  const [rendered, setRendered] = useState(() => {
    let cards = 0;
    for (let i = 0; i < sections.length; i++) {
      cards += sections[i]?.questionIds.length ?? 0;
      if (cards >= FIRST_CARDS) return i + 1;
    }
    return sections.length;
  });
  useEffect(() => {
    startTransition(() => setRendered(ALL));
  }, []);
  const complete = rendered === ALL;
  useEffect(() => {
    if (!complete) return;
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    const el = document.getElementById(id);
    if (el && el.getBoundingClientRect().top > window.innerHeight) el.scrollIntoView();
  }, [complete]);
  return rendered;
}

/**
 * A section's title (the questions' English topic) in the reader's language: messages questionnaire.topic.<key>
 * (topicKey); a topic without a message (a catalog version newer than the messages) stays as the catalog says it.
 * lib/questionnaire/topics.test.ts fails on a topic of any catalog version without a message.
 */
export function useTopicName(): (topic: string) => string {
  const t = useTranslations("questionnaire.topic");
  return (topic) => {
    const key = topicKey(topic);
    return t.has(key as never) ? t(key as never) : topic;
  };
}

export function QuestionSection({
  section,
  index,
  children,
}: {
  section: TSectionPlan;
  index: number;
  children: ReactNode;
}) {
  const t = useTranslations("questionnaire.section");
  const title = useTopicName()(section.title);
  const n = section.questionIds.length;
  return (
    <section aria-labelledby={`section-${index}-title`} className="stack" style={{ gap: "0.75rem" }}>
      <div className="section-head" id={`section-${index}`}>
        <h2 id={`section-${index}-title`}>{section.kind === "profile" ? t("profile", { title }) : title}</h2>
        <span className="muted small">{t("answered", { answered: section.answered, n })}</span>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label={t("progress", { title })}
        aria-valuenow={section.answered}
        aria-valuemin={0}
        aria-valuemax={n}
      >
        <span style={{ width: `${(section.answered / Math.max(1, n)) * 100}%` }} />
      </div>
      {children ?? (
        <p className="muted small" data-pending-section>
          {t("loading", { n })}
        </p>
      )}
    </section>
  );
}
