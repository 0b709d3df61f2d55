import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assess, readinessOf } from "@/lib/scoring";
import { goodAnswers, realisticAnswers } from "@/lib/scoring/fixtures";
import { getCatalog, listCatalogVersions } from "./index";
import { artworkBody } from "./artwork";
import { schemeResultSchemas } from "./openapi";
import { publicResultBuilder } from "./public";
import { publicPage } from "./public-page";
import { MESSAGES } from "@/messages";
import { LOCALES } from "@/lib/i18n/locales";
import { ALL_SCHEME_IDS, readerOrder, SCHEME_MODULES, schemeIds, schemeModule, schemeName } from "./registry";
import { reportSection } from "./report-sections";
import { SCHEME_IDS } from "./types";
import { schemeUi } from "./ui";
import enPublic from "@/messages/en/publicLabel.json" with { type: "json" };
import zhPublic from "@/messages/zh-CN/publicLabel.json" with { type: "json" };

describe("the scheme registry", () => {
  it("lists one module per scheme id, each with every part the application iterates", () => {
    expect(ALL_SCHEME_IDS).toEqual([...SCHEME_IDS]);
    for (const m of SCHEME_MODULES) {
      expect(schemeModule(m.id)).toBe(m);
      expect(typeof artworkBody(m.id)).toBe("function");
      expect(typeof publicResultBuilder(m.id)).toBe("function");
      expect(typeof publicPage(m.id).Detail).toBe("function");
      expect(typeof reportSection(m.id).v2.draw).toBe("function");
      expect(typeof schemeUi(m.id).Live).toBe("function");
      // Outcome wording in every supported language, for every outcome in the total order.
      expect(new Set(m.outcomes).size).toBe(m.outcomes.length);
      for (const o of m.outcomes) {
        expect(m.outcomeText[o]?.en, `${m.id} ${o}`).toBeTruthy();
        expect(m.outcomeText[o]?.["zh-CN"], `${m.id} ${o}`).toMatch(/[\u4e00-\u9fff]/);
      }
      // Artwork says what was assessed and that it is not an official mark.
      expect(m.artwork.disclaimer).toMatch(/not (a|an|the) /);
      // The public page's card title, in every language.
      for (const msgs of [enPublic, zhPublic])
        expect((msgs.schemeTitle as Record<string, string>)[m.id], `${m.id} schemeTitle`).toBeTruthy();
    }
    expect(new Set(SCHEME_MODULES.map((m) => m.code)).size).toBe(SCHEME_MODULES.length);
    expect(new Set(SCHEME_MODULES.map((m) => m.slug)).size).toBe(SCHEME_MODULES.length);
  });

  it("names every scheme in every language in one place, the registry, and nowhere in the messages", () => {
    for (const lang of LOCALES) {
      const names = SCHEME_MODULES.map((m) => schemeName(m.id, lang));
      for (const n of names) expect(n.trim(), lang).not.toBe("");
      expect(new Set(names).size, lang).toBe(names.length);
    }
    expect(schemeName("CN_CCL", "zh-CN")).toBe("中国网络安全标识");
    expect(schemeName("US_CTM", "en")).toBe("US Cyber Trust Mark");
    // No namespace keeps a table of scheme names of its own (status.scheme, review.scheme, catalog.schemeLabel and
    // report.scheme.*.chart once did). Keyed by scheme, and not names: the public card's and the report section's
    // long titles (pinned by golden files) and the results panel's scope sentences.
    const tables: string[] = [];
    const walk = (o: unknown, at: string) => {
      if (!o || typeof o !== "object") return;
      if (Object.keys(o).some((k) => (ALL_SCHEME_IDS as readonly string[]).includes(k))) tables.push(at);
      for (const [k, v] of Object.entries(o)) walk(v, at ? `${at}.${k}` : k);
    };
    for (const lang of LOCALES) walk(MESSAGES[lang], lang);
    expect(tables.sort()).toEqual(
      ["publicLabel.schemeTitle", "report.scheme", "schemeResults.scope"]
        .flatMap((t) => LOCALES.map((l) => `${l}.${t}`))
        .sort(),
    );
  });

  it("gives a module without parts of its own the generic ones, keyed by its id", async () => {
    const { genericOpenApi } = await import("./generic/openapi");
    const o = genericOpenApi("ETSI_303645" as never, "x");
    expect(o.result).toBe("Etsi303645Result");
    const h = {
      obj: (properties: Record<string, unknown>, extra?: Record<string, unknown>) => ({
        properties,
        ...extra,
      }),
      ref: (name: string) => ({ $ref: name }),
      str: { type: "string" },
      nullableBool: { type: ["boolean", "null"] },
      schemeCommon: { name: {} },
      localized: { type: "object" },
    };
    expect(o.schemas(h).Etsi303645Result).toMatchObject({
      properties: { scheme: { const: "ETSI_303645" }, name: {}, inScope: h.nullableBool },
      description: "x",
    });
  });

  it("reads stored ids back in their stored order and drops ids no module claims", () => {
    expect(schemeIds(["CN_CCL", "EU_RED", "XX_GONE", "CN_CCL"])).toEqual(["CN_CCL", "EU_RED"]);
    expect(readerOrder(["EU_RED", "US_CTM", "CN_CCL"], "zh-CN")[0]).toBe("CN_CCL");
    expect(readerOrder(["EU_RED", "US_CTM", "CN_CCL"], "en")).toEqual(["EU_RED", "US_CTM", "CN_CCL"]);
  });

  it("builds the OpenAPI union from the modules, one discriminator entry per scheme", () => {
    const out = schemeResultSchemas({
      obj: (properties) => ({ type: "object", properties }),
      ref: (name) => ({ $ref: name }),
      str: { type: "string" },
      nullableBool: { type: ["boolean", "null"] },
      localized: { type: "object" },
      schemeCommon: {},
    });
    const mapping = (out.SchemeResult as { discriminator: { mapping: Record<string, string> } }).discriminator
      .mapping;
    expect(Object.keys(mapping)).toEqual([...ALL_SCHEME_IDS]);
    for (const target of Object.values(mapping)) expect(out[target.split("/").pop() as string]).toBeDefined();
  });
});

describe("the common result envelope", () => {
  const cases = listCatalogVersions().flatMap((v) => {
    const catalog = getCatalog(v);
    return [
      [`${v} empty`, assess(catalog, {})],
      [`${v} realistic`, assess(catalog, realisticAnswers(catalog))],
      [`${v} good`, assess(catalog, goodAnswers(catalog))],
    ] as const;
  });

  it.each(cases)("%s: every module gives a consistent envelope", (_name, a) => {
    for (const m of SCHEME_MODULES) {
      const e = m.envelope(a);
      expect(e.scheme).toBe(m.id);
      expect(m.outcomes).toContain(e.outcome);
      expect(e.rank).toBe(m.outcomes.indexOf(e.outcome));
      expect(e.headline).toBe(m.outcomeText[e.outcome]?.en);
      expect(e.why.length).toBeGreaterThan(0);
      expect(e.readiness).toEqual(readinessOf(a, m.id));
      // What to fix next is drawn from this scheme's gaps only (a generic scheme's gaps name its id).
      const mine = (t: string) => t === m.code || t.startsWith(`${m.code}:`) || t === m.id;
      for (const q of e.next)
        expect(a.gaps.some((g) => g.questionIds.includes(q) && g.targets.some(mine))).toBe(true);
      expect(m.summary(a).text.length).toBeGreaterThan(0);
    }
  });

  it("orders outcomes so that better results rank higher within the scheme", () => {
    const catalog = getCatalog();
    const empty = assess(catalog, {});
    const good = assess(catalog, goodAnswers(catalog));
    const cn = schemeModule("CN_CCL");
    expect(cn.envelope(good).rank).toBeGreaterThanOrEqual(cn.envelope(empty).rank);
    expect(cn.envelope(good).headline).toMatch(/of 3 stars/);
    const us = schemeModule("US_CTM");
    expect(us.envelope(good).outcome).toBe("eligible");
    expect(us.envelope(empty).outcome).toBe("incomplete");
    expect(schemeModule("EU_RED").envelope(empty).outcome).toBe("incomplete");
  });

  it("nothing outside lib/schemes names a scheme id except the scoring engine it wraps", () => {
    // The grep as a test: a new scheme is a module, not edits across the application.
    const root = path.join(__dirname, "..", "..");
    const naming: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(path.join(root, dir), { withFileTypes: true })) {
        const rel = `${dir}/${e.name}`;
        if (e.isDirectory()) {
          if (rel !== "lib/schemes" && rel !== "lib/testing" && e.name !== "node_modules") walk(rel);
        } else if (/\.tsx?$/.test(e.name) && !/\.test\./.test(e.name)) {
          if (/EU_RED|US_CTM|CN_CCL/.test(readFileSync(path.join(root, rel), "utf8"))) naming.push(rel);
        }
      }
    };
    for (const d of ["lib", "app", "components"]) walk(d);
    expect(naming.sort()).toEqual(["lib/scoring/assess.ts", "lib/scoring/gaps.ts", "lib/scoring/plan.ts"]);
  });
});
