import { notFound } from "next/navigation";

/**
 * Any path no other route matches renders the site's not-found page here, inside the site shell and per request, so
 * its scripts carry the request's CSP nonce (proxy.ts). Without it Next would serve the prerendered root 404 page,
 * whose scripts have no nonce.
 */
export default function Missing(): never {
  notFound();
}
