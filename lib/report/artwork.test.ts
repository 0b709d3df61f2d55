import jsQR from "jsqr";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { buildSnapshotFixture } from "@/lib/labels/fixtures";
import { SCHEME_IDS } from "@/lib/schemes";
import { ARTWORK_HEIGHT, ARTWORK_WIDTH, renderArtworkSvg } from "./artwork";
import { renderArtworkPng } from "./artwork-png";

const snapshot = buildSnapshotFixture();

describe("label artwork", () => {
  it.each(SCHEME_IDS)("%s SVG carries product, public code and a QR path, and is deterministic", (scheme) => {
    const svg = renderArtworkSvg(snapshot, scheme);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain(snapshot.label.publicCode);
    expect(svg).toContain("Tianyan Indoor Wi-Fi Camera C3 Pro");
    expect(svg).toContain('<path d="M');
    expect(svg).not.toMatch(/Cyber Trust Mark<|FCC IoT Label</); // never titled as the official marks
    expect(renderArtworkSvg(structuredClone(snapshot), scheme)).toBe(svg);
  });

  it("China artwork says it is not the official label, in Chinese", () => {
    expect(renderArtworkSvg(snapshot, "CN_CCL")).toContain("非官方网络安全标识");
  });

  it("escapes text", () => {
    const s = { ...snapshot, product: { ...snapshot.product, modelName: 'Cam <script>&"x"' } };
    const svg = renderArtworkSvg(s, "US_CTM");
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("Cam &lt;script&gt;&amp;&quot;x&quot;");
  });

  it.each(SCHEME_IDS)(
    "%s PNG is at least 300 dpi at its printed size and its QR decodes to the public URL",
    (scheme) => {
      const out = renderArtworkPng(snapshot, scheme);
      const png = PNG.sync.read(out.png);
      expect(png.width).toBe(out.width);
      expect(png.width / (ARTWORK_WIDTH / 72)).toBeGreaterThanOrEqual(300);
      expect(png.height / (ARTWORK_HEIGHT / 72)).toBeGreaterThanOrEqual(299.5);
      const phys = out.png.indexOf("pHYs");
      expect(phys).toBeGreaterThan(0);
      expect(out.png.readUInt32BE(phys + 4)).toBe(Math.round(300 / 0.0254));
      const qr = jsQR(
        new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length),
        png.width,
        png.height,
      );
      expect(qr?.data).toBe(snapshot.label.publicUrl);
    },
  );
});
