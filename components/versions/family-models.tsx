"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { addProductModel, archiveProductModel } from "@/app/(site)/(manufacturer)/products/actions";
import { FormAlert } from "@/components/ui/form-alert";

type Props = {
  productId: string;
  /** The product's own model name: it cannot be removed from its family. */
  primary: string;
  models: { id: string; modelName: string; sku: string | null }[];
  editable: boolean;
};

/**
 * The model names / SKUs of the product's family. A new assessment covers every model listed here; a label names
 * the models it covered at approval, whatever is added or removed later.
 */
export function FamilyModels({ productId, primary, models, editable }: Props) {
  const t = useTranslations("versions.family");
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function add(form: HTMLFormElement) {
    const data = new FormData(form);
    setBusy(true);
    setError(undefined);
    const r = await addProductModel({
      productId,
      modelName: String(data.get("modelName") ?? ""),
      sku: String(data.get("sku") ?? ""),
    });
    setBusy(false);
    if (!r.ok) {
      setError(r.fieldErrors?.modelName?.[0] ?? r.fieldErrors?.sku?.[0] ?? r.message);
      return;
    }
    form.reset();
    router.refresh();
  }

  async function remove(modelId: string) {
    setBusy(true);
    setError(undefined);
    const r = await archiveProductModel({ productId, modelId });
    setBusy(false);
    if (!r.ok) setError(r.message);
    else router.refresh();
  }

  return (
    <div className="stack" style={{ gap: "0.5rem" }}>
      <ul data-testid="family-models" style={{ margin: 0, paddingLeft: "1.2rem" }}>
        {models.map((m) => (
          <li key={m.id}>
            <strong>{m.modelName}</strong>
            {m.sku ? <span className="muted">{t("sku", { sku: m.sku })}</span> : null}
            {editable && m.modelName !== primary ? (
              <>
                {" "}
                <button
                  type="button"
                  className="btn-link small"
                  onClick={() => remove(m.id)}
                  disabled={busy}
                  aria-label={t("removeLabel", { model: m.modelName })}
                >
                  {t("remove")}
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <form
          className="row"
          style={{ gap: "0.5rem", alignItems: "flex-end" }}
          aria-label={t("addForm")}
          onSubmit={(e) => {
            e.preventDefault();
            void add(e.currentTarget);
          }}
        >
          <label className="field" style={{ margin: 0, flex: "2 1 160px" }}>
            <span className="small">{t("modelName")}</span>
            <input name="modelName" required maxLength={120} />
          </label>
          <label className="field" style={{ margin: 0, flex: "1 1 100px" }}>
            <span className="small">{t("skuOptional")}</span>
            <input name="sku" maxLength={60} />
          </label>
          <button type="submit" className="btn btn-secondary" disabled={busy}>
            {t("add")}
          </button>
        </form>
      ) : null}
      <FormAlert>{error}</FormAlert>
    </div>
  );
}
