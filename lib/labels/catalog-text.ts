import { getCatalog, type TCatalog } from "@/lib/schemes";
import type { TLabelSnapshot, TSnapshotCatalogText } from "./snapshot-types";

/**
 * Freeze the catalog texts an issued label prints. Call at approval and store as snapshot.catalogText, so the
 * report and public page depend on the snapshot alone (DESIGN §4). Optional fields are omitted, never set to
 * undefined, because canonical JSON rejects undefined.
 */
export function freezeCatalogText(catalog: TCatalog): TSnapshotCatalogText {
  return {
    schemes: catalog.schemes.map((s) => ({
      id: s.id,
      name: s.name,
      shortName: s.shortName,
      provisional: s.provisional,
      legalBasis: [...s.legalBasis],
      sources: s.sources.map((src) =>
        src.url === undefined ? { label: src.label } : { label: src.label, url: src.url },
      ),
    })),
    criteria: catalog.criteria.map((c) => ({ key: c.key, id: c.id, title: c.title })),
    questions: catalog.questions.map((q) =>
      q.type === "number" ? { id: q.id, label: q.label, unit: q.unit } : { id: q.id, label: q.label },
    ),
  };
}

/** The frozen texts, or (older snapshots) those of the catalog version the label was assessed against. */
export function catalogTextFor(snapshot: TLabelSnapshot): TSnapshotCatalogText {
  return snapshot.catalogText ?? freezeCatalogText(getCatalog(snapshot.catalog.version));
}
