// The one place that decides whether a user-supplied redirect target stays on this site (no open redirect).
// Browsers repair URLs before following them: they drop tabs and newlines, read "\" as "/" and treat "//host" as
// another site, so a string check on the raw text ("starts with / but not //") misses "/\t/evil.example" and
// "/\evil.example". Instead the target is parsed the way a browser would parse it, against our own origin, and
// kept only when the origin is still ours; control characters, backslashes and their percent-encoded forms are
// refused outright, so the path that leaves here is one a browser cannot read any other way.

/** A stand-in origin for callers that only need "is this a same-site path" (the result is a path either way). */
const PLACEHOLDER_ORIGIN = "http://cyberlabel.invalid";

const MAX_LENGTH = 2048;

/**
 * A same-origin path ("/a/b?c#d") for `target`, or null when it is missing, too long, carries control characters
 * or backslashes (raw or percent-encoded) or would leave `origin`. The returned value is the re-serialised path,
 * never the raw input.
 */
export function safeRedirectPath(target: unknown, origin: string = PLACEHOLDER_ORIGIN): string | null {
  const raw = Array.isArray(target) ? target[0] : target;
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_LENGTH) return null;
  // A path, not a URL with a scheme or a host: it must begin with exactly one "/".
  if (!raw.startsWith("/") || raw.startsWith("//")) return null;
  // C0 controls, DEL, C1 controls, backslash and lone surrogates: browsers strip or rewrite them.
  if (/[\u0000-\u001f\u007f-\u009f\\]/.test(raw) || !raw.isWellFormed()) return null;
  // The same characters percent-encoded, once or twice (a second decode happens in some frameworks).
  let decoded = raw;
  for (let i = 0; i < 2; i++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      return null;
    }
    if (/[\u0000-\u001f\u007f-\u009f\\]/.test(decoded) || decoded.startsWith("//")) return null;
  }
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.origin !== base.origin) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The serialised path must itself be unambiguous (e.g. "/./evil" normalises; "//" must not reappear).
  if (!path.startsWith("/") || path.startsWith("//")) return null;
  return path;
}

/** safeRedirectPath, or `fallback` when the target is refused. */
export function redirectPathOr(target: unknown, fallback: string, origin?: string): string {
  return safeRedirectPath(target, origin) ?? fallback;
}
