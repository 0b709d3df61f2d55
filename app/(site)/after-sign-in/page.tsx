import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { homeFor } from "@/lib/auth/roles";

/** Sends a freshly signed-in user to their role's home. */
export default async function AfterSignIn() {
  const user = await getSessionUser();
  redirect(user ? homeFor(user.role) : "/signin");
}
