import type { MailStatus } from "@/lib/generated/prisma/enums";
import { retryMail } from "@/app/(site)/(admin)/admin/outbox/actions";
import { when } from "./notification-list";
import styles from "./notifications.module.css";

type Mail = {
  id: string;
  toAddress: string;
  subject: string;
  text: string;
  status: MailStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
};

function statusOf(m: Mail, smtp: boolean): { text: string; badge: string } {
  if (m.status === "SENT") return { text: `Sent ${m.sentAt ? when(m.sentAt) : ""}`, badge: "badge-ok" };
  if (m.status === "FAILED") return { text: `Failed after ${m.attempts} attempt(s)`, badge: "badge-bad" };
  if (!smtp) return { text: "Kept: no SMTP server configured", badge: "" };
  if (m.attempts === 0) return { text: "Waiting to be sent", badge: "badge-info" };
  return { text: `Retrying (attempt ${m.attempts + 1} at ${when(m.nextAttemptAt)})`, badge: "badge-warn" };
}

/** The outbox, newest first: each mail exactly as it was (or will be) sent, with its delivery state. */
export function OutboxList({ mails, smtp }: { mails: Mail[]; smtp: boolean }) {
  return (
    <ul className={styles.list} aria-label="Mails">
      {mails.map((m) => {
        const s = statusOf(m, smtp);
        return (
          <li key={m.id} className={styles.item} data-mail={m.id}>
            <div className={styles.meta}>
              <span className={`badge ${s.badge}`}>{s.text}</span>
              <span className="small">
                to <strong style={{ overflowWrap: "anywhere" }}>{m.toAddress}</strong>
              </span>
              <span className="muted small">
                written <time dateTime={m.createdAt.toISOString()}>{when(m.createdAt)}</time>
              </span>
            </div>
            <details>
              <summary className={styles.title}>{m.subject}</summary>
              <div className={styles.mailRow}>
                {m.lastError ? (
                  <span className="small error">
                    Last error: <code>{m.lastError}</code>
                  </span>
                ) : null}
                <pre className={styles.mailText}>{m.text}</pre>
              </div>
            </details>
            {m.status === "FAILED" && smtp ? (
              <form action={retryMail}>
                <input type="hidden" name="id" value={m.id} />
                <button type="submit" className="btn btn-secondary small-btn">
                  Send again
                </button>
              </form>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
