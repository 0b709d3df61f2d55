// Checks proxy.ts makes on every request before Next routes it. Pure functions, so they are unit-tested.

/** Two years, subdomains included: the value hstspreload.org asks for. Sent only over https. */
export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/** True when a path or query cannot be percent-decoded (`%ff`, `%`, `%zz`): Next would answer 500. */
export function hasMalformedEncoding(pathname: string, search: string): boolean {
  try {
    decodeURIComponent(pathname);
    // The query is decoded the form way ("+" is a space), parameter by parameter.
    for (const part of search.replace(/^\?/, "").split("&")) decodeURIComponent(part.replace(/\+/g, " "));
    return false;
  } catch {
    return true;
  }
}

/** Served over https: the request's own scheme, or the scheme a TLS-terminating proxy reports. */
export function isHttps(request: { nextUrl: { protocol: string }; headers: Headers }): boolean {
  if (request.nextUrl.protocol === "https:") return true;
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded === "https";
}

export function badRequestResponse(json: boolean): Response {
  const message = "The address is not valid: it contains a malformed percent-encoded character.";
  const headers = { "Cache-Control": "no-store" };
  if (json) {
    return Response.json({ error: { code: "VALIDATION", message } }, { status: 400, headers });
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bad address · Cyberlabel</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>This address is not valid</h1><p>${message}</p><p><a href="/">Go to the home page</a></p></body></html>`;
  return new Response(html, {
    status: 400,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
  });
}

/** Next's server-action body limit (next.config.ts experimental.serverActions.bodySizeLimit). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/** Reads at most `limit` bytes of a body; null when it is longer. */
async function readBounded(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: a cancelled branch of a teed body (request.clone()) settles only once the other one is done.
      reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function actionError(status: 400 | 413, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * A server-action call (a POST with a Next-Action header) whose body Next would fail on with a 500: over the size
 * limit → 413; a body that is neither the JSON text nor the multipart form Next's client sends → 400. null when the
 * body is fine (then Next handles the call as usual). Reads a copy of the body, at most the limit.
 */
export async function checkActionBody(request: Request): Promise<Response | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  const tooLarge = "The request is too large: server actions accept at most 1 MB.";
  if (Number.isFinite(declared) && declared > ACTION_BODY_LIMIT) return actionError(413, tooLarge);
  // The multipart boundary is case-sensitive: compare a lower-cased copy, parse with the header as sent.
  const rawType = request.headers.get("content-type") ?? "";
  const type = rawType.toLowerCase();
  const copy = request.clone();
  const bytes = await readBounded(copy.body, ACTION_BODY_LIMIT);
  if (bytes === null) return actionError(413, tooLarge);
  const malformed = "The request is malformed: it is not a server-action call this app sends.";
  try {
    if (type.startsWith("multipart/form-data")) {
      await new Response(bytes, { headers: { "content-type": rawType } }).formData();
    } else if (type.startsWith("application/x-www-form-urlencoded")) {
      new URLSearchParams(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } else {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      if (text !== "") JSON.parse(text);
    }
  } catch {
    return actionError(400, malformed);
  }
  return null;
}
