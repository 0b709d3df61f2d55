import { PUBLIC_LABEL_DICT } from "@/lib/i18n/public-label";

/** Unknown or malformed code. Bilingual, because a 404 has no language segment to trust. */
export default function LabelNotFound() {
  const en = PUBLIC_LABEL_DICT.en.notFound;
  const zh = PUBLIC_LABEL_DICT["zh-CN"].notFound;
  return (
    <main id="main" className="pl-page">
      <section className="pl-card pl-notfound">
        <h1>{en.title}</h1>
        <p>{en.body}</p>
        <div lang="zh-CN">
          <h2>{zh.title}</h2>
          <p>{zh.body}</p>
        </div>
      </section>
    </main>
  );
}
