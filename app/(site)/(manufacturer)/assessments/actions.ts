"use server";

import { revalidatePath } from "next/cache";
import {
  linkEvidenceAction,
  saveAnswerAction,
  startAssessmentAction,
  submitAssessmentAction,
  unlinkEvidenceAction,
  upgradeAssessmentCatalogAction,
} from "@/lib/actions/assessments";
import { invoke } from "@/lib/auth/invoke";

export async function startAssessment(raw: unknown) {
  return invoke(startAssessmentAction, raw);
}

export async function saveAnswer(raw: unknown) {
  return invoke(saveAnswerAction, raw);
}

export async function submitAssessment(raw: unknown) {
  const result = await invoke(submitAssessmentAction, raw);
  if (result.ok && result.data.submitted) revalidatePath("/dashboard");
  return result;
}

export async function linkEvidence(raw: unknown) {
  return invoke(linkEvidenceAction, raw);
}

export async function unlinkEvidence(raw: unknown) {
  return invoke(unlinkEvidenceAction, raw);
}

export async function upgradeAssessmentCatalog(raw: unknown) {
  const result = await invoke(upgradeAssessmentCatalogAction, raw);
  if (result.ok) revalidatePath("/assessments");
  return result;
}
