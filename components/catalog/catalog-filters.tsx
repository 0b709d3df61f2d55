import { SCHEME_LABELS, type TCatalogView } from "@/lib/schemes/browse";
import styles from "./catalog.module.css";

/** A plain GET form: filtering works without JavaScript and every view has a shareable URL. */
export function CatalogFilters({ view }: { view: TCatalogView }) {
  const f = view.filters;
  return (
    <form method="get" action="/catalog" className={styles.filters} aria-label="Filter criteria">
      <label>
        Scheme
        <select name="scheme" defaultValue={f.scheme ?? ""}>
          <option value="">All schemes</option>
          {view.schemes.map((s) => (
            <option key={s.id} value={s.id}>
              {SCHEME_LABELS[s.id]}
            </option>
          ))}
        </select>
      </label>
      <label>
        EU part / article
        <select name="part" defaultValue={f.part ? String(f.part) : ""}>
          <option value="">Any</option>
          <option value="1">EN 18031-1 · Art. 3(3)(d)</option>
          <option value="2">EN 18031-2 · Art. 3(3)(e)</option>
          <option value="3">EN 18031-3 · Art. 3(3)(f)</option>
        </select>
      </label>
      <label>
        Mechanism / area
        <select name="mechanism" defaultValue={f.mechanism ?? ""}>
          <option value="">Any</option>
          {view.mechanisms.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      <label>
        China level
        <select name="level" defaultValue={f.level ? String(f.level) : ""}>
          <option value="">Any</option>
          <option value="1">1 star</option>
          <option value="2">2 stars</option>
          <option value="3">3 stars</option>
        </select>
      </label>
      <label className={styles.search}>
        Search
        <input type="search" name="q" defaultValue={f.q ?? ""} placeholder="e.g. password, AUM-6, 5.1-1" />
      </label>
      <div className={styles.actions}>
        <button type="submit">Filter</button>
        {/* A full load on purpose: it resets the form's inputs, which client navigation would keep. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/catalog">Reset</a>
      </div>
    </form>
  );
}
