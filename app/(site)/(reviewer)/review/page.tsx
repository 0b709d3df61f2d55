import { requirePageUser } from "@/lib/auth/session";
import { REVIEWER } from "@/lib/auth/roles";

export const metadata = { title: "Review queue" };

export default async function ReviewHome() {
  const user = await requirePageUser(REVIEWER, "/review");
  return (
    <div className="stack">
      <h1>Review queue</h1>
      <p className="muted">{user.organizationName}</p>
    </div>
  );
}
