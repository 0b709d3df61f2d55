import type { TLocale } from "@/lib/i18n/locales";
import { compareCatalogVersions, listCatalogVersions } from "./index";
import { localizeCatalog } from "./i18n";

/** One catalog version's changelog: what it changed over the version before it (none for the first version). */
export type TVersionChangelog = { version: string; publishedOn: string; lines: string[] };

/**
 * The changelog of `version` and of every version before it, newest first, in `locale`. Each version's lines are its
 * own (`catalog.changelog.<i>` of that version's dictionary), so a reader of an older version sees what it and its
 * predecessors changed, and nothing published after it.
 */
export function changelogsUpTo(version: string, locale: TLocale): TVersionChangelog[] {
  return listCatalogVersions()
    .filter((v) => compareCatalogVersions(v, version) <= 0)
    .reverse()
    .map((v) => {
      const c = localizeCatalog(v, locale);
      return { version: c.version, publishedOn: c.publishedOn, lines: c.changelog ?? [] };
    });
}
