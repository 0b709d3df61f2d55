import { fontData, type TFontWeight } from "@/lib/report/fonts";

/**
 * The last-resort CJK web font (Noto Sans SC, the PDF's font) for readers whose system has no Simplified Chinese
 * font. The stylesheets list the platforms' own Chinese fonts first, and a browser downloads a web font only for
 * characters no earlier font covers, so phones and desktops with PingFang, YaHei or Noto CJK never fetch it.
 */
const FILES: Readonly<Record<string, TFontWeight>> = {
  "noto-sans-sc-400.ttf": "regular",
  "noto-sans-sc-700.ttf": "bold",
};

export async function GET(_req: Request, ctx: { params: Promise<{ file: string }> }) {
  const weight = FILES[(await ctx.params).file];
  if (!weight) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(fontData(weight)), {
    headers: {
      "Content-Type": "font/ttf",
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
