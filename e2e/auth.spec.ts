import { expect, test } from "@playwright/test";
import { DEMO, signIn, signOut, signUp, uniqueEmail, watchCsp } from "./fixtures/accounts";

test("a manufacturer signs up, signs out and signs in again", async ({ page }) => {
  const csp = watchCsp(page);
  const { email, password } = await signUp(page, { company: "Sign-up Devices" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign-up Devices" })).toBeVisible();
  await signOut(page);
  await signIn(page, email, password, /\/dashboard$/);
  await expect(page.getByText("Test Maker · Manufacturer")).toBeVisible();
  expect(csp).toEqual([]);
});

test("sign-up refuses an existing e-mail and a weak password, and keeps what was typed", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Someone");
  await page.getByLabel("Company (manufacturer)").fill("Dup Devices");
  await page.getByLabel("Work e-mail").fill(DEMO.manufacturer);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Password").fill("a perfectly fine passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator(".alert[role=alert]")).toContainText(
    "An account with this e-mail already exists.",
  );
  await expect(page.getByLabel("Company (manufacturer)")).toHaveValue("Dup Devices");
  await expect(page).toHaveURL(/\/signup$/);
});

test("strangers' wrong passwords hold back unknown browsers, never the owner's known browser", async ({
  page,
  browser,
}) => {
  const { email, password } = await signUp(page);
  await expect(page).toHaveURL(/\/dashboard$/);
  await signOut(page);
  // A stranger, in a browser of their own, types wrong passwords for the owner's e-mail.
  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  for (let i = 0; i < 5; i += 1) {
    await signIn(other, email, "not the right password");
    await expect(other.locator(".alert[role=alert]")).toContainText("do not match an account");
  }
  // The stranger's next attempt waits, with a sentence saying how long; not a raw code.
  await signIn(other, email, password);
  await expect(other.locator(".alert[role=alert]")).toContainText(
    /Too many failed sign-in attempts for this account\. Try again in \d+ seconds/,
  );
  await expect(other).toHaveURL(/\/signin/);
  await stranger.close();
  // The owner, on the browser they signed in with before, gets in at once.
  await signIn(page, email, password, /\/dashboard$/);
});

test("sign-out ends the session on the server: a copied session cookie no longer opens the dashboard", async ({
  page,
  browser,
}) => {
  const { email, password } = await signUp(page);
  await expect(page).toHaveURL(/\/dashboard$/);
  await signOut(page);
  await signIn(page, email, password, /\/dashboard$/);
  const copied = (await page.context().cookies()).filter((c) => c.name.includes("next-auth.session-token"));
  expect(copied.length).toBeGreaterThan(0);
  await signOut(page);
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const p = await thief.newPage();
  await p.goto("/dashboard");
  await expect(p).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);
  await thief.close();
});

test("a lab reviewer signs in and reaches the reviewer area", async ({ page }) => {
  await signIn(page, DEMO.reviewer, undefined, /\/review$/);
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
});

test("an admin creates a lab reviewer who can then sign in", async ({ page }) => {
  const csp = watchCsp(page);
  await signIn(page, DEMO.admin, undefined, /\/admin$/);
  const email = uniqueEmail("reviewer");
  const form = page.getByRole("form", { name: "Create a lab reviewer" });
  await form.getByLabel("Name").fill("New Reviewer");
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Initial password").fill("reviewer passphrase 1");
  await form.getByRole("button", { name: "Create reviewer" }).click();
  await expect(form.getByRole("status")).toContainText(`Reviewer ${email} created`);
  await expect(page.getByRole("cell", { name: email })).toBeVisible();
  await signOut(page);
  await signIn(page, email, "reviewer passphrase 1", /\/review$/);
  expect(csp).toEqual([]);
});

test("changing the password on /account signs out the other browser, not this one", async ({
  page,
  browser,
}) => {
  const { email, password } = await signUp(page);
  await expect(page).toHaveURL(/\/dashboard$/);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email, password, /\/dashboard$/);
  await page.getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await page.getByLabel("Current password").fill(password);
  await page.getByLabel("New password").fill("another fine passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toContainText("1 other session was signed out");
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);
  await otherPage.goto("/dashboard");
  await expect(otherPage).toHaveURL(/\/signin/);
  await other.close();
});
