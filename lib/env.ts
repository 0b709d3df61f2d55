// The environment, read once and validated. Nothing else in the project reads process.env
// (prisma.config.ts, which only the Prisma CLI loads, is the one exception).
import { z } from "zod";
import { parsePublicKeyPems, publicKeyFromPrivate } from "@/lib/labels/signing";
import { DEFAULT_VALIDITY, parseValidityMonths, type TValidityConfig } from "@/lib/labels/validity";

/** An optional yes/no flag: 1/true/yes or 0/false/no; unset or empty is undefined (the caller's default). */
const flag = z
  .string()
  .trim()
  .toLowerCase()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === "") return undefined;
    if (["1", "true", "yes"].includes(v)) return true;
    if (["0", "false", "no"].includes(v)) return false;
    ctx.addIssue({ code: "custom", message: "must be 1 or 0 (true/false, yes/no)" });
    return z.NEVER;
  });

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: "DATABASE_URL must start with postgresql:// (leave it unset to use the embedded database)",
    }),
  // The owner of the tables, for the migrations run by `npm start` / `npm run db:migrate`, when the app itself
  // connects (DATABASE_URL) as the least-privilege role of prisma/app-role.sql. Unset: DATABASE_URL does both.
  MIGRATE_DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: "MIGRATE_DATABASE_URL must start with postgresql://",
    }),
  PGLITE_DIR: z.string().trim().min(1).default(".data/pglite"),
  DATA_DIR: z.string().trim().min(1).default(".data"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  PUBLIC_BASE_URL: z.url().default("http://localhost:3000"),
  // PKCS#8 PEM of an Ed25519 private key; checked here so a damaged key stops the start, not the first approval.
  LABEL_SIGNING_KEY: z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v : undefined))
    .superRefine((v, ctx) => {
      if (v === undefined) return;
      try {
        publicKeyFromPrivate(v);
      } catch (err) {
        ctx.addIssue({
          code: "custom",
          message: `must be an Ed25519 private key in PKCS#8 PEM (openssl genpkey -algorithm ed25519): ${err instanceof Error ? err.message : String(err)}`,
        });
      }
    }),
  // PKCS#8 PEM of the Ed25519 key that signs the transparency log's tree heads: the log's identity, kept for the
  // log's lifetime (a different key from the label key, which may rotate).
  LOG_SIGNING_KEY: z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v : undefined))
    .superRefine((v, ctx) => {
      if (v === undefined) return;
      try {
        publicKeyFromPrivate(v);
      } catch (err) {
        ctx.addIssue({
          code: "custom",
          message: `must be an Ed25519 private key in PKCS#8 PEM (openssl genpkey -algorithm ed25519): ${err instanceof Error ? err.message : String(err)}`,
        });
      }
    }),
  // Seconds between runs of the in-process log step (expiry events, then a signed tree head); 0 turns it off
  // when an external scheduler runs `npm run log:sign` instead.
  LOG_SIGN_INTERVAL_SECONDS: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return 60;
      if (!/^\d{1,5}$/.test(v) || Number(v) > 86_400) {
        ctx.addIssue({ code: "custom", message: "must be a whole number of seconds from 0 to 86400" });
        return z.NEVER;
      }
      return Number(v);
    }),
  // Public keys (SPKI PEM, concatenated) of retired signing keys: labels they signed keep verifying after a
  // rotation. Parsed into canonical PEMs, one per key.
  LABEL_SIGNING_RETIRED_KEYS: z
    .string()
    .optional()
    .transform((v, ctx): string[] => {
      if (!v?.trim()) return [];
      try {
        return parsePublicKeyPems(v);
      } catch (err) {
        ctx.addIssue({ code: "custom", message: err instanceof Error ? err.message : String(err) });
        return z.NEVER;
      }
    }),
  // Log verbosity (lib/log.ts, pino): security is the level of sign-in failures, refusals and revoked sessions.
  LOG_LEVEL: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((v) => (v ? v : "info"))
    .pipe(
      z.enum(["trace", "debug", "info", "warn", "security", "error", "fatal", "silent"], {
        message: "must be one of trace, debug, info, warn, security, error, fatal, silent",
      }),
    ),
  // Demo data at start on an empty database: unset = only on the embedded PGlite database; 1 = also on
  // PostgreSQL; 0 = never. `npm run db:seed` seeds regardless.
  DEMO_DATA: flag,
  // Number of reverse proxies in front of the app that append to X-Forwarded-For. 0: the header is ignored.
  TRUST_PROXY: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return 0;
      if (!/^\d{1,2}$/.test(v)) {
        ctx.addIssue({ code: "custom", message: "must be a whole number of proxy hops (0 when none)" });
        return z.NEVER;
      }
      return Number(v);
    }),
  // Label validity per scheme, e.g. "<SCHEME_ID>=24,<SCHEME_ID>=60"; schemes not named keep lib/labels/validity.ts defaults.
  LABEL_VALIDITY_MONTHS: z
    .string()
    .optional()
    .transform((v, ctx): TValidityConfig => {
      if (!v?.trim()) return DEFAULT_VALIDITY;
      try {
        return parseValidityMonths(v);
      } catch (err) {
        ctx.addIssue({ code: "custom", message: err instanceof Error ? err.message : String(err) });
        return z.NEVER;
      }
    }),
  // Outgoing mail (lib/notify): smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465. Unset:
  // nothing is sent and mails stay in the outbox, which administrators read at /admin/outbox.
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .superRefine((v, ctx) => {
      if (v === undefined) return;
      let u: URL;
      try {
        u = new URL(v);
      } catch {
        ctx.addIssue({
          code: "custom",
          message: "must be a URL like smtp://user:password@mail.example.com:587",
        });
        return;
      }
      if (u.protocol !== "smtp:" && u.protocol !== "smtps:")
        ctx.addIssue({ code: "custom", message: "must start with smtp:// or smtps://" });
      else if (!u.hostname) ctx.addIssue({ code: "custom", message: "names no host" });
    }),
  // Sender of notification mails: "Cyberlabel <no-reply@example.com>" or a bare address; defaults to
  // no-reply@<host of PUBLIC_BASE_URL>.
  MAIL_FROM: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine(
      (v) =>
        v === undefined ||
        /^[^<>\r\n"]{0,100}<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>$/.test(v) ||
        /^[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+$/.test(v),
      { message: 'must be an address, optionally with a name: "Cyberlabel <no-reply@example.com>"' },
    ),
  // Run the notification scheduler (mail delivery with retries, expiry reminders) inside the app process. Turn it
  // off (0) on all but one instance, or on all of them when a cron job runs `npm run notify:run` instead.
  NOTIFY_SCHEDULER: flag,
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

/** Validates an environment (process.env, or a plain object in tests); throws one readable error for all issues. */
export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment: ${lines.join("; ")}`);
  }
  return parsed.data;
}

export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The SMTP server mail goes to, without credentials, for logs and the admin outbox; null when none is set. */
export function describeSmtp(e: TEnv = env()): string | null {
  if (!e.SMTP_URL) return null;
  const u = new URL(e.SMTP_URL);
  return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ""}`;
}

/** MAIL_FROM, or no-reply@ the public host. */
export function mailFrom(e: TEnv = env()): string {
  return e.MAIL_FROM ?? `Cyberlabel <no-reply@${new URL(e.PUBLIC_BASE_URL).hostname}>`;
}

/** Describes the database the app will use, without credentials, for logs and error lines. */
export function describeDatabase(e: TEnv = env()): string {
  if (!e.DATABASE_URL) return `embedded PGlite at ${e.PGLITE_DIR}`;
  try {
    const u = new URL(e.DATABASE_URL);
    u.password = u.password ? "***" : "";
    return `PostgreSQL at ${u.toString()}`;
  } catch {
    return "PostgreSQL at an unparseable DATABASE_URL";
  }
}
