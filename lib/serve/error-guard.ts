// Wraps one response of the production server (lib/cli/serve.ts) before Next handles the request: when Next is about
// to send its own 5xx (an error page, a failed client-router payload, an empty crashed route handler), the
// response becomes lib/serve/error-page.ts's instead: 503 + Retry-After while the database is unreachable, 500
// otherwise, in the visitor's language and with the request id. Whatever Next writes after that is dropped.
// Responses a handler meant to send (JSON with its own status, e.g. /api/health or the route wrapper's 503) pass.
import type http from "node:http";
import { isDatabaseDown } from "@/lib/db/reachability";
import { isReplaceableFailure, serverErrorResponse } from "@/lib/serve/error-page";

type THeaderArg = http.OutgoingHttpHeaders | http.OutgoingHttpHeader[] | undefined;

function contentTypeOf(res: http.ServerResponse, headers: THeaderArg): string | undefined {
  if (headers && !Array.isArray(headers)) {
    for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === "content-type") return String(v);
  } else if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2)
      if (String(headers[i]).toLowerCase() === "content-type") return String(headers[i + 1]);
  }
  const v = res.getHeader("content-type");
  return v === undefined ? undefined : String(v);
}

/** Response headers Next may have set for its own body that must not reach ours. */
const DROP = [
  "content-type",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "etag",
  "vary",
  "cache-control",
];

export function guardServerErrors(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  reqId: string,
  databaseDown: () => boolean = isDatabaseDown,
): void {
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: http.OutgoingHttpHeaders) => void;
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  let replaced = false;

  res.writeHead = function (this: http.ServerResponse, status: number, ...rest: unknown[]) {
    if (!replaced) {
      const headers = (typeof rest[0] === "string" ? rest[1] : rest[0]) as THeaderArg;
      if (isReplaceableFailure(status, contentTypeOf(res, headers))) {
        replaced = true;
        const page = serverErrorResponse(
          { method: req.method, path: req.url ?? "/", headers: req.headers },
          { reqId, databaseDown: databaseDown() },
        );
        for (const name of DROP) res.removeHeader(name);
        const body = req.method === "HEAD" ? undefined : Buffer.from(page.body, "utf8");
        writeHead(page.status, {
          ...page.headers,
          ...(body ? { "Content-Length": String(body.byteLength) } : {}),
        });
        end(body);
        return res;
      }
    }
    return (writeHead as (...a: unknown[]) => http.ServerResponse)(status, ...rest);
  } as typeof res.writeHead;

  // Node sends implicit headers from inside write()/end() and would then write Next's body after ours: decide first.
  const decideFirst = () => {
    if (!replaced && !res.headersSent && res.statusCode >= 500) res.writeHead(res.statusCode);
  };

  res.write = function (...args: unknown[]) {
    decideFirst();
    if (replaced) {
      const cb = args.find((a) => typeof a === "function") as (() => void) | undefined;
      cb?.();
      return true;
    }
    return (write as (...a: unknown[]) => boolean)(...args);
  } as typeof res.write;

  res.end = function (...args: unknown[]) {
    decideFirst();
    if (replaced) {
      const cb = args.find((a) => typeof a === "function") as (() => void) | undefined;
      cb?.();
      return res;
    }
    return (end as (...a: unknown[]) => http.ServerResponse)(...args);
  } as typeof res.end;
}
