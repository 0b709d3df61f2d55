import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardServerErrors } from "@/lib/serve/error-guard";

// A real HTTP server whose handlers answer the ways Next does; the guard is installed as lib/cli/serve.ts does.
let down = false;
const handlers: Record<string, (res: http.ServerResponse) => void> = {
  // Next's error page: headers set one by one, status, then the body in chunks.
  "/page-error": (res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Content-Length", "17");
    res.statusCode = 500;
    res.write("<p>next ");
    res.end("error</p>");
  },
  // A route handler that crashed: an empty 500.
  "/api/crash": (res) => {
    res.writeHead(500).end();
  },
  // A body a handler meant to send, 5xx or not.
  "/api/health": (res) => {
    res.writeHead(503, { "Content-Type": "application/json" }).end('{"ok":false}');
  },
  "/fine": (res) => {
    res.setHeader("Content-Type", "text/html");
    res.end("<p>fine</p>");
  },
};
let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    guardServerErrors(req, res, "req-1234567890", () => down);
    handlers[new URL(req.url ?? "/", "http://x").pathname]!(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("the server's 5xx guard", () => {
  it("turns Next's error page into 503 + Retry-After while the database is down, with nothing of Next's body", async () => {
    down = true;
    const res = await fetch(`${base}/page-error?x=1`, { headers: { "accept-language": "en" } });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(res.headers.get("x-request-id")).toBe("req-1234567890");
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await res.text();
    expect(html).toContain("The service is briefly unavailable");
    expect(html).toContain("Reference: req-1234567890");
    expect(html).toContain('href="/page-error?x=1"');
    expect(html).not.toContain("next error");
    expect(Number(res.headers.get("content-length"))).toBe(Buffer.byteLength(html));
  });

  it("answers 500 with the reference when the database is fine", async () => {
    down = false;
    const res = await fetch(`${base}/page-error`);
    expect(res.status).toBe(500);
    expect(res.headers.get("retry-after")).toBeNull();
    const html = await res.text();
    expect(html).toContain("Something went wrong on our side");
    expect(html).toContain("Reference: req-1234567890");
  });

  it("gives a crashed API route JSON", async () => {
    down = true;
    const res = await fetch(`${base}/api/crash`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      error: {
        code: "UNAVAILABLE",
        message: expect.stringMatching(/briefly unavailable/),
        requestId: "req-1234567890",
      },
    });
  });

  it("leaves bodies handlers meant to send, and successes, alone", async () => {
    down = true;
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.text()).toBe('{"ok":false}');
    const fine = await fetch(`${base}/fine`);
    expect(fine.status).toBe(200);
    expect(await fine.text()).toBe("<p>fine</p>");
  });

  it("sends headers only for HEAD", async () => {
    down = true;
    const res = await fetch(`${base}/page-error`, { method: "HEAD" });
    expect(res.status).toBe(503);
    expect(await res.text()).toBe("");
  });
});
