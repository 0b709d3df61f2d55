// Deployment secrets. The zero-setup default (embedded PGlite) generates AUTH_SECRET and the label signing key once
// and keeps them in the data folder (mode 0600) so sessions survive restarts. On PostgreSQL in production several
// instances may share one database, and each would generate its own: there the start refuses without them
// (deploymentSecretsProblem, checked by lib/cli/prestart.ts).
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env, type TEnv } from "@/lib/env";
import { publicKeyFromPrivate, publicKeyInfo } from "@/lib/labels/signing";

type StoredSecrets = { authSecret: string; labelSigningKey: string; logSigningKey?: string };

let cached: StoredSecrets | undefined;

function stored(): StoredSecrets {
  if (cached) return cached;
  const dir = path.resolve(/* turbopackIgnore: true */ process.cwd(), env().DATA_DIR);
  const file = path.join(dir, "secrets.json");
  if (existsSync(file)) {
    cached = JSON.parse(readFileSync(file, "utf8")) as StoredSecrets;
    return cached;
  }
  mkdirSync(dir, { recursive: true });
  const { privateKey } = generateKeyPairSync("ed25519");
  cached = {
    authSecret: randomBytes(32).toString("base64url"),
    labelSigningKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    logSigningKey: generateKeyPairSync("ed25519")
      .privateKey.export({ type: "pkcs8", format: "pem" })
      .toString(),
  };
  writeFileSync(file, JSON.stringify(cached, null, 2), { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  return cached;
}

/** The log key came after the first secrets file: added to an existing file once (rewritten atomically). */
function storedLogKey(): string {
  const s = stored();
  if (s.logSigningKey) return s.logSigningKey;
  const file = path.join(
    path.resolve(/* turbopackIgnore: true */ process.cwd(), env().DATA_DIR),
    "secrets.json",
  );
  const next = {
    ...s,
    logSigningKey: generateKeyPairSync("ed25519")
      .privateKey.export({ type: "pkcs8", format: "pem" })
      .toString(),
  };
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(next, null, 2), { mode: 0o600 });
  renameSync(tmp, file);
  cached = next;
  return next.logSigningKey;
}

export function authSecret(): string {
  return env().AUTH_SECRET ?? stored().authSecret;
}

export function labelSigningKeyPem(): string {
  return env().LABEL_SIGNING_KEY ?? stored().labelSigningKey;
}

/** The transparency log's tree head signing key (LOG_SIGNING_KEY). */
export function logSigningKeyPem(): string {
  return env().LOG_SIGNING_KEY ?? storedLogKey();
}

/**
 * The public keys a label signature may have been made with: the current signing key first, then the retired ones
 * from LABEL_SIGNING_RETIRED_KEYS (duplicates of the current key dropped). The well-known key document publishes
 * them all, and verifySignedSnapshot picks among them by keyId.
 */
export function labelVerificationKeys(): string[] {
  const current = publicKeyFromPrivate(labelSigningKeyPem());
  const retired = env().LABEL_SIGNING_RETIRED_KEYS.filter(
    (pem) => publicKeyInfo(pem).keyId !== current.keyId,
  );
  return [current.pem, ...retired];
}

/**
 * Null when the start may go on; otherwise the message that stops it. On PostgreSQL in production the secrets must
 * come from the environment: instances sharing the database would each generate a different session secret
 * (sessions valid on one instance only) and signing keys (labels and tree heads signed with keys nobody publishes).
 */
export function deploymentSecretsProblem(e: TEnv = env()): string | null {
  if (!e.DATABASE_URL || e.NODE_ENV !== "production") return null;
  const missing = [
    ...(e.AUTH_SECRET ? [] : ["AUTH_SECRET"]),
    ...(e.LABEL_SIGNING_KEY ? [] : ["LABEL_SIGNING_KEY"]),
    ...(e.LOG_SIGNING_KEY ? [] : ["LOG_SIGNING_KEY"]),
  ];
  if (missing.length === 0) return null;
  const how: Record<string, string> = {
    AUTH_SECRET: 'AUTH_SECRET="$(openssl rand -base64 32)"',
    LABEL_SIGNING_KEY: 'LABEL_SIGNING_KEY="$(openssl genpkey -algorithm ed25519)"',
    LOG_SIGNING_KEY: 'LOG_SIGNING_KEY="$(openssl genpkey -algorithm ed25519)"',
  };
  const names =
    missing.length > 1 ? `${missing.slice(0, -1).join(", ")} and ${missing[missing.length - 1]}` : missing[0];
  return [
    `Refusing to start: DATABASE_URL is set and NODE_ENV=production, but ${names} ${missing.length > 1 ? "are" : "is"} not set.`,
    "Every instance sharing the database needs the same secrets, so they are not generated here. Create them once",
    "and set them in the environment of every instance:",
    ...missing.map((name) => `  ${how[name]}`),
    `(If an earlier start generated them into ${path.join(e.DATA_DIR, "secrets.json")}, use those values instead to keep`,
    "existing sessions valid and labels verifiable with the same key.)",
  ].join("\n");
}

/** The public half of the log key: what the key document publishes and the monitor checks tree heads with. */
export function logVerificationKeys(): string[] {
  return [publicKeyFromPrivate(logSigningKeyPem()).pem];
}
