// What a PDF page really shows, read back from the file for layout tests: the painted paths (from the page's content
// stream, through the transformation matrix) and the words (poppler's pdftotext -bbox), both as boxes in pdfkit's
// top-down page coordinates. Independent of how the report code computed its layout, so a test built on it checks
// the drawing, not the plan. Reads what pdfkit writes (uncompressed or Flate content streams, one per page).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inflateSync } from "node:zlib";

export type TBox = { x: number; y: number; w: number; h: number };
export type TPaintedPath = {
  box: TBox;
  /** The painting operator: S (stroke), f (fill), B (fill and stroke), … */
  op: string;
  /** Stroke and fill colours as "#rrggbb" (DeviceRGB), null before any was set. */
  stroke: string | null;
  fill: string | null;
};
export type TWord = { text: string; box: TBox };

type TMatrix = [number, number, number, number, number, number];
const mul = (m: TMatrix, n: TMatrix): TMatrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

const hex = (rgb: number[]) =>
  `#${rgb
    .map((v) =>
      Math.round(v * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;

/** The decoded content stream of each page, in page order. */
function pageStreams(pdf: Buffer): string[] {
  const s = pdf.toString("latin1");
  const objects = new Map<number, { dict: string; stream: Buffer | null }>();
  const re = /(\d+) 0 obj\s*/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const start = m.index + m[0].length;
    const end = s.indexOf("endobj", start);
    const body = s.slice(start, end);
    const at = body.indexOf("stream");
    let stream: Buffer | null = null;
    const dict = at >= 0 ? body.slice(0, at) : body;
    if (at >= 0) {
      const from = start + at + "stream".length + (s[start + at + 6] === "\r" ? 2 : 1);
      const to = s.lastIndexOf("endstream", end);
      const raw = pdf.subarray(from, to);
      stream = /\/Filter\s*\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
    }
    objects.set(Number(m[1]), { dict, stream });
  }
  const root = [...objects.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict));
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(root?.dict ?? "")?.[1] ?? "";
  return [...kids.matchAll(/(\d+) 0 R/g)].map(([, id]) => {
    const page = objects.get(Number(id))?.dict ?? "";
    const contents = /\/Contents\s+(\d+) 0 R/.exec(page)?.[1];
    const stream = contents ? objects.get(Number(contents))?.stream : null;
    if (!stream) throw new Error(`page object ${id} has no content stream`);
    return stream.toString("latin1");
  });
}

/** Content-stream tokens: numbers, names, operators; strings, hex strings and arrays are skipped as one token. */
function* tokens(src: string): Generator<string> {
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (/\s/.test(ch)) i++;
    else if (ch === "%") while (i < src.length && src[i] !== "\n") i++;
    else if (ch === "(") {
      let depth = 0;
      for (; i < src.length; i++) {
        if (src[i] === "\\") i++;
        else if (src[i] === "(") depth++;
        else if (src[i] === ")" && --depth === 0) break;
      }
      i++;
      yield "(string)";
    } else if (ch === "<" && src[i + 1] !== "<") {
      i = src.indexOf(">", i) + 1;
      yield "<hex>";
    } else if (ch === "[") {
      // Arrays in page content are TJ strings and dash patterns: neither is geometry.
      let depth = 0;
      for (; i < src.length; i++) {
        if (src[i] === "(") {
          for (i++; i < src.length && src[i] !== ")"; i++) if (src[i] === "\\") i++;
        } else if (src[i] === "[") depth++;
        else if (src[i] === "]" && --depth === 0) break;
      }
      i++;
      yield "[array]";
    } else {
      let j = i + 1;
      while (j < src.length && !/[\s()<>[\]/%]/.test(src[j]!)) j++;
      yield src.slice(i, j);
      i = j;
    }
  }
}

const PAINT = new Set(["S", "s", "f", "F", "f*", "B", "B*", "b", "b*"]);

/** Every painted path on a page (0-based index), with its bounding box in top-down page coordinates. */
export function paintedPaths(pdf: Buffer, pageIndex: number, pageHeight: number): TPaintedPath[] {
  const src = pageStreams(pdf)[pageIndex];
  if (src === undefined) throw new Error(`no page ${pageIndex + 1}`);
  type TState = { ctm: TMatrix; stroke: string | null; fill: string | null };
  let st: TState = { ctm: [1, 0, 0, 1, 0, 0], stroke: null, fill: null };
  const stack: TState[] = [];
  let args: number[] = [];
  let pts: [number, number][] = [];
  const out: TPaintedPath[] = [];
  const add = (x: number, y: number) => {
    const [a, b, c, d, e, f] = st.ctm;
    pts.push([a * x + c * y + e, b * x + d * y + f]);
  };
  for (const tok of tokens(src)) {
    const num = Number(tok);
    if (tok !== "" && Number.isFinite(num) && /^[-+.\d]/.test(tok)) {
      args.push(num);
      continue;
    }
    const a = args;
    args = [];
    if (tok === "q") stack.push({ ...st });
    else if (tok === "Q") st = stack.pop() ?? st;
    else if (tok === "cm" && a.length === 6) st = { ...st, ctm: mul(a as TMatrix, st.ctm) };
    else if (tok === "m" || tok === "l") add(a[0]!, a[1]!);
    else if (tok === "c") for (let k = 0; k < 6; k += 2) add(a[k]!, a[k + 1]!);
    else if (tok === "v" || tok === "y") for (let k = 0; k < 4; k += 2) add(a[k]!, a[k + 1]!);
    else if (tok === "re") {
      const [x = 0, y = 0, w = 0, h = 0] = a;
      add(x, y);
      add(x + w, y + h);
      add(x, y + h);
      add(x + w, y);
    } else if (tok === "SCN" || tok === "RG") st = { ...st, stroke: a.length === 3 ? hex(a) : st.stroke };
    else if (tok === "scn" || tok === "rg") st = { ...st, fill: a.length === 3 ? hex(a) : st.fill };
    else if (PAINT.has(tok) || tok === "n") {
      if (PAINT.has(tok) && pts.length > 0) {
        const xs = pts.map((p) => p[0]);
        const ys = pts.map((p) => pageHeight - p[1]);
        const x = Math.min(...xs);
        const y = Math.min(...ys);
        out.push({
          box: { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y },
          op: tok,
          stroke: st.stroke,
          fill: st.fill,
        });
      }
      pts = [];
    }
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The words of a page (1-based, as poppler counts) with their boxes, in reading order. */
export function pageWords(pdf: Buffer, page: number): TWord[] {
  const dir = mkdtempSync(path.join(tmpdir(), "cl-pdf-page-"));
  try {
    const file = path.join(dir, "doc.pdf");
    writeFileSync(file, pdf);
    const xml = execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-bbox", file, "-"], {
      encoding: "utf8",
    });
    const words: TWord[] = [];
    const re = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
    for (const m of xml.matchAll(re)) {
      const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
      const text = m[5]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? "");
      words.push({ text, box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } });
    }
    return words;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The words that spell `phrase` (whitespace ignored), or null when the page does not hold it in one run. */
export function wordsOf(words: readonly TWord[], phrase: string): TWord[] | null {
  const squash = (s: string) => s.replace(/\s+/g, "");
  const target = squash(phrase);
  let joined = "";
  const owner: number[] = [];
  words.forEach((w, i) => {
    const t = squash(w.text);
    for (let k = 0; k < t.length; k++) owner.push(i);
    joined += t;
  });
  const at = joined.indexOf(target);
  if (at < 0 || target === "") return null;
  return words.slice(owner[at], owner[at + target.length - 1]! + 1);
}

/** Whether two boxes share more than `slack` points in both directions (touching edges do not count). */
export function overlaps(a: TBox, b: TBox, slack = 0.5): boolean {
  return (
    Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > slack &&
    Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > slack
  );
}
