import { qrResponse } from "@/lib/labels/qr-http";

export const dynamic = "force-dynamic";

/** The label's QR code as SVG (`?size=small|medium|large`: 15, 20 or 30 mm; medium by default). */
export function GET(request: Request, ctx: { params: Promise<{ code: string }> }) {
  return qrResponse(request, ctx.params, "svg");
}
