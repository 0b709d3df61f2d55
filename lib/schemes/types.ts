import { z } from "zod";
import { ZCondition, ZControlStatus } from "./conditions";

/**
 * Every scheme id a module claims (lib/schemes/registry.ts checks they agree). Adding a scheme = one line here and
 * one in the registry (docs/schemes.md "Adding a scheme"). The first three are aggregated by dedicated engine code
 * (lib/scoring/schemes.ts); every later one by the generic tally its module's result rule reads.
 */
export const SCHEME_IDS = ["EU_RED", "US_CTM", "CN_CCL", "ETSI_303645", "UK_PSTI", "EU_CRA"] as const;
export const ZSchemeId = z.enum(SCHEME_IDS);
export type TSchemeId = z.infer<typeof ZSchemeId>;

// ---------------------------------------------------------------------------------------------------------
// Questions
// ---------------------------------------------------------------------------------------------------------

/** profile = what the device is (decides applicability); control = what it does (decides satisfaction). */
export const ZQuestionKind = z.enum(["profile", "control"]);
export type TQuestionKind = z.infer<typeof ZQuestionKind>;

export const QUESTION_TYPES = ["boolean", "control", "number", "date", "choice", "multi", "text"] as const;
export const ZQuestionType = z.enum(QUESTION_TYPES);
export type TQuestionType = z.infer<typeof ZQuestionType>;

const ZOption = z.object({ value: z.string().min(1), label: z.string().min(1) }).strict();

const questionBase = {
  id: z.string().regex(/^[pc]\.[a-z0-9_.]+$/, "question ids look like p.something or c.something"),
  kind: ZQuestionKind,
  topic: z.string().min(1),
  /** Short noun phrase used when a condition is printed in plain language. */
  label: z.string().min(1),
  prompt: z.string().min(1),
  help: z.string().min(1),
  /** What the manufacturer is expected to upload or point to when answering. */
  evidence: z.array(z.string().min(1)),
  /**
   * Catalog 1.1.0+: asked only while this condition holds (e.g. a toy question for toys). A hidden question is
   * not shown, not counted in progress, and assess() reads `hiddenValue` (or nothing) instead of a stale answer.
   */
  visibleWhen: z.lazy(() => ZCondition).optional(),
  hiddenValue: z.union([z.boolean(), z.number(), z.string()]).optional(),
  /** Catalog 1.1.0+: N/A is never accepted for this control, whichever criterion reads it; the reason is shown. */
  naRefusal: z.string().min(1).optional(),
};

export const ZQuestion = z.discriminatedUnion("type", [
  z.object({ ...questionBase, type: z.literal("boolean") }).strict(),
  z.object({ ...questionBase, type: z.literal("control") }).strict(),
  z
    .object({
      ...questionBase,
      type: z.literal("number"),
      unit: z.string().min(1),
      min: z.number().optional(),
      max: z.number().optional(),
      integer: z.boolean().optional(),
    })
    .strict(),
  z.object({ ...questionBase, type: z.literal("date") }).strict(),
  z.object({ ...questionBase, type: z.literal("choice"), options: z.array(ZOption).min(2) }).strict(),
  z.object({ ...questionBase, type: z.literal("multi"), options: z.array(ZOption).min(2) }).strict(),
  z.object({ ...questionBase, type: z.literal("text") }).strict(),
]);
export type TQuestion = z.infer<typeof ZQuestion>;

// ---------------------------------------------------------------------------------------------------------
// Answers (the shape the questionnaire stores and assess() reads)
// ---------------------------------------------------------------------------------------------------------

/** A control answer. "not_applicable" needs a justification; see missingJustifications() for why it is not rejected. */
export const ZControlAnswer = z
  .object({ status: ZControlStatus, justification: z.string().max(4000).optional() })
  .strict();
export type TControlAnswer = z.infer<typeof ZControlAnswer>;

export type TAnswerValue = boolean | number | string | string[] | TControlAnswer;
export type TAnswers = Readonly<Record<string, TAnswerValue>>;

// ---------------------------------------------------------------------------------------------------------
// Criteria
// ---------------------------------------------------------------------------------------------------------

export const ZEuPart = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type TEuPart = z.infer<typeof ZEuPart>;
export const ZEuArticle = z.enum(["d", "e", "f"]);
export type TEuArticle = z.infer<typeof ZEuArticle>;
export const ZConfidence = z.enum(["confirmed", "uncertain", "proposal"]);
export type TConfidence = z.infer<typeof ZConfidence>;

export const OBLIGATIONS = ["mandatory", "recommended"] as const;
export const ZObligation = z.enum(OBLIGATIONS);
export type TObligation = z.infer<typeof ZObligation>;

export const ZCriterion = z
  .object({
    /** Unique across the catalog, e.g. "18031-1:AUM-5-1", "US.IAC.1b", "CN-1.01". */
    key: z.string().min(1),
    scheme: ZSchemeId,
    /** Identifier as the scheme (or, for US/CN, our catalog) spells it, e.g. "AUM-5-1". */
    id: z.string().min(1),
    title: z.string().min(1),
    text: z.string().min(1),
    /** EU mechanism (ACM, AUM…), US capability group, CN area: used for grouping and filters. */
    mechanism: z.string().min(1),
    /** Scope id from the scheme metadata this criterion belongs to (EU article d/e/f, "us", "cn"). */
    scope: z.string().min(1),
    eu: z.object({ part: ZEuPart, article: ZEuArticle }).strict().optional(),
    /** China star level at which the criterion becomes required (stays required above). */
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    /** Over profile answers. Absent = always applicable (within the scope). */
    applicability: ZCondition.optional(),
    /** Mostly over control answers; profile answers only appear as guards ("no factory password, or …"). */
    satisfaction: ZCondition,
    /**
     * Catalog 1.2.0+: how binding the criterion is in its scheme (ETSI EN 303 645 "M" / "R"; a conditional
     * provision, "M C" / "R C", is the same plus its condition as `applicability`). The engine tallies each.
     */
    obligation: ZObligation.optional(),
    /** false when the scheme forbids a claimed N/A (US developer outcomes). */
    allowNotApplicable: z.boolean(),
    /** Catalog 1.1.0+: why N/A is refused (shown at the questions it reads); present exactly when N/A is refused. */
    naRefusal: z.string().min(1).optional(),
    /**
     * Catalog 1.1.0+: the decision-tree requirement this one consumes (ACM-1 → ACM-2, SSM-1 → SSM-2…). A claimed N/A
     * upstream does not switch the downstream requirement off (docs/scoring.md).
     */
    upstream: z.string().min(1).optional(),
    /** A gate decides whether the scheme applies at all (US.FCC.SCOPE): its FAIL means "not eligible", not a gap. */
    gate: z.boolean().optional(),
    evidence: z.array(z.string().min(1)).min(1),
    references: z
      .object({
        etsi: z.array(z.string().regex(/^(4|5\.\d+|6)-\d+$/, "ETSI EN 303 645 provision like 5.1-1")),
        related: z.array(z.string().min(1)),
      })
      .strict(),
    confidence: ZConfidence,
    notes: z.string().optional(),
  })
  .strict();
export type TCriterion = z.infer<typeof ZCriterion>;

// ---------------------------------------------------------------------------------------------------------
// Scheme metadata
// ---------------------------------------------------------------------------------------------------------

export const ZScope = z
  .object({
    id: z.string().min(1),
    label: z.string().min(1),
    /** Over profile answers; absent = always in scope. */
    condition: ZCondition.optional(),
    eu: z.object({ part: ZEuPart, article: ZEuArticle }).strict().optional(),
  })
  .strict();
export type TScope = z.infer<typeof ZScope>;

/** EU Official Journal restrictions: route-changing outcomes, distinct from FAIL (eu-red.md §1.4). */
export const ZRestriction = z
  .object({
    id: z.enum(["R1", "R2", "R3"]),
    parts: z.array(ZEuPart).min(1),
    /** Criterion ids (e.g. AUM-5-1) of the part that must be applicable for the restriction to bite. */
    criteria: z.array(z.string().min(1)).min(1),
    trigger: ZCondition,
    summary: z.string().min(1),
  })
  .strict();
export type TRestriction = z.infer<typeof ZRestriction>;

export const ZRegistryField = z
  .object({ field: z.number().int(), label: z.string().min(1), questions: z.array(z.string().min(1)).min(1) })
  .strict();

export const ZSource = z.object({ label: z.string().min(1), url: z.string().url().optional() }).strict();

export const ZSchemeMeta = z
  .object({
    id: ZSchemeId,
    name: z.string().min(1),
    shortName: z.string().min(1),
    legalBasis: z.array(z.string().min(1)).min(1),
    sources: z.array(ZSource).min(1),
    /** Which parts are uncertain or our own proposal: shown in the UI next to the results. */
    confidenceNotes: z.array(z.string().min(1)).min(1),
    provisional: z.boolean(),
    scopes: z.array(ZScope).min(1),
    restrictions: z.array(ZRestriction).optional(),
    registryFields: z.array(ZRegistryField).optional(),
    /** EU: from this placing-on-the-market date the CRA, not RED 3(3), is expected to govern (planning assumption). */
    regimeSwitch: z
      .object({ condition: ZCondition, note: z.string().min(1) })
      .strict()
      .optional(),
    /** Catalog 1.1.0+: why the scheme (or an EU article) is out of scope, each reason with the fact that gives it. */
    scopeReasons: z
      .array(
        z
          .object({ scope: z.string().min(1).optional(), when: ZCondition, reason: z.string().min(1) })
          .strict(),
      )
      .optional(),
    /**
     * Catalog 1.2.0+: named profile facts the scheme's result rule reads (a product class, a deemed-compliance
     * path, an exemption). The engine evaluates each over the profile answers (true, false or null = unanswered)
     * and hands them to the module with the scheme's tally; the module's rule stays pure.
     */
    facts: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z][a-z0-9_]*$/, "fact ids look like snake_case"),
            label: z.string().min(1),
            when: ZCondition,
          })
          .strict(),
      )
      .optional(),
    /** CN: product types in a published catalogue; others get a "readiness only" rating. */
    catalogueEligibility: z
      .object({ condition: ZCondition, note: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict();
export type TSchemeMeta = z.infer<typeof ZSchemeMeta>;

export const ZCatalogShape = z
  .object({
    id: z.string().min(1),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "semantic version"),
    publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    title: z.string().min(1),
    notes: z.array(z.string().min(1)),
    /** Every scheme the catalog assesses (1.0.0 and 1.1.0: the first three; later versions add more). */
    schemes: z
      .array(ZSchemeMeta)
      .min(1)
      .refine((l) => new Set(l.map((s) => s.id)).size === l.length, "scheme ids must be unique"),
    questions: z.array(ZQuestion).min(1),
    criteria: z.array(ZCriterion).min(1),
    /** Scoring rules switched on from catalog 1.1.0 (absent = the 1.0.0 semantics, kept for issued labels). */
    scoring: z
      .object({
        /** A criterion reading several controls passes when each is satisfied or validly N/A. */
        naPerControl: z.boolean(),
        /** An OJ restriction bites by the profile (its clauses apply), never switched off by a claimed N/A. */
        restrictionsByProfile: z.boolean(),
        /** Facts every listed scheme must read (validated): one fact, every scheme. */
        sharedFacts: z
          .array(
            z
              .object({ q: z.string().min(1), schemes: z.array(ZSchemeId).min(2), why: z.string().min(1) })
              .strict(),
          )
          .optional(),
      })
      .strict()
      .optional(),
    /** What changed from the previous version, shown in the catalog browser. */
    changelog: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type TCatalog = z.infer<typeof ZCatalogShape>;

export const ZAnswerStatus = ZControlStatus;
