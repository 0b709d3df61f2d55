// Messages written with emsg (lib/i18n/errors.ts): English as written, the reader's language on demand, values
// kept; the evidence sniffer's and the label state machine's refusals among them (issue 17).
import { describe, expect, it } from "vitest";
import { extensionMismatch, sniffEvidence } from "@/lib/evidence/sniff";
import { nextEventProblem } from "@/lib/labels/state";
import { emsg, localizeErrorMessage } from "./errors";
import { vmsg } from "./zod";

describe("emsg and localizeErrorMessage", () => {
  it("says the evidence sniffer's refusals in Chinese, the English text unchanged", () => {
    const exe = sniffEvidence(new Uint8Array([0x4d, 0x5a, 0x90, 0x00]));
    expect(exe).toEqual({
      ok: false,
      reason: "The file's content is a Windows executable, which is not accepted as evidence.",
    });
    if (exe.ok) throw new Error("unreachable");
    expect(localizeErrorMessage(exe.reason, "zh-CN")).toBe("文件内容是 Windows 可执行文件，不能作为证据。");
    const script = sniffEvidence(new TextEncoder().encode("#!/bin/sh\nrm -rf /\n"));
    if (script.ok) throw new Error("a script was accepted");
    expect(localizeErrorMessage(script.reason, "zh-CN")).toBe("文件内容是脚本，不能作为证据。");
    const mismatch = extensionMismatch("report.pdf", "image/png")!;
    expect(mismatch).toBe("The file name ends in .pdf but its content is PNG image.");
    expect(localizeErrorMessage(mismatch, "zh-CN")).toBe("文件名以 .pdf 结尾，但其内容是 PNG 图片。");
  });

  it("says the label state machine's refusals in Chinese", () => {
    const label = { issuedAt: "2026-01-01T00:00:00Z", validUntil: "2028-01-01T00:00:00Z" };
    const issued = { seq: 1, kind: "ISSUED" as const, at: label.issuedAt, reason: null };
    const problem = nextEventProblem(
      [issued],
      { kind: "SUSPENDED", at: "2026-02-01T00:00:00Z", reason: " " },
      label,
    );
    expect(problem).toBe("suspended needs a reason.");
    expect(localizeErrorMessage(problem!, "zh-CN")).toBe("暂停须说明理由。");
  });

  it("translates a value that is itself a message (a schema's own zod message)", () => {
    const detail = vmsg("enterValue");
    const text = emsg("answerInvalid", { detail });
    expect(text).toBe(`This answer is not valid: ${detail}.`);
    expect(localizeErrorMessage(text, "zh-CN")).toMatch(/^此回答无效：\p{Script=Han}.*。$/u);
    expect(localizeErrorMessage(text, "zh-CN")).not.toContain(detail);
  });

  it("keeps a bounded table: texts with values written long ago are no longer translated, recent ones are", () => {
    const first = emsg("alreadyHolds", { name: "reviewer-0" });
    for (let i = 1; i <= 2100; i++) emsg("alreadyHolds", { name: `reviewer-${i}` });
    const last = emsg("alreadyHolds", { name: "reviewer-2101" });
    expect(localizeErrorMessage(first, "zh-CN")).toBe(first);
    expect(localizeErrorMessage(last, "zh-CN")).toBe("reviewer-2101 已在负责此评估。");
    // A static message written again is moved to the end, so it stays translatable.
    expect(localizeErrorMessage(emsg("notFound"), "zh-CN")).toBe("未找到该项。");
  });
});
