import { catalogToCsv, CURRENT_CATALOG_VERSION, getCatalog, listCatalogVersions } from "@/lib/schemes";

/** Public catalog download: /catalog/download?format=json|csv[&version=1.0.0]. No auth: the catalog is public. */
export function GET(request: Request): Response {
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "json";
  const version = url.searchParams.get("version") ?? CURRENT_CATALOG_VERSION;
  if (!listCatalogVersions().includes(version)) {
    return Response.json({ error: "unknown_version", known: listCatalogVersions() }, { status: 404 });
  }
  if (format !== "json" && format !== "csv")
    return Response.json({ error: "unsupported_format", supported: ["json", "csv"] }, { status: 400 });
  const catalog = getCatalog(version);
  const name = `cyberlabel-catalog-${catalog.version}.${format}`;
  const body = format === "csv" ? catalogToCsv(catalog) : `${JSON.stringify(catalog, null, 2)}\n`;
  return new Response(body, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      // A published catalog version never changes, so it can be cached hard.
      "Cache-Control": "public, max-age=3600, immutable",
    },
  });
}
