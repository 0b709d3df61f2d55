// `npm run prisma:generate`: generates the Prisma client. npm does not run install scripts, so this is an explicit
// step (run by build, test and dev). `prisma generate` never uses the native schema engine, but the CLI tries to
// download it first; pointing PRISMA_SCHEMA_ENGINE_BINARY at an existing file skips that download, which machines
// without access to Prisma's binary host need. Users who set the variable themselves keep their value.
import { spawnSync } from "node:child_process";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
