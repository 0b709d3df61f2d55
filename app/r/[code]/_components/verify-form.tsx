import { publicT, type TLang } from "@/lib/i18n/public-label";
import { labelPaths } from "@/lib/labels/public-urls";

/** Two plain HTML forms posting to /r/<code>/verify: they work without JavaScript (303 to the result page). */
export function VerifyForms({
  code,
  lang,
  digest,
  keyId,
}: {
  code: string;
  lang: TLang;
  digest: string;
  keyId: string;
}) {
  const t = publicT(lang);
  const action = labelPaths(code).verify;
  return (
    <>
      <p>{t("verify.intro")}</p>
      <form method="post" action={action} encType="multipart/form-data" className="pl-form">
        <input type="hidden" name="lang" value={lang} />
        <label htmlFor="pl-file">{t("verify.uploadLabel")}</label>
        <input
          id="pl-file"
          name="file"
          type="file"
          accept="application/pdf,.pdf"
          aria-describedby="pl-file-hint"
        />
        <p id="pl-file-hint" className="pl-small pl-muted">
          {t("verify.uploadHint")}
        </p>
        <button type="submit">{t("verify.uploadButton")}</button>
      </form>
      <form method="post" action={action} encType="multipart/form-data" className="pl-form">
        <input type="hidden" name="lang" value={lang} />
        <label htmlFor="pl-digest">{t("verify.digestLabel")}</label>
        <input
          id="pl-digest"
          name="digest"
          type="text"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          aria-describedby="pl-digest-hint"
        />
        <p id="pl-digest-hint" className="pl-small pl-muted">
          {t("verify.digestHint")}
        </p>
        <button type="submit">{t("verify.digestButton")}</button>
      </form>
      <dl className="pl-facts pl-integrity">
        <div className="pl-fact">
          <dt>{t("verify.digestOfLabel")}</dt>
          <dd>
            <code className="pl-break">{digest}</code>
          </dd>
        </div>
        <div className="pl-fact">
          <dt>{t("verify.keyId")}</dt>
          <dd>
            <code>{keyId}</code>
          </dd>
        </div>
      </dl>
    </>
  );
}

/** The offline check in three commands (docs/verify-a-label.md), in a <details> that needs no JavaScript. */
export function OfflineHowTo({ code, origin, lang }: { code: string; origin: string; lang: TLang }) {
  const p = labelPaths(code);
  return (
    <details className="pl-details">
      <summary>{publicT(lang)("downloads.howTo")}</summary>
      <pre className="pl-code">
        {[
          `curl -sO ${origin}${p.snapshot}`,
          `curl -s ${origin}/.well-known/cyberlabel-label-keys.json | node -e "process.stdout.write(JSON.parse(require('fs').readFileSync(0)).keys[0].pem)" > key.pem`,
          `node verify-cli.mjs snapshot.json key.pem`,
        ].join("\n")}
      </pre>
    </details>
  );
}
