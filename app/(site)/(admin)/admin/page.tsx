import { CreateLabForm } from "@/components/admin/create-lab-form";
import { CreateLabUserForm } from "@/components/admin/create-lab-user-form";
import { requirePageUser } from "@/lib/auth/session";
import { ADMIN } from "@/lib/auth/roles";
import { listLabs, listLabUsers, listOrganizations } from "@/lib/db/accounts";
import { prisma } from "@/lib/db/client";

export const metadata = { title: "Administration" };

const KIND_LABEL = { MANUFACTURER: "Manufacturer", LAB: "Lab", OPERATOR: "Operator" } as const;

export default async function AdminPage() {
  await requirePageUser(ADMIN, "/admin");
  const db = prisma();
  const [orgs, labs, reviewers] = await Promise.all([listOrganizations(db), listLabs(db), listLabUsers(db)]);
  return (
    <div className="stack">
      <h1>Administration</h1>
      <div className="grid">
        <section className="card" aria-labelledby="new-lab">
          <h2 id="new-lab">New lab</h2>
          <CreateLabForm />
        </section>
        <section className="card" aria-labelledby="new-reviewer">
          <h2 id="new-reviewer">New lab reviewer</h2>
          <CreateLabUserForm labs={labs} />
        </section>
      </div>
      <section aria-labelledby="reviewers">
        <h2 id="reviewers">Lab reviewers</h2>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Lab</th>
              </tr>
            </thead>
            <tbody>
              {reviewers.map((r) => (
                <tr key={r.user.id}>
                  <td>{r.user.name}</td>
                  <td>{r.user.email}</td>
                  <td>{r.organization.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="orgs">
        <h2 id="orgs">Organisations</h2>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Country</th>
                <th scope="col">Members</th>
                <th scope="col">Products</th>
                <th scope="col">Since</th>
              </tr>
            </thead>
            <tbody>
              {orgs.map((o) => (
                <tr key={o.id}>
                  <td>{o.name}</td>
                  <td>{KIND_LABEL[o.kind]}</td>
                  <td>{o.country ?? "—"}</td>
                  <td>{o._count.memberships}</td>
                  <td>{o._count.products}</td>
                  <td>{o.createdAt.toISOString().slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
