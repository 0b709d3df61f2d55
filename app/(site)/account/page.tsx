import { TextField } from "@/components/ui/field";
import { requirePageUser } from "@/lib/auth/session";
import { ANY_ROLE } from "@/lib/auth/roles";
import { listOpenSessions } from "@/lib/auth/sessions";
import { prisma } from "@/lib/db/client";
import { changePassword, endOtherSessions } from "./actions";

export const metadata = { title: "Your account" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const count = (v: string | undefined) => (v && /^\d{1,6}$/.test(v) ? Number(v) : null);

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser(ANY_ROLE, "/account");
  const params = await searchParams;
  const changed = count(one(params.changed));
  const ended = count(one(params.ended));
  // Shown as text only (React escapes it); capped so a crafted link cannot fill the page.
  const error = one(params.error)?.slice(0, 200);
  const sessions = await listOpenSessions(prisma(), user.id);
  return (
    <div className="narrow stack">
      <h1>Your account</h1>
      <p className="muted" style={{ margin: 0 }}>
        {user.name} · {user.email} · {user.organizationName}
      </p>
      {error ? (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
      {changed !== null ? (
        <div className="alert alert-ok" role="status">
          Your password is changed.{" "}
          {changed === 0
            ? "No other session was open."
            : `${changed} other session${changed === 1 ? " was" : "s were"} signed out.`}
        </div>
      ) : null}
      {ended !== null ? (
        <div className="alert alert-ok" role="status">
          {ended === 0
            ? "No other session was open."
            : `Signed out ${ended} other session${ended === 1 ? "" : "s"}.`}
        </div>
      ) : null}
      <section className="card stack" aria-labelledby="pw">
        <h2 id="pw" style={{ margin: 0 }}>
          Change your password
        </h2>
        <p className="muted" style={{ margin: 0 }}>
          Every other browser signed in to your account is signed out; this one stays signed in.
        </p>
        <form action={changePassword} className="stack" aria-label="Change your password">
          <TextField
            label="Current password"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            maxLength={128}
          />
          <TextField
            label="New password"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            hint="At least 12 characters."
            required
            minLength={12}
            maxLength={128}
          />
          <button className="btn" type="submit">
            Change password
          </button>
        </form>
      </section>
      <section className="card stack" aria-labelledby="sessions">
        <h2 id="sessions" style={{ margin: 0 }}>
          Signed-in browsers
        </h2>
        <ul>
          {sessions.map((s) => (
            <li key={s.id}>
              Since {s.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
              {s.id === user.sessionId ? " (this browser)" : ""}
              {s.userAgent ? <span className="muted"> · {s.userAgent.slice(0, 80)}</span> : null}
            </li>
          ))}
        </ul>
        <form action={endOtherSessions}>
          <button className="btn btn-secondary" type="submit">
            Sign out everywhere else
          </button>
        </form>
      </section>
    </div>
  );
}
