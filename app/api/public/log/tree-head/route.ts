import { prisma } from "@/lib/db/client";
import { getTreeHead } from "@/lib/translog/public-api";

export const dynamic = "force-dynamic";

/** The latest signed tree head of the public transparency log (RFC 9162 §4.10, Ed25519). */
export function GET() {
  return getTreeHead(prisma());
}
