import { describe, expect, it } from "vitest";
import { eventFacts, humanAction } from "./audit-event-text";

describe("audit events in plain words", () => {
  it("names release and reassignment and shows who had it, who has it, never the ids", () => {
    expect(humanAction("assessment.reassigned")).toBe("Reassigned the assessment");
    expect(humanAction("assessment.released")).toBe("Released the assessment back to the queue");
    const facts = eventFacts(
      "assessment.reassigned",
      {
        from: "IN_REVIEW",
        to: "IN_REVIEW",
        previousAssignee: "Rui Reviewer",
        previousAssigneeId: "u_1",
        previousAssigneeDisabled: true,
        assignee: "Mia Reviewer",
        assigneeId: "u_2",
      },
      undefined,
    );
    expect(facts).toContainEqual({ label: "Previous reviewer", value: "Rui Reviewer" });
    expect(facts).toContainEqual({ label: "Previous reviewer disabled", value: "yes" });
    expect(facts).toContainEqual({ label: "New reviewer", value: "Mia Reviewer" });
    expect(facts.map((f) => f.value)).not.toContain("u_1");
    expect(facts.map((f) => f.value)).not.toContain("u_2");
  });

  it("says which round a re-decision replaces", () => {
    const facts = eventFacts(
      "review.decision",
      { criterionKey: "US.AI.1", round: 2, replacesRound: 1 },
      undefined,
    );
    expect(facts).toContainEqual({ label: "Replaces the decision of round", value: "1" });
    expect(facts).toContainEqual({ label: "Round", value: "2" });
  });

  it("an unknown action still reads as words", () => {
    expect(humanAction("label.something_new")).toBe("label something new");
  });
});
