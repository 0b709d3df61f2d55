import { ARTWORK_HEIGHT, ARTWORK_WIDTH } from "../artwork-kit";
import { CONTENT_BOTTOM, CONTENT_W, PAGE } from "../layout";

/**
 * Where the format-3 cover puts the scheme artwork, the QR box and the disclaimer note: pure geometry, so the
 * drawer (./cover.ts) and its tests use the very same boxes.
 *
 * Two columns, artwork in registry order, the QR box in the next cell. With an even number of schemes the QR box
 * starts a row of its own and the note sits in the free cell beside it; with an odd number the QR box fills the last
 * row and the note runs under the grid across the page. The artwork is drawn at format 2's size (×1.17) when that
 * fits above the footer, and smaller, in steps of 0.01, until it does: six schemes need four rows.
 */

export type TBox = { x: number; y: number; w: number; h: number };

export type TCoverGrid = {
  /** Scale of the artwork drawings (ARTWORK_WIDTH × ARTWORK_HEIGHT at 1). */
  scale: number;
  /** One box per scheme, in the order drawn. */
  artworks: TBox[];
  qr: TBox;
  note: TBox;
};

/** Format 2's artwork scale, the largest the cover draws. */
export const MAX_SCALE = 1.17;
/** Below this the artwork's smallest text (4.8 pt at 1) would no longer be legible in print. */
export const MIN_SCALE = 0.75;
/** Room kept between the cover's lowest box and the bottom of the content area (the footer rule lies below it). */
export const BOTTOM_ROOM = 6;
const ROW_GAP = 14; // at MAX_SCALE, shrinking with the artwork
const NOTE_GAP = 14;

function gridAt(
  count: number,
  top: number,
  scale: number,
  noteHeight: (width: number) => number,
): TCoverGrid {
  const aw = ARTWORK_WIDTH * scale;
  const ah = ARTWORK_HEIGHT * scale;
  const rowGap = (ROW_GAP * scale) / MAX_SCALE;
  const cell = (i: number): TBox => ({
    x: i % 2 === 0 ? PAGE.left : PAGE.left + CONTENT_W - aw,
    y: top + Math.floor(i / 2) * (ah + rowGap),
    w: aw,
    h: ah,
  });
  const artworks = Array.from({ length: count }, (_, i) => cell(i));
  const qr = cell(count);
  let note: TBox;
  if (count % 2 === 0) {
    const x = qr.x + aw + NOTE_GAP;
    const w = PAGE.left + CONTENT_W - x;
    note = { x, y: qr.y, w, h: noteHeight(w) };
  } else {
    note = { x: PAGE.left, y: qr.y + ah + NOTE_GAP, w: CONTENT_W, h: noteHeight(CONTENT_W) };
  }
  return { scale, artworks, qr, note };
}

/** The lowest point the grid reaches. */
export const gridBottom = (g: TCoverGrid): number =>
  Math.max(g.qr.y + g.qr.h, g.note.y + g.note.h, ...g.artworks.map((b) => b.y + b.h));

/**
 * The grid for `count` schemes starting at `top`, the largest scale that fits above the footer (`noteHeight(w)`:
 * the note's height set `w` wide). At MIN_SCALE it is returned even if it does not fit; the cover's header is
 * bounded (./cover.ts) so that six schemes fit well above it.
 */
export function coverGrid(count: number, top: number, noteHeight: (width: number) => number): TCoverGrid {
  const limit = CONTENT_BOTTOM - BOTTOM_ROOM;
  for (let step = 0; ; step++) {
    const scale = Math.max(MIN_SCALE, Math.round((MAX_SCALE - step * 0.01) * 100) / 100);
    const g = gridAt(count, top, scale, noteHeight);
    if (gridBottom(g) <= limit || scale === MIN_SCALE) return g;
  }
}
