import { useFormatter, useTranslations } from "next-intl";
import type { MailStatus } from "@/lib/generated/prisma/enums";
import { retryMail } from "@/app/(site)/(admin)/admin/outbox/actions";
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

type TOutboxT = ReturnType<typeof useTranslations<"admin.outbox">>;

function statusOf(m: Mail, smtp: boolean, t: TOutboxT, when: (d: Date) => string) {
  if (m.status === "SENT")
    return { text: m.sentAt ? t("sent", { at: when(m.sentAt) }) : t("sentNoDate"), badge: "badge-ok" };
  if (m.status === "FAILED") return { text: t("failed", { n: m.attempts }), badge: "badge-bad" };
  if (!smtp) return { text: t("kept"), badge: "" };
  if (m.attempts === 0) return { text: t("waiting"), badge: "badge-info" };
  return { text: t("retrying", { n: m.attempts + 1, at: when(m.nextAttemptAt) }), badge: "badge-warn" };
}

/** The outbox, newest first: each mail exactly as it was (or will be) sent, with its delivery state. */
export function OutboxList({ mails, smtp }: { mails: Mail[]; smtp: boolean }) {
  const t = useTranslations("admin.outbox");
  const format = useFormatter();
  const when = (d: Date) => format.dateTime(d, "dayTime");
  return (
    <ul className={styles.list} aria-label={t("list")}>
      {mails.map((m) => {
        const s = statusOf(m, smtp, t, when);
        return (
          <li key={m.id} className={styles.item} data-mail={m.id}>
            <div className={styles.meta}>
              <span className={`badge ${s.badge}`}>{s.text}</span>
              <span className="small">
                {t.rich("to", {
                  address: m.toAddress,
                  strong: (chunks) => <strong style={{ overflowWrap: "anywhere" }}>{chunks}</strong>,
                })}
              </span>
              <span className="muted small">
                {t.rich("written", {
                  at: when(m.createdAt),
                  time: (chunks) => <time dateTime={m.createdAt.toISOString()}>{chunks}</time>,
                })}
              </span>
            </div>
            <details>
              <summary className={styles.title}>{m.subject}</summary>
              <div className={styles.mailRow}>
                {m.lastError ? (
                  <span className="small error">
                    {t.rich("lastError", { error: m.lastError, code: (chunks) => <code>{chunks}</code> })}
                  </span>
                ) : null}
                <pre className={styles.mailText}>{m.text}</pre>
              </div>
            </details>
            {m.status === "FAILED" && smtp ? (
              <form action={retryMail}>
                <input type="hidden" name="id" value={m.id} />
                <button type="submit" className="btn btn-secondary small-btn">
                  {t("retry")}
                </button>
              </form>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
