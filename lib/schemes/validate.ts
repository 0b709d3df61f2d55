import { z } from "zod";
import { CONTROL_STATUSES, conditionQuestionIds, type TCondition } from "./conditions";
import { ZCatalogShape, type TCatalog, type TQuestion } from "./types";

/**
 * Catalog validation = shape (zod objects) + references (this refinement). A broken catalog yields zod issues
 * whose message names the criterion or scope and the question, so an author can fix the data file directly.
 */

type TCtx = z.RefinementCtx;
type TWhere = { owner: string; path: (string | number)[]; onlyProfile: boolean };

function checkCondition(cond: TCondition, byId: Map<string, TQuestion>, where: TWhere, ctx: TCtx): void {
  const issue = (message: string) =>
    ctx.addIssue({ code: "custom", path: where.path, message: `${where.owner}: ${message}` });
  switch (cond.op) {
    case "all":
    case "any":
      for (const c of cond.of) checkCondition(c, byId, where, ctx);
      return;
    case "not":
      checkCondition(cond.cond, byId, where, ctx);
      return;
    default: {
      const q = byId.get(cond.q);
      if (!q) return issue(`condition reads unknown question "${cond.q}"`);
      if (where.onlyProfile && q.kind !== "profile")
        issue(`applicability/scope condition reads control question "${q.id}"`);
      const values = cond.op === "eq" ? [cond.value] : cond.op === "in" ? cond.values : [];
      for (const v of values) {
        const ok =
          q.type === "boolean"
            ? typeof v === "boolean"
            : q.type === "control"
              ? typeof v === "string" && (CONTROL_STATUSES as readonly string[]).includes(v)
              : q.type === "choice" || q.type === "multi"
                ? typeof v === "string" && q.options.some((o) => o.value === v)
                : q.type === "number"
                  ? typeof v === "number"
                  : typeof v === "string";
        if (!ok) issue(`value ${JSON.stringify(v)} does not fit question "${q.id}" of type ${q.type}`);
      }
      if (cond.op === "num" && q.type !== "number")
        issue(`number comparison on non-number question "${q.id}"`);
      if (cond.op === "date" && q.type !== "date") issue(`date comparison on non-date question "${q.id}"`);
    }
  }
}

export function refineCatalog(cat: TCatalog, ctx: TCtx): void {
  const byId = new Map<string, TQuestion>();
  cat.questions.forEach((q, i) => {
    if (byId.has(q.id))
      ctx.addIssue({
        code: "custom",
        path: ["questions", i, "id"],
        message: `duplicate question id "${q.id}"`,
      });
    byId.set(q.id, q);
  });
  const scopes = new Map(cat.schemes.flatMap((s) => s.scopes.map((sc) => [`${s.id}/${sc.id}`, sc] as const)));
  const keys = new Set<string>();
  cat.criteria.forEach((c, i) => {
    const owner = `criterion ${c.key}`;
    if (keys.has(c.key))
      ctx.addIssue({
        code: "custom",
        path: ["criteria", i, "key"],
        message: `duplicate criterion key "${c.key}"`,
      });
    keys.add(c.key);
    if (!scopes.has(`${c.scheme}/${c.scope}`)) {
      ctx.addIssue({
        code: "custom",
        path: ["criteria", i, "scope"],
        message: `${owner}: unknown scope "${c.scope}" for ${c.scheme}`,
      });
    }
    if (c.scheme === "CN_CCL" && c.level === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["criteria", i, "level"],
        message: `${owner}: China criteria need a star level`,
      });
    }
    if (c.scheme === "EU_RED" && c.eu === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["criteria", i, "eu"],
        message: `${owner}: EU criteria need part and article`,
      });
    }
    if (c.applicability)
      checkCondition(
        c.applicability,
        byId,
        { owner, path: ["criteria", i, "applicability"], onlyProfile: true },
        ctx,
      );
    checkCondition(
      c.satisfaction,
      byId,
      { owner, path: ["criteria", i, "satisfaction"], onlyProfile: Boolean(c.gate) },
      ctx,
    );
  });
  cat.schemes.forEach((s, si) => {
    s.scopes.forEach((sc, j) => {
      if (sc.condition) {
        checkCondition(
          sc.condition,
          byId,
          {
            owner: `scope ${s.id}/${sc.id}`,
            path: ["schemes", si, "scopes", j, "condition"],
            onlyProfile: true,
          },
          ctx,
        );
      }
    });
    s.restrictions?.forEach((r, j) => {
      checkCondition(
        r.trigger,
        byId,
        {
          owner: `restriction ${r.id}`,
          path: ["schemes", si, "restrictions", j, "trigger"],
          onlyProfile: false,
        },
        ctx,
      );
      for (const part of r.parts) {
        for (const id of r.criteria) {
          if (!keys.has(`18031-${part}:${id}`)) {
            ctx.addIssue({
              code: "custom",
              path: ["schemes", si, "restrictions", j],
              message: `restriction ${r.id}: no criterion 18031-${part}:${id}`,
            });
          }
        }
      }
    });
    s.scopeReasons?.forEach((r, j) => {
      if (r.scope !== undefined && !s.scopes.some((sc) => sc.id === r.scope))
        ctx.addIssue({
          code: "custom",
          path: ["schemes", si, "scopeReasons", j, "scope"],
          message: `${s.id} scope reason: unknown scope "${r.scope}"`,
        });
      checkCondition(
        r.when,
        byId,
        {
          owner: `${s.id} scope reason`,
          path: ["schemes", si, "scopeReasons", j, "when"],
          onlyProfile: true,
        },
        ctx,
      );
    });
    s.registryFields?.forEach((f, j) => {
      for (const q of f.questions) {
        if (!byId.has(q))
          ctx.addIssue({
            code: "custom",
            path: ["schemes", si, "registryFields", j],
            message: `registry field ${f.field}: unknown question "${q}"`,
          });
      }
    });
    s.facts?.forEach((f, j) => {
      if (s.facts?.findIndex((x) => x.id === f.id) !== j)
        ctx.addIssue({
          code: "custom",
          path: ["schemes", si, "facts", j, "id"],
          message: `${s.id}: duplicate fact "${f.id}"`,
        });
      checkCondition(
        f.when,
        byId,
        { owner: `${s.id} fact ${f.id}`, path: ["schemes", si, "facts", j, "when"], onlyProfile: true },
        ctx,
      );
    });
    for (const [name, extra] of [
      ["regimeSwitch", s.regimeSwitch],
      ["catalogueEligibility", s.catalogueEligibility],
    ] as const) {
      if (extra)
        checkCondition(
          extra.condition,
          byId,
          { owner: `${s.id} ${name}`, path: ["schemes", si, name], onlyProfile: true },
          ctx,
        );
    }
  });
}

/** Catalog 1.1.0 fields: N/A refusals with their reason, upstream links, visibility and facts every scheme reads. */
function refineRules(cat: TCatalog, ctx: TCtx): void {
  const byId = new Map(cat.questions.map((q) => [q.id, q]));
  cat.questions.forEach((q, i) => {
    if (q.naRefusal !== undefined && q.type !== "control")
      ctx.addIssue({
        code: "custom",
        path: ["questions", i, "naRefusal"],
        message: `question ${q.id}: only control questions can refuse N/A`,
      });
    if (q.visibleWhen) {
      checkCondition(
        q.visibleWhen,
        byId,
        { owner: `question ${q.id}`, path: ["questions", i, "visibleWhen"], onlyProfile: false },
        ctx,
      );
      if (conditionQuestionIds(q.visibleWhen).includes(q.id))
        ctx.addIssue({
          code: "custom",
          path: ["questions", i, "visibleWhen"],
          message: `question ${q.id}: visible only when it is itself answered`,
        });
      for (const id of conditionQuestionIds(q.visibleWhen))
        if (byId.get(id)?.type === "control")
          ctx.addIssue({
            code: "custom",
            path: ["questions", i, "visibleWhen"],
            message: `question ${q.id}: visibility may not depend on a control status ("${id}"), or an honest "yes" could hide an answer`,
          });
    }
  });
  const ids = new Set(cat.criteria.map((c) => c.key));
  cat.criteria.forEach((c, i) => {
    if (cat.scoring && !c.allowNotApplicable && c.naRefusal === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["criteria", i, "naRefusal"],
        message: `criterion ${c.key}: refuses N/A without saying why (naRefusal)`,
      });
    if (c.allowNotApplicable && c.naRefusal !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["criteria", i, "naRefusal"],
        message: `criterion ${c.key}: allows N/A but has a refusal reason`,
      });
    if (c.upstream !== undefined) {
      const prefix = c.key.slice(0, c.key.length - c.id.length);
      if (!ids.has(`${prefix}${c.upstream}`))
        ctx.addIssue({
          code: "custom",
          path: ["criteria", i, "upstream"],
          message: `criterion ${c.key}: unknown upstream "${c.upstream}"`,
        });
    }
  });
  cat.scoring?.sharedFacts?.forEach((f, j) => {
    if (!byId.has(f.q))
      ctx.addIssue({
        code: "custom",
        path: ["scoring", "sharedFacts", j],
        message: `shared fact: unknown question "${f.q}"`,
      });
    for (const scheme of f.schemes) {
      const reads = cat.criteria.some(
        (c) => c.scheme === scheme && conditionQuestionIds(c.satisfaction).includes(f.q),
      );
      const restricts = cat.schemes.some(
        (s) => s.id === scheme && s.restrictions?.some((r) => conditionQuestionIds(r.trigger).includes(f.q)),
      );
      if (!reads && !restricts)
        ctx.addIssue({
          code: "custom",
          path: ["scoring", "sharedFacts", j],
          message: `shared fact "${f.q}": no ${scheme} criterion reads it`,
        });
    }
  });
}

export const ZCatalog = ZCatalogShape.superRefine((cat, ctx) => {
  refineCatalog(cat, ctx);
  refineRules(cat, ctx);
});

/**
 * Shape errors only carry an index path (criteria.12.satisfaction…): prefix them with the key or id found at
 * that index in the raw input, so every message names the criterion or question at fault.
 */
export function nameIssues(raw: unknown, error: z.ZodError): z.ZodError {
  const at = (list: string, i: unknown, field: string): string | undefined => {
    if (typeof raw !== "object" || raw === null || typeof i !== "number") return undefined;
    const arr = (raw as Record<string, unknown>)[list];
    const item = Array.isArray(arr) ? (arr[i] as Record<string, unknown> | undefined) : undefined;
    const v = item?.[field];
    return typeof v === "string" ? v : undefined;
  };
  return new z.ZodError(
    error.issues.map((issue) => {
      const [list, i] = issue.path;
      const name =
        list === "criteria"
          ? at("criteria", i, "key")
          : list === "questions"
            ? at("questions", i, "id")
            : undefined;
      const owner = list === "criteria" ? `criterion ${name}` : `question ${name}`;
      return name !== undefined && !issue.message.startsWith(owner)
        ? { ...issue, message: `${owner}: ${issue.message}` }
        : issue;
    }),
  );
}
