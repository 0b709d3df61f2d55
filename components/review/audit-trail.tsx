import type { TTrailEvent } from "@/lib/db/audit-trail";
import { getCatalog, type TCatalog } from "@/lib/schemes";
import { eventFacts, humanAction } from "./audit-event-text";
import styles from "./review.module.css";

function catalogOr(version: string): TCatalog | undefined {
  try {
    return getCatalog(version);
  } catch {
    return undefined;
  }
}

/** Every event of an assessment (and of its label), oldest first: when, who, what, and the details in words. */
export function AuditTrail({ events, catalogVersion }: { events: TTrailEvent[]; catalogVersion: string }) {
  const catalog = catalogOr(catalogVersion);
  if (events.length === 0) return <p className="muted">No events recorded yet.</p>;
  return (
    <ol className={styles.trail} data-testid="audit-trail">
      {events.map((e) => {
        const facts = eventFacts(e.action, e.details, catalog);
        return (
          <li key={e.id} data-action={e.action}>
            <div>
              <strong>{humanAction(e.action)}</strong>{" "}
              <span className="muted small">
                by {e.actor?.name ?? "the system"} ·{" "}
                <time dateTime={e.createdAt.toISOString()}>
                  {e.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                </time>
              </span>
            </div>
            {facts.length ? (
              <dl>
                {facts.map((f, i) => (
                  <div key={i} style={{ display: "contents" }}>
                    <dt>{f.label}</dt>
                    <dd>{f.value}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
