import { describe, expect, it } from "vitest";
import {
  catalogToCsv,
  conditionQuestionIds,
  CURRENT_CATALOG_VERSION,
  getCatalog,
  getCrosswalk,
  listCatalogVersions,
  printCondition,
  ZCondition,
  type TCatalog,
  type TCondition,
} from "@/lib/schemes";

const cat = getCatalog("1.0.0");
const byId = new Map(cat.questions.map((q) => [q.id, q]));

function allConditions(c: TCatalog): { owner: string; cond: TCondition }[] {
  const out: { owner: string; cond: TCondition }[] = [];
  for (const cr of c.criteria) {
    if (cr.applicability) out.push({ owner: `${cr.key}/applicability`, cond: cr.applicability });
    out.push({ owner: `${cr.key}/satisfaction`, cond: cr.satisfaction });
  }
  for (const s of c.schemes) {
    for (const sc of s.scopes) if (sc.condition) out.push({ owner: `${s.id}/${sc.id}`, cond: sc.condition });
    for (const r of s.restrictions ?? []) out.push({ owner: r.id, cond: r.trigger });
    if (s.regimeSwitch) out.push({ owner: `${s.id}/regime`, cond: s.regimeSwitch.condition });
    if (s.catalogueEligibility)
      out.push({ owner: `${s.id}/catalogue`, cond: s.catalogueEligibility.condition });
  }
  return out;
}

describe("catalog v1 integrity", () => {
  it("is listed and cached; new assessments start on 1.2.0", () => {
    expect(CURRENT_CATALOG_VERSION).toBe("1.2.0");
    expect(listCatalogVersions()).toEqual(["1.0.0", "1.1.0", "1.2.0"]);
    expect(listCatalogVersions()).toContain(CURRENT_CATALOG_VERSION);
    expect(getCatalog()).toBe(getCatalog(CURRENT_CATALOG_VERSION));
    expect(() => getCatalog("9.9.9")).toThrow(/Unknown catalog version/);
  });

  it("has unique question ids and criterion keys", () => {
    expect(new Set(cat.questions.map((q) => q.id)).size).toBe(cat.questions.length);
    expect(new Set(cat.criteria.map((c) => c.key)).size).toBe(cat.criteria.length);
  });

  it("parses every condition and every referenced question exists", () => {
    for (const { owner, cond } of allConditions(cat)) {
      expect(ZCondition.safeParse(cond).success, owner).toBe(true);
      for (const q of conditionQuestionIds(cond)) expect(byId.has(q), `${owner} reads ${q}`).toBe(true);
    }
  });

  it("uses every question somewhere", () => {
    const used = new Set(allConditions(cat).flatMap(({ cond }) => conditionQuestionIds(cond)));
    for (const s of cat.schemes)
      for (const f of s.registryFields ?? []) f.questions.forEach((q) => used.add(q));
    expect(cat.questions.map((q) => q.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it("reads profile questions for applicability and at least one control for satisfaction", () => {
    for (const c of cat.criteria) {
      if (c.applicability) {
        for (const q of conditionQuestionIds(c.applicability))
          expect(byId.get(q)?.kind, `${c.key} applicability ${q}`).toBe("profile");
      }
      const controls = conditionQuestionIds(c.satisfaction).filter((q) => byId.get(q)?.kind === "control");
      if (c.gate) expect(controls, c.key).toEqual([]);
      else expect(controls.length, `${c.key} reads no control question`).toBeGreaterThan(0);
    }
  });

  it("gives every question help text and expected evidence", () => {
    for (const q of cat.questions) {
      expect(q.help.length, q.id).toBeGreaterThan(0);
      if (q.kind === "control") expect(q.evidence.length, q.id).toBeGreaterThan(0);
    }
  });

  it.each([
    ["EN 18031-1", (c: TCatalog["criteria"][number]) => c.eu?.part === 1, 33],
    ["EN 18031-2", (c: TCatalog["criteria"][number]) => c.eu?.part === 2, 43],
    ["EN 18031-3", (c: TCatalog["criteria"][number]) => c.eu?.part === 3, 37],
    // NIST IR 8425: 16 product outcome rows (incl. IAC 1a–1c), 4 developer outcomes, 8 FCC rule-level items.
    [
      "US product outcomes",
      (c: TCatalog["criteria"][number]) =>
        c.scheme === "US_CTM" &&
        !c.key.startsWith("US.FCC") &&
        !["US.DOC.1", "US.IQR.1", "US.ID.1", "US.PEA.1"].includes(c.key),
      16,
    ],
    [
      "US developer outcomes",
      (c: TCatalog["criteria"][number]) => ["US.DOC.1", "US.IQR.1", "US.ID.1", "US.PEA.1"].includes(c.key),
      4,
    ],
    ["US FCC items", (c: TCatalog["criteria"][number]) => c.key.startsWith("US.FCC."), 8],
    // china-label.md §5.1: 17 rows plus CN-1.06a, the non-updatable alternative named in CN-1.06's condition.
    ["China 1 star", (c: TCatalog["criteria"][number]) => c.scheme === "CN_CCL" && c.level === 1, 18],
    ["China 2 stars", (c: TCatalog["criteria"][number]) => c.scheme === "CN_CCL" && c.level === 2, 14],
    ["China 3 stars", (c: TCatalog["criteria"][number]) => c.scheme === "CN_CCL" && c.level === 3, 8],
  ])("counts %s", (_label, pred, n) => {
    expect(cat.criteria.filter(pred).length).toBe(n);
  });

  it("keeps EU parts on their articles and marks China provisional", () => {
    for (const c of cat.criteria.filter((x) => x.eu))
      expect(c.eu?.article).toBe({ 1: "d", 2: "e", 3: "f" }[c.eu?.part ?? 1]);
    expect(cat.schemes.find((s) => s.id === "CN_CCL")?.provisional).toBe(true);
    for (const s of cat.schemes) expect(s.confidenceNotes.length).toBeGreaterThan(0);
    expect(cat.criteria.filter((c) => c.scheme === "CN_CCL").every((c) => c.confidence === "proposal")).toBe(
      true,
    );
  });
});

describe("crosswalk, printer and CSV", () => {
  it("maps a criterion to other schemes reading the same control questions", () => {
    const x = getCrosswalk(cat, "18031-1:AUM-5-1");
    expect(x?.controlQuestionIds).toEqual(["c.pw.factory_unique_or_forced"]);
    const keys = x?.otherSchemes.map((o) => o.key) ?? [];
    expect(keys).toEqual(expect.arrayContaining(["US.IAC.1b", "US.PC.2", "CN-1.01"]));
    expect(keys.some((k) => k.startsWith("18031-"))).toBe(false);
    expect(x?.etsi).toEqual(["5.1-1", "5.1-2"]);
    expect(getCrosswalk(cat, "nope")).toBeUndefined();
  });

  it("prints conditions in plain language", () => {
    const lookup = (id: string) => byId.get(id);
    const cn101 = cat.criteria.find((c) => c.key === "CN-1.01");
    const text = cn101 ? printCondition(cn101.satisfaction, lookup) : "";
    expect(text).toContain("minimum password length at least 8 characters");
    expect(text).toContain("no factory default password or");
    expect(printCondition({ op: "not", cond: { op: "eq", q: "c.pw.no_skip", value: "yes" } }, lookup)).toBe(
      "password cannot be skipped: not “yes”",
    );
    expect(printCondition({ op: "date", q: "p.market_date", cmp: "gte", value: "2027-12-11" }, lookup)).toBe(
      "placing-on-the-market date on or after 2027-12-11",
    );
  });

  it("exports one CSV row per criterion with quoting", () => {
    const csv = catalogToCsv(cat);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^scheme,key,id,title/);
    expect(lines.filter((l) => /^(EU_RED|US_CTM|CN_CCL),/.test(l)).length).toBe(cat.criteria.length);
    expect(csv).toContain(
      '"Every password in use is unique per unit or chosen by the user before first use; unique defaults are random, not derived from MAC, serial or SSID; user passwords have at least 8 characters from at least 2 classes."',
    );
  });
});
