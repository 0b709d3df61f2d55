import type { TCatalog } from "../types";
import { cnStars1 } from "./cn-stars";
import { cnStars2 } from "./cn-stars-2-3";
import { cnStars3 } from "./cn-stars-3";
import { eu180311 } from "./eu-18031-1";
import { eu180312 } from "./eu-18031-2";
import { eu180313 } from "./eu-18031-3";
import { cnMeta, euMeta, usMeta } from "./meta";
import { profileQuestions } from "./questions-profile";
import { accessControlQuestions } from "./questions-controls-access";
import { interfaceControlQuestions } from "./questions-controls-interfaces";
import { lifecycleControlQuestions } from "./questions-controls-lifecycle";
import { privacyControlQuestions } from "./questions-controls-privacy";
import { securityControlQuestions } from "./questions-controls-security";
import { usControlQuestions } from "./questions-controls-us";
import { usCtm } from "./us-ctm";
import { usFcc } from "./us-fcc";

/** Catalog version 1 as raw data; lib/schemes/index.ts validates it with zod before anyone reads it. */
export const catalogV1: TCatalog = {
  id: "cyberlabel-catalog",
  version: "1.0.0",
  publishedOn: "2026-09-30",
  title: "Cyberlabel criteria catalog v1",
  notes: [
    "One question bank for three schemes: profile questions decide applicability, control questions decide satisfaction.",
    "Criteria of different schemes that read the same control question are crosswalked by construction.",
    "A control answered 'not applicable' needs a justification; without one the criterion stays incomplete (UNANSWERED).",
  ],
  schemes: [euMeta, usMeta, cnMeta],
  questions: [
    ...profileQuestions,
    ...accessControlQuestions,
    ...securityControlQuestions,
    ...interfaceControlQuestions,
    ...privacyControlQuestions,
    ...lifecycleControlQuestions,
    ...usControlQuestions,
  ],
  criteria: [
    ...eu180311,
    ...eu180312,
    ...eu180313,
    ...usCtm,
    ...usFcc,
    ...cnStars1,
    ...cnStars2,
    ...cnStars3,
  ],
};
