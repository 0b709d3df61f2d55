import { describe, expect, it } from "vitest";
import {
  ACTION_BODY_LIMIT,
  badRequestResponse,
  checkActionBody,
  hasMalformedEncoding,
  isHttps,
} from "@/lib/http/request-guard";

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

describe("checkActionBody (issue 11 finding 4: these gave 500)", () => {
  const action = (body: BodyInit | null, headers: Record<string, string> = {}) =>
    new Request("http://localhost/products/new", {
      method: "POST",
      body,
      headers: { "next-action": "0123abcd", ...headers },
    });

  it("leaves requests that are not server-action calls alone", async () => {
    expect(await checkActionBody(new Request("http://localhost/", { method: "POST", body: "x" }))).toBeNull();
    expect(await checkActionBody(new Request("http://localhost/"))).toBeNull();
  });

  it("passes what Next's client sends: JSON text and multipart forms", async () => {
    expect(
      await checkActionBody(action('["$K1"]', { "content-type": "text/plain;charset=UTF-8" })),
    ).toBeNull();
    const form = new FormData();
    form.set("1_name", "Hub");
    expect(await checkActionBody(action(form))).toBeNull();
    // Chromium's boundaries are mixed case (----WebKitFormBoundaryAbC…): the check must not lower-case them.
    const body =
      '------WebKitFormBoundaryAbCdEf\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n------WebKitFormBoundaryAbCdEf--\r\n';
    expect(
      await checkActionBody(
        action(body, { "content-type": "multipart/form-data; boundary=----WebKitFormBoundaryAbCdEf" }),
      ),
    ).toBeNull();
  });

  it("answers 413 over 1 MB, declared or streamed", async () => {
    const big = "x".repeat(ACTION_BODY_LIMIT + 1);
    expect((await checkActionBody(action(big, { "content-type": "text/plain" })))?.status).toBe(413);
    expect(
      (await checkActionBody(action("[]", { "content-type": "text/plain", "content-length": "5000000" })))
        ?.status,
    ).toBe(413);
  });

  it("answers 400 to malformed bodies", async () => {
    for (const [body, type] of [
      ["{not json", "text/plain"],
      ["--x\r\nbroken", "multipart/form-data; boundary=x"],
      ["garbage", "multipart/form-data"],
    ] as const) {
      expect((await checkActionBody(action(body, { "content-type": type })))?.status, body).toBe(400);
    }
    expect((await checkActionBody(action(new Uint8Array([0xff, 0xfe, 0x00]))))?.status).toBe(400);
  });
});
