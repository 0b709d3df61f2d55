"use client";

import { useTranslations } from "next-intl";

type TComment = { id: string; questionId: string; body: string; author: string; open: boolean };

/**
 * The lab's open comments at the top of the questionnaire, each linking to its question, and a switch that shows
 * only the questions with comments (the rest of the questionnaire is hidden, not lost: the switch brings it back).
 * The questionnaire marks commented questions with `.has-comment`; `[data-only-comments]` on its container hides
 * the others (app/globals.css).
 */
export function LabComments({
  comments,
  questionLabel,
  only,
  onOnly,
}: {
  comments: readonly TComment[];
  questionLabel: (id: string) => string;
  only: boolean;
  onOnly: (v: boolean) => void;
}) {
  const t = useTranslations("assessments.comments");
  const open = comments.filter((c) => c.open);
  if (open.length === 0) return null;
  const questions = [...new Set(open.map((c) => c.questionId))];
  return (
    <section
      className="card stack lab-comments"
      aria-labelledby="lab-comments-title"
      data-testid="lab-comments"
    >
      <div>
        <h2 id="lab-comments-title" style={{ margin: 0 }}>
          {t("title")}
        </h2>
        <p className="small muted" style={{ margin: "0.25rem 0 0" }}>
          {t("summary", { comments: open.length, questions: questions.length })}
        </p>
      </div>
      <ol className="lab-comments-list">
        {open.map((c) => (
          <li key={c.id}>
            <a href={`#q-${c.questionId}`}>{questionLabel(c.questionId)}</a>
            <div className="small">
              <span className="muted">{c.author}:</span> {c.body}
            </div>
          </li>
        ))}
      </ol>
      <label className="lab-comments-toggle">
        <input type="checkbox" checked={only} onChange={(e) => onOnly(e.target.checked)} />
        <span>{t("onlyCommented", { count: questions.length })}</span>
      </label>
    </section>
  );
}
