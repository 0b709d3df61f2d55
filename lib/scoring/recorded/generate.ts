import type { TAnswerValue, TAnswers, TCatalog, TQuestion } from "@/lib/schemes/types";
import { CAMERA_PROFILE, goodAnswers } from "../fixtures";

/**
 * Seeded answer sets for the recorded-outcomes tests. The generator is our own (mulberry32), not fast-check's, so
 * the sets stay the same across library upgrades: the recorded outcomes of a frozen catalog can never drift
 * because a dependency changed how it samples.
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES = ["yes", "partial", "no", "not_applicable"] as const;
const DATES = ["2025-01-01", "2025-07-31", "2025-08-01", "2026-06-30", "2027-12-11", "2031-12-31"];
const TEXTS = ["https://example.com/info", "See manual section 4."];

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)] as T;
}

function randomValue(rnd: () => number, q: TQuestion): TAnswerValue {
  switch (q.type) {
    case "boolean":
      return rnd() < 0.5;
    case "control": {
      const status = pick(rnd, STATUSES);
      if (status !== "not_applicable") return { status };
      return rnd() < 0.85 ? { status, justification: "Justified: no such asset." } : { status };
    }
    case "number": {
      const min = q.min ?? 0;
      const max = q.max ?? 1000;
      return min + Math.floor(rnd() * (max - min + 1));
    }
    case "date":
      return pick(rnd, DATES);
    case "choice":
      return pick(rnd, q.options).value;
    case "multi":
      return q.options.filter(() => rnd() < 0.5).map((o) => o.value);
    case "text":
      return pick(rnd, TEXTS);
  }
}

/**
 * Answer set number `i` of a run seeded with `seed`. Three flavours, in turn: the camera profile with some facts
 * flipped and every control answered at random; the camera baseline with random degradations (the region where
 * results are interesting); a random subset of questions with random values.
 */
export function seededAnswers(catalog: TCatalog, seed: number, i: number): TAnswers {
  const rnd = mulberry32(seed * 100_003 + i);
  const flavour = i % 3;
  if (flavour === 1) {
    const a: Record<string, TAnswerValue> = goodAnswers(catalog, { ...CAMERA_PROFILE });
    for (const q of catalog.questions) {
      const r = rnd();
      if (q.kind === "profile") {
        if (r < 0.05) a[q.id] = randomValue(rnd, q);
      } else if (r < 0.05) a[q.id] = randomValue(rnd, q);
      else if (r < 0.055) delete a[q.id];
    }
    return a;
  }
  const a: Record<string, TAnswerValue> = {};
  for (const q of catalog.questions) {
    if (flavour === 0) {
      const base = CAMERA_PROFILE[q.id];
      a[q.id] = q.kind === "profile" && base !== undefined && rnd() >= 0.15 ? base : randomValue(rnd, q);
      continue;
    }
    if (rnd() < 0.4) continue;
    a[q.id] = randomValue(rnd, q);
  }
  return a;
}
