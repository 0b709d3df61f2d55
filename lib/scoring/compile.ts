import {
  compareDates,
  compareNumbers,
  conditionQuestionIds,
  TRI_FALSE,
  TRI_TRUE,
  TRI_UNKNOWN,
  type TCondition,
  type TTri,
} from "@/lib/schemes/conditions";
import type { TAnswers, TCatalog, TCriterion, TQuestion, TScope } from "@/lib/schemes/types";

/**
 * Precompiles a catalog once (cached per catalog object): conditions become closures specialised on the
 * question type, so assess() does no lookups, parsing or type dispatch per answer in its hot path.
 *
 * An evaluator returns three-valued truth. With `out` it also pushes the ids of the questions that decided
 * the value: for a false `all`, only its false children; for a true `any`, only its true children; and so on.
 * Answers of the wrong runtime type read as unanswered, so a bad payload can never pass silently.
 */
export type TEval = (v: TSlots, explain: boolean) => TTri;

/**
 * Explanation buffer shared by all compiled conditions: with explain=true, leaves append their question slot
 * at `top`, and all/any nodes rewind `top` to drop children that did not decide. A counter instead of
 * array.length keeps the hot path free of array resizing. Safe because assess() is synchronous.
 */
export const explainBuffer: { top: number; slots: number[] } = {
  top: 0,
  slots: new Array<number>(256).fill(0),
};
const B = explainBuffer;

/**
 * Answers by question slot. Looking answers up by id in a 150-key object is a hash lookup each time (the
 * dominant cost before this); assess() copies the payload into a slot array once per call instead.
 */
export type TSlots = readonly unknown[];

/**
 * A control answer's status, decoded once per call when the answers are copied into slots: slot n + i holds the
 * code of question i (n = number of questions), so every control leaf compares small integers. ST_NONE: not a
 * control answer (reads as unanswered); ST_OTHER: a string status outside the enum (compared as a string).
 */
export const ST_NONE = 0;
export const ST_NA = 4;
const ST_OTHER = 5;
const STATUS_CODE: Readonly<Record<string, number>> = { yes: 1, partial: 2, no: 3, not_applicable: ST_NA };

export function statusCode(v: unknown): number {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return ST_NONE;
  const s = (v as { status?: unknown }).status;
  if (typeof s !== "string") return ST_NONE;
  return s === "yes" ? 1 : s === "no" ? 3 : s === "not_applicable" ? ST_NA : s === "partial" ? 2 : ST_OTHER;
}

/** The code a condition value compares as (-1: not a status, never equal to a decoded one). */
function codeOfValue(x: unknown): number {
  return typeof x === "string" && Object.hasOwn(STATUS_CODE, x) ? (STATUS_CODE[x] as number) : -1;
}

function readScalar(
  q: TQuestion,
  id: number,
): (a: TSlots) => string | number | boolean | string[] | undefined {
  switch (q.type) {
    case "boolean":
      return (a) => {
        const v = a[id];
        return typeof v === "boolean" ? v : undefined;
      };
    case "control":
      return (a) => {
        const v = a[id] as { status?: unknown } | null | undefined;
        return typeof v === "object" && v !== null && !Array.isArray(v) && typeof v.status === "string"
          ? v.status
          : undefined;
      };
    case "number":
      return (a) => {
        const v = a[id];
        return typeof v === "number" && Number.isFinite(v) ? v : undefined;
      };
    case "multi":
      return (a) => {
        const v = a[id];
        return Array.isArray(v) ? (v as string[]) : undefined;
      };
    default:
      return (a) => {
        const v = a[id];
        return typeof v === "string" && v.trim() !== "" ? v : undefined;
      };
  }
}

export type TQuestionIndex = {
  byId: ReadonlyMap<string, TQuestion>;
  slotOf: ReadonlyMap<string, number>;
  ids: readonly string[];
};

/** A control leaf ("status is one of"): its slot, its decoded-status slot, the codes it accepts (bit mask). */
type TControlLeaf = { id: number; sid: number; mask: number; values: ReadonlySet<unknown> };

function controlLeaf(cond: TCondition, questions: TQuestionIndex): TControlLeaf | null {
  if (cond.op !== "eq" && cond.op !== "in") return null;
  const id = questions.slotOf.get(cond.q);
  if (id === undefined || questions.byId.get(cond.q)?.type !== "control") return null;
  const values = cond.op === "eq" ? [cond.value] : cond.values;
  let mask = 0; // bit k: a status of code k is among the values
  for (const x of values) if (codeOfValue(x) >= 0) mask |= 1 << codeOfValue(x);
  return { id, sid: questions.ids.length + id, mask, values: new Set<unknown>(values) };
}

/** The value of a control leaf: the decoded status against its mask (a status outside the enum by string). */
function controlTri(l: TControlLeaf, a: TSlots): TTri {
  const code = a[l.sid] as number;
  if (code === ST_NONE) return TRI_UNKNOWN;
  if (code !== ST_OTHER) return (l.mask >> code) & 1 ? TRI_TRUE : TRI_FALSE;
  return l.values.has((a[l.id] as { status: string }).status) ? TRI_TRUE : TRI_FALSE;
}

/**
 * A flat all/any of control leaves (most satisfactions that are not a single leaf): one loop over the leaves, no
 * closure call per leaf. Same values and the same explanation as the general node (each leaf is a one-slot segment).
 */
function flatControls(leaves: TControlLeaf[], all: boolean): TEval {
  const n = leaves.length;
  const dominant = all ? TRI_FALSE : TRI_TRUE;
  const neutral = all ? TRI_TRUE : TRI_FALSE;
  return (a, ex) => {
    let res: TTri = neutral;
    if (!ex) {
      for (let i = 0; i < n; i++) {
        const v = controlTri(leaves[i] as TControlLeaf, a);
        if (v === dominant) return dominant;
        if (v === TRI_UNKNOWN) res = TRI_UNKNOWN;
      }
      return res;
    }
    const start = B.top;
    for (let i = 0; i < n; i++) {
      const l = leaves[i] as TControlLeaf;
      const v = controlTri(l, a);
      if (v === res) B.slots[B.top++] = l.id;
      else if (v === dominant || (v === TRI_UNKNOWN && res === neutral)) {
        B.slots[start] = l.id; // outranks everything kept so far
        B.top = start + 1;
        res = v;
      }
    }
    return res;
  };
}

export function compileCondition(cond: TCondition, questions: TQuestionIndex): TEval {
  if (cond.op === "all" || cond.op === "any") {
    const flat = cond.of.map((c) => controlLeaf(c, questions));
    if (flat.length > 0 && flat.every((l) => l !== null)) return flatControls(flat, cond.op === "all");
    const kids = cond.of.map((c) => compileCondition(c, questions));
    const n = kids.length;
    const dominant = cond.op === "all" ? TRI_FALSE : TRI_TRUE;
    const neutral = cond.op === "all" ? TRI_TRUE : TRI_FALSE;
    // One pass; with `out`, keep only the segments of the children whose value matches the result's class.
    return (a, ex) => {
      let res: TTri = neutral;
      if (!ex) {
        for (let i = 0; i < n; i++) {
          const v = (kids[i] as TEval)(a, false);
          if (v === dominant) res = dominant;
          else if (v === TRI_UNKNOWN && res !== dominant) res = TRI_UNKNOWN;
        }
        return res;
      }
      const start = B.top;
      for (let i = 0; i < n; i++) {
        const seg = B.top;
        const v = (kids[i] as TEval)(a, true);
        if (v === res) continue; // same class as what is kept so far: keep this segment too
        if (v === dominant || (v === TRI_UNKNOWN && res === neutral)) {
          // This child outranks everything kept so far: move its segment to the front and drop the rest.
          const len = B.top - seg;
          for (let j = 0; j < len; j++) B.slots[start + j] = B.slots[seg + j] as number;
          B.top = start + len;
          res = v;
        } else {
          B.top = seg; // a weaker child does not explain the result
        }
      }
      return res;
    };
  }
  if (cond.op === "not") {
    const inner = compileCondition(cond.cond, questions);
    return (a, ex) => {
      const v = inner(a, ex);
      return v === TRI_UNKNOWN ? v : v === TRI_TRUE ? TRI_FALSE : TRI_TRUE;
    };
  }
  const q = questions.byId.get(cond.q);
  const id = questions.slotOf.get(cond.q);
  if (!q || id === undefined) throw new Error(`condition reads unknown question "${cond.q}"`);
  // The two most common leaves are written out so the hot path is a single closure call.
  const sid = questions.ids.length + id; // the decoded status of this question (see statusCode())
  if (cond.op === "eq" && q.type === "control") {
    const want = cond.value;
    const wantCode = codeOfValue(want);
    return (a, ex) => {
      if (ex) B.slots[B.top++] = id;
      const code = a[sid] as number;
      if (code === ST_NONE) return TRI_UNKNOWN;
      if (code !== ST_OTHER) return code === wantCode ? TRI_TRUE : TRI_FALSE;
      return (a[id] as { status: string }).status === want ? TRI_TRUE : TRI_FALSE;
    };
  }
  if (cond.op === "eq" && q.type === "boolean") {
    const want = cond.value;
    return (a, ex) => {
      if (ex) B.slots[B.top++] = id;
      const v = a[id];
      if (typeof v !== "boolean") return TRI_UNKNOWN;
      return v === want ? TRI_TRUE : TRI_FALSE;
    };
  }
  if (cond.op === "in" && q.type === "control") {
    // Catalog 1.1.0+ per-control N/A turns most "control is yes" leaves into this one (yes or N/A): as cheap as eq.
    const set = new Set<unknown>(cond.values);
    let mask = 0; // bit k: a status of code k is among the values
    for (const x of cond.values) if (codeOfValue(x) >= 0) mask |= 1 << codeOfValue(x);
    return (a, ex) => {
      if (ex) B.slots[B.top++] = id;
      const code = a[sid] as number;
      if (code === ST_NONE) return TRI_UNKNOWN;
      if (code !== ST_OTHER) return (mask >> code) & 1 ? TRI_TRUE : TRI_FALSE;
      return set.has((a[id] as { status: string }).status) ? TRI_TRUE : TRI_FALSE;
    };
  }
  if (
    (cond.op === "eq" || cond.op === "in") &&
    q.type !== "boolean" &&
    q.type !== "control" &&
    q.type !== "number" &&
    q.type !== "multi"
  ) {
    // A choice or text leaf (the CRA facts, product categories): the answer is a non-blank string or unanswered.
    const values = cond.op === "eq" ? [cond.value] : cond.values;
    const set = new Set<unknown>(values);
    const want = values.length === 1 ? values[0] : undefined;
    const one = values.length === 1 && typeof want === "string" && want.trim() !== "";
    return (a, ex) => {
      if (ex) B.slots[B.top++] = id;
      const v = a[id];
      if (typeof v !== "string") return TRI_UNKNOWN;
      if (one && v === want) return TRI_TRUE; // a match is never blank: no trim
      if (v.trim() === "") return TRI_UNKNOWN;
      return (one ? false : set.has(v)) ? TRI_TRUE : TRI_FALSE;
    };
  }
  const read = readScalar(q, id);
  const leaf =
    (test: (a: TSlots) => TTri): TEval =>
    (a, ex) => {
      if (ex) B.slots[B.top++] = id;
      return test(a);
    };
  switch (cond.op) {
    case "answered":
      return leaf((a) => (read(a) === undefined ? TRI_FALSE : TRI_TRUE));
    case "eq": {
      const want = cond.value;
      return leaf((a) => {
        const v = read(a);
        if (v === undefined) return TRI_UNKNOWN;
        return (Array.isArray(v) ? v.includes(want as string) : v === want) ? TRI_TRUE : TRI_FALSE;
      });
    }
    case "in": {
      const set = new Set<unknown>(cond.values);
      return leaf((a) => {
        const v = read(a);
        if (v === undefined) return TRI_UNKNOWN;
        return (Array.isArray(v) ? v.some((x) => set.has(x)) : set.has(v)) ? TRI_TRUE : TRI_FALSE;
      });
    }
    case "num": {
      const { cmp, value } = cond;
      return leaf((a) => {
        const v = read(a);
        if (typeof v !== "number") return TRI_UNKNOWN;
        return compareNumbers(v, cmp, value) ? TRI_TRUE : TRI_FALSE;
      });
    }
    case "date": {
      const { cmp, value } = cond;
      return leaf((a) => {
        const v = read(a);
        if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return TRI_UNKNOWN;
        return compareDates(v, cmp, value) ? TRI_TRUE : TRI_FALSE;
      });
    }
  }
}

/**
 * A compiled condition plus its leaves in evaluation order. When every leaf explains the result (the common
 * PASS case), assess() returns the precomputed frozen id list instead of allocating a new one per call.
 */
export type TCompiledCond = {
  ev: TEval;
  leafSlots: readonly number[];
  leafIds: readonly string[];
  /** The question slot when the whole condition is one leaf (205 of 298 satisfactions in 1.2.0), else -1. */
  leaf: number;
  /**
   * Per-call memo (see memo in criterion.ts): many criteria share one condition (187 distinct satisfactions among
   * 298 criteria in catalog 1.2.0), so a condition is evaluated and explained once per assess() call. Valid while
   * `gen`/`xGen` equal the call's generation; assess() is synchronous, so no other call can interleave.
   */
  gen: number;
  tri: TTri;
  xGen: number;
  xTri: TTri;
  xDeciding: readonly string[];
  xMissing: readonly string[];
  xHasNull: boolean;
};

function leafSlotsOf(cond: TCondition, q: TQuestionIndex, out: number[] = []): number[] {
  if (cond.op === "all" || cond.op === "any") for (const c of cond.of) leafSlotsOf(c, q, out);
  else if (cond.op === "not") leafSlotsOf(cond.cond, q, out);
  else out.push(q.slotOf.get(cond.q) ?? -1);
  return out;
}

export function compileCond(cond: TCondition, q: TQuestionIndex): TCompiledCond {
  const leafSlots = Object.freeze(leafSlotsOf(cond, q));
  return {
    ev: compileCondition(cond, q),
    leafSlots,
    leafIds: Object.freeze([...new Set(leafSlots)].map((s) => q.ids[s] as string)),
    leaf: cond.op === "all" || cond.op === "any" || cond.op === "not" ? -1 : (leafSlots[0] as number),
    gen: -1,
    tri: TRI_UNKNOWN,
    xGen: -1,
    xTri: TRI_UNKNOWN,
    xDeciding: leafIdsNone,
    xMissing: leafIdsNone,
    xHasNull: false,
  };
}

const leafIdsNone: readonly string[] = Object.freeze([]);

/** One compiled condition per distinct condition of a catalog, so that its per-call memo is shared. */
function sharedCond(cache: Map<string, TCompiledCond>, cond: TCondition, q: TQuestionIndex): TCompiledCond {
  const k = JSON.stringify(cond);
  let hit = cache.get(k);
  if (!hit) {
    hit = compileCond(cond, q);
    cache.set(k, hit);
  }
  return hit;
}

export type TCompiledCriterion = {
  c: TCriterion;
  index: number;
  /** N/A is accepted on every control the criterion reads (criterion and question rules, catalog 1.1.0). */
  naAccepted: boolean;
  /** The catalog's scoring.naPerControl (1.1.0+). */
  perControl: boolean;
  /** Slots of controls whose N/A this criterion refuses while it reads several (catalog 1.1.0; else empty). */
  naRefusedSlots: readonly number[];
  /** Index into TCompiledCatalog.scopes, or -1 when the criterion's scope has no condition. */
  scopeSlot: number;
  applicability: TCompiledCond | null;
  satisfaction: TCompiledCond;
  /** Slots (and frozen ids) of the control-type questions read by the satisfaction: all N/A = a claimed N/A. */
  naQuestions: number[];
  naIds: readonly string[];
};

export type TCompiledScope = { key: string; scope: TScope; evaluate: TCompiledCond };

/** A question asked only when `visible` holds; while hidden, assess() reads `value` instead of its answer. */
export type TCompiledVisibility = { slot: number; visible: TEval; value: unknown };

/** Does the criterion accept a claimed N/A on this control? Both the criterion and the question must allow it. */
export function naAcceptedFor(c: TCriterion, q: TQuestion | undefined): boolean {
  return c.allowNotApplicable && q?.naRefusal === undefined;
}

/**
 * Catalog 1.1.0 per-control N/A: a leaf "control is yes" also holds for a (justified) N/A where the criterion and
 * the question accept it. Done once when compiling, so the rule costs nothing per assess() call; the justification
 * is still required (collect() reports an unjustified N/A as missing).
 */
function acceptNaLeaves(
  cond: TCondition,
  c: TCriterion,
  questions: ReadonlyMap<string, TQuestion>,
): TCondition {
  switch (cond.op) {
    case "all":
    case "any":
      return { ...cond, of: cond.of.map((x) => acceptNaLeaves(x, c, questions)) };
    case "not":
      return cond; // a negated control would turn "yes" into a failure: N/A is left as it is there
    case "eq": {
      const q = questions.get(cond.q);
      if (q?.type === "control" && cond.value === "yes" && naAcceptedFor(c, q))
        return { op: "in", q: cond.q, values: ["yes", "not_applicable"] };
      return cond;
    }
    default:
      return cond;
  }
}

export type TCompiledCatalog = {
  catalog: TCatalog;
  /** Per question slot: 1 for a control question (its status is decoded into slot n + i), else 0. */
  isControl: Uint8Array;
  questions: ReadonlyMap<string, TQuestion>;
  index: TQuestionIndex;
  criteria: TCompiledCriterion[];
  byKey: ReadonlyMap<string, TCompiledCriterion>;
  /** Scopes that have a condition; evaluated once per assess() call, not once per criterion. */
  scopes: TCompiledScope[];
  /** Questions with a visibility condition, in question order (empty before catalog 1.1.0). */
  visibility: TCompiledVisibility[];
  /** Per criterion (catalog order), the position of its scheme in catalog.schemes (-1: none). */
  schemeOf: Int32Array;
};

const cache = new WeakMap<TCatalog, TCompiledCatalog>();

export function compileCatalog(catalog: TCatalog): TCompiledCatalog {
  const hit = cache.get(catalog);
  if (hit) return hit;
  const questions = new Map(catalog.questions.map((q) => [q.id, q]));
  const qindex: TQuestionIndex = {
    byId: questions,
    slotOf: new Map(catalog.questions.map((q, i) => [q.id, i])),
    ids: catalog.questions.map((q) => q.id),
  };
  const scopes: TCompiledScope[] = [];
  for (const s of catalog.schemes) {
    for (const sc of s.scopes) {
      if (sc.condition)
        scopes.push({ key: `${s.id}/${sc.id}`, scope: sc, evaluate: compileCond(sc.condition, qindex) });
    }
  }
  const perControl = catalog.scoring?.naPerControl === true;
  const conds = new Map<string, TCompiledCond>();
  const criteria = catalog.criteria.map((c, index): TCompiledCriterion => {
    const controls = conditionQuestionIds(c.satisfaction).filter(
      (id) => questions.get(id)?.type === "control",
    );
    const refused = controls.filter((id) => !naAcceptedFor(c, questions.get(id)));
    return {
      c,
      index,
      naAccepted: refused.length === 0 && c.allowNotApplicable,
      perControl,
      naRefusedSlots: perControl ? refused.map((id) => qindex.slotOf.get(id) ?? -1) : [],
      scopeSlot: scopes.findIndex((x) => x.key === `${c.scheme}/${c.scope}`),
      applicability: c.applicability ? sharedCond(conds, c.applicability, qindex) : null,
      satisfaction: sharedCond(
        conds,
        perControl ? acceptNaLeaves(c.satisfaction, c, questions) : c.satisfaction,
        qindex,
      ),
      naQuestions: controls.map((id) => qindex.slotOf.get(id) ?? -1),
      naIds: Object.freeze(controls),
    };
  });
  const visibility: TCompiledVisibility[] = [];
  catalog.questions.forEach((q, slot) => {
    if (q.visibleWhen)
      visibility.push({ slot, visible: compileCondition(q.visibleWhen, qindex), value: q.hiddenValue });
  });
  const compiled = {
    catalog,
    isControl: Uint8Array.from(catalog.questions, (q) => (q.type === "control" ? 1 : 0)),
    questions,
    index: qindex,
    criteria,
    byKey: new Map(criteria.map((x) => [x.c.key, x])),
    scopes,
    visibility,
    schemeOf: Int32Array.from(catalog.criteria, (c) => catalog.schemes.findIndex((s) => s.id === c.scheme)),
  };
  cache.set(catalog, compiled);
  return compiled;
}

/** Copies an answers payload into slot order (unknown ids are ignored: parseAnswers() rejects them upstream). */
export function toSlots(cc: TCompiledCatalog, answers: TAnswers, hiddenOut?: string[]): unknown[] {
  // Walk the question list, not the payload: for-in over a large dictionary-mode object is far slower.
  const ids = cc.index.ids;
  const n = ids.length;
  const ctl = cc.isControl;
  // Answers in 0..n-1, then the decoded status of each control answer in n..2n-1 (0 for other questions).
  const slots: unknown[] = new Array(2 * n);
  for (let i = 0; i < n; i++) {
    const v = answers[ids[i] as string];
    slots[i] = v;
    slots[n + i] = ctl[i] === 1 ? statusCode(v) : ST_NONE;
  }
  // A hidden question (its premise is false) is read as its hidden value, never as a stale answer. In question
  // order, so a question may depend on an earlier one that is itself hidden.
  const vis = cc.visibility;
  for (let i = 0; i < vis.length; i++) {
    const h = vis[i] as TCompiledVisibility;
    if (h.visible(slots, false) === TRI_FALSE) {
      slots[h.slot] = h.value;
      slots[n + h.slot] = ctl[h.slot] === 1 ? statusCode(h.value) : ST_NONE;
      hiddenOut?.push(ids[h.slot] as string);
    }
  }
  return slots;
}

/** Ids of the questions hidden for these answers (their premise is false): not asked, not counted in progress. */
export function hiddenQuestions(cc: TCompiledCatalog, answers: TAnswers): string[] {
  if (cc.visibility.length === 0) return [];
  const out: string[] = [];
  toSlots(cc, answers, out);
  return out;
}
