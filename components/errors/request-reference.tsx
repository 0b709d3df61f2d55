import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { isRequestId, REQUEST_ID_HEADER } from "@/lib/http/request-id";

/**
 * The request id on a page that refuses or cannot find something (the same id is on the request's log lines and
 * in its X-Request-Id header), so a user can quote it to support. Nothing when the request has none.
 */
export async function RequestReference() {
  const id = (await headers()).get(REQUEST_ID_HEADER);
  if (!isRequestId(id)) return null;
  const t = await getTranslations("errors");
  return (
    <p className="muted" data-testid="request-id">
      {t("reference", { reqId: id })}
    </p>
  );
}
