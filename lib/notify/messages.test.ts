import { describe, expect, it } from "vitest";
import { composeMessage, mailText } from "./messages";

const ctx = {
  product: { modelName: "Lumo Cam", firmwareVersion: "1.8.0" },
  manufacturer: "Lumo",
  lab: "Nordlys Test Lab",
};

describe("notification words", () => {
  it("keeps user-entered names on one line, so a product name cannot add mail headers", () => {
    const m = composeMessage(
      { event: "ASSESSMENT_REJECTED" },
      { ...ctx, product: { modelName: "Cam\r\nBcc: victim@example.com", firmwareVersion: "1" } },
    );
    expect(m.title).toBe("Assessment of Cam Bcc: victim@example.com rejected");
    expect(m.title).not.toMatch(/[\r\n]/);
  });

  it("counts in words that agree with the number", () => {
    expect(composeMessage({ event: "CHANGES_REQUESTED", questions: 1 }, ctx).body).toContain("1 question of");
    expect(composeMessage({ event: "CHANGES_REQUESTED", questions: 3 }, ctx).body).toContain(
      "3 questions of",
    );
    const now = new Date("2027-01-01T00:00:00Z");
    expect(
      composeMessage(
        { event: "LABEL_EXPIRING", publicCode: "CL-1", validUntil: new Date("2027-01-02T00:00:00Z"), now },
        ctx,
      ).body,
    ).toContain("in 1 day.");
  });

  it("every mail links to the app page and says why it was sent", () => {
    const text = mailText({
      name: "Mia",
      body: "Something happened.",
      url: "https://app.example/assessments/a1",
      organization: "Lumo",
    });
    expect(text).toBe(
      "Hello Mia,\n\nSomething happened.\n\nOpen it in Cyberlabel: https://app.example/assessments/a1\n\n--\n" +
        "You receive this because you are a member of Lumo on Cyberlabel. Your notifications are also listed in the app.\n",
    );
  });
});
