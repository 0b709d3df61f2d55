import { describe, expect, it } from "vitest";
import { ZAddVuln, ZClearNotice } from "@/lib/actions/vulnerabilities";
import { parseInput } from "@/lib/auth/guarded";
import { AppError } from "@/lib/errors";
import { ZReassess } from "@/lib/versions/schema";
import { craClocks, nextDeadline, opensNotice, vulnInput } from "./model";

const aware = new Date("2026-11-10T08:00:00Z");
const h = (n: number) => new Date(aware.getTime() + n * 3600_000);

describe("CRA Article 14 clocks", () => {
  it("runs 24 h and 72 h from awareness; the final report waits for a corrective measure", () => {
    const clocks = craClocks(
      { activelyExploited: true, awareAt: aware, correctiveMeasureAt: null, filed: {} },
      h(1),
    );
    expect(clocks.map((c) => [c.stage, c.dueAt?.toISOString() ?? null, c.status])).toEqual([
      ["EARLY_WARNING", "2026-11-11T08:00:00.000Z", "due"],
      ["NOTIFICATION", "2026-11-13T08:00:00.000Z", "due"],
      ["FINAL_REPORT", null, "waiting"],
    ]);
    expect(nextDeadline(clocks)?.stage).toBe("EARLY_WARNING");
  });

  it("marks missed deadlines overdue, filed ones filed, and starts the final report 14 days after the fix", () => {
    const clocks = craClocks(
      {
        activelyExploited: true,
        awareAt: aware,
        correctiveMeasureAt: h(96),
        filed: { EARLY_WARNING: h(20) },
      },
      h(100),
    );
    expect(clocks.map((c) => c.status)).toEqual(["filed", "overdue", "due"]);
    expect(clocks[2]?.dueAt?.toISOString()).toBe(new Date(h(96).getTime() + 14 * 86400_000).toISOString());
    expect(nextDeadline(clocks)?.stage).toBe("NOTIFICATION");
  });

  it("has no clocks for a vulnerability that is not actively exploited", () => {
    expect(
      craClocks({ activelyExploited: false, awareAt: aware, correctiveMeasureAt: null, filed: {} }, h(1)),
    ).toEqual([]);
  });
});

describe("security notice and manual input", () => {
  it("opens a notice only for an exploited, unfixed, affecting, uncleared vulnerability", () => {
    const base = { activelyExploited: true, fixedInVersion: null, notAffected: false, noticeClearedAt: null };
    expect(opensNotice(base)).toBe(true);
    expect(opensNotice({ ...base, fixedInVersion: "2.4.2" })).toBe(false);
    expect(opensNotice({ ...base, activelyExploited: false })).toBe(false);
    expect(opensNotice({ ...base, notAffected: true })).toBe(false);
    expect(opensNotice({ ...base, noticeClearedAt: new Date() })).toBe(false);
  });

  it("validates a vulnerability entered by hand", () => {
    const ok = vulnInput.parse({
      identifier: " CVE-2026-40001 ",
      severity: "HIGH",
      cvssScore: "8.1",
      activelyExploited: "on",
      fixedInVersion: "",
      awareAt: "2026-11-10T08:00",
    });
    expect(ok).toMatchObject({
      identifier: "CVE-2026-40001",
      cvssScore: 8.1,
      activelyExploited: true,
      fixedInVersion: null,
    });
    expect(ok.awareAt).toBeInstanceOf(Date);
    expect(vulnInput.safeParse({ identifier: "x", severity: "HIGH" }).success).toBe(false);
    expect(vulnInput.safeParse({ identifier: "CVE 1", severity: "HIGH" }).success).toBe(false);
    expect(vulnInput.safeParse({ identifier: "CVE-2026-1", severity: "BAD" }).success).toBe(false);
    expect(vulnInput.safeParse({ identifier: "CVE-2026-1", severity: "LOW", cvssScore: "11" }).success).toBe(
      false,
    );
  });
});

describe("the security screens' own messages in the reader's language (issue 17)", () => {
  // A bad vulnerability, an empty reason and an empty version, parsed as the server actions parse them.
  const bad = { raw: { productVersionId: "v1", identifier: "x", severity: "HIGH" } };
  it("English stays the schemas' words; a Chinese reader gets them in Chinese", () => {
    expect(fieldErrorsOf(() => parseInput(ZAddVuln, bad.raw, "en")).identifier).toEqual([
      "Give the identifier, e.g. CVE-2026-12345.",
    ]);
    expect(fieldErrorsOf(() => parseInput(ZAddVuln, bad.raw, "zh-CN")).identifier).toEqual([
      "请填写漏洞编号，例如 CVE-2026-12345。",
    ]);
    expect(
      fieldErrorsOf(() => parseInput(ZAddVuln, { ...bad.raw, identifier: "CVE 2026" }, "zh-CN")).identifier,
    ).toEqual(["请按发布时的写法填写编号，例如 CVE-2026-12345 或 GHSA-xxxx-xxxx-xxxx。"]);
    expect(
      fieldErrorsOf(() => parseInput(ZClearNotice, { vulnerabilityId: "v1", reason: "" }, "zh-CN")),
    ).toEqual({
      reason: ["请填写原因。"],
    });
    expect(
      fieldErrorsOf(() =>
        parseInput(ZReassess, { productId: "p1", firmwareVersion: "", hardwareVersion: "B" }, "zh-CN"),
      ).firmwareVersion?.[0],
    ).toMatch(/固件版本/);
  });
});

function fieldErrorsOf(run: () => unknown): Record<string, string[]> {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).fieldErrors ?? {};
  }
  throw new Error("expected a validation error");
}
