import { getAssessmentForOwner } from "@/lib/db/assessments";
import { productPrefill } from "@/lib/questionnaire/prefill";
import { getCatalog } from "@/lib/schemes";
import { ALL_SCHEME_IDS } from "@/lib/schemes/registry";
import { assess } from "@/lib/scoring";
import { completeDraft, makeDraft } from "@/lib/testing/assessments";
import { makeManufacturer, makeOrgUser } from "@/lib/testing/factories";
import type { TBenchSection } from "./assess";
import { benchSignedInPage } from "./signed-in-page";

/**
 * The signed-in questionnaire page `/assessments/<id>` with every question answered (issue 13: server time to
 * first byte p95 ≤ 2× the page's own data functions and assess() called alone; lib/bench/signed-in-page.ts).
 *
 * Seed: one manufacturer, a lab and an assessment of a camera against every scheme of the registry with every
 * shown question answered and evidence on every claim. Baseline besides the session and the header: load the
 * assessment (answers, evidence, comments), the product's prefill, and assess() on the answers.
 */
export function benchQuestionnairePage(): Promise<TBenchSection> {
  return benchSignedInPage({
    title: "Questionnaire page (signed in, every question answered): time to first byte vs its data alone",
    what: "questionnaire",
    port: Number(process.env.QUESTIONNAIRE_BENCH_PORT ?? 3292),
    seed: async (db) => {
      const maker = await makeManufacturer(db.prisma, "Bench Maker");
      const reviewer = await makeOrgUser(db.prisma, "LAB", "LAB_REVIEWER");
      const { id } = await makeDraft(db.prisma, maker, reviewer.organizationId, [...ALL_SCHEME_IDS]);
      await completeDraft(db.prisma, maker, id);
      const view = await getAssessmentForOwner(db.prisma, maker, id);
      return {
        userId: maker.id,
        assessmentId: id,
        schemes: view.targetSchemes.length,
        questions: getCatalog(view.catalogVersion).questions.length,
        answers: Object.keys(view.answers).length,
        files: view.evidence.length,
      };
    },
    path: (s) => `/assessments/${s.assessmentId}`,
    data: async (db, user, s) => {
      const a = await getAssessmentForOwner(db.prisma, user, s.assessmentId);
      productPrefill(getCatalog(a.catalogVersion), a.product);
      assess(getCatalog(a.catalogVersion), a.answers);
    },
    describe: (s) =>
      `Assessment of a camera against all ${s.schemes} schemes: ${s.answers} answers (every question shown, of ` +
      `${s.questions} in the catalog), ${s.files} evidence file(s) linked to every claim. Baseline besides the ` +
      `session: assessment load, product prefill and assess().`,
    note:
      "The server renders the first sections' cards (about 12 questions) and every section heading; the browser " +
      "renders the other cards right after hydration.",
  });
}
