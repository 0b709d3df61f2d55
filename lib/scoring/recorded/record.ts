import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { getCatalog } from "@/lib/schemes";
import { assess } from "../assess";
import { seededAnswers } from "./generate";
import { outcomeOf } from "./outcome";
import { STORIES, storyAnswers } from "./stories";

/**
 * Records the outcomes of a catalog version (usage: npx tsx lib/scoring/recorded/record.ts 1.1.0). A recorded
 * frozen version is never re-recorded: the test compares against the file, and a difference is a regression.
 * Pass --force only for a version that has not been published yet.
 */
export const SEED = 20261201;
export const COUNT = 600;

export function recordingOf(version: string) {
  const catalog = getCatalog(version);
  const sets = [];
  for (let i = 0; i < COUNT; i++) sets.push(outcomeOf(assess(catalog, seededAnswers(catalog, SEED, i))));
  const stories: Record<string, ReturnType<typeof outcomeOf>> = {};
  for (const s of STORIES) stories[s.id] = outcomeOf(assess(catalog, storyAnswers(catalog, s)));
  return { version, seed: SEED, count: COUNT, criteria: catalog.criteria.map((c) => c.key), stories, sets };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = process.argv[2] ?? "1.0.0";
  if (version === "1.0.0" && !process.argv.includes("--force")) {
    console.error("Catalog 1.0.0 is frozen: its recording is not rewritten.");
    process.exit(1);
  }
  const file = fileURLToPath(new URL(`./catalog-${version}.json`, import.meta.url));
  writeFileSync(file, `${JSON.stringify(recordingOf(version))}\n`);
  console.log(`wrote ${file}`);
}
