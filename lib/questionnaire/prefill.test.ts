import { describe, expect, it } from "vitest";
import { getCatalog, parseAnswers } from "@/lib/schemes";
import { asksForDescription } from "@/lib/questionnaire/describe";
import { productPrefill, sameAnswer, startingAnswers } from "@/lib/questionnaire/prefill";

const catalog = getCatalog();
const product = {
  category: "smart-lock",
  supportPeriodEnd: new Date("2029-01-31T00:00:00Z"),
  updatesAutomatic: true,
  defaultCredentials: "  No default password.  ",
};

describe("answers taken from the product", () => {
  it("maps each product field to its question, in the question's own terms", () => {
    const m = productPrefill(catalog, product);
    expect(m.get("p.category")).toMatchObject({ value: "lock", shown: "Smart lock or access control" });
    expect(m.get("c.support.end_date")?.value).toBe("2029-01-31");
    expect(m.get("c.reg.update_mode")?.value).toBe("automatic");
    expect(m.get("c.reg.default_password_info")?.value).toBe("No default password.");
    // Every value is an answer the catalog accepts.
    const parsed = parseAnswers(catalog, Object.fromEntries([...m].map(([id, p]) => [id, p.value])));
    expect(parsed.success).toBe(true);
  });

  it("leaves out what the product does not say, and categories without a matching option", () => {
    const m = productPrefill(catalog, { ...product, category: "baby-monitor", defaultCredentials: null });
    expect(m.has("p.category")).toBe(false);
    expect(m.has("c.reg.default_password_info")).toBe(false);
    expect(m.get("c.reg.update_mode")?.value).toBe("automatic");
  });

  it("starts only the questions the chosen schemes show", () => {
    const us = Object.fromEntries(startingAnswers(catalog, product, ["US_CTM"]));
    expect(us["c.reg.update_mode"]).toBe("automatic");
    const cn = Object.fromEntries(startingAnswers(catalog, product, ["CN_CCL"]));
    expect(cn["c.reg.update_mode"]).toBeUndefined();
    expect(sameAnswer("lock", "lock")).toBe(true);
    expect(sameAnswer(undefined, "lock")).toBe(false);
  });
});

describe("a Yes that the help asks to describe", () => {
  it("gets a text field where the help asks to describe, list or name something, not elsewhere", () => {
    const q = (id: string) => catalog.questions.find((x) => x.id === id)!;
    expect(asksForDescription(q("c.ac.least_privilege"))).toBe(true); // "Describe the role or permission model…"
    expect(asksForDescription(q("c.log.timestamps"))).toBe(true); // "Name the time source."
    expect(asksForDescription(q("c.if.documented"))).toBe(true); // "List ports, protocols and services…"
    expect(asksForDescription(q("c.upd.simple"))).toBe(false); // "No tools or technical knowledge…"
    expect(asksForDescription(q("p.consumer"))).toBe(false); // not a control
  });

  it("an SBOM uploaded for the version answers the SBOM questions, as answers the catalog accepts", () => {
    const sbom = { format: "CycloneDX", specVersion: "1.5", componentCount: 42 };
    const without = productPrefill(catalog, product);
    expect(without.has("c.reg.bom")).toBe(false);
    expect(without.has("c.vuln.inventory")).toBe(false);
    const m = productPrefill(catalog, { ...product, sbom });
    expect(m.get("c.reg.bom")).toEqual({
      value: "sbom",
      field: "SBOM uploaded for this version",
      shown: "CycloneDX 1.5, 42 components",
    });
    expect(m.get("c.vuln.inventory")?.value).toEqual({ status: "yes" });
    const parsed = parseAnswers(catalog, Object.fromEntries([...m].map(([id, p]) => [id, p.value])));
    expect(parsed.success).toBe(true);
    // Only the questions the chosen schemes show start from it: the US registry field, the China inventory.
    expect(Object.fromEntries(startingAnswers(catalog, { ...product, sbom }, ["US_CTM"]))["c.reg.bom"]).toBe(
      "sbom",
    );
    expect(
      Object.fromEntries(startingAnswers(catalog, { ...product, sbom }, ["CN_CCL"]))["c.vuln.inventory"],
    ).toEqual({ status: "yes" });
  });
});
