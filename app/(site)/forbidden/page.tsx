import Link from "next/link";
import { RequestReference } from "@/components/errors/request-reference";
import { env } from "@/lib/env";
import { redirectPathOr } from "@/lib/http/redirect";

export const metadata = { title: "Not allowed" };

function safePath(raw: string | string[] | undefined): string {
  return redirectPathOr(raw, "/", env().PUBLIC_BASE_URL);
}

export default async function Forbidden({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  return (
    <div className="narrow stack">
      <h1>This area is not for your role</h1>
      <p>
        Your account cannot open <code>{safePath(params.from)}</code>. If you think it should, ask your
        organisation&apos;s administrator.
      </p>
      <p>
        <Link className="btn" href={safePath(params.home)}>
          Go to your workspace
        </Link>
      </p>
      <RequestReference />
    </div>
  );
}
