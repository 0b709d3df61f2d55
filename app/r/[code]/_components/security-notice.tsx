// The "security information" notice (docs/vulnerabilities.md): rendered only while a label's version has an open
// notice, so the pages of every other label are exactly what they were.
import type { TSecurityNotice } from "@/lib/db/vulnerabilities";
import type { TLang } from "@/lib/i18n/public-label";
import { SECURITY_NOTICE_TEXT } from "@/lib/i18n/security-notice";

export function SecurityNotice({ notices, lang }: { notices: TSecurityNotice[]; lang: TLang }) {
  if (notices.length === 0) return null;
  const t = SECURITY_NOTICE_TEXT[lang];
  return (
    <section
      className="pl-card"
      aria-labelledby="pl-h-security-info"
      role="alert"
      data-testid="security-notice"
      style={{ borderColor: "#b42318", borderWidth: 2 }}
    >
      <h2 id="pl-h-security-info" style={{ color: "#b42318" }}>
        {t.title}
      </h2>
      <p>{t.intro}</p>
      <ul>
        {notices.map((n) => (
          <li key={n.identifier}>
            <strong>{n.identifier}</strong> ({t.severity[n.severity] ?? n.severity}, {t.since(n.since)})
            {n.title && lang === "en" ? ` — ${n.title}` : ""}
          </li>
        ))}
      </ul>
      <p>{t.advice}</p>
    </section>
  );
}
