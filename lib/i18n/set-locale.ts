import "server-only";
import { z } from "zod";
import { cookies } from "next/headers";
import { getSessionUser } from "@/lib/auth/session";
import { setUserLocale } from "@/lib/db/accounts";
import { prisma } from "@/lib/db/client";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALES, type TLocale } from "./locales";

const ZLocaleForm = z.object({ locale: z.enum(LOCALES) });

/**
 * The language switch: open to everyone (a visitor's choice is a cookie), and for a signed-in user also the
 * profile setting, so e-mails and downloads follow it on every device. Anything but a known locale is refused.
 */
export async function chooseLocale(form: FormData): Promise<{ ok: true; locale: TLocale } | { ok: false }> {
  const parsed = ZLocaleForm.safeParse({ locale: form.get("locale") });
  if (!parsed.success) return { ok: false };
  const { locale } = parsed.data;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
  });
  const user = await getSessionUser();
  if (user) await setUserLocale(prisma(), user.id, locale);
  return { ok: true, locale };
}
