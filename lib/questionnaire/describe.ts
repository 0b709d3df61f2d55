// Control questions whose help asks the manufacturer to describe, list or name something: a "Yes" answer gets a
// short text field for it (stored as the answer's text, which the lab reads in the review and the snapshot keeps).
import type { TQuestion } from "@/lib/schemes";

const ASKS = /\b(describe|list|name|say (which|where|why|how)|state|give|include|provide)\b/i;

export const YES_DESCRIPTION_MAX = 1000;

export function asksForDescription(q: TQuestion): boolean {
  return q.type === "control" && ASKS.test(q.help);
}
