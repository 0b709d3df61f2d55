import { subsetFontFile } from "@/lib/fonts/webfonts";
import { fontData, type TFontWeight } from "@/lib/report/fonts";

/**
 * The last-resort CJK web fonts (Noto Sans SC, the PDF's font) for readers whose system has no Simplified Chinese
 * font. The stylesheets list the platforms' own Chinese fonts first, and a browser downloads a web font only for
 * characters no earlier font covers (or when a Chinese page preloads it): the WOFF2 subsets of the characters the
 * product writes (~170 KB per weight, lib/fonts/webfonts.ts), and the whole faces (~10 MB TTF) for other characters.
 */
const FILES: Readonly<Record<string, TFontWeight>> = {
  "noto-sans-sc-400.ttf": "regular",
  "noto-sans-sc-700.ttf": "bold",
};

const IMMUTABLE = "public, max-age=31536000, immutable";

export async function GET(_req: Request, ctx: { params: Promise<{ file: string }> }) {
  const name = (await ctx.params).file;
  const subset = subsetFontFile(name);
  if (subset)
    return new Response(new Uint8Array(subset), {
      headers: { "Content-Type": "font/woff2", "Cache-Control": IMMUTABLE },
    });
  const weight = FILES[name];
  if (!weight) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(fontData(weight)), {
    headers: { "Content-Type": "font/ttf", "Cache-Control": IMMUTABLE },
  });
}
