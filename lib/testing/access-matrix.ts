// The authorization matrix (issue 11, Tests): every page, route handler and server action of the app with who may
// use it, for six identities. lib/auth/access-matrix.db.test.ts finds the pages, route handlers and 'use server'
// exports on disk and fails when one is missing here (or listed here but gone), checks the roles below against the
// code, and runs every route handler for every identity against the database.
import type { Role } from "@/lib/generated/prisma/enums";

export const IDENTITIES = [
  "anonymous",
  "makerA",
  "makerB",
  "reviewerLab",
  "reviewerOtherLab",
  "admin",
] as const;
export type TIdentity = (typeof IDENTITIES)[number];

const M: Role[] = ["MANUFACTURER_MEMBER"];
const R: Role[] = ["LAB_REVIEWER"];
const A: Role[] = ["ADMIN"];
const MR: Role[] = [...M, ...R];
const RA: Role[] = [...R, ...A];
const ANY: Role[] = [...M, ...R, ...A];

/** Anyone, signed in or not (public pages, the sign-in and sign-up forms, the public API and label files). */
export const PUBLIC = "public" as const;
export type TAccess = typeof PUBLIC | Role[];

/** Pages by route pattern (route groups removed). Roles are what the page's requirePageUser allows. */
export const PAGES: Record<string, TAccess> = {
  "/": PUBLIC,
  "/signin": PUBLIC,
  "/signup": PUBLIC,
  "/catalog": PUBLIC,
  "/forbidden": PUBLIC,
  "/after-sign-in": PUBLIC, // sends each role home, anonymous visitors to sign in
  "/[...missing]": PUBLIC, // the not-found page
  "/r/[code]/[lang]": PUBLIC,
  "/r/[code]/[lang]/verified": PUBLIC,
  "/account": ANY,
  "/notifications": ANY,
  "/dashboard": M,
  "/products": M,
  "/products/new": M,
  "/products/[id]": M,
  "/products/[id]/edit": M,
  "/products/[id]/assess": M,
  "/products/[id]/new-version": M,
  "/assessments/[id]": M,
  "/assessments/[id]/audit": M,
  "/assessments/[id]/upgrade": M,
  "/review": R,
  "/review/dashboard": R,
  "/review/security": R,
  "/review/[id]": R,
  "/review/[id]/audit": R,
  "/review/assignments": RA,
  "/versions/[id]/security": MR,
  "/admin": A,
  "/admin/outbox": A,
};

/**
 * What a route handler answers each identity. A number is the exact status; `allowed` is any answer but a refusal
 * (401/403) or a 5xx: the caller got past authorization and ownership, e.g. a 400 for the empty body the matrix
 * sends; `denied` is any 4xx but never 2xx (another organisation's record with an empty body may be refused as
 * invalid before it is looked up).
 */
export type TExpect = number | "allowed" | "denied";

/**
 * The record a parameter names: one of the fixtures the database test makes (maker A's product, its version and
 * its assessment submitted to the reviewer's lab with evidence), or `unknown`, an id that exists nowhere.
 */
export type TFixture = "productA" | "versionA" | "assessmentA" | "evidenceA" | "unknown";

export type TRouteEntry =
  | { access: typeof PUBLIC }
  | {
      access: Role[];
      params: Record<string, TFixture | `=${string}`>;
      expect: Record<Exclude<TIdentity, "anonymous">, TExpect>;
    };

const refusedBut = (allowed: Partial<Record<Exclude<TIdentity, "anonymous">, TExpect>>) => ({
  makerA: 403,
  makerB: 403,
  reviewerLab: 403,
  reviewerOtherLab: 403,
  admin: 403,
  ...allowed,
});

/** Route handlers by "METHOD pattern". Anonymous callers of every protected one get 401. */
export const ROUTES: Record<string, TRouteEntry> = {
  "GET /.well-known/cyberlabel-label-keys.json": { access: PUBLIC },
  "GET /api/auth/[...nextauth]": { access: PUBLIC },
  "POST /api/auth/[...nextauth]": { access: PUBLIC },
  "GET /api/health": { access: PUBLIC },
  "GET /api/public/labels": { access: PUBLIC },
  "GET /api/public/labels/[code]": { access: PUBLIC },
  "GET /api/public/log/entries": { access: PUBLIC },
  "GET /api/public/log/proof/consistency": { access: PUBLIC },
  "GET /api/public/log/proof/inclusion": { access: PUBLIC },
  "GET /api/public/log/tree-head": { access: PUBLIC },
  "GET /api/public/openapi.json": { access: PUBLIC },
  "GET /catalog/download": { access: PUBLIC },
  "GET /fonts/[file]": { access: PUBLIC },
  "GET /r/[code]": { access: PUBLIC },
  "GET /r/[code]/artwork/[file]": { access: PUBLIC },
  "GET /r/[code]/qr.png": { access: PUBLIC },
  "GET /r/[code]/qr.svg": { access: PUBLIC },
  "GET /r/[code]/report.pdf": { access: PUBLIC },
  "GET /r/[code]/documents/[doc]": { access: PUBLIC },
  "GET /r/[code]/snapshot.json": { access: PUBLIC },
  "POST /r/[code]/verify": { access: PUBLIC },
  "GET /api/me": {
    access: ANY,
    params: {},
    expect: { makerA: 200, makerB: 200, reviewerLab: 200, reviewerOtherLab: 200, admin: 200 },
  },
  "GET /api/products/[id]": {
    access: M,
    params: { id: "productA" },
    expect: refusedBut({ makerA: 200, makerB: 404 }),
  },
  "GET /api/products/[id]/image": {
    access: M,
    params: { id: "productA" },
    expect: refusedBut({ makerA: "allowed", makerB: 404 }),
  },
  "POST /api/products/[id]/image": {
    access: M,
    params: { id: "productA" },
    expect: refusedBut({ makerA: "allowed", makerB: "denied" }),
  },
  "POST /api/assessments/[id]/evidence": {
    access: M,
    params: { id: "assessmentA" },
    expect: refusedBut({ makerA: "allowed", makerB: "denied" }),
  },
  "GET /api/evidence/[id]": {
    access: MR,
    params: { id: "evidenceA" },
    expect: refusedBut({ makerA: 200, makerB: 404, reviewerLab: 200, reviewerOtherLab: 404 }),
  },
  "POST /api/product-versions/[id]/sbom": {
    access: M,
    params: { id: "versionA" },
    expect: refusedBut({ makerA: "allowed", makerB: "denied" }),
  },
  "POST /api/product-versions/[id]/vulnerabilities": {
    access: MR,
    params: { id: "versionA" },
    expect: refusedBut({
      makerA: "allowed",
      makerB: "denied",
      reviewerLab: "denied",
      reviewerOtherLab: "denied",
    }),
  },
  "GET /api/sboms/[id]": {
    access: MR,
    params: { id: "unknown" },
    expect: refusedBut({ makerA: 404, makerB: 404, reviewerLab: 404, reviewerOtherLab: 404 }),
  },
  "GET /api/vulnerabilities/[id]/cra/[stage]": {
    access: M,
    params: { id: "unknown", stage: "=early-warning" },
    expect: refusedBut({ makerA: 404, makerB: 404 }),
  },
  "GET /api/incidents/[id]/cra/[stage]": {
    access: M,
    params: { id: "unknown", stage: "=early-warning" },
    expect: refusedBut({ makerA: 404, makerB: 404 }),
  },
  // Someone else's notification, or one that does not exist, leads back to the list (303), never to its page.
  "GET /notifications/[id]": {
    access: ANY,
    params: { id: "unknown" },
    expect: { makerA: 303, makerB: 303, reviewerLab: 303, reviewerOtherLab: 303, admin: 303 },
  },
};

/**
 * Server actions by "file:export" ('use server' files under app/). Each guarded one runs the lib/actions use case it
 * invokes with the session's user; PUBLIC ones need no session (sign-up, the language switch).
 */
export const ACTIONS: Record<string, TAccess> = {
  "(site)/(auth)/signup/actions.ts:signUpAction": PUBLIC,
  "(site)/language/actions.ts:switchLanguage": PUBLIC,
  "(site)/account/actions.ts:changePassword": ANY,
  "(site)/account/actions.ts:endOtherSessions": ANY,
  "(site)/notifications/actions.ts:markAllRead": ANY,
  "(site)/(manufacturer)/assessments/actions.ts:startAssessment": M,
  "(site)/(manufacturer)/assessments/actions.ts:saveAnswer": M,
  "(site)/(manufacturer)/assessments/actions.ts:submitAssessment": M,
  "(site)/(manufacturer)/assessments/actions.ts:linkEvidence": M,
  "(site)/(manufacturer)/assessments/actions.ts:unlinkEvidence": M,
  "(site)/(manufacturer)/assessments/actions.ts:upgradeAssessmentCatalog": M,
  "(site)/(manufacturer)/assessments/actions.ts:confirmCarried": M,
  "(site)/(manufacturer)/products/actions.ts:createProduct": M,
  "(site)/(manufacturer)/products/actions.ts:updateProduct": M,
  "(site)/(manufacturer)/products/actions.ts:archiveProduct": M,
  "(site)/(manufacturer)/products/actions.ts:reassessProduct": M,
  "(site)/(manufacturer)/products/actions.ts:addProductModel": M,
  "(site)/(manufacturer)/products/actions.ts:archiveProductModel": M,
  "(site)/(reviewer)/review/actions.ts:claim": R,
  "(site)/(reviewer)/review/actions.ts:reassign": RA,
  "(site)/(reviewer)/review/actions.ts:decide": R,
  "(site)/(reviewer)/review/actions.ts:acceptRemaining": R,
  "(site)/(reviewer)/review/actions.ts:requestChanges": R,
  "(site)/(reviewer)/review/actions.ts:approve": R,
  "(site)/(reviewer)/review/actions.ts:reject": R,
  "(site)/(reviewer)/review/actions.ts:revoke": R,
  "(site)/security/actions.ts:addVulnerabilityForm": MR,
  "(site)/security/actions.ts:updateVulnerabilityForm": MR,
  "(site)/security/actions.ts:clearNoticeForm": R,
  "(site)/security/actions.ts:suspendLabelForm": R,
  "(site)/security/actions.ts:reinstateLabelForm": R,
  "(site)/security/actions.ts:craFiledForm": M,
  "(site)/security/actions.ts:recordIncidentForm": M,
  "(site)/security/actions.ts:incidentFiledForm": M,
  "(site)/(admin)/admin/actions.ts:createLab": A,
  "(site)/(admin)/admin/actions.ts:createLabUser": A,
  "(site)/(admin)/admin/actions.ts:setLabAccreditation": A,
  "(site)/(admin)/admin/outbox/actions.ts:retryMail": A,
  "(site)/(admin)/admin/reviewer-actions.ts:setReviewerDisabled": A,
  "(site)/(admin)/admin/reviewer-actions.ts:endUserSessions": A,
};
