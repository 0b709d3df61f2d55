import { useTranslations } from "next-intl";
import { markAllRead } from "@/app/(site)/notifications/actions";

/** A plain form: works without JavaScript, and the server action re-renders the list and the header count. */
export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  return (
    <form action={markAllRead}>
      <button type="submit" className="btn btn-secondary small-btn">
        {t("markAllRead")}
      </button>
    </form>
  );
}
