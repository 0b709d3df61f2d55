// Invalidation of a label's cached public pages, called when its status changes (revocation). The page is
// ISR-cached by Next (revalidate 60 s) and by any CDN in front (s-maxage); both must drop it at once, because a
// revoked label shown as valid is exactly what the public page exists to prevent.
import "server-only";
import { revalidatePath } from "next/cache";
import { LANGS } from "@/lib/i18n/public-label";
import { logError, logInfo } from "@/lib/log";
import { labelPaths } from "./public-urls";

/**
 * A CDN purge hook: the deployment registers one at startup (e.g. in instrumentation.ts) that calls its CDN's purge
 * API for the given paths (Cloudflare `purge_cache` with files, Fastly surrogate-key purge, CloudFront
 * CreateInvalidation). Without a CDN nothing is needed: Next's own cache is revalidated below.
 */
export type TCdnPurgeHook = (paths: readonly string[]) => Promise<void>;

let cdnPurge: TCdnPurgeHook | null = null;

export function registerCdnPurgeHook(hook: TCdnPurgeHook | null): void {
  cdnPurge = hook;
}

/** Every public URL whose content depends on the label's live status. Downloads do not (they are the snapshot). */
export function statusDependentPaths(code: string): string[] {
  const p = labelPaths(code);
  return [p.page, ...LANGS.map((l) => p.pageIn(l)), p.api];
}

/**
 * Call after the revocation commits. Revalidates the ISR pages of both languages (the next request renders fresh)
 * and purges the CDN. Never throws: the revocation itself has succeeded and must not be reported as failed; a
 * failure is logged loudly (the CDN copy then expires within s-maxage + stale-while-revalidate).
 */
export async function invalidatePublicLabel(code: string): Promise<{ paths: string[]; purged: boolean }> {
  const paths = statusDependentPaths(code);
  for (const lang of LANGS) {
    try {
      revalidatePath(labelPaths(code).pageIn(lang));
    } catch (err) {
      // Outside a Next request (scripts, unit tests) there is no incremental cache to revalidate.
      logInfo("label.invalidate.revalidate_skipped", { code, lang, reason: String(err) });
    }
  }
  let purged = false;
  if (cdnPurge) {
    try {
      await cdnPurge(paths);
      purged = true;
    } catch (err) {
      logError(`label.invalidate.cdn_purge_failed ${code}`, err);
    }
  }
  return { paths, purged };
}
