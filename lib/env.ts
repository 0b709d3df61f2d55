// The environment, read once and validated. Nothing else in the project reads process.env
// (prisma.config.ts, which only the Prisma CLI loads, is the one exception).
import { z } from "zod";

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
  PGLITE_DIR: z.string().trim().min(1).default(".data/pglite"),
  DATA_DIR: z.string().trim().min(1).default(".data"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  PUBLIC_BASE_URL: z.url().default("http://localhost:3000"),
  LABEL_SIGNING_KEY: z.string().optional(), // PKCS#8 PEM of an Ed25519 private key
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment: ${lines.join("; ")}`);
  }
  cached = parsed.data;
  return cached;
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
