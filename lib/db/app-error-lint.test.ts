// A domain error of lib/db is written with emsg(key, values), so it can be said in the reader's language (issue 17,
// docs/i18n.md). The ESLint rule (eslint.config.mjs, "no-restricted-syntax" for lib/db) refuses a new AppError whose
// message or field errors are literals; this test proves the rule is in force
// (`npm run lint` checks every file of lib/db with it).
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });
const RULE = "no-restricted-syntax";

describe("AppError messages in lib/db", () => {
  it("the lint rule refuses a literal message, a template literal and literal field errors", async () => {
    const code = [
      'import { AppError } from "@/lib/errors";',
      "export function f(x: string) {",
      '  if (x === "a") throw new AppError("VALIDATION", "A bare literal.");',
      '  if (x === "b") throw new AppError("VALIDATION", `Template ${x}.`);',
      '  if (x === "c") throw new AppError("VALIDATION", x === "d" ? "yes" : "no");',
      '  throw new AppError("VALIDATION", x, { fieldErrors: { a: ["literal field"] } });',
      "}",
      "",
    ].join("\n");
    const [result] = await eslint.lintText(code, { filePath: "lib/db/lint-probe.ts" });
    const lines = result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.line);
    expect(lines).toEqual([3, 4, 5, 6]);
  });

  it("accepts messages written with emsg", async () => {
    const code = [
      'import { AppError } from "@/lib/errors";',
      'import { emsg } from "@/lib/i18n/errors";',
      "export function f(x: string) {",
      '  throw new AppError("VALIDATION", emsg("alreadyHolds", { name: x }), {',
      '    fieldErrors: { a: [emsg("chooseAnotherReviewer")] },',
      "  });",
      "}",
      "",
    ].join("\n");
    const [result] = await eslint.lintText(code, { filePath: "lib/db/lint-probe.ts" });
    expect(result!.messages.filter((m) => m.ruleId === RULE)).toEqual([]);
  });
});
