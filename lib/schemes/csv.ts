import { conditionQuestionIds } from "./conditions";
import { printCondition } from "./print";
import type { TCatalog } from "./types";

/** RFC 4180 CSV of the criteria, one row each, conditions printed in plain language. */

const COLUMNS = [
  "scheme",
  "key",
  "id",
  "title",
  "mechanism",
  "eu_part",
  "eu_article",
  "cn_level",
  "applies_when",
  "satisfied_when",
  "questions",
  "evidence",
  "etsi_en_303_645",
  "related",
  "confidence",
  "allow_not_applicable",
  "notes",
  "text",
] as const;

function cell(v: string | number | undefined): string {
  const s = v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function catalogToCsv(catalog: TCatalog): string {
  const byId = new Map(catalog.questions.map((q) => [q.id, q]));
  const lookup = (id: string) => byId.get(id);
  const rows = [COLUMNS.join(",")];
  for (const c of catalog.criteria) {
    const qs = [
      ...(c.applicability ? conditionQuestionIds(c.applicability) : []),
      ...conditionQuestionIds(c.satisfaction),
    ];
    const values: (string | number | undefined)[] = [
      c.scheme,
      c.key,
      c.id,
      c.title,
      c.mechanism,
      c.eu?.part,
      c.eu?.article,
      c.level,
      c.applicability ? printCondition(c.applicability, lookup) : "always",
      printCondition(c.satisfaction, lookup),
      [...new Set(qs)].join(" "),
      c.evidence.join("; "),
      c.references.etsi.join(" "),
      c.references.related.join("; "),
      c.confidence,
      c.allowNotApplicable ? "yes" : "no",
      c.notes,
      c.text,
    ];
    rows.push(values.map(cell).join(","));
  }
  return `${rows.join("\r\n")}\r\n`;
}
