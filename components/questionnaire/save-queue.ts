// The autosave queue without React: answers are sent one at a time, each against the version the previous save
// returned (optimistic locking). `flush()` lets a submit wait until everything the user changed is stored.

export type TSaveState = { state: "saving" | "saved" | "error"; message?: string };

/** What the server said about one save. `conflict` (stale version, no longer editable) halts the queue. */
export type TSaveOutcome =
  { ok: true; version: number } | { ok: false; kind: "conflict" | "invalid"; message: string };

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

  constructor(
    initialVersion: number,
    private readonly send: (questionId: string, value: V, expectedVersion: number) => Promise<TSaveOutcome>,
    private readonly onState: (questionId: string, state: TSaveState) => void,
  ) {
    this.current = initialVersion;
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
      this.failed.set(questionId, { message: "The connection failed. Try again.", retry: true, value });
      this.onState(questionId, { state: "error", message: CONNECTION_FAILED });
      return;
    }
    if (result.ok) {
      this.current = result.version;
      this.failed.delete(questionId);
      this.onState(questionId, { state: "saved" });
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
