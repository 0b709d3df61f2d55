import { getFormatter, getTranslations } from "next-intl/server";
import { TextField } from "@/components/ui/field";
import { requirePageUser } from "@/lib/auth/session";
import { ANY_ROLE } from "@/lib/auth/roles";
import { listOpenSessions } from "@/lib/auth/sessions";
import { prisma } from "@/lib/db/client";
import { changePassword, endOtherSessions } from "./actions";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

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
  // The action's message, already in the user's language (runGuarded). Shown as text only (React escapes it);
  // capped so a crafted link cannot fill the page.
  const error = one(params.error)?.slice(0, 200);
  const [sessions, t, format] = await Promise.all([
    listOpenSessions(prisma(), user.id),
    getTranslations("account"),
    getFormatter(),
  ]);
  return (
    <div className="narrow stack">
      <h1>{t("title")}</h1>
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
          {t("changed", { n: changed })}
        </div>
      ) : null}
      {ended !== null ? (
        <div className="alert alert-ok" role="status">
          {t("ended", { n: ended })}
        </div>
      ) : null}
      <section className="card stack" aria-labelledby="pw">
        <h2 id="pw" style={{ margin: 0 }}>
          {t("password.heading")}
        </h2>
        <p className="muted" style={{ margin: 0 }}>
          {t("password.intro")}
        </p>
        <form action={changePassword} className="stack" aria-label={t("password.heading")}>
          <TextField
            label={t("password.current")}
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            maxLength={128}
          />
          <TextField
            label={t("password.new")}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            hint={t("password.hint")}
            required
            minLength={12}
            maxLength={128}
          />
          <button className="btn" type="submit">
            {t("password.submit")}
          </button>
        </form>
      </section>
      <section className="card stack" aria-labelledby="sessions">
        <h2 id="sessions" style={{ margin: 0 }}>
          {t("sessions.heading")}
        </h2>
        <ul>
          {sessions.map((s) => (
            <li key={s.id}>
              <time dateTime={s.createdAt.toISOString()}>
                {t("sessions.since", { at: format.dateTime(s.createdAt, "dayTime") })}
              </time>
              {s.id === user.sessionId ? t("sessions.thisBrowser") : null}
              {s.userAgent ? <span className="muted"> · {s.userAgent.slice(0, 80)}</span> : null}
            </li>
          ))}
        </ul>
        <form action={endOtherSessions}>
          <button className="btn btn-secondary" type="submit">
            {t("sessions.signOutOthers")}
          </button>
        </form>
      </section>
    </div>
  );
}
