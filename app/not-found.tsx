import Link from "next/link";
import "./globals.css";

export default function NotFound() {
  return (
    <main className="container narrow stack" id="main">
      <h1>Not found</h1>
      <p>This page does not exist, or you do not have access to it.</p>
      <p>
        <Link href="/">Back to the start page</Link>
      </p>
    </main>
  );
}
