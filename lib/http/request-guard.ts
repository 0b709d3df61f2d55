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
