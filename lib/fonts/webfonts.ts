import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import manifest from "./generated/webfonts.json" with { type: "json" };

/**
 * The Chinese web fonts the pages use (docs/i18n.md "Fonts"): per weight a WOFF2 subset with every character the
 * product writes in Chinese (lib/fonts/generated, built by `npm run fonts:build`), preloaded on Chinese pages, and
 * the whole Noto Sans SC face as the fallback for other CJK characters (what people type), fetched only when such
 * a character shows up. The file names carry the subset's hash, so a rebuilt subset is a new immutable URL.
 */
export type TWebFontWeight = "400" | "700";
export const WEBFONT_WEIGHTS: readonly TWebFontWeight[] = ["400", "700"];

export const WEBFONT_MANIFEST: {
  codePoints: number;
  files: Record<TWebFontWeight, { file: string; bytes: number; sha256: string }>;
} = manifest;

export const subsetFontPath = (w: TWebFontWeight) => `/fonts/${WEBFONT_MANIFEST.files[w].file}`;

export const GENERATED_DIR = ["lib", "fonts", "generated"] as const;

/** The subset file by its public name, or null for a name the manifest does not list. */
export function subsetFontFile(name: string): Buffer | null {
  const w = WEBFONT_WEIGHTS.find((x) => WEBFONT_MANIFEST.files[x].file === name);
  if (w === undefined) return null;
  // Read from the repository at run time (like lib/report/fonts.ts): the bundler must not inline font files.
  const p = path.join(/* turbopackIgnore: true */ process.cwd(), ...GENERATED_DIR, name);
  if (!existsSync(p)) throw new Error(`web font ${name} missing; run npm run fonts:build`);
  return readFileSync(p);
}
