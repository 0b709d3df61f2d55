import { describe, expect, it } from "vitest";
import { redirectPathOr, safeRedirectPath } from "@/lib/http/redirect";

const ORIGIN = "https://cyberlabel.example";

describe("safeRedirectPath", () => {
  // Each of these was (or would be) followed off-site by a browser, or breaks a Location header.
  const hostile: [string, unknown][] = [
    ["tab (issue 11: /%09/evil.example → /\\t/evil.example)", "/\t/evil.example"],
    ["newline", "/\n/evil.example"],
    ["carriage return", "/\r/evil.example"],
    ["NUL", "/\u0000/evil.example"],
    ["DEL", "/\u007f/evil.example"],
    ["C1 control", "/\u0085/evil.example"],
    ["percent-encoded tab", "/%09/evil.example"],
    ["percent-encoded newline", "/%0A/evil.example"],
    ["percent-encoded carriage return", "/%0D/evil.example"],
    ["percent-encoded backslash", "/%5Cevil.example"],
    ["double-encoded backslash", "/%255Cevil.example"],
    ["double-encoded tab", "/%2509/evil.example"],
    ["encoded slash pair", "/%2F/evil.example"],
    ["protocol-relative", "//evil.example"],
    ["protocol-relative with path", "//evil.example/dashboard"],
    ["slash backslash", "/\\evil.example"],
    ["backslash slash", "\\/evil.example"],
    ["backslash pair", "\\\\evil.example"],
    ["absolute http", "http://evil.example/"],
    ["absolute https", "https://evil.example/dashboard"],
    ["absolute on our own origin (a path is asked for)", `${ORIGIN}/dashboard`],
    ["javascript scheme", "javascript:alert(1)"],
    ["javascript after slash trick", "/\tjavascript:alert(1)"],
    ["data scheme", "data:text/html,<script>alert(1)</script>"],
    ["relative without slash", "evil.example"],
    ["empty", ""],
    ["whitespace", " /dashboard"],
    ["lone surrogate", "/\ud800"],
    ["malformed percent-encoding", "/%ff%"],
    ["too long", `/${"a".repeat(5000)}`],
    ["not a string", 42],
    ["undefined", undefined],
    ["object", { toString: () => "/dashboard" }],
  ];
  it.each(hostile)("refuses %s", (_name, target) => {
    expect(safeRedirectPath(target, ORIGIN)).toBeNull();
  });

  const fine: [string, string][] = [
    ["/dashboard", "/dashboard"],
    ["/products/abc?tab=answers#q3", "/products/abc?tab=answers#q3"],
    ["/review/a%20b", "/review/a%20b"],
    ["/a/./b/../c", "/a/c"],
    ["/", "/"],
  ];
  it.each(fine)("keeps %s", (target, expected) => {
    expect(safeRedirectPath(target, ORIGIN)).toBe(expected);
  });

  it("takes the first of repeated query parameters", () => {
    expect(safeRedirectPath(["/dashboard", "//evil.example"], ORIGIN)).toBe("/dashboard");
  });

  it("falls back when refused", () => {
    expect(redirectPathOr("//evil.example", "/after-sign-in")).toBe("/after-sign-in");
    expect(redirectPathOr("/dashboard", "/after-sign-in")).toBe("/dashboard");
  });
});
