/**
 * The href for a manufacturer-supplied contact or policy value, or null to show it as plain text. Only http(s)
 * and mailto are ever linked (validated at input too; checked again here because a javascript: or data: URL in
 * an href would run in our origin).
 */
export function safeHref(value: string | null): string | null {
  if (value === null) return null;
  const v = value.trim();
  if (!/^(https?:\/\/|mailto:)/i.test(v) || /\s/.test(v)) return null;
  try {
    const u = new URL(v);
    return u.protocol === "http:" || u.protocol === "https:" || u.protocol === "mailto:"
      ? u.toString()
      : null;
  } catch {
    return null;
  }
}
