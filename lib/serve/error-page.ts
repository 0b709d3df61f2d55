// What the production server (lib/cli/serve.ts) sends instead of Next's own answer when Next is about to answer a
// page, a client-router request or a crashed route handler with 5xx: a page in the visitor's language that says what
// happened and shows the request id, so an operator can find the log lines. While the database is unreachable it is
// a 503 with Retry-After that says the service is briefly unavailable and that saved answers are safe, and reloads
// itself; otherwise a 500. API clients get the same in JSON. Pure functions: unit-tested, used by serve.ts.
import { ERROR_STATUS, RETRY_AFTER_SECONDS } from "@/lib/errors";
import { LOCALE_COOKIE, pickLocale, type TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { redirectPathOr } from "@/lib/http/redirect";

export type TErrorRequest = {
  method: string | undefined;
  path: string;
  /** Lower-cased header names, as Node gives them. */
  headers: Record<string, string | string[] | undefined>;
};

export type TErrorResponse = { status: number; headers: Record<string, string>; body: string };

function header(req: TErrorRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function cookie(req: TErrorRequest, name: string): string | undefined {
  for (const part of (header(req, "cookie") ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return v.join("=");
  }
  return undefined;
}

/** The visitor's language without the database: the language cookie, else the browser's. */
export function errorPageLocale(req: TErrorRequest): TLocale {
  return pickLocale({ cookie: cookie(req, LOCALE_COOKIE), acceptLanguage: header(req, "accept-language") });
}

/** JSON for API routes and server actions (their callers read a body, not a page). */
function wantsJson(req: TErrorRequest): boolean {
  return req.path.startsWith("/api/") || header(req, "next-action") !== undefined;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * Whether a 5xx Next is about to send is Next's own failure (an error page, a failed client-router payload, or the
 * empty body of a crashed route handler) rather than a body a handler meant to send, e.g. /api/health's JSON.
 */
export function isReplaceableFailure(status: number, contentType: string | undefined): boolean {
  if (status < 500) return false;
  if (!contentType) return true;
  return /^\s*(text\/html|text\/x-component)\b/i.test(contentType);
}

export function serverErrorResponse(
  req: TErrorRequest,
  opts: { reqId: string; databaseDown: boolean },
): TErrorResponse {
  const down = opts.databaseDown;
  const locale = errorPageLocale(req);
  const t = translator(locale, "errors");
  const status = down ? ERROR_STATUS.UNAVAILABLE : ERROR_STATUS.INTERNAL;
  const kind = down ? "unavailable" : "failed";
  const headers: Record<string, string> = {
    "Cache-Control": "no-store",
    "X-Request-Id": opts.reqId,
    "X-Content-Type-Options": "nosniff",
    ...(down ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : {}),
  };
  if (wantsJson(req)) {
    const code = down ? "UNAVAILABLE" : "INTERNAL";
    return {
      status,
      headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
      body: JSON.stringify({ error: { code, message: t(`${kind}.api`), requestId: opts.reqId } }),
    };
  }
  const reference = t("reference", { reqId: opts.reqId });
  // Reloading repeats a GET; a failed form post is not sent again by itself.
  const refresh =
    down && (req.method === "GET" || req.method === "HEAD")
      ? `<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">`
      : "";
  const body = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${refresh}<title>${escapeHtml(t(`${kind}.title`))} · Cyberlabel</title>
<style>body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#14202b;background:#f5f7f9;margin:0;line-height:1.5}main{max-width:36rem;margin:3rem auto;padding:1.5rem;background:#fff;border:1px solid #d8dee4;border-radius:8px}h1{font-size:1.4rem;margin-top:0}.ref{color:#5a6875;font-size:.9rem}a{color:#0b5cad}.row{display:flex;gap:1rem;flex-wrap:wrap}</style>
</head><body><main role="main" data-error="${kind}">
<h1>${escapeHtml(t(`${kind}.heading`))}</h1>
<p>${escapeHtml(t(`${kind}.body`))}</p>
<p class="row"><a href="${escapeHtml(redirectPathOr(req.path, "/"))}">${escapeHtml(t(`${kind}.retry`))}</a> <a href="/">${escapeHtml(t("home"))}</a></p>
<p class="ref" data-testid="request-id">${escapeHtml(reference)}</p>
</main></body></html>`;
  return {
    status,
    headers: {
      ...headers,
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy":
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    },
    body,
  };
}
