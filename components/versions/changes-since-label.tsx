import { labelPaths } from "@/lib/labels/public-urls";
import { answerText, type TVersionDiff } from "@/lib/versions/diff";
import { schemeName } from "@/lib/schemes/registry";

type Props = {
  diff: TVersionDiff & {
    publicCode: string;
    firmwareVersion: string;
    catalogChanged: boolean;
    carriedDecisions: number;
    standing: number;
  };
  firmwareVersion: string;
};

/** The lab's first look at a re-assessment: what changed since the earlier label, and which decisions stand. */
export function ChangesSinceLabel({ diff, firmwareVersion }: Props) {
  const nothing = diff.answers.length === 0 && diff.evidence.length === 0 && diff.results.length === 0;
  return (
    <section
      className="card stack"
      aria-labelledby="since-label-heading"
      data-testid="changes-since-label"
      style={{ gap: "0.5rem" }}
    >
      <h2 id="since-label-heading" style={{ margin: 0, fontSize: "1.1rem" }}>
        Changes since label <a href={labelPaths(diff.publicCode).page}>{diff.publicCode}</a> (firmware{" "}
        {diff.firmwareVersion} → {firmwareVersion})
      </h2>
      <p className="small" style={{ margin: 0 }} data-testid="standing-decisions">
        {diff.carriedDecisions === 0
          ? diff.catalogChanged
            ? "The catalog changed since that label: every criterion is decided afresh."
            : "No decisions were carried over."
          : `${diff.standing} of ${diff.carriedDecisions} carried decisions stand (their answers and evidence did not change); ${diff.carriedDecisions - diff.standing} ${diff.carriedDecisions - diff.standing === 1 ? "needs" : "need"} your decision again.`}
      </p>
      {nothing ? (
        <p className="small muted" style={{ margin: 0 }}>
          Nothing security-relevant changed: no answer, no evidence and no result.
        </p>
      ) : null}
      {diff.answers.length ? (
        <div>
          <h3 className="small" style={{ margin: "0 0 0.25rem" }}>
            Answers changed ({diff.answers.length})
          </h3>
          <ul className="small" style={{ margin: 0, paddingLeft: "1.2rem" }} data-testid="changed-answers">
            {diff.answers.map((a) => (
              <li key={a.questionId}>
                <strong>{a.label}</strong>: {answerText(a.before)} → {answerText(a.after)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {diff.evidence.length ? (
        <div>
          <h3 className="small" style={{ margin: "0 0 0.25rem" }}>
            Evidence changed ({diff.evidence.length})
          </h3>
          <ul className="small" style={{ margin: 0, paddingLeft: "1.2rem" }}>
            {diff.evidence.map((e) => (
              <li key={e.questionId}>
                <strong>{e.label}</strong>
                {e.added.length ? `: added ${e.added.join(", ")}` : ""}
                {e.removed.length ? `${e.added.length ? ";" : ":"} removed ${e.removed.join(", ")}` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {diff.results.length ? (
        <div>
          <h3 className="small" style={{ margin: "0 0 0.25rem" }}>
            Results changed
          </h3>
          <ul className="small" style={{ margin: 0, paddingLeft: "1.2rem" }}>
            {diff.results.map((r) => (
              <li key={r.scheme}>
                <strong>{schemeName(r.scheme, "en")}</strong>: {r.before} → {r.after}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
