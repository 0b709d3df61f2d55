import type { TIntegrityStatus } from "@/lib/db/integrity-status";

const iso = (d: Date | number) => new Date(d).toISOString().replace("T", " ").slice(0, 19) + " UTC";

/** The audit chain's head and verdict, and the transparency log's state, for administrators. */
export function IntegrityStatus({ status }: { status: TIntegrityStatus }) {
  const { audit, log } = status;
  const pending = log.size - (log.treeHead?.treeSize ?? 0);
  return (
    <div className="grid">
      <div className="card" data-testid="audit-chain">
        <h3 style={{ marginTop: 0 }}>
          Audit trail{" "}
          {audit.ok ? (
            <span className="badge badge-ok">Chain verifies</span>
          ) : (
            <span className="badge badge-bad">Chain broken</span>
          )}
        </h3>
        {audit.ok ? null : (
          <div className="alert alert-error" role="alert">
            First break at event {audit.firstBreak?.seq}: {audit.firstBreak?.reason}
          </div>
        )}
        <p className="small" style={{ marginTop: 0 }}>
          {audit.events} event(s)
          {audit.legacy ? `, ${audit.legacy} from before the chain (sealed)` : ""}; checked{" "}
          {iso(status.checkedAt)}.
        </p>
        {audit.head ? (
          <p className="small">
            Head: event {audit.head.seq},{" "}
            <code style={{ wordBreak: "break-all" }}>{audit.head.hash ?? "no hash"}</code>
          </p>
        ) : null}
        <p className="small muted">
          Note the head somewhere outside this database:{" "}
          <code>npm run audit:verify -- --expect &lt;seq&gt;:&lt;hash&gt;</code> later proves no event up to
          it was removed or changed.
        </p>
      </div>
      <div className="card" data-testid="transparency-log">
        <h3 style={{ marginTop: 0 }}>Transparency log</h3>
        <p className="small" style={{ marginTop: 0 }}>
          {log.size} entr{log.size === 1 ? "y" : "ies"}
          {log.treeHead
            ? `; latest signed tree head: size ${log.treeHead.treeSize} at ${iso(log.treeHead.timestamp)}`
            : "; no tree head signed yet"}
          {pending > 0 ? ` (${pending} waiting for the next signing)` : ""}.
        </p>
        {log.treeHead ? (
          <p className="small">
            Root: <code style={{ wordBreak: "break-all" }}>{log.treeHead.rootHash}</code>
          </p>
        ) : null}
        <p className="small muted">
          Anyone can check the public registry against it:{" "}
          <code>npm run log:monitor -- &lt;public URL&gt;</code>.
        </p>
      </div>
    </div>
  );
}
