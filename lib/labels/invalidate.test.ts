import { afterEach, describe, expect, it } from "vitest";
import { invalidatePublicLabel, registerCdnPurgeHook, statusDependentPaths } from "./invalidate";

const CODE = "CL-7KQ2-M9XD-3HRT-0BWE";

describe("invalidatePublicLabel", () => {
  afterEach(() => registerCdnPurgeHook(null));

  it("names every status-dependent URL: the negotiating URL, both languages and the API record", () => {
    expect(statusDependentPaths(CODE)).toEqual([
      `/r/${CODE}`,
      `/r/${CODE}/en`,
      `/r/${CODE}/zh-CN`,
      `/api/public/labels/${CODE}`,
    ]);
  });

  it("purges the CDN through the registered hook and never throws (outside a Next request too)", async () => {
    const purged: string[][] = [];
    registerCdnPurgeHook(async (paths) => {
      purged.push([...paths]);
    });
    expect(await invalidatePublicLabel(CODE)).toEqual({ paths: statusDependentPaths(CODE), purged: true });
    expect(purged).toEqual([statusDependentPaths(CODE)]);

    registerCdnPurgeHook(async () => {
      throw new Error("CDN down");
    });
    expect((await invalidatePublicLabel(CODE)).purged).toBe(false);
  });
});
