// The shape of a request id (lib/http/request-context.ts), without Node-only imports, so proxy.ts can use it too.

export const REQUEST_ID_HEADER = "x-request-id";

/** A token a log line or a page can carry safely: no spaces, quotes, markup or control characters. */
const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,63}$/;

export function isRequestId(value: unknown): value is string {
  return typeof value === "string" && REQUEST_ID.test(value);
}
