import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { listCatalogVersions } from "@/lib/schemes";
import { catalogDictionary } from "@/lib/schemes/i18n";
import { MESSAGES } from "@/messages";

/**
 * The Chinese characters the product itself writes: every zh-CN message, every catalog version's Chinese
 * dictionary, and the Chinese words in the application's source (scheme outcome texts, legal names…). Only CJK
 * code points (U+2E80 and up: radicals, CJK punctuation, kana, Han, compatibility and full-width forms); Latin
 * letters and digits come from the platform's fonts. The web font subset covers exactly these (lib/cli/build-cjk-webfonts.ts).
 */
export const CJK_FROM = 0x2e80;

function addText(out: Set<number>, text: string): void {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= CJK_FROM && !(cp >= 0xd800 && cp <= 0xdfff) && cp !== 0xfeff) out.add(cp);
  }
}

function addStrings(out: Set<number>, value: unknown): void {
  if (typeof value === "string") addText(out, value);
  else if (Array.isArray(value)) for (const v of value) addStrings(out, v);
  else if (value !== null && typeof value === "object")
    for (const v of Object.values(value as Record<string, unknown>)) addStrings(out, v);
}

/** Source folders whose (non-test) files may hold Chinese words shown to readers. */
const SOURCE_DIRS = ["app", "components", "lib"];
const SKIP = /(\.test\.tsx?|\.spec\.ts)$|[/\\](generated|__golden__)[/\\]/;

function addSource(out: Set<number>, root: string, dir: string): void {
  for (const name of readdirSync(path.join(root, dir)).sort()) {
    const rel = path.join(dir, name);
    const abs = path.join(root, rel);
    if (statSync(abs).isDirectory()) {
      if (name !== "generated" && name !== "__golden__") addSource(out, root, rel);
    } else if (/\.(tsx?|css)$/.test(name) && !SKIP.test(rel)) addText(out, readFileSync(abs, "utf8"));
  }
}

/** Sorted code points; `root` is the repository (the current directory by default). */
export function zhCharacters(root: string = process.cwd()): number[] {
  const out = new Set<number>();
  addStrings(out, MESSAGES["zh-CN"]);
  for (const v of listCatalogVersions()) addStrings(out, catalogDictionary(v, "zh-CN")?.entries ?? {});
  for (const d of SOURCE_DIRS) addSource(out, root, d);
  return [...out].sort((a, b) => a - b);
}
