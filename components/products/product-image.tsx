import Image from "next/image";

/**
 * The product image from the owner-only route. `unoptimized`: the optimiser would fetch it without the visitor's
 * session; the `v` parameter makes a replaced image load again.
 */
export function ProductImage({
  id,
  updatedAt,
  size,
  alt,
}: {
  id: string;
  updatedAt: Date;
  size: number;
  alt: string;
}) {
  return (
    <Image
      unoptimized
      src={`/api/products/${encodeURIComponent(id)}/image?v=${updatedAt.getTime()}`}
      alt={alt}
      width={size}
      height={size}
      style={{
        objectFit: "contain",
        width: size,
        height: size,
        background: "#eef2f5",
        borderRadius: 6,
        flex: "none",
      }}
    />
  );
}
