import { describe, expect, it } from "vitest";
import { badRequestResponse, hasMalformedEncoding, isHttps } from "@/lib/http/request-guard";

describe("hasMalformedEncoding", () => {
  it.each([
    ["/r/%ff", ""],
    ["/products/%ff", ""],
    ["/api/public/labels/%ff", ""],
    ["/r/%", ""],
    ["/r/%zz", ""],
    ["/signin", "?callbackUrl=%ff"],
    ["/signin", "?%E0%A4%A=1"],
  ])("refuses %s%s (issue 11 finding 4: these gave 500)", (path, search) => {
    expect(hasMalformedEncoding(path, search)).toBe(true);
  });
  it.each([
    ["/r/CL-ABC", ""],
    ["/products/a%20b", ""],
    ["/signin", "?callbackUrl=%2Fdashboard&x=a+b"],
    ["/r/%C3%A9", ""],
  ])("accepts %s%s", (path, search) => {
    expect(hasMalformedEncoding(path, search)).toBe(false);
  });
});

describe("isHttps", () => {
  const req = (protocol: string, proto?: string) => ({
    nextUrl: { protocol },
    headers: new Headers(proto ? { "x-forwarded-proto": proto } : {}),
  });
  it("is true for https and for a TLS-terminating proxy's X-Forwarded-Proto", () => {
    expect(isHttps(req("https:"))).toBe(true);
    expect(isHttps(req("http:", "https"))).toBe(true);
    expect(isHttps(req("http:", "http"))).toBe(false);
    expect(isHttps(req("http:"))).toBe(false);
  });
});

describe("badRequestResponse", () => {
  it("answers 400 with JSON for the API and a page otherwise", async () => {
    const api = badRequestResponse(true);
    expect(api.status).toBe(400);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("VALIDATION");
    const page = badRequestResponse(false);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain("This address is not valid");
  });
});
