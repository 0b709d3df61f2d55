import Link from "next/link";
import { getSessionUser } from "@/lib/auth/session";
import { homeFor } from "@/lib/auth/roles";

const SCHEMES = [
  {
    title: "EU Radio Equipment Directive",
    body: "Article 3(3)(d), (e) and (f) through EN 18031-1, -2 and -3, mandatory since 1 August 2025. See per article whether self-assessment (Module A) is allowed or a notified body is needed.",
  },
  {
    title: "US Cyber Trust Mark",
    body: "The FCC's voluntary label built on NIST IR 8425: product and developer outcomes, plus the registry facts behind the label's QR code.",
  },
  {
    title: "China cybersecurity label",
    body: "One to three stars, with the personal-information checks regulators pursue: published rules, consent, minimal collection and deletion.",
  },
];

export default async function Home() {
  const user = await getSessionUser();
  return (
    <div className="stack">
      <section className="hero">
        <h1>Prove your connected product is secure, once, for three markets.</h1>
        <p>
          Cyberlabel turns one questionnaire into EU, US and China results with every gap to fix. Accredited
          labs review the evidence criterion by criterion and issue a signed label whose QR code opens a
          public page consumers can read on a phone.
        </p>
        <div className="row">
          {user ? (
            <Link className="btn" href={homeFor(user.role)}>
              Go to your workspace
            </Link>
          ) : (
            <>
              <Link className="btn" href="/signup">
                Create a manufacturer account
              </Link>
              <Link className="btn btn-secondary" href="/signin">
                Sign in
              </Link>
            </>
          )}
        </div>
      </section>
      <section aria-labelledby="schemes" className="stack">
        <h2 id="schemes">One question bank, three schemes</h2>
        <div className="grid scheme-cards">
          {SCHEMES.map((s) => (
            <div key={s.title} className="card">
              <h3>{s.title}</h3>
              <p>{s.body}</p>
            </div>
          ))}
        </div>
      </section>
      <section aria-labelledby="how" className="stack">
        <h2 id="how">How it works</h2>
        <ol>
          <li>Manufacturers describe a product and answer the questionnaire; results update as they type.</li>
          <li>They attach evidence and submit to a lab of their choice.</li>
          <li>Lab reviewers accept or reject each criterion, request changes, and approve.</li>
          <li>Approval freezes a signed snapshot: a PDF report, label artwork and a public results page.</li>
        </ol>
        <p>
          Browse the <Link href="/catalog">criteria catalog</Link> to see every requirement and how the
          schemes map to each other.
        </p>
      </section>
    </div>
  );
}
