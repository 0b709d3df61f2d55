// The words of each notification, in the app and in the mail. Pure: no I/O, so every text is tested as is.
//
// Security intent: a mail says what happened and links to the app page concerned, nothing more. No passwords,
// tokens or sign-in links, no review comments or rejection reasons (they stay behind the sign-in); the only
// reason quoted is a revocation's, which is published on the label's public page anyway.

export type TNotificationEvent =
  | "ASSESSMENT_SUBMITTED"
  | "CHANGES_REQUESTED"
  | "LABEL_ISSUED"
  | "ASSESSMENT_REJECTED"
  | "LABEL_REVOKED"
  | "LABEL_EXPIRING";

export type TEventData =
  | { event: "ASSESSMENT_SUBMITTED"; resubmitted: boolean }
  | { event: "CHANGES_REQUESTED"; questions: number }
  | { event: "LABEL_ISSUED"; publicCode: string; validUntil: Date }
  | { event: "ASSESSMENT_REJECTED" }
  | { event: "LABEL_REVOKED"; publicCode: string; on: Date; reason: string }
  | { event: "LABEL_EXPIRING"; publicCode: string; validUntil: Date; now: Date };

export type TMessageContext = {
  product: { modelName: string; firmwareVersion: string };
  manufacturer: string;
  lab: string;
};

export type TMessage = { title: string; body: string };

const day = (d: Date) => d.toISOString().slice(0, 10);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** One line: user-entered names never break a subject header or the layout. */
const oneLine = (s: string) => s.replace(/[\r\n\t]+/g, " ").trim();

export function composeMessage(data: TEventData, ctx: TMessageContext): TMessage {
  const product = oneLine(ctx.product.modelName);
  const fw = oneLine(ctx.product.firmwareVersion);
  const lab = oneLine(ctx.lab);
  const maker = oneLine(ctx.manufacturer);
  switch (data.event) {
    case "ASSESSMENT_SUBMITTED":
      return data.resubmitted
        ? {
            title: `${product} resubmitted for review`,
            body: `${maker} changed the answers the lab commented on and resubmitted ${product} (firmware ${fw}). It is back in ${lab}'s queue.`,
          }
        : {
            title: `${product} submitted for review`,
            body: `${maker} submitted ${product} (firmware ${fw}) to ${lab} for review. It is waiting in the lab's queue.`,
          };
    case "CHANGES_REQUESTED":
      return {
        title: `Changes requested on ${product}`,
        body: `${lab} asked for changes on ${plural(data.questions, "question", "questions")} of the assessment of ${product}. Change the answers concerned and resubmit.`,
      };
    case "LABEL_ISSUED":
      return {
        title: `Label issued for ${product}`,
        body: `${lab} approved the assessment of ${product} (firmware ${fw}) and issued label ${data.publicCode}, valid until ${day(data.validUntil)}. Its page has the report, the artwork and the QR code to print.`,
      };
    case "ASSESSMENT_REJECTED":
      return {
        title: `Assessment of ${product} rejected`,
        body: `${lab} rejected the assessment of ${product}. The lab's reason is on the assessment page.`,
      };
    case "LABEL_REVOKED":
      return {
        title: `Label ${data.publicCode} of ${product} revoked`,
        body: `${lab} revoked label ${data.publicCode} of ${product} on ${day(data.on)}. Reason: ${oneLine(data.reason)} Its public page and QR code now say it is revoked: stop using it on packaging.`,
      };
    case "LABEL_EXPIRING": {
      const days = Math.max(0, Math.ceil((data.validUntil.getTime() - data.now.getTime()) / 86_400_000));
      return {
        title: `Label ${data.publicCode} of ${product} expires on ${day(data.validUntil)}`,
        body: `Label ${data.publicCode} of ${product} expires on ${day(data.validUntil)}, in ${plural(days, "day", "days")}. Start a new assessment in time to keep a valid label on the product.`,
      };
    }
  }
}

/** The plain-text mail: greeting, what happened, the link to the app page, and why the recipient gets it. */
export function mailText(opts: { name: string; body: string; url: string; organization: string }): string {
  return [
    `Hello ${oneLine(opts.name)},`,
    "",
    opts.body,
    "",
    `Open it in Cyberlabel: ${opts.url}`,
    "",
    "--",
    `You receive this because you are a member of ${oneLine(opts.organization)} on Cyberlabel. Your notifications are also listed in the app.`,
    "",
  ].join("\n");
}
