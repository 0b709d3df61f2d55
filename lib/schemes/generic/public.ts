import { schemeModule } from "../registry";
import type { TPublicGenericResult, TPublicResultBuilder } from "../public-types";
import type { TSchemeId } from "../types";

/**
 * The public record's part of a scheme without a builder of its own: the envelope's scope and the module's public
 * lines (lib/schemes/module.ts publicLines), each in every language. The common `outcome` carries the headline.
 */
export function genericPublic(id: TSchemeId): TPublicResultBuilder {
  return (s, common) => {
    const m = schemeModule(id);
    const e = m.envelope(s.result);
    const text = m.outcomeText[e.outcome];
    const out: TPublicGenericResult = {
      ...common,
      scheme: id as TPublicGenericResult["scheme"],
      summary: { en: text?.en ?? e.headline, "zh-CN": text?.["zh-CN"] ?? e.headline },
      inScope: e.inScope,
      lines: (m.publicLines?.(s.result) ?? []).map((l) => ({ en: l.en, "zh-CN": l["zh-CN"] })),
    };
    return out;
  };
}
