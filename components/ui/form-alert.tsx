/** A form-level message, announced to screen readers as soon as it appears. */
export function FormAlert({
  kind = "error",
  children,
}: {
  kind?: "error" | "ok" | "info";
  children: React.ReactNode;
}) {
  if (!children) return null;
  return (
    <div className={`alert alert-${kind}`} role={kind === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}
