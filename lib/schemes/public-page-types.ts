import type { ReactNode } from "react";
import type { TLang } from "@/lib/i18n/public-label";
import type { TPublicLabelRecord } from "@/lib/labels/public-record";
import type { TPublicSchemeResult } from "./public-types";

/** A scheme module's parts of the public page (app/r/[code]). */
export type TPublicPage = {
  /** The result inside the scheme's card (below its title, above the basis line). */
  Detail(props: { result: TPublicSchemeResult; lang: TLang }): ReactNode;
  /** Items the scheme's rules want printed with the lab facts (the China label's required items), if any. */
  LabItems?(props: { record: TPublicLabelRecord; result: TPublicSchemeResult; lang: TLang }): ReactNode;
  /** The scheme has a certification body the page must say this label is not from (the US CLA). */
  certifierRow?: boolean;
};
