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

test("wrong passwords are refused and then rate limited per account", async ({ page }) => {
  const { email } = await signUp(page);
  await expect(page).toHaveURL(/\/dashboard$/);
  await signOut(page);
  for (let i = 0; i < 5; i += 1) {
    await signIn(page, email, "not the right password");
    await expect(page.locator(".alert[role=alert]")).toContainText("do not match an account");
  }
  // The sixth attempt is refused even with the right password.
  await signIn(page, email, "correct horse battery staple");
  await expect(page.locator(".alert[role=alert]")).toContainText("Too many failed sign-in attempts");
  await expect(page).toHaveURL(/\/signin/);
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
