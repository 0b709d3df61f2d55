import { fitText } from "@/lib/report/measure";
import type { TShape } from "@/lib/report/shapes";
import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { AMBER, GREEN, GREY, INK, RED, TEXT_W } from "@/lib/report/artwork-kit";
import { craResultOfSnapshot } from "./result";
import type { TCraResult } from "./rule";
import { CRA_CLASS_TEXT, CRA_OUTCOME_TEXT } from "./text";

/**
 * What was assessed, in words: the regulation, readiness or conformity, the class and the route. No CE-like
 * letters or circles anywhere (the CE marking is the manufacturer's to affix, Art. 30): a plain square bullet.
 */
const ROUTE_WORDS: Record<TCraResult["route"]["id"], string> = {
  none: "no conformity assessment",
  undetermined: "route not decided yet",
  module_a: "self-assessment (module A) allowed",
  notified_body: "notified body (B+C or H)",
  certification_or_notified_body: "notified body or EU certificate",
};

export function craBody(s: TLabelSnapshot): TShape[] {
  const r = craResultOfSnapshot(s);
  if (!r) return [];
  const ok = r.outcome === "ready_module_a" || r.outcome === "module_a";
  const warn = r.outcome === "ready_notified_body" || r.outcome === "notified_body_required";
  const color = ok
    ? GREEN
    : warn
      ? AMBER
      : r.outcome === "gaps" || r.outcome === "not_conforming"
        ? RED
        : GREY;
  const head = r.regime === "readiness" ? `CRA readiness as of ${r.asOf}` : `CRA conformity as of ${r.asOf}`;
  const outcome = CRA_OUTCOME_TEXT[r.outcome].en.replace(/^CRA readiness: /, "");
  const cls = r.productClass.id ? CRA_CLASS_TEXT[r.productClass.id].en : "class not decided";
  const line = (y: number, text: string, size: number, fill: string, bold = false): TShape => ({
    kind: "text",
    x: 9,
    y,
    text: fitText(text, TEXT_W - 9, size, bold),
    size,
    bold,
    fill,
  });
  return [
    { kind: "rect", x: 9, y: 31, w: 5, h: 5, fill: color },
    {
      kind: "text",
      x: 18,
      y: 35.5,
      text: fitText(head, TEXT_W - 18, 6.5, true),
      size: 6.5,
      bold: true,
      fill: INK,
    },
    line(48, outcome, 8.5, color, true),
    line(59, `Class: ${cls}`, 6, INK),
    line(68, `Route: ${ROUTE_WORDS[r.route.id]}`, 6, INK),
    line(77, `Art. 14 reporting ${r.art14.inForce ? "in force" : "from 11 Sep 2026"}`, 6, GREY),
    line(86, `Support until ${s.product.supportPeriodEnd}`, 6, GREY),
  ];
}
