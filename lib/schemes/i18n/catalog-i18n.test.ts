import { describe, expect, it } from "vitest";
import { assess } from "@/lib/scoring";
import { labelFixtureAnswers } from "@/lib/labels/fixtures";
import { getCatalog, listCatalogVersions } from "@/lib/schemes";
import { catalogEntries, catalogLocales, dictionaryIssues, extendDictionary, localizeCatalog } from "./index";
import { zhCN_1_0_0 } from "./zh-CN/catalog-1.0.0";
import { zhCN_1_1_0 } from "./zh-CN/catalog-1.1.0";

describe("catalog translations", () => {
  for (const version of listCatalogVersions())
    it(`catalog ${version} has a complete, valid Simplified Chinese dictionary`, () => {
      expect(catalogLocales(version)).toContain("zh-CN");
      const catalog = localizeCatalog(version, "zh-CN");
      expect(catalog.questions.length).toBe(getCatalog(version).questions.length);
    });

  it("finds no missing, unknown, empty or identifier-losing entries in zh-CN 1.0.0", () => {
    expect(dictionaryIssues(getCatalog("1.0.0"), zhCN_1_0_0)).toEqual([]);
    // every text a reader sees is covered (about 1,140 entries)
    expect(catalogEntries(getCatalog("1.0.0")).size).toBeGreaterThan(1000);
  });

  it("fails validation on a missing translation, a stale key and a lost requirement identifier", () => {
    const catalog = getCatalog("1.0.0");
    const aum = "criterion.18031-1:AUM-5-2.text";
    const broken = extendDictionary(zhCN_1_0_0, {
      version: "1.0.0",
      entries: { "question.p.gone.label": "不存在", [aum]: "由用户设定密码。" },
      removed: ["question.p.radio.help"],
    });
    const issues = dictionaryIssues(catalog, broken);
    expect(issues).toContainEqual({ kind: "missing", key: "question.p.radio.help" });
    expect(issues).toContainEqual({ kind: "unknown", key: "question.p.gone.label" });
    expect(issues).toContainEqual({ kind: "identifier", key: aum, identifier: "AUM-5-1" });
  });

  it("keeps ids, values and conditions: the localized catalog scores exactly like the English one", () => {
    const en = getCatalog("1.0.0");
    const zh = localizeCatalog("1.0.0", "zh-CN");
    const answers = labelFixtureAnswers(en);
    // Results copy some catalog wording (scope labels, restriction summaries); every verdict, status and route is equal.
    const WORDS = new Set(["label", "summary", "note", "name", "title", "text"]);
    const outcome = (r: unknown) => JSON.stringify(r, (k, v: unknown) => (WORDS.has(k) ? undefined : v));
    expect(outcome(assess(zh, answers))).toEqual(outcome(assess(en, answers)));
    expect(zh.criteria.map((c) => [c.key, c.id, c.satisfaction])).toEqual(
      en.criteria.map((c) => [c.key, c.id, c.satisfaction]),
    );
    const q = zh.questions.find((x) => x.id === "p.category")!;
    expect(q.prompt).toMatch(/[\u4e00-\u9fff]/);
    expect(q.type === "choice" && q.options.map((o) => o.value)).toEqual(
      en.questions.find((x) => x.id === "p.category")!.type === "choice" &&
        (en.questions.find((x) => x.id === "p.category") as { options: { value: string }[] }).options.map(
          (o) => o.value,
        ),
    );
  });

  it("uses the official Chinese names", () => {
    const zh = localizeCatalog("1.0.0", "zh-CN");
    const cn = zh.schemes.find((s) => s.id === "CN_CCL")!;
    expect(cn.name).toContain("网络安全标识");
    expect(cn.legalBasis.join("")).toContain("个人信息保护法");
    expect(cn.legalBasis.join("")).toContain("网络安全法");
    expect(zh.criteria.find((c) => c.key === "CN-3.06")!.text).toContain("GB/T 22239-2019");
  });

  it("lets a patch version add and override entries over its base", () => {
    const patched = extendDictionary(zhCN_1_0_0, {
      version: "1.1.0",
      entries: { "question.p.radio.help": "新说明", "question.p.new.label": "新问题" },
      removed: ["question.p.toy.help"],
    });
    expect(patched.version).toBe("1.1.0");
    expect(patched.entries["question.p.radio.help"]).toBe("新说明");
    expect(patched.entries["question.p.new.label"]).toBe("新问题");
    expect(patched.entries["question.p.toy.help"]).toBeUndefined();
    expect(patched.entries["question.p.radio.label"]).toBe(zhCN_1_0_0.entries["question.p.radio.label"]);
  });

  it("translates catalog 1.1.0 as an extension of 1.0.0: no missing, stale, empty or identifier-losing entries", () => {
    const en = getCatalog("1.1.0");
    expect(() => localizeCatalog("1.1.0", "zh-CN")).not.toThrow();
    expect(catalogLocales("1.1.0")).toEqual(["en", "zh-CN"]);
    expect(dictionaryIssues(en, zhCN_1_1_0)).toEqual([]);
    // 1.0.0's dictionary alone misses exactly the texts 1.1.0 adds (refusal reasons, scope reasons, changelog, CN-3.09)
    const missing = dictionaryIssues(en, zhCN_1_0_0).filter((i) => i.kind === "missing");
    expect(missing).toContainEqual({ kind: "missing", key: "criterion.CN-3.09.text" });
    expect(missing).toContainEqual({ kind: "missing", key: "question.c.pw.no_skip.naRefusal" });
    expect(missing).toContainEqual({ kind: "missing", key: "scheme.EU_RED.scopeReason.2" });
    expect(missing).toContainEqual({ kind: "missing", key: "catalog.changelog.0" });
    // texts 1.1.0 changes are overridden, the rest carried over from 1.0.0
    expect(zhCN_1_1_0.entries["question.p.medical.prompt"]).not.toBe(
      zhCN_1_0_0.entries["question.p.medical.prompt"],
    );
    expect(zhCN_1_1_0.entries["question.p.radio.prompt"]).toBe(zhCN_1_0_0.entries["question.p.radio.prompt"]);
  });

  it("shows 1.1.0's new texts in Chinese: CN-3.09, N/A refusal reasons, scope reasons and the changelog", () => {
    const zh = localizeCatalog("1.1.0", "zh-CN");
    const en = getCatalog("1.1.0");
    const han = /[\u4e00-\u9fff]/;
    const c309 = zh.criteria.find((c) => c.key === "CN-3.09")!;
    expect(c309.title).toMatch(han);
    expect(c309.text).toContain("CMA");
    expect(c309.naRefusal).toMatch(han);
    for (const c of zh.criteria) if (c.naRefusal !== undefined) expect(c.naRefusal, c.key).toMatch(han);
    for (const q of zh.questions) if (q.naRefusal !== undefined) expect(q.naRefusal, q.id).toMatch(han);
    for (const s of zh.schemes) for (const r of s.scopeReasons ?? []) expect(r.reason, s.id).toMatch(han);
    expect(zh.changelog).toHaveLength(en.changelog!.length);
    for (const line of zh.changelog!) expect(line).toMatch(han);
    expect(zh.changelog!.join("")).toContain("CN-3.09");
    for (const f of zh.scoring!.sharedFacts!) expect(f.why).toMatch(han);
  });

  it("keeps ids, values and conditions in 1.1.0: the localized catalog scores exactly like the English one", () => {
    const en = getCatalog("1.1.0");
    const zh = localizeCatalog("1.1.0", "zh-CN");
    const answers = labelFixtureAnswers(en);
    const WORDS = new Set([
      "label",
      "summary",
      "note",
      "name",
      "title",
      "text",
      "reason",
      "naRefusal",
      "why",
    ]);
    const outcome = (r: unknown) =>
      JSON.stringify(r, (k, v: unknown) => (WORDS.has(k) || k === "outOfScopeReasons" ? undefined : v));
    expect(outcome(assess(zh, answers))).toEqual(outcome(assess(en, answers)));
    expect(zh.criteria.map((c) => [c.key, c.id, c.satisfaction, c.allowNotApplicable, c.upstream])).toEqual(
      en.criteria.map((c) => [c.key, c.id, c.satisfaction, c.allowNotApplicable, c.upstream]),
    );
    expect(zh.scoring).toEqual({
      ...en.scoring,
      sharedFacts: en.scoring!.sharedFacts!.map((f) => ({ ...f, why: expect.any(String) as unknown })),
    });
    expect(zh.schemes.map((s) => s.scopeReasons?.map((r) => [r.scope, r.when]))).toEqual(
      en.schemes.map((s) => s.scopeReasons?.map((r) => [r.scope, r.when])),
    );
  });
});
