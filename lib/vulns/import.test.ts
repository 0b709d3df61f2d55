import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FileFormatError } from "@/lib/sbom/errors";
import { SBOM_LIMITS } from "@/lib/sbom/limits";
import { cvss3BaseScore, parseVulnerabilityFile, saysExploited } from "./import";

const sample = (name: string) => readFileSync(new URL(`../sbom/testdata/${name}`, import.meta.url));
const json = (name: string) => JSON.parse(sample(name).toString("utf8")) as Record<string, unknown>;
const enc = (v: unknown) => new TextEncoder().encode(typeof v === "string" ? v : JSON.stringify(v));

async function refusal(bytes: Uint8Array): Promise<FileFormatError> {
  const err = await parseVulnerabilityFile(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FileFormatError);
  return err as FileFormatError;
}

describe("parseVulnerabilityFile", () => {
  it("imports the OASIS CSAF 2.0 example advisory BSI-2022-0001", async () => {
    const r = await parseVulnerabilityFile(sample("csaf-bsi-2022-0001.json"));
    expect(r.source).toBe("CSAF");
    expect(r.vulnerabilities).toEqual([
      {
        identifier: "CVE-2022-27193",
        aliases: ["csaf-tools/CVRF-CSAF-Converter#78"],
        title: "CVRF-CSAF-Converter: XML External Entities Vulnerability",
        severity: "MEDIUM",
        cvssScore: 6.1,
        activelyExploited: false,
        fixedInVersion: "1.0.0-rc2",
        publishedAt: new Date("2022-03-17T13:03:42.105Z"),
        notAffected: false,
      },
    ]);
  });

  it("reads active exploitation from a CSAF exploit_status threat", async () => {
    const doc = json("csaf-bsi-2022-0001.json") as { vulnerabilities: Record<string, unknown>[] };
    doc.vulnerabilities[0]!.threats = [
      { category: "exploit_status", details: "Actively exploited in the wild." },
    ];
    expect((await parseVulnerabilityFile(enc(doc))).vulnerabilities[0]?.activelyExploited).toBe(true);
    doc.vulnerabilities[0]!.threats = [{ category: "exploit_status", details: "No known exploitation." }];
    expect((await parseVulnerabilityFile(enc(doc))).vulnerabilities[0]?.activelyExploited).toBe(false);
    expect(saysExploited("Not known to be exploited")).toBe(false);
    expect(saysExploited("Listed in CISA KEV")).toBe(true);
  });

  it("refuses a CSAF advisory that breaks the CSAF 2.0 schema (and its CVSS references)", async () => {
    const doc = json("csaf-bsi-2022-0001.json") as {
      vulnerabilities: { scores: { cvss_v3: { baseScore: unknown } }[] }[];
    };
    doc.vulnerabilities[0]!.scores[0]!.cvss_v3.baseScore = 11;
    const err = await refusal(enc(doc));
    expect(err.message).toContain("CSAF 2.0 JSON schema");
    expect(err.details.join(" ")).toContain("/vulnerabilities/0/scores/0/cvss_v3");
    const noTracking = json("csaf-bsi-2022-0001.json") as { document: Record<string, unknown> };
    delete noTracking.document.tracking;
    expect((await refusal(enc(noTracking))).details.join(" ")).toContain("tracking");
    expect((await refusal(enc({ document: { csaf_version: "2.1" } }))).message).toMatch(/CSAF 2\.0/);
  });

  it("imports an OSV record, a list of them, with the CVE alias, fix and CVSS score", async () => {
    const r = await parseVulnerabilityFile(sample("osv-busybox-example.json"));
    expect(r.source).toBe("OSV");
    expect(r.vulnerabilities[0]).toMatchObject({
      identifier: "CVE-2026-40001",
      aliases: ["OSV-2026-0001"],
      severity: "CRITICAL",
      cvssScore: 9.8,
      fixedInVersion: "1.36.1-9",
      activelyExploited: false,
    });
    const list = await parseVulnerabilityFile(
      enc([json("osv-busybox-example.json"), json("osv-busybox-example.json")]),
    );
    expect(list.vulnerabilities).toHaveLength(2);
    const bad = json("osv-busybox-example.json");
    bad.id = "no spaces allowed";
    expect((await refusal(enc(bad))).message).toContain("OSV schema");
    expect((await refusal(enc([json("osv-busybox-example.json"), bad]))).message).toMatch(/^Record 2: /);
  });

  it("imports a CycloneDX VEX file: KEV property, not-affected analysis", async () => {
    const r = await parseVulnerabilityFile(sample("cyclonedx-vex-1.5.json"));
    expect(r.source).toBe("CYCLONEDX_VEX");
    expect(
      r.vulnerabilities.map((v) => [v.identifier, v.severity, v.activelyExploited, v.notAffected]),
    ).toEqual([
      ["CVE-2026-40002", "CRITICAL", true, false],
      ["CVE-2026-40003", "MEDIUM", false, true],
    ]);
    const bad = json("cyclonedx-vex-1.5.json") as { vulnerabilities: { ratings: { severity: string }[] }[] };
    bad.vulnerabilities[0]!.ratings[0]!.severity = "apocalyptic";
    expect((await refusal(enc(bad))).message).toContain("CycloneDX 1.5 JSON schema");
  });

  it("refuses other, empty, malformed and oversized files", async () => {
    expect((await refusal(enc({ hello: "world" }))).message).toMatch(/not a CSAF 2\.0 advisory/);
    expect((await refusal(enc("{"))).message).toMatch(/not valid JSON/);
    expect((await refusal(new Uint8Array())).message).toMatch(/empty/);
    expect((await refusal(enc({ bomFormat: "CycloneDX", specVersion: "1.5", version: 1 }))).message).toMatch(
      /no vulnerabilities/,
    );
    const big = await refusal(new Uint8Array(SBOM_LIMITS.maxAdvisoryBytes + 1).fill(0x20));
    expect(big.status).toBe(413);
  });

  it("computes CVSS 3.1 base scores as FIRST's calculator does", () => {
    expect(cvss3BaseScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).toBe(9.8);
    expect(cvss3BaseScore("CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:N/A:L")).toBe(6.1);
    expect(cvss3BaseScore("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N")).toBe(6.4);
    expect(cvss3BaseScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N")).toBe(0);
    expect(cvss3BaseScore("nonsense")).toBeNull();
  });
});
