import { catalogV1_2ZhEntries } from "../../../catalog-v1-2";
import { extendDictionary } from "../../dictionary";
import { zhCN_1_1_0 } from "../catalog-1.1.0";

// Catalog 1.2.0 in Simplified Chinese: 1.1.0's dictionary plus the texts 1.2.0 adds. Each scheme added in 1.2.0
// carries its own translations next to its criteria (lib/schemes/catalog-v1-2/<scheme>.ts, `zhCN`). 1.2.0 has a
// changelog of its own: 1.1.0's lines are dropped.
const entries = catalogV1_2ZhEntries();
export const zhCN_1_2_0 = extendDictionary(zhCN_1_1_0, {
  version: "1.2.0",
  entries,
  removed: Object.keys(zhCN_1_1_0.entries).filter(
    (k) => k.startsWith("catalog.changelog.") && !(k in entries),
  ),
});
