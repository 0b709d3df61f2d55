import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { getCatalog, listCatalogVersions } from "@/lib/schemes";
import { MESSAGES } from "@/messages";
import { topicKey } from "./topics";

describe("questionnaire section titles", () => {
  it("every topic of every catalog version has its title in every language", () => {
    for (const version of listCatalogVersions()) {
      const topics = new Set(getCatalog(version).questions.map((q) => q.topic));
      for (const locale of LOCALES) {
        const messages = MESSAGES[locale].questionnaire.topic as Record<string, string>;
        for (const topic of topics)
          expect(messages[topicKey(topic)], `${version} ${locale} ${topic}`).toBeTruthy();
      }
    }
  });

  it("keys are distinct per topic", () => {
    const topics = [
      ...new Set(listCatalogVersions().flatMap((v) => getCatalog(v).questions.map((q) => q.topic))),
    ];
    expect(new Set(topics.map(topicKey)).size).toBe(topics.length);
    expect(topicKey("Identification, documentation and support")).toBe(
      "identification_documentation_and_support",
    );
  });
});
