import { asksForDescription } from "@/lib/questionnaire/describe";
import { z } from "zod";
import { conditionQuestionIds } from "./conditions";
import { ZControlAnswer, type TAnswers, type TCatalog, type TQuestion } from "./types";

/**
 * Answers payload validation against a catalog's question bank. Unknown question ids and wrong types are
 * rejected with zod issues whose path is the question id. A "not applicable" control without justification is
 * accepted here on purpose: drafts are saved as the manufacturer types, and missingJustifications() lists them;
 * the scoring engine keeps such criteria UNANSWERED so they can never pass until justified.
 */

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function answerSchema(q: TQuestion): z.ZodType {
  switch (q.type) {
    case "boolean":
      return z.boolean();
    case "control":
      return ZControlAnswer;
    case "number": {
      let s = z.number().finite();
      if (q.integer) s = s.int();
      if (q.min !== undefined) s = s.min(q.min);
      if (q.max !== undefined) s = s.max(q.max);
      return s;
    }
    case "date":
      return z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
        .refine(isRealDate, "not a calendar date");
    case "choice":
      return z.enum(q.options.map((o) => o.value) as [string, ...string[]]);
    case "multi":
      return z.array(z.enum(q.options.map((o) => o.value) as [string, ...string[]]));
    case "text":
      return z.string().trim().min(1).max(4000);
  }
}

const schemaCache = new WeakMap<TCatalog, z.ZodType<Record<string, unknown>>>();

export function answersSchema(catalog: TCatalog): z.ZodType<Record<string, unknown>> {
  const cached = schemaCache.get(catalog);
  if (cached) return cached;
  const shape: Record<string, z.ZodType> = {};
  for (const q of catalog.questions) shape[q.id] = answerSchema(q).optional();
  const schema = z.object(shape).strict();
  schemaCache.set(catalog, schema);
  return schema;
}

export type TParseAnswersResult = { success: true; data: TAnswers } | { success: false; error: z.ZodError };

const describedCache = new WeakMap<TCatalog, ReadonlySet<string>>();

/** The control questions whose "yes" carries a description (lib/questionnaire/describe.ts), once per catalog. */
function describedQuestions(catalog: TCatalog): ReadonlySet<string> {
  let ids = describedCache.get(catalog);
  if (!ids) {
    ids = new Set(catalog.questions.filter(asksForDescription).map((q) => q.id));
    describedCache.set(catalog, ids);
  }
  return ids;
}

/**
 * The schema of a payload of one known question (an autosave): the whole catalog's object schema checks every one
 * of its ~160 optional keys on each parse (≈ 0.13 ms), this one only the question's. Same issues, same paths.
 */
const singleCache = new WeakMap<TCatalog, Map<string, z.ZodType<Record<string, unknown>>>>();
function schemaFor(catalog: TCatalog, raw: unknown): z.ZodType<Record<string, unknown>> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return answersSchema(catalog);
  const keys = Object.keys(raw);
  if (keys.length !== 1) return answersSchema(catalog);
  const id = keys[0]!;
  let byId = singleCache.get(catalog);
  if (!byId) singleCache.set(catalog, (byId = new Map()));
  let schema = byId.get(id);
  if (!schema) {
    const q = catalog.questions.find((x) => x.id === id);
    if (!q) return answersSchema(catalog); // an unknown id: the full schema names it
    schema = z.object({ [id]: answerSchema(q).optional() }).strict();
    byId.set(id, schema);
  }
  return schema;
}

export function parseAnswers(catalog: TCatalog, raw: unknown): TParseAnswersResult {
  const r = schemaFor(catalog, raw).safeParse(raw);
  if (!r.success) return { success: false, error: r.error };
  // Drop keys explicitly set to undefined so "absent" is the only way to say unanswered.
  const data: Record<string, TAnswers[string]> = {};
  const describes = describedQuestions(catalog);
  for (const [k, v] of Object.entries(r.data)) {
    if (v !== undefined) data[k] = normalized(k, v, describes);
  }
  return { success: true, data };
}

/**
 * A justification belongs to an N/A claim: for any other status it is dropped, so an old N/A reason is never
 * stored, shown to the reviewer or frozen into a signed snapshot once the answer changed. One exception: a "yes" to
 * a question whose help asks for a description keeps its text, which is that description (the questionnaire
 * clears the text whenever the status changes, so it is never a left-over N/A reason).
 */
function normalized(id: string, v: unknown, describes: ReadonlySet<string>): TAnswers[string] {
  const c = v as { status?: unknown; justification?: unknown };
  if (
    typeof c === "object" &&
    c !== null &&
    typeof c.status === "string" &&
    c.status !== "not_applicable" &&
    c.justification !== undefined &&
    !(c.status === "yes" && describes.has(id))
  )
    return { status: c.status } as TAnswers[string];
  return v as TAnswers[string];
}

const valueCache = new WeakMap<TCatalog, Map<string, z.ZodType | null>>();

/**
 * One stored answer read back (lib/db/assessments.ts answersFromRows): the value as parseAnswers() would give it
 * for `{ [questionId]: value }`, or undefined when it no longer parses or the question is not in the catalog.
 * Checked by the question's own value schema, without building and walking a one-key object per row.
 */
export function parseStoredAnswer(
  catalog: TCatalog,
  questionId: string,
  value: unknown,
): TAnswers[string] | undefined {
  let byId = valueCache.get(catalog);
  if (!byId) valueCache.set(catalog, (byId = new Map()));
  let schema = byId.get(questionId);
  if (schema === undefined) {
    const q = catalog.questions.find((x) => x.id === questionId);
    schema = q ? answerSchema(q) : null;
    byId.set(questionId, schema);
  }
  if (schema === null || value === undefined) return undefined;
  const r = schema.safeParse(value);
  return r.success ? normalized(questionId, r.data, describedQuestions(catalog)) : undefined;
}

/** Control questions answered "not applicable" without a justification text. */
export function missingJustifications(catalog: TCatalog, answers: TAnswers): string[] {
  const out: string[] = [];
  for (const q of catalog.questions) {
    if (q.type !== "control") continue;
    const a = answers[q.id];
    if (
      typeof a === "object" &&
      !Array.isArray(a) &&
      a.status === "not_applicable" &&
      !a.justification?.trim()
    )
      out.push(q.id);
  }
  return out;
}

export type TNaPolicy = { readonly offer: boolean; readonly reasons: readonly string[] };

const NO_NA: TNaPolicy = Object.freeze({ offer: false, reasons: Object.freeze([]) });
const naPolicies = new WeakMap<TCatalog, ReadonlyMap<string, TNaPolicy>>();

/**
 * Every control question's policy, in one pass over the criteria, kept per catalog object (catalogs are immutable
 * data). Asked per question, it used to walk every criterion's condition each time: the questionnaire asked for all
 * ~150 control questions on each render, a large share of the page's server time (issue 13).
 */
function naPolicyIndex(catalog: TCatalog): ReadonlyMap<string, TNaPolicy> {
  const hit = naPolicies.get(catalog);
  if (hit) return hit;
  // Question id → the criteria whose satisfaction reads it, in catalog order.
  const readers = new Map<string, TCatalog["criteria"][number][]>();
  for (const c of catalog.criteria)
    for (const q of conditionQuestionIds(c.satisfaction)) {
      const list = readers.get(q);
      if (list) list.push(c);
      else readers.set(q, [c]);
    }
  const index = new Map<string, TNaPolicy>();
  for (const q of catalog.questions) {
    if (q.type !== "control") continue;
    const reasons: string[] = [];
    if (q.naRefusal) reasons.push(q.naRefusal);
    let accepted = false;
    const seen = new Set<string>();
    for (const c of readers.get(q.id) ?? []) {
      if (c.allowNotApplicable) {
        accepted = true;
        continue;
      }
      const text = `${c.id}: ${c.naRefusal ?? "the scheme gives this requirement no not-applicable exit."}`;
      if (!seen.has(text)) reasons.push(text);
      seen.add(text);
    }
    index.set(q.id, Object.freeze({ offer: accepted && !q.naRefusal, reasons: Object.freeze(reasons) }));
  }
  naPolicies.set(catalog, index);
  return index;
}

/**
 * Where "not applicable" is accepted for a control question: `offer` is false when no criterion reading it accepts
 * N/A (the questionnaire then does not offer it); `reasons` say at the question why N/A is refused where it is.
 * The result is shared (frozen): computed once per catalog.
 */
export function naPolicy(catalog: TCatalog, questionId: string): TNaPolicy {
  return naPolicyIndex(catalog).get(questionId) ?? NO_NA;
}
