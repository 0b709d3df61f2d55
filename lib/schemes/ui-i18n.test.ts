// The scheme modules' result components for a Chinese reader (issue 17): every scheme's live result (questionnaire
// panel) and compact outcome (product page, dashboards), rendered with react-dom/server for a fully answered
// all-schemes assessment and for drafts with failures, gaps and missing answers. No English word the same components
// print for an English reader may appear in the Chinese rendering (requirement identifiers and acronyms such as
// EN 18031-1, CRA, ETSI or B+C stay as they are).
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ResultsPanel } from "@/components/questionnaire/results-panel";
import type { TLocale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/messages";
import { ALL_SCHEME_IDS, getCatalog, type TAnswerValue, type TCatalog } from "@/lib/schemes";
import { CRA_PROFILE } from "@/lib/schemes/eu-cra/fixtures";
import { localizeCatalog } from "@/lib/schemes/i18n";
import { PSTI_SOC_ANSWERS, PSTI_UK_PROFILE } from "@/lib/schemes/uk-psti/fixtures";
import { assess } from "@/lib/scoring";
import { CAMERA_PROFILE, goodAnswers, realisticAnswers } from "@/lib/scoring/fixtures";
import type { TAssessment } from "@/lib/scoring/types";
import { schemeUi } from "./ui";

const catalog = getCatalog();

/** The fixture camera answered well for every market (as e2e/fixtures/seed-all-schemes.ts). */
function everyMarket(c: TCatalog): Record<string, TAnswerValue> {
  const out: Record<string, TAnswerValue> = {
    ...goodAnswers(c, { ...CAMERA_PROFILE, ...PSTI_UK_PROFILE, ...CRA_PROFILE }),
    ...PSTI_SOC_ANSWERS,
  };
  delete out["c.soc.uk_rep"];
  return out;
}

const CASES: Record<string, Record<string, TAnswerValue>> = {
  "fully answered, every market": everyMarket(catalog),
  "realistic draft with failures": { ...realisticAnswers(catalog), ...PSTI_UK_PROFILE, ...CRA_PROFILE },
  "profile only": { ...CAMERA_PROFILE, ...PSTI_UK_PROFILE, ...CRA_PROFILE },
  "controls failing": Object.fromEntries(
    Object.entries(everyMarket(catalog)).map(([k, v]) => [
      k,
      typeof v === "object" && v !== null && "status" in v ? { status: "no" } : v,
    ]),
  ) as Record<string, TAnswerValue>,
};

function render(locale: TLocale, node: ReactNode): string {
  const props = { locale, messages: MESSAGES[locale], timeZone: "UTC" } as const;
  const html = renderToStaticMarkup(
    createElement(NextIntlClientProvider, props as ComponentProps<typeof NextIntlClientProvider>, node),
  );
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

function schemeParts(result: TAssessment) {
  return ALL_SCHEME_IDS.flatMap((id) => {
    const { Live, Compact } = schemeUi(id);
    return [
      { name: `${id} Live`, node: createElement(Live, { result }) },
      { name: `${id} Compact`, node: createElement(Compact, { result }) },
    ];
  });
}

/**
 * Words of two letters or more with a lower-case letter: acronyms and identifiers (CRA, EUCC, JC-STAR, B+C, article
 * letters) are the same in Chinese.
 */
const words = (text: string) => new Set(text.match(/\b(?=[A-Za-z]*[a-z])[A-Za-z]{2,}\b/g) ?? []);

describe("scheme result components in Chinese", () => {
  for (const [name, answers] of Object.entries(CASES)) {
    it(`${name}: no English word of the English rendering in the Chinese one`, () => {
      const result = assess(catalog, answers);
      const leaks: string[] = [];
      for (const part of schemeParts(result)) {
        const en = render("en", part.node);
        const zh = render("zh-CN", part.node);
        expect(en.length, part.name).toBeGreaterThan(0);
        expect(zh, part.name).toMatch(/\p{Script=Han}/u);
        const english = words(en);
        const leaked = [...words(zh)].filter((w) => english.has(w));
        if (leaked.length) leaks.push(`${part.name} [${leaked.join(" ")}]: ${zh}`);
      }
      expect(leaks).toEqual([]);
    });
  }

  const panelCases = ["fully answered, every market", "profile only", "camera, no UK or CRA profile"];
  for (const name of panelCases) {
    it(`the live results panel (${name}) reads Chinese throughout`, () => {
      const answers = CASES[name] ?? { ...CAMERA_PROFILE };
      const result = assess(catalog, answers);
      const panel = (locale: TLocale) => {
        const shown = localizeCatalog(catalog.version, locale);
        return render(
          locale,
          createElement(ResultsPanel, {
            catalog: shown,
            result,
            targetSchemes: ALL_SCHEME_IDS,
            questionLabel: (id: string) => shown.questions.find((q) => q.id === id)?.label ?? id,
          }),
        );
      };
      const english = words(panel("en"));
      const zh = panel("zh-CN");
      expect(
        [...words(zh)].filter((w) => english.has(w)),
        zh,
      ).toEqual([]);
    });
  }
});
