import type { TAnswerValue, TAnswers, TCatalog } from "@/lib/schemes/types";
import { CAMERA_PROFILE, goodAnswers } from "../fixtures";

/**
 * Device stories: realistic products the audit (issue 10) ran through assess(), each the good camera baseline
 * with a few facts and answers changed. They are recorded for catalog 1.0.0 and replayed on every later version.
 */

const NA = (justification = "Not present on this product.") =>
  ({ status: "not_applicable", justification }) as const;
const NO = { status: "no" } as const;
const PARTIAL = { status: "partial" } as const;

type TStory = {
  id: string;
  summary: string;
  profile?: Record<string, TAnswerValue>;
  answers?: Record<string, TAnswerValue | undefined>;
};

const TOY = { ...CAMERA_PROFILE, "p.category": "toy", "p.toy": true, "p.external_content": true };
const NON_UPDATABLE = { ...CAMERA_PROFILE, "p.updatable": false };

export const STORIES: readonly TStory[] = [
  { id: "camera", summary: "Well-built consumer camera, every control satisfied" },
  {
    id: "camera-default-password",
    summary: "Camera with a universal default password",
    answers: { "c.pw.factory_unique_or_forced": NO },
  },
  {
    id: "camera-skippable-password",
    summary: "Camera whose user may skip setting a password",
    answers: { "c.pw.no_skip": NO },
  },
  {
    id: "camera-na-skip",
    summary: "Camera claiming N/A on the no-skip password control",
    answers: { "c.pw.no_skip": NA() },
  },
  {
    id: "camera-na-first-use",
    summary: "Camera claiming N/A on first-use password setting",
    answers: { "c.pw.user_set_first_use": NA(), "c.pw.factory_unique_or_forced": NA() },
  },
  {
    id: "camera-na-pentest",
    summary: "Camera claiming N/A on the third-party penetration test and test report",
    answers: { "c.test.pentest": NA(), "c.test.report": NA() },
  },
  {
    id: "camera-na-replay",
    summary: "Camera with a justified N/A on replay protection",
    answers: { "c.com.replay": NA("Idempotent reads only.") },
  },
  {
    id: "camera-na-gec1",
    summary: "Camera claiming N/A on known-vulnerability freedom (GEC-1)",
    answers: { "c.vuln.none_known": NA() },
  },
  {
    id: "camera-na-update-verification",
    summary: "Payment camera claiming N/A on update verification",
    profile: { ...CAMERA_PROFILE, "p.payment": true },
    answers: { "c.upd.verified": NA() },
  },
  {
    id: "camera-na-2fa",
    summary: "Camera with N/A on two-factor among yes answers",
    answers: { "c.auth.two_factor": NA("Single-user device without remote admin.") },
  },
  {
    id: "camera-pre-2025",
    summary: "Camera placed on the market before 1 August 2025",
    profile: { ...CAMERA_PROFILE, "p.market_date": "2025-03-01" },
  },
  {
    id: "camera-cra",
    summary: "Camera placed on the market from 11 December 2027",
    profile: { ...CAMERA_PROFILE, "p.market_date": "2027-12-11" },
  },
  {
    id: "payment-camera",
    summary: "Payment-capable camera (EN 18031-3, R3)",
    profile: { ...CAMERA_PROFILE, "p.payment": true },
  },
  { id: "toy", summary: "Connected toy with effective parental control", profile: TOY },
  {
    id: "toy-partial-guardian",
    summary: "Toy whose parental control is only partly effective",
    profile: TOY,
    answers: { "c.child.guardian_control_effective": PARTIAL },
  },
  {
    id: "toy-na-guardian",
    summary: "Toy claiming N/A on the guardian-control controls",
    profile: TOY,
    answers: {
      "c.child.guardian_control_effective": NA(),
      "c.child.guardian_limits_child": NA(),
      "c.child.guardian_limits_third": NA(),
    },
  },
  {
    id: "toy-offline",
    summary: "Offline toy without network interface",
    profile: {
      ...TOY,
      "p.internet": false,
      "p.network_interface": false,
      "p.cloud": false,
      "p.external_content": false,
    },
  },
  { id: "medical", summary: "Medical device", profile: { ...CAMERA_PROFILE, "p.medical": true } },
  {
    id: "enterprise",
    summary: "Enterprise (non-consumer) camera",
    profile: { ...CAMERA_PROFILE, "p.consumer": false },
  },
  {
    id: "lock",
    summary: "Smart lock (outside the China catalogue)",
    profile: { ...CAMERA_PROFILE, "p.category": "lock" },
  },
  {
    id: "non-updatable",
    summary: "Camera that cannot be updated",
    profile: NON_UPDATABLE,
    answers: { "c.upd.all_parts": NO, "c.upd.verified": NO },
  },
  {
    id: "manual-updates",
    summary: "Camera with manual updates and no manual-update text",
    answers: { "c.reg.update_mode": "manual", "c.reg.manual_update_info": undefined },
  },
  {
    id: "no-password",
    summary: "Camera without any password authentication",
    profile: {
      ...CAMERA_PROFILE,
      "p.password_auth": false,
      "p.factory_password": false,
      "p.user_password": false,
    },
  },
  {
    id: "no-personal-data",
    summary: "Camera without personal data",
    profile: { ...CAMERA_PROFILE, "p.personal_data": false },
  },
  { id: "weak-sdl", summary: "Camera without a secure development lifecycle", answers: { "c.dev.sdl": NO } },
  { id: "empty", summary: "Empty draft", profile: {}, answers: {} },
];

/** The answer set of a story on a catalog (controls the catalog does not have are ignored). */
export function storyAnswers(catalog: TCatalog, story: TStory): TAnswers {
  if (story.id === "empty") return {};
  const a = goodAnswers(catalog, story.profile ?? CAMERA_PROFILE);
  const known = new Set(catalog.questions.map((q) => q.id));
  for (const [k, v] of Object.entries(story.answers ?? {})) {
    if (!known.has(k)) continue;
    if (v === undefined) delete a[k];
    else a[k] = v;
  }
  return a;
}
