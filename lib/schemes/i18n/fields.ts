// Every text of a catalog a reader sees, under a stable key built from identifiers that never change within a
// catalog version (question ids, criterion keys, scheme ids, option values, scope and restriction ids). These keys
// are what a language dictionary translates; scoring never reads them (it reads the English catalog's ids).
import type { TCatalog } from "../types";

/**
 * Keys, with examples:
 *   catalog.title, catalog.notes.0
 *   scheme.EU_RED.name | shortName | legalBasis.0 | sources.0 | confidenceNotes.0 | scope.d | restriction.R1
 *     | registryField.3 | regimeSwitch | catalogueEligibility
 *   question.p.radio.label | prompt | help | unit | option.<value>
 *   criterion.18031-1:AUM-5-1.title | text | notes
 *   evidence:<English text>  (evidence lines repeat across questions and criteria; one translation each)
 * From catalog 1.1.0 (absent in 1.0.0):
 *   catalog.changelog.0 | scoring.sharedFact.<question id>
 *   scheme.EU_RED.scopeReason.0 (by position)
 *   question.c.test.report.naRefusal | criterion.CN-1.17.naRefusal
 * From catalog 1.2.0: scheme.<ID>.fact.<fact id> (a scheme's named profile facts)
 */
export type TCatalogTextKey = string;

export const EVIDENCE_PREFIX = "evidence:";
export const evidenceKey = (english: string) => `${EVIDENCE_PREFIX}${english}`;

/** The catalog's texts by key, in catalog order (English, as written in the catalog data). */
export function catalogEntries(catalog: TCatalog): Map<TCatalogTextKey, string> {
  const out = new Map<string, string>();
  const put = (key: string, text: string | undefined) => {
    if (text !== undefined) out.set(key, text);
  };
  put("catalog.title", catalog.title);
  catalog.notes.forEach((n, i) => put(`catalog.notes.${i}`, n));
  catalog.changelog?.forEach((n, i) => put(`catalog.changelog.${i}`, n));
  for (const f of catalog.scoring?.sharedFacts ?? []) put(`scoring.sharedFact.${f.q}`, f.why);
  for (const s of catalog.schemes) {
    const k = `scheme.${s.id}`;
    put(`${k}.name`, s.name);
    put(`${k}.shortName`, s.shortName);
    s.legalBasis.forEach((t, i) => put(`${k}.legalBasis.${i}`, t));
    s.sources.forEach((t, i) => put(`${k}.sources.${i}`, t.label));
    s.confidenceNotes.forEach((t, i) => put(`${k}.confidenceNotes.${i}`, t));
    for (const sc of s.scopes) put(`${k}.scope.${sc.id}`, sc.label);
    for (const r of s.restrictions ?? []) put(`${k}.restriction.${r.id}`, r.summary);
    for (const f of s.registryFields ?? []) put(`${k}.registryField.${f.field}`, f.label);
    put(`${k}.regimeSwitch`, s.regimeSwitch?.note);
    put(`${k}.catalogueEligibility`, s.catalogueEligibility?.note);
    s.scopeReasons?.forEach((r, i) => put(`${k}.scopeReason.${i}`, r.reason));
    for (const f of s.facts ?? []) put(`${k}.fact.${f.id}`, f.label);
  }
  for (const q of catalog.questions) {
    const k = `question.${q.id}`;
    put(`${k}.label`, q.label);
    put(`${k}.prompt`, q.prompt);
    put(`${k}.help`, q.help);
    put(`${k}.naRefusal`, q.naRefusal);
    if (q.type === "number") put(`${k}.unit`, q.unit);
    if (q.type === "choice" || q.type === "multi")
      for (const o of q.options) put(`${k}.option.${o.value}`, o.label);
    for (const e of q.evidence) put(evidenceKey(e), e);
  }
  for (const c of catalog.criteria) {
    const k = `criterion.${c.key}`;
    put(`${k}.title`, c.title);
    put(`${k}.text`, c.text);
    put(`${k}.notes`, c.notes);
    put(`${k}.naRefusal`, c.naRefusal);
    for (const e of c.evidence) put(evidenceKey(e), e);
  }
  return out;
}
