import { fitText } from "@/lib/report/measure";
import type { TShape } from "@/lib/report/shapes";
import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { GREY, INK, RED, TEXT_W } from "@/lib/report/artwork-kit";
import { usHeadline } from "@/lib/report/text";
import { usCtm } from "./index";

/** A generic shield with a tick or a cross, the headline and the registry facts a buyer looks for. */
export function usBody(s: TLabelSnapshot): TShape[] {
  const us = s.result.us;
  const ok = us.eligible;
  const color = ok ? usCtm.artwork.accent : us.status === "not_eligible" ? RED : GREY;
  return [
    // A plain heraldic shield: generic, and unlike the FCC mark's shape.
    {
      kind: "path",
      d: "M20 0L40 7V22C40 36 31 45 20 50C9 45 0 36 0 22V7Z",
      tx: 9,
      ty: 31,
      scale: 1,
      fill: color,
    },
    {
      kind: "path",
      d: ok ? "M11 25L18 32L30 18" : "M13 18L27 32M27 18L13 32",
      tx: 9,
      ty: 31,
      scale: 1,
      stroke: "#ffffff",
      lineWidth: 4.2,
    },
    {
      kind: "text",
      x: 57,
      y: 45,
      text: fitText(usHeadline(us), TEXT_W - 57, 11, true),
      size: 11,
      bold: true,
      fill: color,
    },
    { kind: "text", x: 57, y: 56, text: "Baseline of NIST IR 8425", size: 6, fill: GREY },
    {
      kind: "text",
      x: 57,
      y: 66,
      text: fitText(`Support until ${s.product.supportPeriodEnd}`, TEXT_W - 57, 6),
      size: 6,
      fill: INK,
    },
    {
      kind: "text",
      x: 57,
      y: 75,
      text: fitText(`Updates: ${s.product.updatesAutomatic ? "automatic" : "by the user"}`, TEXT_W - 57, 6),
      size: 6,
      fill: INK,
    },
  ];
}
