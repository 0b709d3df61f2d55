import { getAssessmentForLab } from "@/lib/db/assessments";
import { getLabelOfAssessment } from "@/lib/db/labels";
import { withLabelIntegrity } from "@/lib/db/manufacturer-labels";
import { reviewState } from "@/lib/review/criteria";
import { claimAssessment } from "@/lib/db/review";
import { isUserDisabled } from "@/lib/db/review-assign";
import { changedSinceChangesRequested, saveDecision } from "@/lib/db/review-decisions";
import { listDecisions } from "@/lib/db/review-stale";
import { changesSincePreviousLabel } from "@/lib/db/reassess";
import { getCatalog } from "@/lib/schemes";
import { ALL_SCHEME_IDS } from "@/lib/schemes/registry";
import { assess } from "@/lib/scoring";
import { writeSubmitted } from "@/lib/testing/assessments";
import { makeManufacturer, makeOrgUser } from "@/lib/testing/factories";
import type { TBenchSection } from "./assess";
import { benchSignedInPage } from "./signed-in-page";

/** Criteria decided before the bench (accepted; folded to one line on the page), as in a review under way. */
const DECIDED = 10;

/**
 * The signed-in review page `/review/<id>` of an assessment in review by the signed-in reviewer, who may decide
 * every criterion (issue 13: server time to first byte p95 ≤ 2× the page's own data functions and assess() called
 * alone; lib/bench/signed-in-page.ts).
 *
 * Seed: a camera assessed against every scheme of the registry, answered well with evidence on every claim,
 * submitted, claimed by the reviewer, a few criteria already accepted. Baseline besides the session and the
 * header: what app/(site)/(reviewer)/review/[id]/page.tsx loads (the lab's view of the assessment, decisions,
 * answers changed in the round, the issued label, the assignee's account, changes since the previous label),
 * then assess() on the answers once.
 */
export function benchReviewPage(): Promise<TBenchSection> {
  return benchSignedInPage({
    title: "Review page (signed in, in review by the reviewer): time to first byte vs its data alone",
    what: "review page",
    port: Number(process.env.REVIEW_BENCH_PORT ?? 3294),
    seed: async (db) => {
      const maker = await makeManufacturer(db.prisma, "Bench Maker");
      const reviewer = await makeOrgUser(db.prisma, "LAB", "LAB_REVIEWER");
      const { id: assessmentId } = await writeSubmitted(db.prisma, maker, reviewer.organizationId, {
        schemes: [...ALL_SCHEME_IDS],
        modelName: "Bench Camera",
      });
      let { version } = await claimAssessment(db.prisma, reviewer, assessmentId);
      const a = await getAssessmentForLab(db.prisma, reviewer, assessmentId);
      const catalog = getCatalog(a.catalogVersion);
      const state = reviewState(catalog, a.answers, a.targetSchemes, []);
      for (const r of state.toReview.filter((x) => x.verdict === "PASS").slice(0, DECIDED)) {
        ({ version } = await saveDecision(db.prisma, reviewer, {
          assessmentId,
          expectedVersion: version,
          criterionKey: r.key,
          decision: "ACCEPT",
          overrideVerdict: null,
        }));
      }
      return {
        userId: reviewer.id,
        assessmentId,
        schemes: a.targetSchemes.length,
        criteria: state.toReview.length,
        answers: Object.keys(a.answers).length,
        files: a.evidence.length,
      };
    },
    path: (s) => `/review/${s.assessmentId}`,
    data: async (db, user, s) => {
      const a = await getAssessmentForLab(db.prisma, user, s.assessmentId);
      const [, , issued] = await Promise.all([
        listDecisions(db.prisma, a.id),
        changedSinceChangesRequested(db.prisma, a.id),
        getLabelOfAssessment(db.prisma, a.id),
        a.assigneeId ? isUserDisabled(db.prisma, a.assigneeId) : false,
        changesSincePreviousLabel(db.prisma, a.id),
      ]);
      if (issued) await withLabelIntegrity(db.prisma, [issued]);
      assess(getCatalog(a.catalogVersion), a.answers);
    },
    describe: (s) =>
      `Assessment of a camera against all ${s.schemes} schemes in review by the signed-in reviewer: ` +
      `${s.criteria} criteria to review (${DECIDED} already accepted), ${s.answers} answers, ${s.files} evidence ` +
      `file(s) linked to every claim. Baseline besides the session: the page's data functions (assessment, ` +
      `decisions, changed answers, label, assignee, changes since the previous label) and assess() once.`,
    note: REVIEW_NOTE,
  });
}

const REVIEW_NOTE =
  "The server renders every scheme's heading and counts and the first criteria cards; the browser renders the " +
  "other cards right after hydration.";
