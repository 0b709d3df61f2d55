// The autosave queue without React: answers are sent one at a time, each against the version the previous save
// returned (optimistic locking). `flush()` lets a submit wait until everything the user changed is stored.
// A save that failed because the service could not be reached (the connection, or a 503 while the database is
// down) stays queued on the page and is sent again by itself, sooner at first, then every RETRY_DELAYS_MS[last].

/** `queued`: not saved yet because the service is unreachable; kept here and retried automatically. */
export type TSaveState = { state: "saving" | "saved" | "error" | "queued"; message?: string };

/**
 * What the server said about one save. `conflict` (stale version, no longer editable) halts the queue;
 * `unavailable` (the service is briefly down: 503) keeps the value queued for a retry.
 */
export type TSaveOutcome =
  | { ok: true; version: number }
  | { ok: false; kind: "conflict" | "invalid" | "unavailable"; message: string };

/** Waits between automatic retries of queued saves: growing, then steady. */
export const RETRY_DELAYS_MS = [2_000, 4_000, 8_000, 15_000] as const;

/** Starts a timer; returns its cancel function. Injected by tests. */
export type TScheduler = (run: () => void, ms: number) => () => void;

const realTimers: TScheduler = (run, ms) => {
  const t = setTimeout(run, ms);
  return () => clearTimeout(t);
};

export type TFlushResult =
  { ok: true; version: number } | { ok: false; message: string; questionId?: string; conflict: boolean };

/** A change kept outside the queue until it is committed, e.g. text still being typed (see useDraft). */
export type TDraftSource = {
  /** True while the draft holds a change not yet handed to the queue. */
  pending: () => boolean;
  /** Hands the pending change to the queue now (synchronously), if there is one. */
  commit: () => void;
};

type Failure = { message: string; retry: boolean; value: unknown };

export const CONNECTION_FAILED = "Not saved: the connection failed. Try again.";

export class SaveQueue<V> {
  private tail: Promise<void> = Promise.resolve();
  private queued = new Map<string, number>();
  private failed = new Map<string, Failure>();
  private drafts = new Set<TDraftSource>();
  private halted = false;
  private conflictMessage = "";
  private current: number;
  private conflictHandler: (message: string) => void = () => undefined;
  private retryTimer: (() => void) | null = null;
  private retryAttempt = 0;

  constructor(
    initialVersion: number,
    private readonly send: (questionId: string, value: V, expectedVersion: number) => Promise<TSaveOutcome>,
    private readonly onState: (questionId: string, state: TSaveState) => void,
    private readonly schedule: TScheduler = realTimers,
  ) {
    this.current = initialVersion;
  }

  /** Saves waiting for the service to come back (state `queued`). */
  queuedCount(): number {
    let n = 0;
    for (const f of this.failed.values()) if (f.retry) n += 1;
    return n;
  }

  /** Stops the automatic retry (the page is going away). */
  dispose(): void {
    this.retryTimer?.();
    this.retryTimer = null;
  }

  private queueForRetry(questionId: string, value: V, message: string): void {
    this.failed.set(questionId, { message, retry: true, value });
    this.onState(questionId, { state: "queued", message });
    if (this.retryTimer) return;
    const delay = RETRY_DELAYS_MS[Math.min(this.retryAttempt, RETRY_DELAYS_MS.length - 1)]!;
    this.retryAttempt += 1;
    this.retryTimer = this.schedule(() => {
      this.retryTimer = null;
      this.retryQueued();
    }, delay);
  }

  /** Sends again every save that is queued for the service to come back. */
  private retryQueued(): void {
    if (this.halted) return;
    for (const [questionId, f] of [...this.failed]) {
      if (f.retry && !this.queued.has(questionId)) this.save(questionId, f.value as V);
    }
  }

  /** Told about a refused stale write (the page then reloads the newer data). */
  setConflictHandler(handler: (message: string) => void): void {
    this.conflictHandler = handler;
  }

  get version(): number {
    return this.current;
  }

  save(questionId: string, value: V): void {
    this.halted = false;
    this.queued.set(questionId, (this.queued.get(questionId) ?? 0) + 1);
    this.onState(questionId, { state: "saving" });
    this.tail = this.tail
      .then(() => this.run(questionId, value))
      // Never let one failure break the chain for the saves behind it.
      .catch(() => undefined)
      .finally(() => {
        const n = (this.queued.get(questionId) ?? 1) - 1;
        if (n > 0) this.queued.set(questionId, n);
        else this.queued.delete(questionId);
      });
  }

  private async run(questionId: string, value: V): Promise<void> {
    if (this.halted) {
      // A refused stale write stopped the queue: what follows it was not saved either.
      this.failed.set(questionId, { message: this.conflictMessage, retry: false, value });
      this.onState(questionId, { state: "error", message: "Not saved." });
      return;
    }
    let result: TSaveOutcome;
    try {
      result = await this.send(questionId, value, this.current);
    } catch {
      // The request did not complete (offline, or the server's 503 page instead of an action result).
      this.queueForRetry(questionId, value, CONNECTION_FAILED);
      return;
    }
    if (result.ok) {
      this.current = result.version;
      this.failed.delete(questionId);
      this.retryAttempt = 0;
      this.onState(questionId, { state: "saved" });
    } else if (result.kind === "unavailable") {
      this.queueForRetry(questionId, value, result.message);
    } else if (result.kind === "conflict") {
      this.halted = true;
      this.conflictMessage = result.message;
      this.failed.set(questionId, { message: result.message, retry: false, value });
      this.onState(questionId, { state: "error", message: "Not saved." });
      this.conflictHandler(result.message);
    } else {
      this.failed.set(questionId, { message: result.message, retry: false, value });
      this.onState(questionId, { state: "error", message: result.message });
    }
  }

  /** Registers a draft that `flush()` commits first; returns the unregister function. */
  addDraft(source: TDraftSource): () => void {
    this.drafts.add(source);
    return () => {
      this.drafts.delete(source);
    };
  }

  /** Anything the user changed that the server does not have yet (for the leave-page warning). */
  hasUnsaved(): boolean {
    return this.queued.size > 0 || this.failed.size > 0 || [...this.drafts].some((d) => d.pending());
  }

  /**
   * Sends every pending change now (drafts being typed, saves that failed on the connection), waits for all saves
   * in flight, and returns the version they left the assessment at, or why something is not saved.
   */
  async flush(): Promise<TFlushResult> {
    for (const d of [...this.drafts]) if (d.pending()) d.commit();
    if (!this.halted) {
      for (const [questionId, f] of [...this.failed]) {
        if (f.retry && !this.queued.has(questionId)) this.save(questionId, f.value as V);
      }
    }
    // Saves may be queued while waiting (a draft committing late): wait until the queue stays settled.
    let seen: Promise<void>;
    do {
      seen = this.tail;
      await seen;
    } while (seen !== this.tail);
    if (this.halted) return { ok: false, message: this.conflictMessage, conflict: true };
    const [first] = this.failed;
    if (first) return { ok: false, message: first[1].message, questionId: first[0], conflict: false };
    return { ok: true, version: this.current };
  }
}
