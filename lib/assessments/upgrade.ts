// What moving a draft from one catalog version to a newer one changes (pure: the upgrade page shows it, and the
// server applies exactly this plan in one transaction).
import {
  compareCatalogVersions,
  getCatalog,
  listCatalogVersions,
  parseAnswers,
  type TAnswers,
  type TCatalog,
} from "@/lib/schemes";
import { changelogsUpTo, type TVersionChangelog } from "@/lib/schemes/changelogs";
import { assess, type TAssessment, type TVerdict } from "@/lib/scoring";

export type TQuestionChange = { id: string; label: string; before?: string; after?: string };
export type TCriterionChange = {
  key: string;
  title: string;
  before: TVerdict | null;
  after: TVerdict | null;
};
export type TSchemeSummary = {
  eu: { article: string; status: string; route: string }[];
  us: string;
  cn: number;
};

export type TUpgradePlan = {
  from: string;
  to: string;
  /** What every version after `from` up to `to` changed, newest first (a draft may skip a version). */
  changelogs: TVersionChangelog[];
  addedQuestions: TQuestionChange[];
  removedQuestions: TQuestionChange[];
  /** Same id, new prompt or help: the answer carries over, but the manufacturer should re-read the question. */
  rewordedQuestions: TQuestionChange[];
  /** Answered questions whose answer cannot be carried over (the question is gone or the value no longer fits). */
  droppedAnswers: string[];
  /** The answers as they will be stored on the new version (carried over by question id). */
  carried: TAnswers;
  criteria: TCriterionChange[];
  before: TSchemeSummary;
  after: TSchemeSummary;
};

function summary(r: TAssessment): TSchemeSummary {
  return {
    eu: r.eu.articles.map((a) => ({ article: a.article, status: a.status, route: a.route })),
    us: r.us.status,
    cn: r.cn.stars,
  };
}

/** The newest catalog version, when it is newer than `version`; null when already on it. */
export function upgradeTarget(version: string): string | null {
  const all = listCatalogVersions();
  const newest = all[all.length - 1] ?? version;
  return newest !== version && all.indexOf(version) < all.indexOf(newest) ? newest : null;
}

/**
 * `targets`: the assessment's target schemes; criteria of other schemes (a scheme the new version adds, which this
 * assessment does not target) are not listed as changes.
 */
export function planCatalogUpgrade(
  from: TCatalog,
  to: TCatalog,
  answers: TAnswers,
  targets?: readonly string[],
): TUpgradePlan {
  const oldQ = new Map(from.questions.map((q) => [q.id, q]));
  const newQ = new Map(to.questions.map((q) => [q.id, q]));
  const carried: Record<string, unknown> = {};
  const droppedAnswers: string[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const parsed = newQ.has(id) ? parseAnswers(to, { [id]: value }) : null;
    if (parsed?.success) Object.assign(carried, parsed.data);
    else droppedAnswers.push(id);
  }
  const before = assess(from, answers);
  const after = assess(to, carried as TAnswers);
  const afterByKey = new Map(after.criteria.map((c) => [c.key, c.verdict]));
  const beforeByKey = new Map(before.criteria.map((c) => [c.key, c.verdict]));
  const keys = [...new Set([...before.criteria.map((c) => c.key), ...after.criteria.map((c) => c.key)])];
  const schemeOf = new Map([...from.criteria, ...to.criteria].map((c) => [c.key, c.scheme as string]));
  const title = (key: string) =>
    to.criteria.find((c) => c.key === key)?.title ?? from.criteria.find((c) => c.key === key)?.title ?? key;
  const criteria = keys
    .map((key) => ({
      key,
      title: title(key),
      before: beforeByKey.get(key) ?? null,
      after: afterByKey.get(key) ?? null,
    }))
    .filter((c) => c.before !== c.after)
    .filter((c) => !targets || targets.includes(schemeOf.get(c.key) ?? ""));
  return {
    from: from.version,
    to: to.version,
    changelogs: changelogsUpTo(to.version, "en").filter(
      (c) => compareCatalogVersions(c.version, from.version) > 0,
    ),
    addedQuestions: to.questions
      .filter((q) => !oldQ.has(q.id))
      .map((q) => ({ id: q.id, label: q.label, after: q.prompt })),
    removedQuestions: from.questions
      .filter((q) => !newQ.has(q.id))
      .map((q) => ({ id: q.id, label: q.label, before: q.prompt })),
    rewordedQuestions: to.questions.flatMap((q) => {
      const o = oldQ.get(q.id);
      return o && (o.prompt !== q.prompt || o.help !== q.help || o.label !== q.label)
        ? [{ id: q.id, label: q.label, before: o.prompt, after: q.prompt }]
        : [];
    }),
    droppedAnswers,
    carried: carried as TAnswers,
    criteria,
    before: summary(before),
    after: summary(after),
  };
}

export function planUpgradeFor(
  version: string,
  answers: TAnswers,
  targets?: readonly string[],
): TUpgradePlan | null {
  const target = upgradeTarget(version);
  return target ? planCatalogUpgrade(getCatalog(version), getCatalog(target), answers, targets) : null;
}
