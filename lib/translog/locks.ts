/**
 * PostgreSQL advisory lock keys (pg_advisory_xact_lock: held until the transaction ends, whichever instance holds
 * it). The same numbers are written in the triggers of prisma/migrations/…_integrity_events_chain_log.
 */
export const LOCK = {
  /**
   * An audit chain's head, with hashtext(chain) as the second key (one chain per organisation since migration
   * …_audit_chain_per_organization): taken by the AuditEvent insert trigger.
   */
  AUDIT_CHAIN: 72450001,
  /** One label's events, with hashtext(labelId) as the second key: the application takes it before it reads. */
  LABEL_EVENTS: 72450002,
  /** Transparency log appends: taken by the log entry insert trigger. */
  LOG_APPEND: 72450003,
  /** The tree head signer and the expiry step: only one instance at a time (pg_try_advisory_xact_lock). */
  LOG_SIGNER: 72450004,
} as const;
