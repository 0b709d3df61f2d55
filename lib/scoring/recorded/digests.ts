import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { getCatalog, listCatalogVersions } from "@/lib/schemes";
import type { TCatalog } from "@/lib/schemes/types";
import { assess } from "../assess";
import { realisticAnswers } from "../fixtures";
import type { TAssessment, TOverrides } from "../types";
import { mulberry32, seededAnswers } from "./generate";
import { STORIES, storyAnswers } from "./stories";

/**
 * Whole-result recordings of assess() (usage: npx tsx lib/scoring/recorded/digests.ts). Where catalog-1.0.0.json
 * records outcomes (verdicts, statuses, stars), this records every byte of every result of every catalog version:
 * criteria with their deciding and missing ids, scheme results with reasons and tallies, readiness, the generic
 * tallies and the ordered gap list, as JSON (so key order counts too: results are frozen into signed snapshots).
 * It pins assess() while it is made faster: an optimisation must give the very same results.
 *
 * Re-record only when a change of results is intended (a new catalog version, a wording change of an unpublished
 * version), never to make an optimisation pass.
 */
export const DIGEST_SEED = 20261202;
export const DIGEST_COUNT = 400;

/** The parts of a result, each digested on its own so a mismatch says where results differ. */
const PARTS = ["criteria", "eu", "us", "cn", "readiness", "schemes", "gaps"] as const;

const h = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 12);

export function digestOf(r: TAssessment): string {
  if (
    Object.keys(r).join() !==
    "catalogVersion,criteria,eu,us,cn,readiness,gaps" + (r.schemes ? ",schemes" : "")
  )
    return `shape:${Object.keys(r).join()}`;
  return PARTS.map((p) => h(JSON.stringify(r[p]) ?? "undefined")).join(":");
}

/** Reviewer overrides on a few criteria of every fifth set, so the override path is pinned as well. */
function overridesFor(catalog: TCatalog, i: number): TOverrides | undefined {
  if (i % 5 !== 4) return undefined;
  const rnd = mulberry32(DIGEST_SEED + i);
  const out: Record<string, { verdict: "PASS" | "FAIL"; reason: string }> = {};
  for (let k = 0; k < 4; k++) {
    const c = catalog.criteria[Math.floor(rnd() * catalog.criteria.length)];
    if (c) out[c.key] = { verdict: rnd() < 0.5 ? "PASS" : "FAIL", reason: `Reviewer decision ${k}` };
  }
  return out;
}

export type TDigestRecording = {
  version: string;
  catalog: string;
  seed: number;
  count: number;
  realistic: string;
  stories: Record<string, string>;
  sets: string[];
};

export function digestsOf(version: string): TDigestRecording {
  const catalog = getCatalog(version);
  const sets: string[] = [];
  for (let i = 0; i < DIGEST_COUNT; i++)
    sets.push(digestOf(assess(catalog, seededAnswers(catalog, DIGEST_SEED, i), overridesFor(catalog, i))));
  const stories: Record<string, string> = {};
  for (const s of STORIES) stories[s.id] = digestOf(assess(catalog, storyAnswers(catalog, s)));
  return {
    version,
    catalog: h(JSON.stringify(catalog)),
    seed: DIGEST_SEED,
    count: DIGEST_COUNT,
    realistic: digestOf(assess(catalog, realisticAnswers(catalog))),
    stories,
    sets,
  };
}

export const DIGESTS_FILE = new URL("./assess-digests.json", import.meta.url);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = fileURLToPath(DIGESTS_FILE);
  writeFileSync(file, `${JSON.stringify(listCatalogVersions().map(digestsOf), null, 1)}\n`);
  console.log(`wrote ${file}`);
}
