import { useLocale } from "next-intl";
import { schemeName } from "./registry";
import type { TSchemeId } from "./types";

/**
 * The scheme's short name in the reader's language, from the registry (lib/schemes/module.ts `name`): the one source
 * of scheme names for every screen. Works in server and client components alike.
 */
export function useSchemeName(): (id: TSchemeId) => string {
  const locale = useLocale();
  return (id) => schemeName(id, locale);
}
