import { publicT } from "@/lib/i18n/public-label";

/** Unknown or malformed code. Bilingual, because a 404 has no language segment to trust. */
export default function LabelNotFound() {
  const en = publicT("en");
  const zh = publicT("zh-CN");
  return (
    <main id="main" className="pl-page">
      <section className="pl-card pl-notfound">
        <h1>{en("notFound.title")}</h1>
        <p>{en("notFound.body")}</p>
        <div lang="zh-CN">
          <h2>{zh("notFound.title")}</h2>
          <p>{zh("notFound.body")}</p>
        </div>
      </section>
    </main>
  );
}
