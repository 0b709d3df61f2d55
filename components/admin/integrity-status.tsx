import { useFormatter, useTranslations } from "next-intl";
import type { TIntegrityStatus } from "@/lib/db/integrity-status";

// The commands administrators run: program text, the same in every language (the URL placeholder is a message).
const AUDIT_VERIFY = "npm run audit:verify -- --expect <seq>:<hash>";
const LOG_MONITOR = "npm run log:monitor --";

/** Date and time to the second: when the chain was checked and a tree head signed. */
const SECONDS = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
} as const;

const code = (chunks: React.ReactNode) => <code>{chunks}</code>;
const hashCode = (chunks: React.ReactNode) => <code style={{ wordBreak: "break-all" }}>{chunks}</code>;

/** The audit chain's head and verdict, and the transparency log's state, for administrators. */
export function IntegrityStatus({ status }: { status: TIntegrityStatus }) {
  const t = useTranslations("admin.integrity");
  const format = useFormatter();
  const at = (d: Date | number) => format.dateTime(new Date(d), { ...SECONDS, timeZone: "UTC" });
  const { audit, log } = status;
  const pending = log.size - (log.treeHead?.treeSize ?? 0);
  return (
    <div className="grid">
      <div className="card" data-testid="audit-chain">
        <h3 style={{ marginTop: 0 }}>
          {t("audit")}{" "}
          {audit.ok ? (
            <span className="badge badge-ok">{t("verifies")}</span>
          ) : (
            <span className="badge badge-bad">{t("broken")}</span>
          )}
        </h3>
        {audit.ok ? null : (
          <div className="alert alert-error" role="alert">
            {t("firstBreak", { seq: audit.firstBreak?.seq ?? 0, reason: audit.firstBreak?.reason ?? "" })}
          </div>
        )}
        <p className="small" style={{ marginTop: 0 }}>
          {t("events", { events: audit.events, legacy: audit.legacy, checked: at(status.checkedAt) })}
        </p>
        {audit.head ? (
          <p className="small">
            {t.rich("head", { seq: audit.head.seq, hash: audit.head.hash ?? t("noHash"), code: hashCode })}
          </p>
        ) : null}
        <p className="small muted">{t.rich("headNote", { command: AUDIT_VERIFY, code })}</p>
      </div>
      <div className="card" data-testid="transparency-log">
        <h3 style={{ marginTop: 0 }}>{t("log")}</h3>
        <p className="small" style={{ marginTop: 0 }}>
          {log.treeHead
            ? t("logSize", {
                size: log.size,
                treeSize: log.treeHead.treeSize,
                at: at(log.treeHead.timestamp),
                pending: Math.max(0, pending),
              })
            : t("logNoHead", { size: log.size, pending: Math.max(0, pending) })}
        </p>
        {log.treeHead ? (
          <p className="small">{t.rich("root", { hash: log.treeHead.rootHash, code: hashCode })}</p>
        ) : null}
        <p className="small muted">
          {t.rich("monitor", {
            command: LOG_MONITOR,
            code: (chunks) => (
              <code>
                {chunks}{" "}
                {/* A worded placeholder: the page's font, which has CJK glyphs (the monospace stack has none). */}
                <var style={{ fontFamily: "var(--font)" }}>{t("publicUrl")}</var>
              </code>
            ),
          })}
        </p>
      </div>
    </div>
  );
}
