import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { clientMessages, type TMessageNamespace } from "@/lib/i18n/pick-messages";

/**
 * Gives the client components below it the messages of `namespaces` only, in the request's language. It replaces
 * the site layout's messages (which hold only the header's and the error boundary's) for its subtree, so the list
 * names every namespace the client components under it read: client-messages.test.ts derives that list from the
 * source of each page and fails when one is missing or unused.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly TMessageNamespace[];
  children: React.ReactNode;
}) {
  const locale = await getLocale();
  return (
    <NextIntlClientProvider messages={clientMessages(locale, namespaces)}>{children}</NextIntlClientProvider>
  );
}
