// Every message of the product, per language and namespace (one JSON file each, so parallel work on different areas
// rarely touches the same file). English is the reference: its shape types every key (global.d.ts), and
// messages.test.ts fails on a key present in one language and missing in the other.
import type { TLocale } from "@/lib/i18n/locales";
import enAccount from "./en/account.json" with { type: "json" };
import enAdmin from "./en/admin.json" with { type: "json" };
import enAppErrors from "./en/appErrors.json" with { type: "json" };
import enAssessments from "./en/assessments.json" with { type: "json" };
import enAuth from "./en/auth.json" with { type: "json" };
import enCatalog from "./en/catalog.json" with { type: "json" };
import enCommon from "./en/common.json" with { type: "json" };
import enCraDeclaration from "./en/craDeclaration.json" with { type: "json" };
import enCraDraft from "./en/craDraft.json" with { type: "json" };
import enEmail from "./en/email.json" with { type: "json" };
import enErrors from "./en/errors.json" with { type: "json" };
import enIncidents from "./en/incidents.json" with { type: "json" };
import enNotifications from "./en/notifications.json" with { type: "json" };
import enProducts from "./en/products.json" with { type: "json" };
import enPstiStatement from "./en/pstiStatement.json" with { type: "json" };
import enPublicLabel from "./en/publicLabel.json" with { type: "json" };
import enQuestionnaire from "./en/questionnaire.json" with { type: "json" };
import enReport from "./en/report.json" with { type: "json" };
import enReview from "./en/review.json" with { type: "json" };
import enReviewQueue from "./en/reviewQueue.json" with { type: "json" };
import enSchemeResults from "./en/schemeResults.json" with { type: "json" };
import enSite from "./en/site.json" with { type: "json" };
import enStatus from "./en/status.json" with { type: "json" };
import enValidation from "./en/validation.json" with { type: "json" };
import enVersions from "./en/versions.json" with { type: "json" };
import enVulns from "./en/vulns.json" with { type: "json" };
import zhAccount from "./zh-CN/account.json" with { type: "json" };
import zhAdmin from "./zh-CN/admin.json" with { type: "json" };
import zhAppErrors from "./zh-CN/appErrors.json" with { type: "json" };
import zhAssessments from "./zh-CN/assessments.json" with { type: "json" };
import zhAuth from "./zh-CN/auth.json" with { type: "json" };
import zhCatalog from "./zh-CN/catalog.json" with { type: "json" };
import zhCommon from "./zh-CN/common.json" with { type: "json" };
import zhCraDeclaration from "./zh-CN/craDeclaration.json" with { type: "json" };
import zhCraDraft from "./zh-CN/craDraft.json" with { type: "json" };
import zhEmail from "./zh-CN/email.json" with { type: "json" };
import zhErrors from "./zh-CN/errors.json" with { type: "json" };
import zhIncidents from "./zh-CN/incidents.json" with { type: "json" };
import zhNotifications from "./zh-CN/notifications.json" with { type: "json" };
import zhProducts from "./zh-CN/products.json" with { type: "json" };
import zhPstiStatement from "./zh-CN/pstiStatement.json" with { type: "json" };
import zhPublicLabel from "./zh-CN/publicLabel.json" with { type: "json" };
import zhQuestionnaire from "./zh-CN/questionnaire.json" with { type: "json" };
import zhReport from "./zh-CN/report.json" with { type: "json" };
import zhReview from "./zh-CN/review.json" with { type: "json" };
import zhReviewQueue from "./zh-CN/reviewQueue.json" with { type: "json" };
import zhSchemeResults from "./zh-CN/schemeResults.json" with { type: "json" };
import zhSite from "./zh-CN/site.json" with { type: "json" };
import zhStatus from "./zh-CN/status.json" with { type: "json" };
import zhValidation from "./zh-CN/validation.json" with { type: "json" };
import zhVersions from "./zh-CN/versions.json" with { type: "json" };
import zhVulns from "./zh-CN/vulns.json" with { type: "json" };

const en = {
  account: enAccount,
  admin: enAdmin,
  appErrors: enAppErrors,
  assessments: enAssessments,
  auth: enAuth,
  catalog: enCatalog,
  common: enCommon,
  craDeclaration: enCraDeclaration,
  craDraft: enCraDraft,
  email: enEmail,
  errors: enErrors,
  incidents: enIncidents,
  notifications: enNotifications,
  products: enProducts,
  pstiStatement: enPstiStatement,
  publicLabel: enPublicLabel,
  questionnaire: enQuestionnaire,
  report: enReport,
  review: enReview,
  reviewQueue: enReviewQueue,
  schemeResults: enSchemeResults,
  site: enSite,
  status: enStatus,
  validation: enValidation,
  versions: enVersions,
  vulns: enVulns,
};
export type TMessages = typeof en;

export const MESSAGES: Readonly<Record<TLocale, TMessages>> = {
  en,
  "zh-CN": {
    account: zhAccount,
    admin: zhAdmin,
    appErrors: zhAppErrors,
    assessments: zhAssessments,
    auth: zhAuth,
    catalog: zhCatalog,
    common: zhCommon,
    craDeclaration: zhCraDeclaration,
    craDraft: zhCraDraft,
    email: zhEmail,
    errors: zhErrors,
    incidents: zhIncidents,
    notifications: zhNotifications,
    products: zhProducts,
    pstiStatement: zhPstiStatement,
    publicLabel: zhPublicLabel,
    questionnaire: zhQuestionnaire,
    report: zhReport,
    review: zhReview,
    reviewQueue: zhReviewQueue,
    schemeResults: zhSchemeResults,
    site: zhSite,
    status: zhStatus,
    validation: zhValidation,
    versions: zhVersions,
    vulns: zhVulns,
  },
};
