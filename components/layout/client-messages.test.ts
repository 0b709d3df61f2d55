import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every client component reads only the messages a <ClientMessages> above it (or the site layout's) provides
 * (issue 13). Derived from the source: from each route file (page, layout) through the server modules it imports
 * to the client modules, and through those to every module they import, collecting `useTranslations("…")`. The
 * namespaces a route file gives <ClientMessages> must be exactly those (no more: every namespace costs bytes in each
 * response). A client error boundary (error.tsx) renders under its folder's layout, whose list covers it.
 */

const ROOT = path.resolve(__dirname, "../..");
const SKIP = new Set(["node_modules", "generated", ".next", ".next-bench"]);

function sources(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const e of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP.has(e.name)) sources(rel, out);
    } else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts"))
      out.set(rel, readFileSync(path.join(ROOT, rel), "utf8"));
  }
  return out;
}

const FILES = new Map([...sources("app"), ...sources("components"), ...sources("lib"), ...sources("i18n")]);

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? spec.slice(2)
    : spec.startsWith(".")
      ? path.join(path.dirname(from), spec)
      : null;
  if (base === null) return null;
  for (const c of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (FILES.has(c)) return c;
  return null;
}

type TModule = { imports: string[]; client: boolean; namespaces: string[] };

function parse(file: string, src: string): TModule {
  const imports: string[] = [];
  for (const m of src.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+["']([^"']+)["']/gm)) {
    if (m[1]) continue; // type-only: no module at run time
    const r = resolve(file, m[2]!);
    if (r) imports.push(r);
  }
  for (const m of src.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) {
    const r = resolve(file, m[1]!);
    if (r) imports.push(r);
  }
  const namespaces = [...src.matchAll(/\buseTranslations\(([^)]*)\)/g)].map((m) => {
    const arg = /^\s*"([^"]+)"\s*$/.exec(m[1]!);
    if (!arg) throw new Error(`${file}: useTranslations(${m[1]}) names no namespace literally`);
    return arg[1]!;
  });
  const client = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use client["']/.test(src);
  return { imports, client, namespaces };
}

const MODULES = new Map([...FILES].map(([f, src]) => [f, parse(f, src)]));

/** The namespaces of the client components a route file renders. */
function required(entry: string): Set<string> {
  const client = new Set<string>();
  const server = new Set<string>();
  const visitClient = (f: string) => {
    if (client.has(f)) return;
    client.add(f);
    for (const i of MODULES.get(f)!.imports) visitClient(i);
  };
  const visitServer = (f: string) => {
    if (server.has(f)) return;
    server.add(f);
    const m = MODULES.get(f)!;
    if (m.client) visitClient(f);
    else for (const i of m.imports) visitServer(i);
  };
  visitServer(entry);
  return new Set([...client].flatMap((f) => MODULES.get(f)!.namespaces));
}

/** The namespaces a route file gives <ClientMessages> (array literals only, so that this test can read them). */
function declared(entry: string): Set<string> {
  const src = FILES.get(entry)!;
  const out = new Set<string>();
  for (const m of src.matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/g))
    for (const s of m[1]!.matchAll(/"([^"]+)"/g)) out.add(s[1]!);
  if (/<ClientMessages\b/.test(src) && !out.size)
    throw new Error(`${entry}: <ClientMessages> without a literal list`);
  return out;
}

/** Without the namespaces that another one in the set contains. */
const minimal = (xs: Iterable<string>) => {
  const all = [...new Set(xs)];
  return all.filter((x) => !all.some((p) => x.startsWith(`${p}.`))).sort();
};

const ROUTE = /(?:^|\/)(page|layout|template|default)\.tsx$/;
const BOUNDARY = /(?:^|\/)(error|not-found|loading)\.tsx$/;

function expectations(): Map<string, string[]> {
  const need = new Map<string, Set<string>>();
  for (const f of FILES.keys()) {
    if (!f.startsWith("app/")) continue;
    if (ROUTE.test(f)) need.set(f, new Set([...(need.get(f) ?? []), ...required(f)]));
    else if (BOUNDARY.test(f) && MODULES.get(f)!.client) {
      // Rendered under the nearest layout at or above its folder.
      let dir = path.dirname(f);
      while (!FILES.has(path.join(dir, "layout.tsx")) && dir !== "app") dir = path.dirname(dir);
      const layout = path.join(dir, "layout.tsx");
      need.set(layout, new Set([...(need.get(layout) ?? []), ...required(f)]));
    }
  }
  return new Map([...need].map(([f, ns]) => [f, minimal(ns)]));
}

describe("client messages", () => {
  const expected = expectations();

  it("finds the route files and the client components' namespaces", () => {
    expect(expected.get("app/(site)/layout.tsx")).toEqual(["common.header", "errors"]);
    expect(expected.get("app/(site)/(manufacturer)/assessments/[id]/page.tsx")).toContain("questionnaire");
    expect(expected.size).toBeGreaterThan(20);
  });

  it("gives every route file's client components exactly the namespaces they read", () => {
    const wrong = [...expected]
      .map(([f, ns]) => ({ file: f, expected: ns, declared: minimal(declared(f)) }))
      .filter((r) => r.expected.join() !== r.declared.join());
    expect(wrong).toEqual([]);
  });

  it("leaves no route with the whole message catalogue", () => {
    const all = [...FILES].filter(
      ([f, src]) => f.startsWith("app/") && /<NextIntlClientProvider(?![^>]*\bmessages=)/.test(src),
    );
    expect(all.map(([f]) => f)).toEqual([]);
  });
});
