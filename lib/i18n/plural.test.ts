import { describe, expect, it } from "vitest";
import { count, N, noun, verb } from "./plural";

describe("count", () => {
  it.each([
    [0, "0 criteria"],
    [1, "1 criterion"],
    [2, "2 criteria"],
    [133, "133 criteria"],
  ])("%i → %s", (n, text) => {
    expect(count(n, N.criterion)).toBe(text);
  });

  it("groups thousands and agrees verbs", () => {
    expect(count(1204, N.byte)).toBe("1,204 bytes");
    expect(count(1, N.byte)).toBe("1 byte");
    expect(noun(1, N.star)).toBe("star");
    expect(`${count(1, N.decision)} ${verb(1, "no longer counts", "no longer count")}`).toBe(
      "1 decision no longer counts",
    );
    expect(verb(3, "was", "were")).toBe("were");
  });
});
