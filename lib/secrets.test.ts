import { describe, expect, it, vi } from "vitest";
import { parseEnv } from "./env";
import { generateSigningKey } from "./labels/signing";
import { deploymentSecretsProblem } from "./secrets";

const PG = "postgresql://app@db:5432/cyberlabel";
const key = generateSigningKey();
const logKey = generateSigningKey();
const SECRET = "x".repeat(44);

describe("deploymentSecretsProblem", () => {
  it("lets the embedded database and non-production runs generate their secrets", () => {
    expect(deploymentSecretsProblem(parseEnv({ NODE_ENV: "production" }))).toBeNull();
    expect(deploymentSecretsProblem(parseEnv({ DATABASE_URL: PG, NODE_ENV: "development" }))).toBeNull();
  });

  it("refuses PostgreSQL in production without the secrets, naming them and how to create them", () => {
    const both = deploymentSecretsProblem(parseEnv({ DATABASE_URL: PG, NODE_ENV: "production" }));
    expect(both).toMatch(/AUTH_SECRET, LABEL_SIGNING_KEY and LOG_SIGNING_KEY are not set/);
    expect(both).toContain("openssl rand -base64 32");
    expect(both).toContain("openssl genpkey -algorithm ed25519");

    const one = deploymentSecretsProblem(
      parseEnv({
        DATABASE_URL: PG,
        NODE_ENV: "production",
        AUTH_SECRET: SECRET,
        LOG_SIGNING_KEY: logKey.privateKeyPem,
      }),
    );
    expect(one).toMatch(/LABEL_SIGNING_KEY is not set/);
    expect(one).not.toContain("openssl rand");
  });

  it("is satisfied when all are set", () => {
    const e = parseEnv({
      DATABASE_URL: PG,
      NODE_ENV: "production",
      AUTH_SECRET: SECRET,
      LABEL_SIGNING_KEY: key.privateKeyPem,
      LOG_SIGNING_KEY: logKey.privateKeyPem,
    });
    expect(deploymentSecretsProblem(e)).toBeNull();
  });
});

describe("labelVerificationKeys", () => {
  it("lists the current key first, then the retired ones, without repeating the current key", async () => {
    const retired = generateSigningKey();
    vi.stubEnv("LABEL_SIGNING_KEY", key.privateKeyPem);
    vi.stubEnv("LABEL_SIGNING_RETIRED_KEYS", `${retired.publicKeyPem}${key.publicKeyPem}`);
    const { labelVerificationKeys } = await import("./secrets");
    expect(labelVerificationKeys()).toEqual([key.publicKeyPem, retired.publicKeyPem]);
    vi.unstubAllEnvs();
  });
});
