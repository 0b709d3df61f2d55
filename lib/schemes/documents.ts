import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import type { TSchemeLang } from "./module";
import type { TSchemeId } from "./types";
import { pstiStatementDocument } from "./uk-psti/document";
import { craDeclarationDocument } from "./eu-cra/document";

/**
 * Documents a scheme module draws from an issued label's snapshot for the manufacturer (the UK statement of
 * compliance; the EU declaration of conformity when the CRA module adds one), served by app/r/[code]/documents/[doc]
 * with the report's authorization: public, and only while the label passes its integrity check.
 */
export type TSchemeDocument<TSlug extends string = string> = {
  /** URL segment: /r/<code>/documents/<slug>?lang=en|zh-CN */
  slug: TSlug;
  scheme: TSchemeId;
  /** What the manufacturer downloads, in the application's words (the label's downloads panel). */
  title: string;
  /** Why this label cannot carry the document (empty = it can): not targeted, requirement unmet, field missing. */
  blockers(s: TLabelSnapshot): string[];
  render(s: TLabelSnapshot, lang: TSchemeLang): Buffer;
  fileName(code: string, lang: TSchemeLang): string;
};

export const SCHEME_DOCUMENTS = [pstiStatementDocument, craDeclarationDocument] as const;

/** Every document's slug, from SCHEME_DOCUMENTS: each is a key of the download titles (messages, type-checked). */
export type TSchemeDocumentSlug = (typeof SCHEME_DOCUMENTS)[number]["slug"];

export const schemeDocument = (slug: string): TSchemeDocument<TSchemeDocumentSlug> | undefined =>
  SCHEME_DOCUMENTS.find((d) => d.slug === slug);

/** The documents of the schemes a label targets (each route answers with the reason when a label cannot carry it). */
export const documentsFor = (schemes: readonly TSchemeId[]): TSchemeDocument<TSchemeDocumentSlug>[] =>
  SCHEME_DOCUMENTS.filter((d) => schemes.includes(d.scheme));

export const documentPath = (code: string, slug: string, lang: TSchemeLang): string =>
  `/r/${code}/documents/${slug}${lang === "en" ? "" : `?lang=${lang}`}`;
