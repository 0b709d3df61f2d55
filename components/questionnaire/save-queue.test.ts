import { describe, expect, it, vi } from "vitest";
import { SaveQueue, type TSaveOutcome } from "@/components/questionnaire/save-queue";

type Call = { questionId: string; value: unknown; expectedVersion: number };

/** A fake server: saves succeed one version up unless a reply is scripted; `hold` keeps replies in flight. */
function fakeServer(start = 1) {
  let version = start;
  const calls: Call[] = [];
  const scripted: (TSaveOutcome | "throw")[] = [];
  let gate: Promise<void> = Promise.resolve();
  let open = () => undefined as void;
  const send = vi.fn(async (questionId: string, value: unknown, expectedVersion: number) => {
    calls.push({ questionId, value, expectedVersion });
    await gate;
    const next = scripted.shift();
    if (next === "throw") throw new Error("network");
    if (next) return next;
    if (expectedVersion !== version) return { ok: false, kind: "conflict", message: "stale" } as const;
    version += 1;
    return { ok: true, version } as const;
  });
  return {
    send,
    calls,
    script: (...r: (TSaveOutcome | "throw")[]) => scripted.push(...r),
    hold: () => {
      gate = new Promise<void>((resolve) => (open = resolve));
    },
    release: () => open(),
    get version() {
      return version;
    },
  };
}

function queueOn(server: ReturnType<typeof fakeServer>, start = 1) {
  const states: Record<string, string> = {};
  const q = new SaveQueue<unknown>(start, server.send, (id, s) => (states[id] = s.state));
  const conflicts: string[] = [];
  q.setConflictHandler((m) => conflicts.push(m));
  return { q, states, conflicts };
}

describe("the autosave queue", () => {
  it("flushes to the current version when nothing is pending", async () => {
    const server = fakeServer(4);
    const { q } = queueOn(server, 4);
    expect(q.hasUnsaved()).toBe(false);
    expect(await q.flush()).toEqual({ ok: true, version: 4 });
    expect(server.send).not.toHaveBeenCalled();
  });

  it("sends saves one at a time, each against the version the previous one returned", async () => {
    const server = fakeServer();
    const { q } = queueOn(server);
    q.save("a", 1);
    q.save("b", 2);
    q.save("a", 3);
    expect(await q.flush()).toEqual({ ok: true, version: 4 });
    expect(server.calls.map((c) => c.expectedVersion)).toEqual([1, 2, 3]);
  });

  it("waits for a save in flight and returns the version it produced (the submit-right-after-edit race)", async () => {
    const server = fakeServer();
    const { q, states } = queueOn(server);
    server.hold();
    q.save("a", "x");
    expect(q.version).toBe(1); // what the submit used to read: stale once the save lands
    expect(q.hasUnsaved()).toBe(true);
    let done = false;
    const flushed = q.flush().then((r) => ((done = true), r));
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    server.release();
    expect(await flushed).toEqual({ ok: true, version: 2 });
    expect(states.a).toBe("saved");
    expect(q.hasUnsaved()).toBe(false);
  });

  it("commits a pending draft first, then waits for its save", async () => {
    const server = fakeServer();
    const { q } = queueOn(server);
    let pending = true;
    const unregister = q.addDraft({
      pending: () => pending,
      commit: () => {
        pending = false;
        q.save("text", "typed");
      },
    });
    expect(q.hasUnsaved()).toBe(true);
    expect(await q.flush()).toEqual({ ok: true, version: 2 });
    expect(server.calls).toEqual([{ questionId: "text", value: "typed", expectedVersion: 1 }]);
    unregister();
    pending = true;
    expect(q.hasUnsaved()).toBe(false);
  });

  it("reports a refused answer until that question is saved", async () => {
    const server = fakeServer();
    const { q, states } = queueOn(server);
    server.script({ ok: false, kind: "invalid", message: "This answer is not valid: too big." });
    q.save("n", 999);
    expect(await q.flush()).toEqual({
      ok: false,
      conflict: false,
      questionId: "n",
      message: "This answer is not valid: too big.",
    });
    expect(states.n).toBe("error");
    expect(q.hasUnsaved()).toBe(true);
    q.save("n", 9);
    expect(await q.flush()).toEqual({ ok: true, version: 2 });
  });

  it("stops at a conflict: later saves are not sent, the flush fails and the handler is told", async () => {
    const server = fakeServer(3);
    const { q, states, conflicts } = queueOn(server, 1);
    server.hold();
    q.save("a", 1);
    const flushed = q.flush();
    q.save("b", 2);
    server.release();
    expect(await flushed).toEqual({ ok: false, conflict: true, message: "stale" });
    expect(conflicts).toEqual(["stale"]);
    expect(server.calls.map((c) => c.questionId)).toEqual(["a"]);
    expect(states.b).toBe("error");
  });

  it("retries a save that failed on the connection when flushed", async () => {
    const server = fakeServer();
    const { q, states } = queueOn(server);
    server.script("throw");
    q.save("a", "x");
    await vi.waitFor(() => expect(states.a).toBe("queued"));
    expect(q.hasUnsaved()).toBe(true);
    expect(await q.flush()).toEqual({ ok: true, version: 2 });
    expect(server.calls.map((c) => c.value)).toEqual(["x", "x"]);
    expect(q.hasUnsaved()).toBe(false);
  });

  it("keeps saves the service could not take queued and sends them again by itself, with growing waits", async () => {
    const server = fakeServer();
    const timers: { run: () => void; ms: number; cancelled: boolean }[] = [];
    const schedule = (run: () => void, ms: number) => {
      const t = { run, ms, cancelled: false };
      timers.push(t);
      return () => void (t.cancelled = true);
    };
    const states: Record<string, string> = {};
    const q = new SaveQueue<unknown>(1, server.send, (id, s) => (states[id] = s.state), schedule);
    const down = { ok: false, kind: "unavailable", message: "briefly unavailable" } as const;
    server.script(down, "throw", down);
    q.save("a", "x");
    q.save("b", "y");
    await vi.waitFor(() => expect([states.a, states.b]).toEqual(["queued", "queued"]));
    expect(q.queuedCount()).toBe(2);
    expect(q.hasUnsaved()).toBe(true);
    // One timer for both; nothing was sent twice yet.
    expect(timers.map((t) => t.ms)).toEqual([2_000]);
    expect(server.calls).toHaveLength(2);
    timers[0]!.run();
    // a fails again (unavailable), b goes through: the next wait is longer.
    await vi.waitFor(() => expect(states.b).toBe("saved"));
    expect(states.a).toBe("queued");
    expect(timers.map((t) => t.ms)).toEqual([2_000, 4_000]);
    timers[1]!.run();
    await vi.waitFor(() => expect(states.a).toBe("saved"));
    expect(q.queuedCount()).toBe(0);
    expect(q.hasUnsaved()).toBe(false);
    // Each kept its value and was sent against the version the save before it returned.
    expect(server.calls.map((c) => [c.questionId, c.value, c.expectedVersion])).toEqual([
      ["a", "x", 1],
      ["b", "y", 1],
      ["a", "x", 1],
      ["b", "y", 1],
      ["a", "x", 2],
    ]);
    expect(await q.flush()).toEqual({ ok: true, version: 3 });
  });

  it("a newer value typed while an older one is queued is the one that is saved", async () => {
    const server = fakeServer();
    const timers: (() => void)[] = [];
    const states: Record<string, string> = {};
    const q = new SaveQueue<unknown>(
      1,
      server.send,
      (id, s) => (states[id] = s.state),
      (run) => {
        timers.push(run);
        return () => undefined;
      },
    );
    server.script({ ok: false, kind: "unavailable", message: "down" });
    q.save("a", "old");
    await vi.waitFor(() => expect(states.a).toBe("queued"));
    q.save("a", "new");
    await vi.waitFor(() => expect(states.a).toBe("saved"));
    timers[0]!();
    expect(await q.flush()).toEqual({ ok: true, version: 2 });
    expect(server.calls.map((c) => c.value)).toEqual(["old", "new"]);
  });

  it("stops retrying when disposed", async () => {
    const server = fakeServer();
    let cancelled = false;
    const states: Record<string, string> = {};
    const q = new SaveQueue<unknown>(
      1,
      server.send,
      (id, s) => (states[id] = s.state),
      () => () => {
        cancelled = true;
      },
    );
    server.script("throw");
    q.save("a", 1);
    await vi.waitFor(() => expect(states.a).toBe("queued"));
    q.dispose();
    expect(cancelled).toBe(true);
  });

  it("keeps working after a listener throws", async () => {
    const server = fakeServer();
    let fail = true;
    const q = new SaveQueue<unknown>(1, server.send, (_id, s) => {
      if (fail && s.state === "saved") throw new Error("boom");
    });
    q.save("a", 1);
    await q.flush();
    fail = false;
    q.save("b", 2);
    expect(await q.flush()).toEqual({ ok: true, version: 3 });
  });
});
