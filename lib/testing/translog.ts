// The public registry and log endpoints answered straight from a test database, for the monitor's tests: the same
// handlers the routes call (lib/translog/public-api.ts), the same list and record code as /api/public/labels, and the
// key document as /.well-known serves it. Only the HTTP transport is left out.
import { listPublicLabels, toPublicRecord } from "@/lib/db/public-labels";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { publicKeyDocument } from "@/lib/labels/signing";
import { getConsistencyProof, getEntries, getInclusionProof, getTreeHead } from "@/lib/translog/public-api";
import type { TFetchJson } from "@/lib/translog/monitor";

export const TEST_BASE_URL = "https://registry.test.example";

export function registryClient(
  db: PrismaClient,
  keys: { labelKeyPems: readonly string[]; logKeyPems: readonly string[] },
): TFetchJson {
  return async (path) => {
    const url = new URL(path, TEST_BASE_URL);
    const request = new Request(url);
    let res: Response;
    if (url.pathname === "/.well-known/cyberlabel-label-keys.json")
      return publicKeyDocument(keys.labelKeyPems, {
        keyPems: keys.logKeyPems,
        treeHeadUrl: `${TEST_BASE_URL}/api/public/log/tree-head`,
      });
    else if (url.pathname === "/api/public/labels") {
      const page = await listPublicLabels(db, {
        cursor: url.searchParams.get("cursor"),
        pageSize: Number(url.searchParams.get("limit") ?? 20),
        keys: keys.labelKeyPems,
      });
      return {
        items: page.items.map((l) => toPublicRecord(l, { baseUrl: TEST_BASE_URL })),
        nextCursor: page.nextCursor,
      };
    } else if (url.pathname === "/api/public/log/tree-head") res = await getTreeHead(db);
    else if (url.pathname === "/api/public/log/entries") res = await getEntries(db, request);
    else if (url.pathname === "/api/public/log/proof/inclusion") res = await getInclusionProof(db, request);
    else if (url.pathname === "/api/public/log/proof/consistency")
      res = await getConsistencyProof(db, request);
    else throw new Error(`no such endpoint in the test registry: ${path}`);
    if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status} ${await res.text()}`);
    return res.json();
  };
}
