import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { eventFacts, humanAction } from "./audit-event-text";
import type { TReviewText } from "./types";

const t = translator("en", "review") as unknown as TReviewText;
const zh = translator("zh-CN", "review") as unknown as TReviewText;

describe("audit events in plain words", () => {
  it("names release and reassignment and shows who had it, who has it, never the ids", () => {
    expect(humanAction("assessment.reassigned", t)).toBe("Reassigned the assessment");
    expect(humanAction("assessment.released", t)).toBe("Released the assessment back to the queue");
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
      t,
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
      t,
    );
    expect(facts).toContainEqual({ label: "Replaces the decision of round", value: "1" });
    expect(facts).toContainEqual({ label: "Round", value: "2" });
  });

  it("an unknown action still reads as words", () => {
    expect(humanAction("label.something_new", t)).toBe("label something new");
  });

  it("reads in Chinese: titles, labels and statuses from the messages, names and free text as recorded", () => {
    expect(humanAction("assessment.reassigned", zh)).toBe("重新分配评估");
    const facts = eventFacts(
      "assessment.reassigned",
      { from: "IN_REVIEW", to: "APPROVED", previousAssignee: "Rui Reviewer", reason: "Gone on leave." },
      undefined,
      zh,
    );
    expect(facts).toEqual([
      { label: "之前", value: "审核中" },
      { label: "之后", value: "已批准" },
      { label: "原因", value: "Gone on leave." },
      { label: "原审核员", value: "Rui Reviewer" },
    ]);
  });
});
