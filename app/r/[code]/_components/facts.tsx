import { safeHref } from "@/lib/labels/safe-link";

export type TFact = readonly [label: string, value: React.ReactNode];

/** A definition list of facts; rows whose value is null are left out. */
export function Facts({ rows }: { rows: readonly TFact[] }) {
  return (
    <dl className="pl-facts">
      {rows
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => (
          <div key={k} className="pl-fact">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  );
}

/** Manufacturer-supplied contact or URL: a link only for http(s)/mailto, otherwise the text as entered. */
export function MaybeLink({ value, fallback }: { value: string | null; fallback: string }) {
  if (value === null) return <span className="pl-muted">{fallback}</span>;
  const href = safeHref(value);
  if (href === null) return <span className="pl-pre">{value}</span>;
  return (
    <a href={href} rel="noopener noreferrer nofollow" className="pl-break">
      {value.replace(/^mailto:/i, "")}
    </a>
  );
}

export const day = (iso: string | null) => (iso === null ? "—" : iso.slice(0, 10));
