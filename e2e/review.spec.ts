import { expect, test, type Browser, type Page } from "@playwright/test";
import { reviewState } from "@/lib/review/criteria";
import { questionsRead } from "@/lib/review/stale";
import { getCatalog } from "@/lib/schemes";
import { DEMO, signIn } from "./fixtures/accounts";
import { answerQuestion, waitForSaves } from "./fixtures/questionnaire";
import { journey } from "./fixtures/journeys";

const catalog = getCatalog();

async function as(browser: Browser, email: string, password?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  await expect(page).not.toHaveURL(/\/signin/);
  return page;
}

// Each test starts from a fresh submission of the demo manufacturer (US_CTM, every answer good, evidence on every
// claim), seeded through the data layer (fixtures/seed-journeys.ts) instead of answered in the browser: filling,
// attaching and submitting is assessment.spec.ts's.

async function claim(page: Page, id: string) {
  await page.goto(`/review/${id}`);
  await page.getByRole("button", { name: /Claim for review|Resume the review/ }).click();
  await expect(page.getByTestId("review-status")).toHaveText("In review");
  await expect(page.getByTestId("assignee")).toContainText("(you)");
}

test.describe.configure({ mode: "serial" });

test("a reviewer takes an assessment from the queue to an issued label, then revokes it", async ({
  browser,
}, info) => {
  test.setTimeout(180_000);
  const { id, product } = journey(info, "reviewQueue");
  expect(product).toBe("Lumo Plug Mini");
  const page = await as(browser, DEMO.reviewer);

  // The queue: filter with the GET form, sort newest first, find the row.
  await page.goto("/review");
  await page.getByLabel("Product or manufacturer").fill("plug mini");
  await page.getByLabel("Scheme").selectOption("US_CTM");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/q=plug\+mini/);
  await page.getByRole("link", { name: /^Submitted/ }).click();
  await expect(page).toHaveURL(/sort=-submitted/);
  const row = page.locator(`tr[data-assessment="${id}"]`);
  await expect(row).toContainText("Lumo Devices");
  await expect(row).toContainText("US Cyber Trust Mark");
  await expect(row).toContainText("Submitted");
  await expect(row).toContainText("Unassigned");
  await row.getByRole("link", { name: "Lumo Plug Mini" }).click();
  await expect(page).toHaveURL(new RegExp(`/review/${id}$`));

  // Nothing can be decided before claiming.
  await expect(page.getByRole("button", { name: "Accept", exact: true })).toHaveCount(0);
  await claim(page, id);

  // Each criterion shows the deciding answers and their evidence, viewable and downloadable.
  const card = page
    .locator("article[data-criterion]")
    .filter({ has: page.getByRole("link", { name: "technical-file.pdf" }) })
    .first();
  await expect(card.getByText("Engine: Pass")).toBeVisible();
  const view = card.getByRole("link", { name: "technical-file.pdf", exact: true });
  const viewed = await page.request.get((await view.getAttribute("href"))!);
  expect(viewed.status()).toBe(200);
  expect(viewed.headers()["content-type"]).toBe("application/pdf");
  const download = await page.request.get(
    (await card.getByRole("link", { name: /^Download/ }).getAttribute("href"))!,
  );
  expect(download.headers()["content-disposition"]).toContain("attachment");

  // A rejection needs a reason; the error is announced and what was typed stays.
  await card.getByRole("button", { name: "Reject…" }).click();
  await card.getByRole("button", { name: "Save rejection" }).click();
  await expect(card.getByRole("alert")).toContainText("Say why you reject it.");
  await card.getByLabel("Why you reject it (required)").fill("The test report does not cover this.");
  await card.getByRole("button", { name: "Save rejection" }).click();
  await expect(card.getByTestId("decision-state")).toContainText(
    "Rejected: The test report does not cover this.",
  );
  await expect(card.getByText("Reviewed: Fail")).toBeVisible();

  // An override needs a written reason too: overriding back to pass.
  await card.getByRole("button", { name: "Override verdict…" }).click();
  await card.getByRole("radio", { name: "Pass" }).check();
  await card.getByLabel("Reason for overriding (required)").fill("Checked the lab's own test instead.");
  await card.getByRole("button", { name: "Save override" }).click();
  await expect(card.getByTestId("decision-state")).toContainText("Overridden to Pass");

  // Approval waits until every criterion is decided.
  const approveBtn = page.getByRole("button", { name: "Approve and issue the label" });
  await expect(approveBtn).toBeDisabled();
  await expect(
    page.getByText(/Decide every criterion first: \d+ criteri(on is|a are) still open/),
  ).toBeVisible();
  await page.getByRole("button", { name: /Accept all remaining \(\d+\)/ }).click();
  await page
    .getByRole("dialog")
    .getByRole("button", { name: /^Accept \d+ criteri/ })
    .click();
  await expect(page.getByTestId("decided-count")).toHaveText(/^(\d+) of \1 criteri(on|a) decided$/);
  await expect(approveBtn).toBeEnabled();
  await approveBtn.click();
  await page
    .getByRole("dialog", { name: "Issue the label?" })
    .getByRole("button", { name: "Issue the label" })
    .click();

  await expect(page.getByTestId("review-status")).toHaveText("Approved");
  const code = (await page.getByTestId("label-code").textContent())!.trim();
  expect(code.length).toBeGreaterThan(6);
  await expect(page.getByRole("link", { name: `/r/${code}` })).toHaveAttribute("href", `/r/${code}`);
  await expect(page.getByTestId("label-status")).toHaveText("Valid");

  // Revocation needs a reason and changes the status at once.
  await page.getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText("Give the reason for revoking.")).toBeVisible();
  await page.getByLabel("Reason for revoking (published with the label)").fill("Firmware 0.9.7 recalled.");
  await page.getByRole("button", { name: "Revoke" }).click();
  await page
    .getByRole("dialog", { name: "Revoke this label?" })
    .getByRole("button", { name: "Revoke the label" })
    .click();
  await expect(page.getByTestId("label-status")).toHaveText("Revoked");
  await expect(page.getByTestId("label-panel")).toContainText("Firmware 0.9.7 recalled.");

  // The audit trail shows every step, in words.
  await page.getByRole("link", { name: "Audit trail" }).click();
  const trail = page.getByTestId("audit-trail");
  for (const text of [
    "Submitted for review",
    "Claimed for review",
    "Decided on a criterion",
    "Accepted all remaining criteria",
    "Approved",
    "Issued the label",
    "Revoked the label",
  ]) {
    await expect(trail.getByText(text, { exact: true }).first()).toBeVisible();
  }
  await expect(trail).toContainText("Firmware 0.9.7 recalled.");
  await page.context().close();
});

test("request changes: the manufacturer sees the comment, edits, resubmits, and it returns to the same reviewer", async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const { id, answers: given } = journey(testInfo, "reviewChanges");
  const maker = await as(browser, DEMO.manufacturer);
  const state = reviewState(catalog, given, ["US_CTM"], []);
  const qid = state.toReview
    .flatMap((r) => r.deciding)
    .find((q) => catalog.questions.find((x) => x.id === q)?.type === "control")!;
  const label = catalog.questions.find((q) => q.id === qid)!.label;
  const byKey = new Map(catalog.criteria.map((c) => [c.key, c]));
  // A criterion showing the question to change, and one that does not read it at all.
  const staleKey = state.toReview.find((r) => r.deciding.includes(qid))!.key;
  const keptKey = state.toReview.find((r) => !questionsRead(byKey.get(r.key)!).includes(qid))!.key;

  const page = await as(browser, DEMO.reviewer);
  await claim(page, id);

  // Round 1: the reviewer overrides one criterion and accepts another before asking for a change.
  const staleCard = page.locator(`article[data-criterion="${staleKey}"]`);
  const keptCard = page.locator(`article[data-criterion="${keptKey}"]`);
  await staleCard.getByRole("button", { name: "Override verdict…" }).click();
  await staleCard.getByRole("radio", { name: "Fail" }).check();
  await staleCard.getByLabel("Reason for overriding (required)").fill("Not enforced on the device.");
  await staleCard.getByRole("button", { name: "Save override" }).click();
  await expect(staleCard.getByTestId("decision-state")).toContainText("Overridden to Fail");
  await expect(staleCard.getByTestId("decision-state")).toContainText("round 1");
  await keptCard.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(keptCard.getByTestId("decision-state")).toContainText("Accepted");
  await expect(keptCard.getByTestId("decision-state")).toContainText("round 1");

  await page
    .locator(`li[data-question="${qid}"]`)
    .first()
    .getByRole("button", { name: "Ask for a change to this answer" })
    .click();
  await page.getByLabel(`Comment on “${label}”`).fill("Describe how this is enforced on the device.");
  await page.getByRole("button", { name: /Send the request for changes/ }).click();
  await expect(page.getByTestId("review-status")).toHaveText("Changes requested");

  // The manufacturer sees the comment on that question, changes the answer and resubmits.
  await maker.goto(`/assessments/${id}`);
  await expect(maker.getByTestId("assessment-status")).toHaveText("Changes requested");
  await expect(maker.locator(`[data-question="${qid}"] .review-comment`)).toContainText(
    "Describe how this is enforced",
  );
  await answerQuestion(maker, catalog, qid, { status: "partial" });
  await waitForSaves(maker);
  await maker.getByRole("button", { name: "Resubmit" }).click();
  await expect(maker.getByTestId("assessment-status")).toHaveText("Submitted");

  // Back to the same reviewer, with the changed answer highlighted.
  await page.reload();
  await expect(page.getByTestId("review-status")).toHaveText("Submitted");
  await expect(page.getByTestId("assignee")).toContainText("(you)");
  await expect(page.getByTestId("changed-summary")).toContainText("1 answer changed");
  await page.getByRole("button", { name: "Resume the review" }).click();
  await expect(page.getByTestId("review-status")).toHaveText("In review");
  const changedCard = page.locator('article[data-changed="true"]').first();
  await expect(changedCard.getByTestId("changed-badge")).toBeVisible();
  await expect(changedCard.locator(`li[data-question="${qid}"]`)).toHaveAttribute("data-changed", "true");
  await expect(changedCard.locator(`li[data-question="${qid}"]`)).toContainText("Partly");

  // The round-1 decision on the changed answer no longer counts; the untouched criterion keeps its decision.
  await expect(staleCard).toHaveAttribute("data-stale", "true");
  await expect(staleCard).toHaveAttribute("data-decided", "false");
  await expect(staleCard.getByTestId("stale-badge")).toHaveText(
    "Answer changed since your decision (round 1)",
  );
  await expect(staleCard.getByTestId("decision-state")).toContainText("Earlier: Overridden to Fail");
  await expect(staleCard.getByText("Reviewed: Fail")).toHaveCount(0);
  await expect(keptCard).toHaveAttribute("data-stale", "false");
  await expect(keptCard.getByTestId("decision-state")).toContainText("round 1");
  await expect(page.getByTestId("stale-count")).toContainText(
    "1 decision from an earlier round no longer counts",
  );
  await expect(page.getByRole("button", { name: "Approve and issue the label" })).toBeDisabled();
  await staleCard.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("stale-decision.png") });
  await staleCard.screenshot({ path: testInfo.outputPath("stale-decision-card.png") });

  // Deciding again makes it current, in round 2.
  await staleCard.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(staleCard).toHaveAttribute("data-stale", "false");
  await expect(staleCard.getByTestId("decision-state")).toContainText("round 2");
  await expect(page.getByTestId("stale-count")).toHaveCount(0);
  await page.reload();
  await expect(staleCard.getByTestId("decision-state")).toContainText("Accepted");
  await expect(staleCard.getByTestId("decision-state")).toContainText("round 2");
  await expect(staleCard).toHaveAttribute("data-stale", "false");
  await maker.context().close();
  await page.context().close();
});

test("an assessment held by a disabled reviewer is taken over by a colleague, then released by an admin", async ({
  browser,
}, info) => {
  test.setTimeout(180_000);
  const { id } = journey(info, "reviewTakeover");
  const stamp = Date.now().toString(36);
  const email = `leaving-${stamp}@e2e.cyberlabel.test`;
  const password = "a long enough password";
  const name = `Dora Departing ${stamp}`;

  const admin = await as(browser, DEMO.admin);
  await admin.goto("/admin");
  const userForm = admin.getByRole("form", { name: "Create a lab reviewer", exact: true });
  await userForm.getByLabel("Lab", { exact: true }).selectOption({ label: "Nordlys Test Lab" });
  await userForm.getByLabel("Name").fill(name);
  await userForm.getByLabel("E-mail").fill(email);
  await userForm.getByLabel("Initial password").fill(password);
  await userForm.getByRole("button", { name: "Create reviewer" }).click();
  await expect(admin.locator(`tr[data-reviewer="${email}"]`)).toContainText("Active");

  const leaving = await as(browser, email, password);
  await claim(leaving, id);
  await admin
    .locator(`tr[data-reviewer="${email}"]`)
    .getByRole("button", { name: /Disable/ })
    .click();
  await expect(admin.locator(`tr[data-reviewer="${email}"]`)).toContainText("Disabled");

  // Any reviewer of the lab can now take it over.
  const page = await as(browser, DEMO.reviewer);
  await page.goto("/review");
  await expect(page.getByTestId("stuck-assignments")).toBeVisible();
  await page.goto(`/review/${id}`);
  await expect(page.getByTestId("assignee")).toContainText(`${name} (account disabled)`);
  const control = page.getByTestId("assignment-control");
  await expect(control.getByLabel("Reassign to")).toHaveValue(/.+/);
  await expect(control.getByLabel("Reassign to").locator("option:checked")).toHaveText(/\(you\)$/);
  await control.getByRole("button", { name: "Reassign" }).click();
  await expect(page.getByTestId("assignee")).toContainText("(you)");
  await expect(page.getByTestId("review-status")).toHaveText("In review");
  await expect(page.getByRole("button", { name: "Accept", exact: true }).first()).toBeVisible();

  // An administrator can release any assignment back to the queue.
  await admin.goto("/review/assignments?show=all");
  const row = admin.locator(`tr[data-assessment="${id}"]`);
  await expect(row).toContainText("Rui Reviewer");
  await row.getByRole("button", { name: "Release to the queue" }).click();
  await expect(row).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("review-status")).toHaveText("Submitted");
  await expect(page.getByTestId("assignee")).toContainText("nobody yet");
  await expect(page.getByRole("button", { name: "Claim for review" })).toBeVisible();

  await page.getByRole("link", { name: "Audit trail" }).click();
  const trail = page.getByTestId("audit-trail");
  await expect(trail).toContainText("Reassigned the assessment by Rui Reviewer");
  await expect(trail).toContainText(`Previous reviewer${name}Previous reviewer disabledyes`);
  await expect(trail).toContainText("Released the assessment back to the queue by Ada Admin");
  for (const p of [admin, leaving, page]) await p.context().close();
});

test("a reviewer of another lab gets 404 for the assessment; a disabled reviewer is signed out", async ({
  browser,
}, info) => {
  test.setTimeout(180_000);
  const { id } = journey(info, "reviewOtherLab");
  const stamp = Date.now().toString(36);
  const labName = `Zz Lab B ${stamp}`;
  const email = `reviewer-b-${stamp}@e2e.cyberlabel.test`;
  const password = "a long enough password";

  const admin = await as(browser, DEMO.admin);
  await admin.goto("/admin");
  const labForm = admin.getByRole("form", { name: "Create a lab", exact: true });
  await labForm.getByLabel("Lab name").fill(labName);
  await labForm.getByLabel("Accreditation (optional)").fill("DAkkS D-PL-99999-01-00 (ISO/IEC 17025:2017)");
  await labForm.getByRole("button", { name: "Create lab" }).click();
  await expect(admin.locator(`[data-lab="${labName}"]`)).toBeVisible();
  // The accreditation is kept and editable by the admin.
  await expect(
    admin.locator(`[data-lab="${labName}"]`).getByLabel("Accreditation", { exact: true }),
  ).toHaveValue("DAkkS D-PL-99999-01-00 (ISO/IEC 17025:2017)");
  const userForm = admin.getByRole("form", { name: "Create a lab reviewer", exact: true });
  await userForm.getByLabel("Lab", { exact: true }).selectOption({ label: labName });
  await userForm.getByLabel("Name").fill("Bea Other-Lab");
  await userForm.getByLabel("E-mail").fill(email);
  await userForm.getByLabel("Initial password").fill(password);
  await userForm.getByRole("button", { name: "Create reviewer" }).click();
  await expect(admin.locator(`tr[data-reviewer="${email}"]`)).toContainText("Active");

  const other = await as(browser, email, password);
  await expect(other).toHaveURL(/\/review$/);
  expect((await other.goto(`/review/${id}`))?.status()).toBe(404);
  expect((await other.goto(`/review/${id}/audit`))?.status()).toBe(404);
  await other.goto("/review?status=all&q=Lumo");
  await expect(other.locator(`tr[data-assessment="${id}"]`)).toHaveCount(0);

  // The admin disables the reviewer: the next request is refused.
  await admin
    .locator(`tr[data-reviewer="${email}"]`)
    .getByRole("button", { name: /Disable/ })
    .click();
  await expect(admin.locator(`tr[data-reviewer="${email}"]`)).toContainText("Disabled");
  await other.goto("/review");
  await expect(other).toHaveURL(/\/signin/);
  await admin.context().close();
  await other.context().close();
});
