// The words of each notification, in the app and in the mail, in the recipient's language (User.locale; English
// when unset), from messages/<locale>/email.json. Pure: no I/O, so every text is tested as is.
import { translator } from "@/lib/i18n/translate";
import type { TLocale } from "@/lib/i18n/locales";
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
/** One line: user-entered names never break a subject header or the layout. */
const oneLine = (s: string) => s.replace(/[\r\n\t]+/g, " ").trim();

/** The recipient's words (messages/<locale>/email.json), through next-intl's translator. */
const words = (locale: TLocale) => translator(locale, "email");

export function composeMessage(data: TEventData, ctx: TMessageContext, locale: TLocale = "en"): TMessage {
  const t = words(locale);
  const product = oneLine(ctx.product.modelName);
  const fw = oneLine(ctx.product.firmwareVersion);
  const lab = oneLine(ctx.lab);
  const maker = oneLine(ctx.manufacturer);
  switch (data.event) {
    case "ASSESSMENT_SUBMITTED": {
      const k = data.resubmitted ? "resubmitted" : "submitted";
      return { title: t(`${k}.title`, { product }), body: t(`${k}.body`, { maker, product, fw, lab }) };
    }
    case "CHANGES_REQUESTED":
      return {
        title: t("changesRequested.title", { product }),
        body: t("changesRequested.body", { lab, product, questions: data.questions }),
      };
    case "LABEL_ISSUED":
      return {
        title: t("labelIssued.title", { product }),
        body: t("labelIssued.body", { lab, product, fw, code: data.publicCode, until: day(data.validUntil) }),
      };
    case "ASSESSMENT_REJECTED":
      return { title: t("rejected.title", { product }), body: t("rejected.body", { lab, product }) };
    case "LABEL_REVOKED":
      return {
        title: t("revoked.title", { code: data.publicCode, product }),
        body: t("revoked.body", {
          lab,
          code: data.publicCode,
          product,
          on: day(data.on),
          reason: oneLine(data.reason),
        }),
      };
    case "LABEL_EXPIRING": {
      const days = Math.max(0, Math.ceil((data.validUntil.getTime() - data.now.getTime()) / 86_400_000));
      const until = day(data.validUntil);
      return {
        title: t("expiring.title", { code: data.publicCode, product, until }),
        body: t("expiring.body", { code: data.publicCode, product, until, days }),
      };
    }
  }
}

/** The plain-text mail: greeting, what happened, the link to the app page, and why the recipient gets it. */
export function mailText(
  opts: { name: string; body: string; url: string; organization: string },
  locale: TLocale = "en",
): string {
  const t = words(locale);
  return [
    t("mail.greeting", { name: oneLine(opts.name) }),
    "",
    opts.body,
    "",
    t("mail.open", { url: opts.url }),
    "",
    "--",
    t("mail.why", { organization: oneLine(opts.organization) }),
    "",
  ].join("\n");
}
