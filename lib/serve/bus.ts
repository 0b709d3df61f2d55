// In-process signal "this label's public page changed", shared by every copy of this module in the process (the
// custom server loaded by tsx and Next's own server bundle each get one) through globalThis. Fed by PostgreSQL
// LISTEN (lib/serve/listen.ts) or by PGlite's in-process notifications (lib/db/connect.ts), both delivered after
// the writing transaction commits; consumed by the page cache of lib/cli/serve.ts.
import { EventEmitter } from "node:events";

/** The NOTIFY channel label events write to (lib/db/label-events.ts publicLabelChanged). */
export const PUBLIC_LABEL_CHANNEL = "cl_public_label";

const g = globalThis as unknown as { cyberlabelPublicLabelBus?: EventEmitter };

function bus(): EventEmitter {
  if (!g.cyberlabelPublicLabelBus) {
    g.cyberlabelPublicLabelBus = new EventEmitter();
    g.cyberlabelPublicLabelBus.setMaxListeners(50);
  }
  return g.cyberlabelPublicLabelBus;
}

export function emitPublicLabelChanged(code: string): void {
  bus().emit("changed", code);
}

export function onPublicLabelChanged(listener: (code: string) => void): () => void {
  bus().on("changed", listener);
  return () => bus().off("changed", listener);
}
