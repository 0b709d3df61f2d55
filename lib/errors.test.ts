import { describe, expect, it } from "vitest";
import { ERROR_STATUS, isDatabaseUnreachable, toAppError } from "@/lib/errors";

describe("database outages are 503, not 500 (issue 11 finding 6)", () => {
  it.each([
    ["Prisma cannot reach the server", { code: "P1001" }],
    ["PostgreSQL shutting down", { code: "57P01" }],
    [
      "pg socket refused",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
    ],
    ["wrapped by the adapter", new Error("query failed", { cause: { code: "ECONNRESET" } })],
    ["connection terminated", new Error("Connection terminated unexpectedly")],
    ["aggregate (IPv4 and IPv6)", Object.assign(new Error(""), { errors: [{ code: "ECONNREFUSED" }] })],
  ])("%s", (_n, err) => {
    expect(isDatabaseUnreachable(err)).toBe(true);
    const app = toAppError(err);
    expect(app.code).toBe("UNAVAILABLE");
    expect(ERROR_STATUS[app.code]).toBe(503);
    expect(app.message).toContain("saved are safe");
  });
  it("leaves other errors alone", () => {
    expect(isDatabaseUnreachable(new Error("boom"))).toBe(false);
    expect(toAppError({ code: "P2002" }).code).toBe("CONFLICT");
    expect(toAppError(new Error("boom")).code).toBe("INTERNAL");
  });
});
