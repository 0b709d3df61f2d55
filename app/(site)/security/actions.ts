"use server";

import { revalidatePath } from "next/cache";
import {
  addVulnerabilityAction,
  clearNoticeAction,
  craFiledAction,
  incidentFiledAction,
  recordIncidentAction,
  reinstateLabelAction,
  suspendLabelAction,
  updateVulnerabilityAction,
} from "@/lib/actions/vulnerabilities";
import { invoke } from "@/lib/auth/invoke";
import { invalidatePublicLabel } from "@/lib/labels/invalidate";

/** Public pages whose notice or state changed are re-rendered at once (and purged from a configured CDN). */
async function invalidate(codes: readonly string[]) {
  for (const code of codes) await invalidatePublicLabel(code);
}

function refresh() {
  revalidatePath("/versions", "layout");
  revalidatePath("/review/security");
  revalidatePath("/dashboard");
}

export async function addVulnerabilityForm(raw: unknown) {
  const r = await invoke(addVulnerabilityAction, raw);
  if (r.ok) {
    await invalidate(r.data.affectedLabelCodes);
    refresh();
  }
  return r;
}

export async function updateVulnerabilityForm(raw: unknown) {
  const r = await invoke(updateVulnerabilityAction, raw);
  if (r.ok) {
    await invalidate(r.data.affectedLabelCodes);
    refresh();
  }
  return r;
}

export async function clearNoticeForm(raw: unknown) {
  const r = await invoke(clearNoticeAction, raw);
  if (r.ok) {
    await invalidate(r.data.affectedLabelCodes);
    refresh();
  }
  return r;
}

export async function suspendLabelForm(raw: unknown) {
  const r = await invoke(suspendLabelAction, raw);
  if (r.ok) {
    await invalidate([r.data.publicCode]);
    refresh();
  }
  return r;
}

export async function reinstateLabelForm(raw: unknown) {
  const r = await invoke(reinstateLabelAction, raw);
  if (r.ok) {
    await invalidate([r.data.publicCode]);
    refresh();
  }
  return r;
}

export async function craFiledForm(raw: unknown) {
  const r = await invoke(craFiledAction, raw);
  if (r.ok) refresh();
  return r;
}

export async function recordIncidentForm(raw: unknown) {
  const r = await invoke(recordIncidentAction, raw);
  if (r.ok) refresh();
  return r;
}

export async function incidentFiledForm(raw: unknown) {
  const r = await invoke(incidentFiledAction, raw);
  if (r.ok) refresh();
  return r;
}
