"use client";

import { useCallback, useMemo, useState } from "react";
import { perScheme } from "@/lib/schemes/registry";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import {
  criteriaReadingQuestion,
  getCatalog,
  naPolicy,
  type TAnswerValue,
  type TAnswers,
  type TCatalog,
  type TSchemeId,
} from "@/lib/schemes";
import { planQuestionnaire } from "@/lib/questionnaire/plan";
import { asksForDescription } from "@/lib/questionnaire/describe";
import { localizeCatalog } from "@/lib/schemes/i18n";
import { LabComments } from "@/components/assessments/lab-comments";
import type { TEvidenceItem } from "@/components/questionnaire/evidence-box";
import { QuestionCard, type TReaderChip } from "@/components/questionnaire/question-card";
import { QuestionSection, useLazySections, useTopicName } from "@/components/questionnaire/question-section";
import { ResultsSummaryBar } from "@/components/questionnaire/results-summary-bar";
import { ResultsPanel } from "@/components/questionnaire/results-panel";
import { SubmitBox } from "@/components/questionnaire/submit-box";
import { AutosaveDrafts, useAutosave } from "@/components/questionnaire/use-autosave";
import { QueuedSavesBanner } from "@/components/questionnaire/save-notice";
import { confirmCarried } from "@/app/(site)/(manufacturer)/assessments/actions";
import type { TPrefill } from "@/lib/questionnaire/prefill";

export type TQuestionnaireProps = {
  assessmentId: string;
  catalogVersion: string;
  version: number;
  editable: boolean;
  resubmission: boolean;
  targetSchemes: TSchemeId[];
  answers: TAnswers;
  evidence: TEvidenceItem[];
  comments: {
    id: string;
    questionId: string;
    body: string;
    author: string;
    createdAt: string;
    open: boolean;
  }[];
  labName: string;
  /**
   * Re-assessment (lib/db/reassess.ts): the questions whose answer was carried over from `carriedFrom` (the
   * earlier label's code) and is not yet confirmed or changed.
   */
  carried?: string[];
  carriedFrom?: string | null;
  /** Answers the product gives (question id → value and where it comes from), marked on their questions. */
  prefill?: Record<string, TPrefill>;
};

const NO_COMMENTS: TQuestionnaireProps["comments"] = [];

const SCHEME_SHORT: Record<TSchemeId, string> = perScheme((m) => m.code);

type TReader = { scheme: TSchemeId; id: string; title: string; eu?: { part: number } };

/** One chip per requirement: EN 18031 ids repeat across parts 1–3, so the parts are listed on one chip. */
function readerChips(readers: TReader[]): TReaderChip[] {
  const chips = new Map<string, { label: string; title: string; parts: number[] }>();
  for (const r of readers) {
    const key = `${r.scheme}:${r.id}`;
    const chip = chips.get(key) ?? { label: `${SCHEME_SHORT[r.scheme]} ${r.id}`, title: r.title, parts: [] };
    if (r.eu) chip.parts.push(r.eu.part);
    chips.set(key, chip);
  }
  return [...chips.values()].map((c) => ({
    label: c.parts.length ? `${c.label} (EN 18031-${c.parts.sort().join("/-")})` : c.label,
    title: c.title,
  }));
}

/** Reader chips per question for these schemes, computed the first time a card asks and kept. */
function readerLookup(
  catalog: TCatalog,
  targetSchemes: readonly TSchemeId[],
): (qid: string) => TReaderChip[] {
  const criteria = new Map(catalog.criteria.map((c) => [c.key, c]));
  const cache = new Map<string, TReaderChip[]>();
  return (qid) => {
    let chips = cache.get(qid);
    if (!chips) {
      chips = readerChips(
        criteriaReadingQuestion(catalog, qid)
          .map((k) => criteria.get(k))
          .filter((c): c is NonNullable<typeof c> => !!c && targetSchemes.includes(c.scheme)),
      );
      cache.set(qid, chips);
    }
    return chips;
  };
}

/**
 * Holds the conflict message across reloads: after a refused stale write the page reloads the newer data from the
 * server, and the body below starts afresh from it (it is keyed by the server's version), while the message stays.
 */
export function Questionnaire(props: TQuestionnaireProps) {
  const router = useRouter();
  const [conflict, setConflict] = useState<string>();
  const onConflict = useCallback(
    (message: string) => {
      setConflict(message);
      router.refresh();
    },
    [router],
  );
  const clearConflict = useCallback(() => setConflict(undefined), []);
  return (
    <QuestionnaireBody
      key={`${props.assessmentId}:${props.version}`}
      {...props}
      conflict={conflict}
      onConflict={onConflict}
      clearConflict={clearConflict}
    />
  );
}

type TBodyProps = TQuestionnaireProps & {
  conflict?: string;
  onConflict: (message: string) => void;
  clearConflict: () => void;
};

function QuestionnaireBody(props: TBodyProps) {
  const { conflict, onConflict, clearConflict } = props;
  const t = useTranslations("questionnaire");
  const topicName = useTopicName();
  const locale = useLocale();
  // Scoring and the plan read the English catalog; every text the manufacturer reads comes from the same catalog
  // in their language (localizeCatalog keeps ids, values and conditions).
  const catalog = getCatalog(props.catalogVersion);
  const text = useMemo(() => localizeCatalog(props.catalogVersion, locale), [props.catalogVersion, locale]);
  const [answers, setAnswers] = useState<TAnswers>(props.answers);
  const [evidence, setEvidence] = useState<TEvidenceItem[]>(props.evidence);
  const autosave = useAutosave(props.assessmentId, props.version, onConflict);
  const [onlyCommented, setOnlyCommented] = useState(false);
  const [carried, setCarried] = useState<ReadonlySet<string>>(() => new Set(props.carried ?? []));
  const [carryError, setCarryError] = useState<string>();

  const assessmentId = props.assessmentId;
  const confirm = useCallback(
    async (questionIds?: string[]) => {
      setCarryError(undefined);
      const r = await confirmCarried({ assessmentId, questionIds });
      if (!r.ok) {
        setCarryError(r.message);
        return;
      }
      setCarried((prev) =>
        questionIds ? new Set([...prev].filter((q) => !questionIds.includes(q))) : new Set(),
      );
    },
    [assessmentId],
  );

  const evidenceCount = useMemo(() => {
    const m = new Map<string, number>();
    for (const e of evidence) for (const q of e.questionIds) m.set(q, (m.get(q) ?? 0) + 1);
    return m;
  }, [evidence]);
  const plan = useMemo(
    () => planQuestionnaire(catalog, answers, props.targetSchemes, evidenceCount),
    [catalog, answers, props.targetSchemes, evidenceCount],
  );
  const questions = useMemo(() => new Map(text.questions.map((q) => [q.id, q])), [text]);
  const naPolicies = useMemo(
    () =>
      new Map(text.questions.filter((q) => q.type === "control").map((q) => [q.id, naPolicy(text, q.id)])),
    [text],
  );
  // Which "Yes" answers take a description is read from the English help texts (lib/questionnaire/describe.ts).
  const describes = useMemo(
    () => new Set(catalog.questions.filter(asksForDescription).map((q) => q.id)),
    [catalog],
  );
  // Lookups computed once per page and question (only for the cards rendered), not once per card and render.
  const readers = useMemo(() => readerLookup(text, props.targetSchemes), [text, props.targetSchemes]);
  const questionLabel = useCallback((id: string) => questions.get(id)?.label ?? id, [questions]);
  const commentsByQuestion = useMemo(() => {
    const m = new Map<string, TQuestionnaireProps["comments"]>();
    for (const c of props.comments) m.set(c.questionId, [...(m.get(c.questionId) ?? []), c]);
    return m;
  }, [props.comments]);
  const prefill = useMemo(() => new Map(Object.entries(props.prefill ?? {})), [props.prefill]);

  const save = autosave.save;
  const change = useCallback(
    (questionId: string, value: TAnswerValue | null) => {
      clearConflict();
      // A changed carried answer is the manufacturer's own now (the server clears its mark on save).
      setCarried((prev) => {
        if (!prev.has(questionId)) return prev;
        const next = new Set(prev);
        next.delete(questionId);
        return next;
      });
      setAnswers((prev) => {
        const next: Record<string, TAnswerValue> = { ...prev };
        if (value === null) delete next[questionId];
        else next[questionId] = value;
        return next;
      });
      save(questionId, value);
    },
    [clearConflict, save],
  );
  // The card is memoised: it gets a stable callback.
  const confirmOne = useCallback((questionId: string) => void confirm([questionId]), [confirm]);

  const rendered = useLazySections(plan.sections);
  const total = plan.visibleCount;
  const overall = total ? Math.round((plan.answeredCount / total) * 100) : 0;

  return (
    <AutosaveDrafts.Provider value={autosave.drafts}>
      <div className="assessment-layout">
        <div
          className="stack"
          data-only-comments={onlyCommented ? "true" : undefined}
          data-rendered={rendered >= plan.sections.length ? "all" : "partial"}
        >
          <QueuedSavesBanner saves={autosave.saves} />
          <LabComments
            comments={props.comments}
            questionLabel={questionLabel}
            only={onlyCommented}
            onOnly={setOnlyCommented}
          />
          {carried.size > 0 && props.editable ? (
            <div
              className="alert alert-info stack"
              role="status"
              data-testid="carried-banner"
              style={{ gap: "0.5rem" }}
            >
              <span>
                {props.carriedFrom
                  ? t("carried.banner", { n: carried.size, code: props.carriedFrom })
                  : t("carried.bannerEarlier", { n: carried.size })}
              </span>
              <span className="row">
                <button type="button" className="btn btn-secondary" onClick={() => void confirm()}>
                  {t("carried.confirmAll", { n: carried.size })}
                </button>
              </span>
              {carryError ? <span className="error">{carryError}</span> : null}
            </div>
          ) : null}
          {conflict ? (
            <div className="alert alert-warn" role="alert" data-testid="conflict">
              {conflict}
            </div>
          ) : null}
          <div className="card" aria-live="polite">
            <div className="row" style={{ justifyContent: "space-between" }}>
              <strong>{t("progress.answered", { answered: plan.answeredCount, n: total })}</strong>
              <span className="muted small">{t("progress.percent", { n: overall })}</span>
            </div>
            <div
              className={`progress${overall === 100 ? " ok" : ""}`}
              role="progressbar"
              aria-label={t("progress.overall")}
              aria-valuenow={overall}
              aria-valuemin={0}
              aria-valuemax={100}
            >
              <span style={{ width: `${overall}%` }} />
            </div>
            <nav aria-label={t("progress.sections")} className="small" style={{ marginTop: "0.5rem" }}>
              {plan.sections.map((s, i) => (
                <span key={s.id}>
                  {i > 0 ? " · " : ""}
                  <a href={`#section-${i}`}>{topicName(s.title)}</a>{" "}
                  {t("progress.sectionCount", { answered: s.answered, n: s.questionIds.length })}
                </span>
              ))}
            </nav>
          </div>

          {plan.sections.map((section, i) => (
            <QuestionSection key={section.id} section={section} index={i}>
              {i < rendered
                ? section.questionIds.map((qid) => {
                    const q = questions.get(qid);
                    if (!q) return null;
                    return (
                      <QuestionCard
                        key={qid}
                        question={q}
                        value={answers[qid]}
                        na={naPolicies.get(qid)}
                        describes={describes.has(qid)}
                        carried={carried.has(qid)}
                        carriedFrom={props.carriedFrom ?? null}
                        onConfirm={confirmOne}
                        editable={props.editable}
                        comments={commentsByQuestion.get(qid) ?? NO_COMMENTS}
                        readers={readers(qid)}
                        save={autosave.saves[qid]}
                        assessmentId={props.assessmentId}
                        evidence={evidence}
                        needsEvidence={plan.needsEvidence.has(qid)}
                        prefill={prefill.get(qid)}
                        onAnswer={change}
                        onFiles={setEvidence}
                      />
                    );
                  })
                : null}
            </QuestionSection>
          ))}

          <ResultsSummaryBar
            result={plan.result}
            targetSchemes={props.targetSchemes}
            answered={plan.answeredCount}
            total={total}
          />

          {props.editable ? (
            <SubmitBox
              assessmentId={props.assessmentId}
              flush={autosave.flush}
              missingNow={plan.missing}
              questionLabel={questionLabel}
              labName={props.labName}
              resubmission={props.resubmission}
            />
          ) : null}
        </div>
        <ResultsPanel
          catalog={text}
          result={plan.result}
          targetSchemes={props.targetSchemes}
          questionLabel={questionLabel}
        />
      </div>
    </AutosaveDrafts.Provider>
  );
}
