import { brotliCompressSync, constants } from "node:zlib";

/**
 * A WOFF2 file (W3C WOFF File Format 2.0) from the tables of a TrueType font, with the null transform for every
 * table (glyf and loca as they are, transform version 3): the Brotli stream does the compression. Deterministic:
 * the same tables give the same bytes. Browsers' font sanitizers (OTS) rebuild the sfnt from this and check it.
 */

/** WOFF2 §5.1 known table tags: a table's index here goes in its directory entry's flags. */
const KNOWN_TAGS = [
  "cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "cvt ", "fpgm", "glyf", "loca", "prep",
  "CFF ", "VORG", "EBDT", "EBLC", "gasp", "hdmx", "kern", "LTSH", "PCLT", "VDMX", "vhea", "vmtx", "BASE",
  "GDEF", "GPOS", "GSUB",
] as const; // prettier-ignore

/** UIntBase128 (WOFF2 §4.1): big-endian groups of 7 bits, high bit set on all but the last, no leading zeros. */
export function base128(n: number): Buffer {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`base128 out of range: ${n}`);
  const out: number[] = [n & 0x7f];
  for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128)) out.unshift((v & 0x7f) | 0x80);
  return Buffer.from(out);
}

const pad4 = (n: number) => (n + 3) & ~3;

/**
 * tables: tag → table bytes (a TrueType sfnt's tables). glyf must be followed by loca in the directory, which this
 * function guarantees by ordering the other tables by tag around them.
 */
export function encodeWoff2(tables: ReadonlyMap<string, Buffer>): Buffer {
  const tags = [...tables.keys()].filter((t) => t !== "loca").sort();
  if (tables.has("loca")) tags.splice(tags.indexOf("glyf") + 1, 0, "loca");
  const dir: Buffer[] = [];
  for (const tag of tags) {
    const data = tables.get(tag)!;
    const known = (KNOWN_TAGS as readonly string[]).indexOf(tag);
    // Transform version 3 for glyf/loca is the null transform; 0 is the null transform for every other table.
    const version = tag === "glyf" || tag === "loca" ? 3 : 0;
    const flags = (version << 6) | (known >= 0 ? known : 63);
    dir.push(Buffer.from([flags]));
    if (known < 0) dir.push(Buffer.from(tag.padEnd(4, " "), "latin1"));
    dir.push(base128(data.length));
  }
  const directory = Buffer.concat(dir);
  const stream = brotliCompressSync(Buffer.concat(tags.map((t) => tables.get(t)!)), {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_FONT,
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
    },
  });
  const sfntSize = 12 + 16 * tags.length + tags.reduce((a, t) => a + pad4(tables.get(t)!.length), 0);
  const length = pad4(48 + directory.length + stream.length);
  const header = Buffer.alloc(48);
  header.write("wOF2", 0, "latin1");
  header.writeUInt32BE(0x00010000, 4); // TrueType outlines
  header.writeUInt32BE(length, 8);
  header.writeUInt16BE(tags.length, 12);
  header.writeUInt32BE(sfntSize, 16);
  header.writeUInt32BE(stream.length, 20);
  header.writeUInt16BE(1, 24); // font version 1.0 (of this file, not of the font)
  const out = Buffer.concat([header, directory, stream]);
  return Buffer.concat([out, Buffer.alloc(length - out.length)]);
}
