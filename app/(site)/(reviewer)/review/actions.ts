"use server";

import { revalidatePath } from "next/cache";
import {
  acceptRemainingAction,
  approveAction,
  claimAction,
  decisionAction,
  reassignAction,
  rejectAction,
  requestChangesAction,
  revokeAction,
} from "@/lib/actions/review";
import { invoke } from "@/lib/auth/invoke";
import { invalidatePublicLabel } from "@/lib/labels/invalidate";

const idOf = (raw: unknown): string | undefined => {
  const v = (raw as { assessmentId?: unknown } | null)?.assessmentId;
  return typeof v === "string" ? v : undefined;
};

function refresh(raw: unknown) {
  revalidatePath("/review");
  const id = idOf(raw);
  if (id) revalidatePath(`/review/${id}`);
}

export async function claim(raw: unknown) {
  const result = await invoke(claimAction, raw);
  if (result.ok) refresh(raw);
  return result;
}

export async function reassign(raw: unknown) {
  const result = await invoke(reassignAction, raw);
  if (result.ok) {
    refresh(raw);
    revalidatePath("/review/assignments");
  }
  return result;
}

export async function decide(raw: unknown) {
  return invoke(decisionAction, raw);
}

export async function acceptRemaining(raw: unknown) {
  return invoke(acceptRemainingAction, raw);
}

export async function requestChanges(raw: unknown) {
  const result = await invoke(requestChangesAction, raw);
  if (result.ok) refresh(raw);
  return result;
}

export async function approve(raw: unknown) {
  const result = await invoke(approveAction, raw);
  if (result.ok) {
    refresh(raw);
    revalidatePath("/review/dashboard");
    // The superseded label's public pages now say what replaced it (docs/versions.md).
    if (result.data.superseded) await invalidatePublicLabel(result.data.superseded);
  }
  return result;
}

export async function reject(raw: unknown) {
  const result = await invoke(rejectAction, raw);
  if (result.ok) refresh(raw);
  return result;
}

export async function revoke(raw: unknown) {
  const result = await invoke(revokeAction, raw);
  if (result.ok) {
    // The public page and the registry API must say "revoked" at once (also purges a configured CDN).
    await invalidatePublicLabel(result.data.publicCode);
    revalidatePath(`/review/${result.data.assessmentId}`);
    revalidatePath("/review/dashboard");
  }
  return result;
}
