import Link from "next/link";
import { RequestReference } from "@/components/errors/request-reference";

export default function NotFound() {
  return (
    <div className="narrow stack">
      <h1>Not found</h1>
      <p>This page does not exist, or you do not have access to it.</p>
      <p>
        <Link href="/">Back to the start page</Link>
      </p>
      <RequestReference />
    </div>
  );
}
