import { expect, test } from "@playwright/test";
import { getCatalog } from "@/lib/schemes";
import { assess } from "@/lib/scoring";
import { goodAnswers, realisticAnswers } from "@/lib/scoring/fixtures";
import { planQuestionnaire } from "@/lib/questionnaire/plan";
import { EU_STATUS_TEXT, US_STATUS_TEXT } from "@/lib/questionnaire/result-text";
import { DEMO, signIn, signUp } from "./fixtures/accounts";
import { journey, LAST_ANSWER, TYPED_IN_BROWSER } from "./fixtures/journeys";
import {
  answerQuestion,
  questionnaireRendered,
  startAssessment,
  waitForSaves,
} from "./fixtures/questionnaire";

const catalog = getCatalog();
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

test.describe.configure({ mode: "serial" });

test("a manufacturer types answers of every kind, the progress and live results follow, attaches evidence and submits", async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  // The realistic draft was seeded through the data layer (fixtures/seed-journeys.ts; filling its ~140 answers and
  // linking ~95 claims' evidence here took minutes): the browser types one answer of each kind, then what is open.
  const seeded = journey(info, "realisticDraft");
  const schemes = seeded.schemes;
  await signIn(page, DEMO.manufacturer, undefined, /\/dashboard$/);
  await page.goto(`/assessments/${seeded.id}`);
  await questionnaireRendered(page);
  const given = { ...seeded.answers };
  await expectProgressOf(given);
  await expectResultsOf(given);

  // One answer of each kind through its real controls, autosaved: the progress and the results follow.
  const realistic = realisticAnswers(catalog);
  for (const qid of TYPED_IN_BROWSER) {
    expect(given[qid], qid).toBeUndefined();
    await answerQuestion(page, catalog, qid, realistic[qid]!);
    given[qid] = realistic[qid]!;
  }
  await waitForSaves(page);
  await expectProgressOf(given);
  // The justified N/A claim completes EU articles d and e: the panel shows the change.
  expect(assess(catalog, given).eu.articles).not.toEqual(assess(catalog, seeded.answers).eu.articles);
  await expectResultsOf(given);
  expect(Object.keys(given).length).toBeGreaterThan(60);

  // Submitting it is refused, with links to every missing answer and piece of evidence.
  await page.getByRole("button", { name: "Submit for review" }).click();
  const missing = page.getByTestId("missing-list");
  await expect(missing).toBeVisible();
  await expect(missing.getByText("evidence required").first()).toBeVisible();
  const open = planQuestionnaire(catalog, given, schemes).missing.filter((m) => m.reason === "unanswered");
  expect(open.length).toBeGreaterThan(0);
  await expect(missing.getByText("not answered")).toHaveCount(open.length);

  // Answer what is still open (a free text among them), and the results follow.
  expect(open.map((m) => m.questionId)).toContain(LAST_ANSWER);
  const good = goodAnswers(catalog);
  for (const m of open) {
    await answerQuestion(page, catalog, m.questionId, good[m.questionId]!);
    given[m.questionId] = good[m.questionId]!;
  }
  await waitForSaves(page);
  await expectProgressOf(given);
  await expectResultsOf(given);

  // The seed linked its file to every claim but the first few: a disguised executable is refused; a real PDF is
  // accepted and then reused for the other claims still without evidence.
  const needs = [...planQuestionnaire(catalog, given, schemes).needsEvidence];
  expect(needs.slice(0, seeded.withoutEvidence.length)).toEqual(seeded.withoutEvidence);
  const first = page.locator(`[data-question="${needs[0]}"]`);
  await first.locator('input[type="file"]').setInputFiles({
    name: "report.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("MZ\x90\x00 this is not a pdf"),
  });
  await expect(first.getByRole("alert")).toContainText("Windows executable");
  await first
    .locator('input[type="file"]')
    .setInputFiles({ name: "technical-file.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(first.getByRole("link", { name: "technical-file.pdf" })).toBeVisible();
  for (const qid of seeded.withoutEvidence.slice(1)) {
    const box = page.locator(`[data-question="${qid}"]`);
    await box
      .getByRole("combobox", { name: "Use a file already uploaded" })
      .selectOption({ label: "technical-file.pdf" });
    await box.getByRole("button", { name: "Link" }).click();
    await expect(box.getByRole("link", { name: "technical-file.pdf" })).toBeVisible();
  }

  // The evidence downloads with the detected type, as an attachment when asked.
  const href = await first.getByRole("link", { name: "Download" }).getAttribute("href");
  const download = await page.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);

  // A double click submits once.
  await page.getByRole("button", { name: "Submit for review" }).dblclick();
  await expect(page.getByTestId("assessment-status")).toHaveText("Submitted");
  await expect(page.getByText("Submitted: the answers are read-only")).toBeVisible();
  await expect(page.locator(`[data-question="${needs[0]}"] input[type="radio"]`).first()).toBeDisabled();
  await expect(page.getByRole("button", { name: "Submit for review" })).toHaveCount(0);
  // What was typed here was saved and submitted with the rest.
  await page.reload();
  await expect(page.getByTestId("assessment-status")).toHaveText("Submitted");
  await expectProgressOf(given);
  await expectResultsOf(given);
  await expect(
    page.locator('[data-question="c.com.replay"]').getByRole("radio", { name: "Not applicable" }),
  ).toBeChecked();
  await expect(page.locator('[data-question="c.pw.min_length"] input').first()).toHaveValue(
    String(realistic["c.pw.min_length"]),
  );

  /** The overall progress counts the questions shown and answered. */
  async function expectProgressOf(answers: typeof given) {
    const plan = planQuestionnaire(catalog, answers, schemes);
    await expect(page.getByText(/^\d+ of \d+ questions answered$/)).toHaveText(
      `${plan.answeredCount} of ${plan.visibleCount} questions answered`,
    );
  }

  /** The live results show what the engine computes for exactly these answers. */
  async function expectResultsOf(answers: typeof given) {
    const expected = assess(catalog, answers);
    for (const a of expected.eu.articles) {
      await expect(
        page.locator(`[data-testid="result-EU_RED"] li[data-article="${a.article}"]`),
      ).toContainText(EU_STATUS_TEXT[a.status].text);
    }
    await expect(page.getByTestId("result-US_CTM")).toContainText(US_STATUS_TEXT[expected.us.status].text);
    await expect(page.getByTestId("cn-stars")).toHaveText(`${expected.cn.stars} of 3 stars`);
  }
});

test("submit refuses an incomplete assessment and lists what is missing", async ({ page }) => {
  await signIn(page, DEMO.manufacturer, undefined, /\/dashboard$/);
  // The manufacturer chooses the lab on the start form (the other journeys' assessments are seeded).
  await startAssessment(page, "Lumo Plug Mini", { schemes: ["US_CTM"], lab: "Nordlys Test Lab (Norway)" });
  await expect(page.getByText("Lab: Nordlys Test Lab")).toBeVisible();
  await answerQuestion(page, catalog, "p.consumer", true);
  await waitForSaves(page);
  await page.getByRole("button", { name: "Submit for review" }).click();
  const missing = page.getByTestId("missing-list");
  await expect(missing).toBeVisible();
  const firstLink = missing.getByRole("link").first();
  const target = await firstLink.getAttribute("href");
  expect(target).toMatch(/^#q-/);
  await expect(page.locator(`[id="${target!.slice(1)}"]`)).toHaveCount(1);
  await expect(page.getByTestId("assessment-status")).toHaveText("Draft");
});

test("an answer edited right before submitting is saved first and submitted with it, not refused as a conflict", async ({
  page,
}, info) => {
  // Everything but one free-text answer saved, every claim's evidence attached: seeded through the data layer
  // (fixtures/seed-journeys.ts). (The manual-update text is not asked on catalog 1.1.0 once updates are automatic,
  // so the secure-configuration text is the one left.)
  const seeded = journey(info, "lastAnswerDraft");
  const last = LAST_ANSWER;
  await signIn(page, DEMO.manufacturer, undefined, /\/dashboard$/);
  await page.goto(`/assessments/${seeded.id}`);
  await questionnaireRendered(page);
  const attached = new Map(
    [...planQuestionnaire(catalog, seeded.answers, seeded.schemes).needsEvidence].map((q) => [q, 1]),
  );
  expect(planQuestionnaire(catalog, seeded.answers, seeded.schemes, attached).missing).toEqual([
    { questionId: last, reason: "unanswered" },
  ]);
  await expect(page.getByTestId("assessment-status")).toHaveText("Draft");

  // Type the last answer and submit at once: the text is still a local draft (its autosave waits for a pause),
  // and its save is still in flight when the submit starts.
  const text = "https://example.com/support/manual-update";
  const box = page.locator(`[data-question="${last}"] textarea`);
  await box.fill(text);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("assessment-status")).toHaveText("Submitted");
  await expect(page.getByTestId("conflict")).toHaveCount(0);
  await expect(page.getByTestId("missing-list")).toHaveCount(0);
  // The answer typed last is part of what was submitted.
  await page.reload();
  await expect(page.locator(`[data-question="${last}"] textarea`)).toHaveValue(text);
  await expect(page.getByTestId("assessment-status")).toHaveText("Submitted");
});

test("leaving the page with an answer not yet saved asks first; once saved it does not", async ({ page }) => {
  await signIn(page, DEMO.manufacturer, undefined, /\/dashboard$/);
  await startAssessment(page, "Lumo Plug Mini", { schemes: ["US_CTM"] });
  await answerQuestion(page, catalog, "p.consumer", true);
  await answerQuestion(page, catalog, "p.internet", true);
  await waitForSaves(page);
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.type());
    void d.accept();
  });
  // Text still being typed (its autosave waits for a pause) counts as unsaved.
  const box = page.locator('[data-question="c.reg.manual_update_info"] textarea');
  await box.fill("https://example.com/support/half-typed");
  await page.reload();
  expect(dialogs).toEqual(["beforeunload"]);
  // Saved answers do not.
  await answerQuestion(page, catalog, "p.radio", true);
  await waitForSaves(page);
  await page.reload();
  expect(dialogs).toEqual(["beforeunload"]);
});

test("two people editing the same assessment: the stale write is refused and the newer data is shown", async ({
  browser,
}) => {
  const a = await browser.newContext();
  const b = await browser.newContext();
  const pa = await a.newPage();
  const pb = await b.newPage();
  await signIn(pa, DEMO.manufacturer, undefined, /\/dashboard$/);
  await signIn(pb, DEMO.manufacturer, undefined, /\/dashboard$/);
  const path = await startAssessment(pa, "Lumo Hub 2");
  await pb.goto(path);

  await answerQuestion(pa, catalog, "p.consumer", true);
  await waitForSaves(pa);
  await answerQuestion(pb, catalog, "p.consumer", false);
  await expect(pb.getByTestId("conflict")).toContainText("Someone else changed this assessment");
  // B now sees A's answer, not its own unsaved one.
  await expect(
    pb.locator('[data-question="p.consumer"]').getByRole("radio", { name: "Yes", exact: true }),
  ).toBeChecked();
  // And B can carry on from the newer version.
  await answerQuestion(pb, catalog, "p.radio", true);
  await waitForSaves(pb);
  await expect(pb.getByTestId("conflict")).toHaveCount(0);
  await pa.reload();
  await expect(
    pa.locator('[data-question="p.radio"]').getByRole("radio", { name: "Yes", exact: true }),
  ).toBeChecked();
  await a.close();
  await b.close();
});

test("another organisation gets 404 for the assessment, its evidence and its upload route", async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.manufacturer, undefined, /\/dashboard$/);
  const path = await startAssessment(page, "Lumo Hub 2");
  const id = path.split("/").pop()!;
  const box = page.locator('[data-question="c.ac.assets_controlled"]');
  await answerQuestion(page, catalog, "c.ac.assets_controlled", { status: "yes" });
  await waitForSaves(page);
  await box
    .locator('input[type="file"]')
    .setInputFiles({ name: "assets.txt", mimeType: "text/plain", buffer: Buffer.from("asset inventory") });
  const link = box.getByRole("link", { name: "assets.txt" });
  await expect(link).toBeVisible();
  const evidenceHref = (await link.getAttribute("href"))!;

  const other = await browser.newContext();
  const op = await other.newPage();
  await signUp(op, { company: "Curious Devices" });
  await expect(op).toHaveURL(/\/dashboard$/);
  expect((await op.goto(path))?.status()).toBe(404);
  expect((await op.request.get(evidenceHref)).status()).toBe(404);
  const upload = await op.request.post(`/api/assessments/${id}/evidence`, {
    multipart: {
      questionId: "c.ac.assets_controlled",
      file: { name: "x.txt", mimeType: "text/plain", buffer: Buffer.from("x") },
    },
  });
  expect(upload.status()).toBe(404);
  // A reviewer cannot read a draft's evidence either: drafts are not submitted to the lab yet.
  const reviewer = await browser.newContext();
  const rp = await reviewer.newPage();
  await signIn(rp, DEMO.reviewer, undefined, /\/review$/);
  expect((await rp.request.get(evidenceHref)).status()).toBe(404);
  await other.close();
  await reviewer.close();
});

test("the questionnaire explains at the question why N/A is not accepted", async ({ page }) => {
  await signIn(page, DEMO.manufacturer, undefined, /\/dashboard$/);
  await startAssessment(page, "Lumo Plug Mini", { schemes: ["EU_RED", "CN_CCL"] });
  // No requirement accepts N/A for the penetration test: it is not offered, and the question says why.
  const pentest = page.locator('[data-question="c.test.pentest"]');
  await expect(pentest.getByRole("radio", { name: "Not applicable" })).toHaveCount(0);
  await expect(pentest.getByRole("note")).toContainText("Not applicable is not accepted here");
  await expect(pentest.getByRole("note")).toContainText("penetration test");
  // China accepts N/A for known vulnerabilities, EN 18031 GEC-1 does not: offered, with the refusal named.
  const vuln = page.locator('[data-question="c.vuln.none_known"]');
  await expect(vuln.getByRole("radio", { name: "Not applicable" })).toHaveCount(1);
  await expect(vuln.getByRole("note")).toContainText("GEC-1");
  await page.setViewportSize({ width: 390, height: 844 });
  await pentest.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/na-refused-phone.png" });
});
