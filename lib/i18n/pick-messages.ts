// The messages a client subtree reads, picked per namespace (issue 13): the site layout used to hand every client
// component all ~130 KB of messages, serialized into each page's RSC payload and rendered per request.
import type { Messages, NamespaceKeys, NestedKeyOf } from "next-intl";
import type { TLocale } from "./locales";
import { MESSAGES } from "@/messages";

/** A namespace or nested namespace of the messages ("questionnaire", "questionnaire.card"). */
export type TMessageNamespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

type TTree = { [key: string]: string | TTree };

/**
 * The messages of `namespaces` only, in the shape of the whole (a nested namespace keeps its parents' keys).
 * A namespace inside another one already picked adds nothing; an unknown namespace throws. The result shares the
 * picked subtrees with the source, which it never writes to.
 */
export function pickMessages(messages: object, namespaces: readonly string[]): TTree {
  const out: TTree = {};
  const sorted = [...new Set(namespaces)].sort((a, b) => a.split(".").length - b.split(".").length);
  const picked: string[] = [];
  for (const ns of sorted) {
    if (picked.some((p) => ns.startsWith(`${p}.`))) continue;
    const keys = ns.split(".");
    let src: unknown = messages;
    let dst = out;
    keys.forEach((k, i) => {
      const next = typeof src === "object" && src !== null ? (src as Record<string, unknown>)[k] : undefined;
      if (typeof next !== "object" || next === null) throw new Error(`no message namespace "${ns}"`);
      src = next;
      if (i === keys.length - 1) dst[k] = next as TTree;
      else {
        // Parents are fresh objects (a shorter namespace would have covered this one), never the source's.
        dst[k] ??= {};
        dst = dst[k] as TTree;
      }
    });
    picked.push(ns);
  }
  return out;
}

const CACHE = new Map<string, TTree>();

/** pickMessages on the product's messages, computed once per language and list (messages are static). */
export function clientMessages(locale: TLocale, namespaces: readonly TMessageNamespace[]): TTree {
  const key = `${locale}\n${namespaces.join(",")}`;
  let m = CACHE.get(key);
  if (!m) {
    m = pickMessages(MESSAGES[locale], namespaces);
    CACHE.set(key, m);
  }
  return m;
}
