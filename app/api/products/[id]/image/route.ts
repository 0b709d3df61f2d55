import { z } from "zod";
import { defineRoute } from "@/lib/auth/route";
import { readBodyLimited } from "@/lib/http/body";
import { MANUFACTURER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { getProductImage, PRODUCT_IMAGE_MAX_BYTES, setProductImage } from "@/lib/db/products";
import { zText, zId } from "@/lib/validation/text";

const params = z.object({ id: zId });
// The page adds ?v=<updated time> so a replaced image is fetched again; the value itself is not used.
const query = z.object({ v: zText({ max: 40 }).optional() });

/** The product image, to members of the owning organisation only (404 for anyone else). */
export const GET = defineRoute({ roles: MANUFACTURER, params, query }, async ({ user, params }) => {
  const image = await getProductImage(prisma(), user, params.id);
  return new Response(Buffer.from(image.bytes), {
    headers: {
      "Content-Type": image.contentType,
      "Content-Length": String(image.bytes.byteLength),
      "Content-Disposition": "inline",
      "Cache-Control": "private, no-cache",
    },
  });
});

/** Uploads or replaces the image: the raw bytes as the body, at most 2 MB, PNG or JPEG as read from the content. */
export const POST = defineRoute({ roles: MANUFACTURER, params }, async ({ user, params, request }) => {
  const bytes = await readBodyLimited(request, PRODUCT_IMAGE_MAX_BYTES);
  const saved = await setProductImage(prisma(), user, params.id, bytes);
  return Response.json(saved, { status: 201 });
});
