// PostgreSQL side of the public page cache's invalidation: one LISTEN connection per server process. Label events
// NOTIFY in their own transaction (lib/db/label-events.ts publicLabelChanged), so every instance of the app hears
// every committed event, whichever process wrote it (the app, `npm run notify:run`, the log step). If the
// connection drops, notifications may have been missed: `onReset` clears the cache and the connection is retried.
import pg from "pg";
import { logError, logInfo } from "@/lib/log";
import { emitPublicLabelChanged, PUBLIC_LABEL_CHANNEL } from "./bus";

export function listenForLabelEvents(
  url: string,
  on: { ready: () => void; lost: () => void },
): { close: () => Promise<void> } {
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;

  const connect = async () => {
    const c = new pg.Client({ connectionString: url });
    c.on("notification", (n) => {
      if (n.channel === PUBLIC_LABEL_CHANNEL && n.payload) emitPublicLabelChanged(n.payload);
    });
    c.on("error", (err) => {
      logError("serve.listen.connection_lost", err);
      schedule();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${PUBLIC_LABEL_CHANNEL}`);
      client = c;
      on.ready(); // anything cached before this connection listened may be stale: the caller starts afresh
      logInfo("serve.listen.ready", { channel: PUBLIC_LABEL_CHANNEL });
    } catch (err) {
      logError("serve.listen.connect_failed", err);
      c.end().catch(() => undefined);
      schedule();
    }
  };
  const schedule = () => {
    on.lost();
    client?.end().catch(() => undefined);
    client = null;
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, 1000);
  };
  void connect();
  return {
    close: async () => {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
