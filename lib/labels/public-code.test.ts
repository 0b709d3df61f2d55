import { describe, expect, it } from "vitest";
import { generatePublicCode, normalizePublicCode, PUBLIC_CODE_RE, ZPublicCode } from "./public-code";

describe("public codes", () => {
  it("have the printed format and carry 80 random bits", () => {
    const c = generatePublicCode();
    expect(c).toMatch(/^CL-[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(generatePublicCode(() => new Uint8Array(10))).toBe("CL-0000-0000-0000-0000");
    expect(generatePublicCode(() => new Uint8Array(10).fill(255))).toBe("CL-ZZZZ-ZZZZ-ZZZZ-ZZZZ");
    expect(() => generatePublicCode(() => new Uint8Array(4))).toThrow();
  });

  it("never repeat over many draws and use the whole alphabet", () => {
    const seen = new Set<string>();
    const chars = new Set<string>();
    for (let i = 0; i < 50_000; i++) {
      const c = generatePublicCode();
      seen.add(c);
      for (const ch of c.slice(3).replace(/-/g, "")) chars.add(ch);
    }
    expect(seen.size).toBe(50_000);
    expect(chars.size).toBe(32);
    for (const ambiguous of ["I", "L", "O", "U"]) expect(chars.has(ambiguous)).toBe(false);
  });

  it.each([
    "",
    "CL-",
    "cl-7kq2-m9xd-3hrt-0bwe",
    "CL-7KQ2-M9XD-3HRT-0BW",
    "CL-7KQ2-M9XD-3HRT-0BWEX",
    "CL-7KQ2-M9XD-3HRT-0BWI",
    "CL-7KQ2-M9XD-3HRT-0BWU",
    "XX-7KQ2-M9XD-3HRT-0BWE",
    "CL-7KQ2M9XD-3HRT-0BWE-",
    "CL-7KQ2-M9XD-3HRT-0BWE\n",
    "CL-7KQ2-M9XD-3HRT-0BW%",
    "../../etc/passwd",
    "CL-7KQ2-M9XD-3HRT-0BWE' OR 1=1 --",
  ])("ZPublicCode rejects %j", (bad) => {
    expect(ZPublicCode.safeParse(bad).success).toBe(false);
  });

  it("ZPublicCode accepts generated codes", () => {
    for (let i = 0; i < 100; i++) expect(ZPublicCode.safeParse(generatePublicCode()).success).toBe(true);
    expect(PUBLIC_CODE_RE.test("CL-7KQ2-M9XD-3HRT-0BWE")).toBe(true);
  });

  it("normalises codes typed by people", () => {
    expect(normalizePublicCode("cl 7kq2 m9xd 3hrt obwe")).toBe("CL-7KQ2-M9XD-3HRT-0BWE");
    expect(normalizePublicCode("7KQ2M9XD3HRT0BWE")).toBe("CL-7KQ2-M9XD-3HRT-0BWE");
    expect(normalizePublicCode("CLKQ2-M9XD-3HRT-0BWE")).toBeNull();
    expect(normalizePublicCode("x".repeat(100))).toBeNull();
    expect(normalizePublicCode("CL-7KQ2-M9XD-3HRT-0BWU")).toBeNull();
  });
});
