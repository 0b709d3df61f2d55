import { readBodyLimited } from "@/lib/http/body";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE as DEFAULT_LANG, isLocale as isLang } from "@/lib/i18n/locales";
import { CACHE, loadLabel } from "@/lib/labels/public-http";
import { labelPaths } from "@/lib/labels/public-urls";
import { verifyJson, verifyStatus } from "@/lib/labels/verify-answer";
import { readVerifyForm, type TVerifyOutcome } from "@/lib/labels/verify-form";
import { MAX_REPORT_UPLOAD_BYTES } from "@/lib/labels/verify-report";

export const dynamic = "force-dynamic";

// Multipart framing around a 20 MB file: boundaries, headers and the two small text fields.
const MAX_BODY = MAX_REPORT_UPLOAD_BYTES + 64 * 1024;

/**
 * POST /r/<code>/verify: a PDF upload (`file`) or a pasted digest (`digest`), as multipart/form-data or
 * urlencoded. A browser form (no JS) gets a 303 to the result page; a client asking for JSON gets the verdict
 * with the label's status (valid / expired / suspended / superseded / revoked with date and reason, or
 * integrity_failed, when the stored label fails its check on serve and nothing is confirmed).
 *
 * Security intent: the body is read with a hard limit before parsing; the file is hashed in memory and dropped,
 * never stored or logged. The result page recomputes the verdict from the hash in its URL instead of trusting a
 * "genuine" flag, so a crafted link cannot make the page claim a forged report is genuine.
 */
export async function POST(request: Request, ctx: { params: Promise<{ code: string }> }) {
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  const loaded = await loadLabel(ctx.params);
  if ("response" in loaded) return loaded.response;
  const { label } = loaded;

  let outcome: TVerifyOutcome;
  let lang: string = DEFAULT_LANG;
  try {
    const body = await readBodyLimited(request, MAX_BODY);
    const form = await readVerifyForm(label, request.headers.get("content-type"), body);
    outcome = form.outcome;
    lang = form.lang ?? DEFAULT_LANG;
  } catch (err) {
    outcome = {
      kind: "error",
      error: err instanceof AppError && err.code === "TOO_LARGE" ? "too_large" : "bad_request",
    };
  }

  if (wantsJson) {
    // A checked answer carries the label's status too: a genuine report of a revoked label is not good news.
    const { http, body } = verifyJson(outcome, verifyStatus(label));
    return Response.json(body, { status: http, headers: { "Cache-Control": CACHE.NONE } });
  }
  const target = new URL(
    labelPaths(label.publicCode).verified(isLang(lang) ? lang : DEFAULT_LANG),
    request.url,
  );
  if (outcome.kind === "checked") target.searchParams.set("d", outcome.hash);
  else target.searchParams.set("e", outcome.error);
  return new Response(null, {
    status: 303,
    headers: { Location: target.pathname + target.search, "Cache-Control": CACHE.NONE },
  });
}
