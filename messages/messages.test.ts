import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { MESSAGES } from "./index";

type TTree = { [k: string]: string | TTree };
const leaves = (o: TTree, p = ""): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === "string" ? [[`${p}${k}`, v]] : leaves(v, `${p}${k}.`)));
type TNode = {
  type: number;
  value?: unknown;
  options?: Record<string, { value: TNode[] }>;
  children?: TNode[];
};
/** The ICU arguments a message uses ({name}, {n, plural, …}), read from its parsed form. */
function args(text: string, locale: string): Set<string> {
  const out = new Set<string>();
  const walk = (nodes: TNode[]) => {
    for (const n of nodes) {
      // 0 literal, 7 pound (#), 8 tag: no argument of their own
      if (n.type !== 0 && n.type !== 7 && typeof n.value === "string") out.add(n.value);
      for (const o of Object.values(n.options ?? {})) walk(o.value);
      if (n.children) walk(n.children);
    }
  };
  walk(new IntlMessageFormat(text, locale).getAst() as unknown as TNode[]);
  return out;
}

describe("message catalogs", () => {
  const en = new Map(leaves(MESSAGES.en as unknown as TTree));
  for (const locale of LOCALES)
    describe(locale, () => {
      const mine = new Map(leaves(MESSAGES[locale] as unknown as TTree));
      it("has exactly the keys of every other language", () => {
        expect([...mine.keys()].sort()).toEqual([...en.keys()].sort());
      });
      it("has no empty message, each is valid ICU with the same arguments as English", () => {
        for (const [key, text] of mine) {
          expect(text.trim(), key).not.toBe("");
          expect(() => new IntlMessageFormat(text, locale), key).not.toThrow();
          expect(args(text, locale), key).toEqual(args(en.get(key) ?? "", "en"));
        }
      });
    });
});
