import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { runWithRequest } from "@/lib/http/request-context";
import { logError, logInfo, logSecurity, logWarn, setLogDestination } from "@/lib/log";

/** The app's log lines, parsed, written to a stream of the test's own. */
function capture(level = "info") {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  setLogDestination(
    new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) {
          raw.push(line);
          lines.push(JSON.parse(line) as Record<string, unknown>);
        }
        done();
      },
    }),
    level,
  );
  return { lines, raw };
}

afterEach(() => setLogDestination(undefined));

describe("the log", () => {
  it("puts the request id on every line written while the request is served, across awaits", async () => {
    const { lines } = capture();
    logInfo("before");
    await runWithRequest({ reqId: "req-aaaaaaaa" }, async () => {
      logInfo("first");
      await new Promise((r) => setTimeout(r, 5));
      logWarn("after a timer");
      await Promise.all([
        (async () => logError("in a branch", new Error("boom")))(),
        runWithRequest({ reqId: "req-bbbbbbbb" }, async () => logInfo("nested request")),
      ]);
    });
    logInfo("after");
    expect(lines.map((l) => [l.message, l.reqId])).toEqual([
      ["before", undefined],
      ["first", "req-aaaaaaaa"],
      ["after a timer", "req-aaaaaaaa"],
      ["in a branch", "req-aaaaaaaa"],
      ["nested request", "req-bbbbbbbb"],
      ["after", undefined],
    ]);
    expect(lines.every((l) => l.app === "cyberlabel" && typeof l.time === "string")).toBe(true);
  });

  it("logs security events at their own level, between warn and error", () => {
    const { lines } = capture("security");
    logWarn("not shown at this level");
    logSecurity("sign-in failed", { email: "a@example.com" });
    logError("shown");
    expect(lines.map((l) => [l.level, l.message])).toEqual([
      ["security", "sign-in failed"],
      ["error", "shown"],
    ]);
  });

  it("never writes a password, secret, token or cookie, at the top or nested", () => {
    const { raw } = capture();
    logSecurity("sign-in failed", {
      email: "a@example.com",
      password: "hunter2-password",
      input: { password: "hunter2-nested", newPassword: "n3w-pass", token: "tok-123456" },
      headers: { cookie: "next-auth.session-token=abcdef", authorization: "Bearer xyz987" },
      user: { passwordHash: "$argon2id$hash" },
      secret: "s3cr3t",
    });
    const text = raw.join("\n");
    for (const leaked of [
      "hunter2",
      "n3w-pass",
      "tok-123456",
      "abcdef",
      "xyz987",
      "$argon2id$hash",
      "s3cr3t",
    ])
      expect(text).not.toContain(leaked);
    expect(text).toContain("a@example.com");
    expect(text).toContain("[redacted]");
  });
});
