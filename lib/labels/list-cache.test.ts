import { describe, expect, it } from "vitest";
import { emitPublicLabelChanged } from "@/lib/serve/bus";
import { cachedListPage, listResponse } from "./list-cache";

describe("public list page cache", () => {
  it("builds a page once, rebuilds it after any label event, and answers the cached JSON", async () => {
    let builds = 0;
    const build = async () => ({ items: [{ n: ++builds, pad: "x".repeat(2000) }] });
    const a = await cachedListPage("k|100", build);
    const b = await cachedListPage("k|100", build);
    expect(builds).toBe(1);
    expect(b).toBe(a);
    emitPublicLabelChanged("CL-AAAA-AAAA-AAAA-AAAA");
    const c = await cachedListPage("k|100", build);
    expect(builds).toBe(2);
    expect(JSON.parse(c.json.toString()).items[0].n).toBe(2);

    const res = listResponse(c, { "Cache-Control": "no-store" });
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("content-encoding")).toBeNull(); // Next compresses when asked
    expect(JSON.parse(await res.text())).toEqual(JSON.parse(c.json.toString()));
  });

  it("does not keep a failed build", async () => {
    await expect(cachedListPage("fail", () => Promise.reject(new Error("db down")))).rejects.toThrow(
      "db down",
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(JSON.parse((await cachedListPage("fail", async () => ({ ok: true }))).json.toString())).toEqual({
      ok: true,
    });
  });
});
