"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { TSectionPlan } from "@/lib/questionnaire/plan";
import { topicKey } from "@/lib/questionnaire/topics";
import { RENDER_ALL, useRenderLimit } from "@/components/ui/use-render-limit";

/** Cards the server renders (about the first two phone screens); the rest follow in the browser. */
const FIRST_CARDS = 12;

/**
 * How many sections render their cards: the server (and hydration) render only the first sections, up to about
 * FIRST_CARDS questions; right after hydration the browser renders the others (useRenderLimit).
 */
export function useLazySections(sections: readonly TSectionPlan[]): number {
  const limit = useRenderLimit(FIRST_CARDS);
  if (limit === RENDER_ALL) return RENDER_ALL;
  let cards = 0;
  for (let i = 0; i < sections.length; i++) {
    cards += sections[i]?.questionIds.length ?? 0;
    if (cards >= limit) return i + 1;
  }
  return sections.length;
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
