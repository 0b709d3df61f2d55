import { describe, expect, it } from "vitest";
import { toCached, withRequestId } from "./page-cache";

describe("a cached landing response", () => {
  it("carries its headers as flat [name, value…] arrays equal to the header objects", () => {
    const html = Buffer.from(`<html>${"x".repeat(2000)}</html>`);
    const c = toCached({
      status: 200,
      headers: [
        ["content-type", "text/html; charset=utf-8"],
        ["cache-control", "s-maxage=60, stale-while-revalidate=300"],
        ["vary", "rsc"],
      ],
      body: html,
    });
    const pairs = (flat: string[]) =>
      Object.fromEntries(Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i], flat[2 * i + 1]]));
    expect(c.plainFlat).toHaveLength(2 * Object.keys(c.plain).length);
    expect(pairs(c.plainFlat)).toEqual(c.plain);
    expect(pairs(c.gzippedFlat!)).toEqual(c.gzipped);
    expect(c.plain).toMatchObject({ "content-length": String(html.length), vary: "rsc, Accept-Encoding" });
    expect(c.gzipped).toMatchObject({ "content-encoding": "gzip", "content-length": String(c.gzip!.length) });
  });

  it("a 302 has no body and no gzip variant", () => {
    const c = toCached({
      status: 302,
      headers: [["location", "/r/CL-7KQ2-M4XD-9RTV/en"]],
      body: Buffer.alloc(0),
    });
    expect(c.gzippedFlat).toBeNull();
    expect(c.plainFlat).toEqual(["location", "/r/CL-7KQ2-M4XD-9RTV/en", "content-length", "0"]);
  });

  it("each response gets its own request id without changing the cached headers", () => {
    const c = toCached({
      status: 302,
      headers: [["location", "/r/CL-7KQ2-M4XD-9RTV/en"]],
      body: Buffer.alloc(0),
    });
    const a = withRequestId(c.plainFlat, "id-a");
    const b = withRequestId(c.plainFlat, "id-b");
    expect(a.slice(-2)).toEqual(["X-Request-Id", "id-a"]);
    expect(b.slice(-2)).toEqual(["X-Request-Id", "id-b"]);
    expect(c.plainFlat).toEqual(["location", "/r/CL-7KQ2-M4XD-9RTV/en", "content-length", "0"]);
  });
});
