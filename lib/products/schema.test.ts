import { describe, expect, it } from "vitest";
import { ZProductInput } from "./schema";

const base = {
  modelName: "Cam",
  hardwareVersion: "1",
  firmwareVersion: "1.0",
  category: "camera",
  supportPeriodEnd: "2031-12-31",
  updatesAutomatic: true,
};
const parse = (patch: Record<string, unknown>) => ZProductInput.safeParse({ ...base, ...patch });
const errorOf = (patch: Record<string, unknown>, field: string) => {
  const r = parse(patch);
  return r.success ? undefined : r.error.issues.find((i) => i.path[0] === field)?.message;
};

describe("privacy policy", () => {
  it.each(["https://example.com/privacy", "  https://example.com/p?lang=en  ", ""])("accepts %j", (v) => {
    expect(parse({ privacyPolicyUrl: v }).success).toBe(true);
  });
  it.each([
    "http://example.com/privacy",
    "HTTP://example.com",
    "example.com/privacy",
    "https://",
    "https:example.com",
    "https://localhost/privacy",
    "https://user:pw@example.com/",
    "https://exa mple.com",
    "javascript:alert(1)",
    "mailto:privacy@example.com",
  ])("refuses %j with a message asking for https://", (v) => {
    expect(errorOf({ privacyPolicyUrl: v }, "privacyPolicyUrl")).toMatch(/https:\/\//);
  });
});

describe("vulnerability disclosure contact", () => {
  it.each([
    ["https://example.com/security", "https://example.com/security"],
    ["security@example.com", "mailto:security@example.com"],
    ["  Security@Example.COM ", "mailto:Security@example.com"],
    ["mailto:psirt@vendor.example.cn", "mailto:psirt@vendor.example.cn"],
    ["MAILTO:psirt+iot@vendor.example", "mailto:psirt+iot@vendor.example"],
  ])("accepts %j, stored as %j", (v, stored) => {
    const r = parse({ vulnDisclosureUrl: v });
    expect(r.success && r.data.vulnDisclosureUrl).toBe(stored);
  });
  it("leaves an empty contact unset", () => {
    const r = parse({ vulnDisclosureUrl: "  " });
    expect(r.success && r.data.vulnDisclosureUrl).toBeUndefined();
  });
  it.each([
    ["http://example.com/security", /http:\/\/ pages are not accepted/],
    ["security at example.com", /e-mail address/],
    ["a@b", /e-mail address/],
    ["mailto:a@b.com?subject=x", /e-mail address/],
    ["a@@b.com", /e-mail address/],
    ["javascript:alert(1)//@x.com", /e-mail address/],
  ])("refuses %j", (v, message) => {
    expect(errorOf({ vulnDisclosureUrl: v }, "vulnDisclosureUrl")).toMatch(message);
  });
});
