// Deployment secrets. In production set AUTH_SECRET (and LABEL_SIGNING_KEY) in the environment; the zero-setup
// default generates them once and keeps them in the data folder (mode 0600) so sessions survive restarts.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

type StoredSecrets = { authSecret: string; labelSigningKey: string };

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
  };
  writeFileSync(file, JSON.stringify(cached, null, 2), { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  return cached;
}

export function authSecret(): string {
  return env().AUTH_SECRET ?? stored().authSecret;
}

export function labelSigningKeyPem(): string {
  return env().LABEL_SIGNING_KEY ?? stored().labelSigningKey;
}
