import { Resvg } from "@resvg/resvg-js";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { buildSnapshotFixture } from "@/lib/labels/fixtures";
import { renderArtworkPng } from "@/lib/report/artwork-png";
import { renderArtworkSvg } from "@/lib/report/artwork";
import { artworkSvgAt, parsePrintQuery, printPaths, PRINT_SIZES, PRINT_SIZE_MM, qrPng, qrSvg } from "./print";

const snapshot = buildSnapshotFixture();
const url = snapshot.label.publicUrl;

function decode(png: Buffer): string | null {
  const img = PNG.sync.read(png);
  return (
    jsQR(new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.length), img.width, img.height)
      ?.data ?? null
  );
}
const dpiOf = (png: Buffer) => {
  const at = png.indexOf("pHYs");
  return at > 0 ? png.readUInt32BE(at + 4) * 0.0254 : null;
};

describe("print sizes", () => {
  it.each(PRINT_SIZES)("%s artwork PNG is its printed width at 300 dpi and its QR still decodes", (size) => {
    const { png, width } = renderArtworkPng(snapshot, "EU_RED", { widthMm: PRINT_SIZE_MM[size].artwork });
    expect(width).toBe(Math.ceil((PRINT_SIZE_MM[size].artwork / 25.4) * 300));
    expect(dpiOf(png)).toBeCloseTo(300, 0);
    expect(decode(png)).toBe(url);
  });

  it("artwork SVG gets a printed size in mm and keeps its drawing", () => {
    const svg = renderArtworkSvg(snapshot, "US_CTM");
    const large = artworkSvgAt(svg, "large");
    expect(large).toMatch(/^<svg [^>]*width="100mm" height="70mm"/);
    expect(large.replace(/width="[^"]*" height="[^"]*"/, "")).toBe(
      svg.replace(/width="[^"]*" height="[^"]*"/, ""),
    );
  });

  it.each(PRINT_SIZES)("%s QR PNG is its size at 300 dpi and decodes to the public URL", async (size) => {
    const png = await qrPng(url, size);
    const img = PNG.sync.read(png);
    expect(img.width).toBe(Math.round((PRINT_SIZE_MM[size].qr / 25.4) * 300));
    expect(dpiOf(png)).toBeCloseTo(300, 0);
    expect(decode(png)).toBe(url);
  });

  it("QR SVG decodes to the public URL once rasterised, at its size in mm", () => {
    const svg = qrSvg(url, "small");
    expect(svg).toMatch(/width="15mm" height="15mm"/);
    const png = new Resvg(svg, { fitTo: { mode: "width", value: 400 } }).render().asPng();
    expect(decode(png)).toBe(url);
  });

  it("reads ?size= strictly", () => {
    expect(parsePrintQuery("http://x/r/c/qr.png")).toEqual({ ok: true, size: undefined });
    expect(parsePrintQuery("http://x/r/c/qr.png?size=large")).toEqual({ ok: true, size: "large" });
    expect(parsePrintQuery("http://x/r/c/qr.png?size=huge")).toMatchObject({ ok: false });
    expect(parsePrintQuery("http://x/r/c/qr.png?size=small&size=large")).toMatchObject({ ok: false });
  });

  it("builds the paths the panel links to", () => {
    const p = printPaths("CL-7KQ2-M9XD-3HRT-0BWE");
    expect(p.artwork("CN_CCL", "png", "small")).toBe(
      "/r/CL-7KQ2-M9XD-3HRT-0BWE/artwork/cn-ccl.png?size=small",
    );
    expect(p.qr("svg")).toBe("/r/CL-7KQ2-M9XD-3HRT-0BWE/qr.svg");
  });
});
