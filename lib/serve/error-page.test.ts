import { describe, expect, it } from "vitest";
import { errorPageLocale, isReplaceableFailure, serverErrorResponse } from "@/lib/serve/error-page";

const req = (path: string, headers: Record<string, string> = {}, method = "GET") => ({
  method,
  path,
  headers,
});

describe("the server's error page", () => {
  it("while the database is down: 503, Retry-After, saved answers are safe, the request id, a reload", () => {
    const r = serverErrorResponse(req("/dashboard"), { reqId: "abc-12345678", databaseDown: true });
    expect(r.status).toBe(503);
    expect(r.headers["Retry-After"]).toBe("5");
    expect(r.headers["Cache-Control"]).toBe("no-store");
    expect(r.body).toContain("The service is briefly unavailable");
    expect(r.body).toContain("Everything you already saved is safe");
    expect(r.body).toContain("Reference: abc-12345678");
    expect(r.body).toContain('<meta http-equiv="refresh" content="5">');
  });

  it("does not reload a failed form post by itself", () => {
    const r = serverErrorResponse(req("/products/new", {}, "POST"), {
      reqId: "abc-12345678",
      databaseDown: true,
    });
    expect(r.body).not.toContain("http-equiv");
  });

  it("otherwise 500 without Retry-After", () => {
    const r = serverErrorResponse(req("/dashboard"), { reqId: "abc-12345678", databaseDown: false });
    expect(r.status).toBe(500);
    expect(r.headers["Retry-After"]).toBeUndefined();
    expect(r.body).toContain("Something went wrong on our side");
  });

  it("JSON for API routes and server actions", () => {
    for (const r of [
      serverErrorResponse(req("/api/me"), { reqId: "abc-12345678", databaseDown: true }),
      serverErrorResponse(req("/dashboard", { "next-action": "x" }), {
        reqId: "abc-12345678",
        databaseDown: true,
      }),
    ]) {
      expect(r.headers["Content-Type"]).toMatch(/^application\/json/);
      expect(JSON.parse(r.body)).toMatchObject({ error: { code: "UNAVAILABLE", requestId: "abc-12345678" } });
    }
  });

  it("in the visitor's language: the language cookie, else the browser's", () => {
    expect(errorPageLocale(req("/", { "accept-language": "zh-TW,zh;q=0.9" }))).toBe("zh-CN");
    expect(errorPageLocale(req("/", { "accept-language": "zh-CN", cookie: "a=b; cl_locale=en" }))).toBe("en");
    const r = serverErrorResponse(req("/", { cookie: "cl_locale=zh-CN" }), {
      reqId: "abc-12345678",
      databaseDown: true,
    });
    expect(r.body).toContain('<html lang="zh-CN">');
    expect(r.body).toContain("服务暂时不可用");
    expect(r.body).toContain("参考编号：abc-12345678");
  });

  it("never links off-site or echoes markup from the path", () => {
    for (const path of ["/\\evil.example", "//evil.example", "/%09/evil.example"]) {
      const r = serverErrorResponse(req(path), { reqId: "abc-12345678", databaseDown: true });
      expect(r.body, path).toContain('href="/">');
      expect(r.body, path).not.toContain("evil.example");
    }
    const r = serverErrorResponse(req('/x?q="><script>alert(1)</script>'), {
      reqId: "abc-12345678",
      databaseDown: true,
    });
    expect(r.body).not.toContain("<script>");
  });

  it("replaces only Next's own failures", () => {
    expect(isReplaceableFailure(500, "text/html; charset=utf-8")).toBe(true);
    expect(isReplaceableFailure(500, "text/x-component")).toBe(true);
    expect(isReplaceableFailure(500, undefined)).toBe(true);
    expect(isReplaceableFailure(503, "application/json")).toBe(false);
    expect(isReplaceableFailure(404, "text/html")).toBe(false);
    expect(isReplaceableFailure(200, undefined)).toBe(false);
  });
});
