import "./public-label.css";

/** The public label pages have no app header or session: only what a consumer needs after scanning. */
export default function PublicLabelLayout({ children }: { children: React.ReactNode }) {
  return children;
}
