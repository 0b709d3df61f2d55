import { describe, expect, it } from "vitest";
import { getCatalog, type TAnswerValue } from "@/lib/schemes";
import { assess, decidingAnswers, resultFor } from "@/lib/scoring";
import { CAMERA_PROFILE, goodAnswers } from "@/lib/scoring/fixtures";

// The golden cases of catalog 1.0.0 (frozen); catalog 1.1.0 has its own in na-rules.test.ts.
const cat = getCatalog("1.0.0");
const withAnswers = (changes: Record<string, TAnswerValue | undefined>, profile = CAMERA_PROFILE) => {
  const a = goodAnswers(cat, profile);
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete a[k];
    else a[k] = v;
  }
  return a;
};
const NO = { status: "no" } as const;
const art = (r: ReturnType<typeof assess>, x: "d" | "e" | "f") => r.eu.articles.find((a) => a.article === x);

describe("golden cases from the reference notes", () => {
  it("baseline: a well-built camera passes everything it is in scope of", () => {
    const r = assess(cat, goodAnswers(cat));
    expect(r.eu.articles.map((a) => [a.article, a.status, a.route])).toEqual([
      ["d", "presumption", "module_a"],
      ["e", "presumption", "module_a"],
      ["f", "not_required", "none"],
    ]);
    expect(r.us).toMatchObject({ inScope: true, eligible: true, status: "eligible", missingRegistry: [] });
    expect(r.cn).toMatchObject({ stars: 3, catalogueListed: true, provisional: true, missingForNext: null });
    expect(r.gaps).toEqual([]);
    expect(r.readiness.US_CTM?.percent).toBe(100);
  });

  it("universal default password fails EN 18031 authentication, the US criteria and one star", () => {
    const r = assess(cat, withAnswers({ "c.pw.factory_unique_or_forced": NO }));
    for (const k of ["18031-1:AUM-5-1", "18031-2:AUM-5-1", "US.IAC.1b", "US.PC.2", "CN-1.01"])
      expect(resultFor(r, k)?.verdict, k).toBe("FAIL");
    expect(resultFor(r, "18031-1:AUM-5-1")?.deciding).toEqual(["c.pw.factory_unique_or_forced"]);
    const res = resultFor(r, "18031-1:AUM-5-1");
    expect(res && decidingAnswers(res, withAnswers({ "c.pw.factory_unique_or_forced": NO }))).toEqual([
      { questionId: "c.pw.factory_unique_or_forced", value: NO },
    ]);
    expect(art(r, "d")).toMatchObject({
      status: "no_presumption",
      conformant: false,
      route: "notified_body",
      failing: ["18031-1:AUM-5-1"],
    });
    expect(art(r, "e")?.status).toBe("no_presumption");
    expect(r.us).toMatchObject({ eligible: false, status: "not_eligible" });
    expect(r.us.failing).toEqual(expect.arrayContaining(["US.IAC.1b", "US.PC.2"]));
    expect(r.cn.stars).toBe(0);
    expect(r.cn.missingForNext).toEqual({ level: 1, criteria: [{ key: "CN-1.01", verdict: "FAIL" }] });
    // The fix unlocks EU (d), EU (e), the US label and all three star levels: it leads the gap list.
    expect(r.gaps[0]).toMatchObject({ questionIds: ["c.pw.factory_unique_or_forced"], kind: "fail" });
    expect(r.gaps[0]?.targets.sort()).toEqual(["CN:1", "CN:2", "CN:3", "EU:d", "EU:e", "US"]);
  });

  it("no network interface makes the network-facing EN 18031 requirements NOT_APPLICABLE", () => {
    const toy = {
      ...CAMERA_PROFILE,
      "p.category": "toy",
      "p.internet": false,
      "p.network_interface": false,
      "p.toy": true,
      "p.cloud": false,
    };
    const r = assess(cat, goodAnswers(cat, toy));
    expect(art(r, "d")).toMatchObject({ inScope: false, status: "not_required" });
    expect(art(r, "e")).toMatchObject({ inScope: true, status: "presumption" });
    for (const id of ["AUM-1-1", "SCM-1", "SCM-2", "SCM-3", "SCM-4", "GEC-2", "GEC-3", "GEC-4", "SUM-3"]) {
      expect(resultFor(r, `18031-2:${id}`), id).toMatchObject({
        verdict: "NOT_APPLICABLE",
        stage: "applicability",
      });
    }
    expect(resultFor(r, "18031-2:SSM-1")?.verdict).toBe("PASS");
    expect(resultFor(r, "18031-1:GEC-5")).toMatchObject({ verdict: "NOT_APPLICABLE", stage: "scope" });
    expect(resultFor(r, "CN-1.02")?.verdict).toBe("NOT_APPLICABLE");
  });

  it("no personal data puts article 3(3)(e) out of scope", () => {
    const r = assess(cat, goodAnswers(cat, { ...CAMERA_PROFILE, "p.personal_data": false }));
    expect(art(r, "e")).toMatchObject({ inScope: false, status: "not_required", route: "none" });
    const part2 = r.criteria.filter((c) => c.key.startsWith("18031-2:"));
    expect(part2).toHaveLength(43);
    expect(part2.every((c) => c.verdict === "NOT_APPLICABLE" && c.stage === "scope")).toBe(true);
    expect(resultFor(r, "18031-2:ACM-1")?.deciding).toContain("p.personal_data");
  });

  it("a payment-capable device brings in EN 18031-3, and R3 sends it to a notified body", () => {
    const r = assess(cat, goodAnswers(cat, { ...CAMERA_PROFILE, "p.payment": true }));
    const f = art(r, "f");
    expect(f).toMatchObject({
      inScope: true,
      status: "notified_body_required",
      conformant: true,
      route: "notified_body",
    });
    expect(f?.restrictions.find((x) => x.id === "R3")?.triggered).toBe(true);
    expect(resultFor(r, "18031-3:GEC-8")?.verdict).toBe("PASS");
    expect(f?.tally.applicable).toBe(37);
    // R3 is a profile fact, not something an answer fixes: no gap for it.
    expect(r.gaps).toEqual([]);
  });

  it("R1: a skippable password keeps conformity but requires a notified body for every article", () => {
    const r = assess(cat, withAnswers({ "c.pw.no_skip": NO }));
    for (const x of ["d", "e"] as const) {
      expect(art(r, x)).toMatchObject({ status: "notified_body_required", conformant: true });
      expect(art(r, x)?.routeReason).toContain("R1");
    }
    expect(r.gaps[0]).toMatchObject({
      questionIds: ["c.pw.no_skip"],
      restrictions: ["R1"],
      targets: ["EU:d", "EU:e"],
    });
  });

  it("R1 does not bite when no AUM-5 clause applies", () => {
    const r = assess(
      cat,
      goodAnswers(cat, { ...CAMERA_PROFILE, "p.factory_password": false, "p.user_password": false }),
    );
    expect(art(r, "d")?.restrictions.find((x) => x.id === "R1")?.triggered).toBe(false);
  });

  it("R2: a toy without effective parental control needs a notified body for (e)", () => {
    const toy = { ...CAMERA_PROFILE, "p.toy": true, "p.external_content": true, "p.category": "toy" };
    const r = assess(cat, withAnswers({ "c.child.guardian_control_effective": { status: "partial" } }, toy));
    expect(art(r, "e")?.status).toBe("notified_body_required");
    expect(art(r, "d")?.status).toBe("presumption");
    expect(resultFor(r, "18031-2:ACM-3")?.verdict).toBe("PASS");
  });

  it("medical devices are out of every EU article and of the US label", () => {
    const r = assess(cat, goodAnswers(cat, { ...CAMERA_PROFILE, "p.medical": true }));
    expect(r.eu.articles.every((a) => a.status === "not_required")).toBe(true);
    expect(r.us).toMatchObject({ inScope: false, status: "out_of_scope", eligible: false });
    expect(r.gaps).toEqual([]);
  });

  it("notes the CRA regime for equipment placed from 11 Dec 2027", () => {
    expect(assess(cat, goodAnswers(cat)).eu.regimeNote).toBeNull();
    expect(
      assess(cat, goodAnswers(cat, { ...CAMERA_PROFILE, "p.market_date": "2027-12-11" })).eu.regimeNote,
    ).toMatch(/Cyber Resilience Act/);
  });

  it("a non-updatable device swaps CN-1.06 for CN-1.06a and fails the US update outcome", () => {
    const r = assess(
      cat,
      withAnswers(
        { "c.upd.all_parts": NO, "c.upd.verified": NO },
        { ...CAMERA_PROFILE, "p.updatable": false },
      ),
    );
    expect(resultFor(r, "CN-1.06")?.verdict).toBe("NOT_APPLICABLE");
    expect(resultFor(r, "CN-1.06a")?.verdict).toBe("PASS");
    expect(resultFor(r, "US.SU.1")?.verdict).toBe("FAIL");
    expect(resultFor(r, "18031-1:SUM-2")?.verdict).toBe("NOT_APPLICABLE");
  });

  it("stars stop at the first level with a failure even when higher levels pass", () => {
    const r = assess(cat, withAnswers({ "c.dev.sdl": NO }));
    expect(r.cn.levels.map((l) => l.met)).toEqual([true, false, true]);
    expect(r.cn.stars).toBe(1);
    expect(r.cn.missingForNext?.criteria).toEqual([{ key: "CN-2.01", verdict: "FAIL" }]);
    expect(resultFor(r, "US.DOC.1")?.verdict).toBe("FAIL");
  });

  it("China outside the first-batch catalogue is readiness only", () => {
    const r = assess(cat, goodAnswers(cat, { ...CAMERA_PROFILE, "p.category": "lock" }));
    expect(r.cn).toMatchObject({ catalogueListed: false, stars: 3 });
  });

  it("US registry information that is missing is listed by field", () => {
    const r = assess(
      cat,
      withAnswers({
        "c.reg.update_mode": "manual",
        "c.reg.manual_update_info": undefined,
        "c.support.end_date": undefined,
      }),
    );
    expect(r.us.missingRegistry.map((f) => [f.field, f.questionIds])).toEqual([
      [8, ["c.reg.manual_update_info"]],
      [9, ["c.support.end_date"]],
    ]);
    expect(r.us.unanswered).toEqual(["US.FCC.SUPPORT", "US.FCC.REGISTRY"]);
    expect(resultFor(r, "US.FCC.REGISTRY")?.missing).toEqual([
      "c.reg.manual_update_info",
      "c.support.end_date",
    ]);
  });
});

describe("not applicable, unanswered and bad runtime values", () => {
  it("an empty draft is all UNANSWERED and incomplete, never a pass", () => {
    const r = assess(cat, {});
    expect(r.criteria.every((c) => c.verdict === "UNANSWERED")).toBe(true);
    expect(r.eu.articles.every((a) => a.status === "incomplete" && a.inScope === null)).toBe(true);
    expect(r.us).toMatchObject({ status: "incomplete", eligible: false, inScope: null });
    expect(r.cn.stars).toBe(0);
    expect(r.readiness.EU_RED?.percent).toBe(0);
    expect(resultFor(r, "18031-1:ACM-1")?.missing).toEqual(["p.radio", "p.internet", "p.medical"]);
  });

  it("a justified N/A claim is NOT_APPLICABLE; without justification it stays UNANSWERED", () => {
    const ok = assess(
      cat,
      withAnswers({
        "c.res.dos": { status: "not_applicable", justification: "Local-only interface behind the hub." },
      }),
    );
    expect(resultFor(ok, "18031-1:RLM-1")).toMatchObject({ verdict: "NOT_APPLICABLE", stage: "claimed_na" });
    const bare = assess(cat, withAnswers({ "c.res.dos": { status: "not_applicable" } }));
    expect(resultFor(bare, "18031-1:RLM-1")).toMatchObject({
      verdict: "UNANSWERED",
      stage: "justification_missing",
      missing: ["c.res.dos"],
    });
    expect(art(bare, "d")?.status).toBe("incomplete");
  });

  it("criteria that forbid N/A fail a blanket N/A claim", () => {
    const r = assess(
      cat,
      withAnswers(
        { "c.auth.machine": { status: "not_applicable", justification: "No API." } },
        { ...CAMERA_PROFILE, "p.payment": true },
      ),
    );
    expect(resultFor(r, "18031-3:AUM-1-3")).toMatchObject({ verdict: "FAIL", stage: "na_not_allowed" });
    const us = assess(
      cat,
      withAnswers({ "c.edu.guidance": { status: "not_applicable", justification: "x" } }),
    );
    expect(resultFor(us, "US.PEA.1")?.verdict).toBe("FAIL");
  });

  it("values of the wrong runtime type count as unanswered", () => {
    const a = withAnswers({});
    (a as Record<string, unknown>)["c.auth.network"] = "yes";
    (a as Record<string, unknown>)["p.internet"] = "true";
    const r = assess(cat, a);
    expect(resultFor(r, "18031-1:AUM-1-1")?.verdict).toBe("UNANSWERED");
    expect(art(r, "d")?.inScope).toBeNull();
  });
});

describe("reviewer overrides", () => {
  it("replace the engine verdict and flow into scheme results", () => {
    const failing = withAnswers({ "c.pw.factory_unique_or_forced": NO });
    const r = assess(cat, failing, {
      "18031-1:AUM-5-1": { verdict: "PASS", reason: "Lab verified unique per-unit passwords." },
    });
    expect(resultFor(r, "18031-1:AUM-5-1")).toMatchObject({
      verdict: "PASS",
      stage: "override",
      override: { engineVerdict: "FAIL" },
    });
    expect(art(r, "d")?.status).toBe("presumption");
    expect(art(r, "e")?.status).toBe("no_presumption");

    const down = assess(cat, goodAnswers(cat), {
      "CN-1.04": { verdict: "FAIL", reason: "Policy page is unreachable." },
    });
    expect(down.cn.stars).toBe(0);
    expect(down.gaps[0]).toMatchObject({ questionIds: [], criteria: ["CN-1.04"] });
  });

  it("require a reason and a known criterion", () => {
    expect(() => assess(cat, {}, { "CN-1.04": { verdict: "PASS", reason: " " } })).toThrow(/reason/);
    expect(() => assess(cat, {}, { "CN-9.99": { verdict: "PASS", reason: "x" } })).toThrow(
      /unknown criterion/,
    );
  });
});
