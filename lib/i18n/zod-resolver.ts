// react-hook-form's zod resolver with the messages in the reader's language: zod's per-parse error map for issues
// the schema gives no message for, and the schema's own messages (written with `vmsg`) translated.
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import type { TLocale } from "./locales";
import { localizeMessage, zodErrorMap } from "./zod";

function localizeTree(errors: FieldErrors, locale: TLocale): void {
  for (const [key, value] of Object.entries(errors)) {
    // `ref` is the field's DOM element, `types` the other messages: neither is a nested field.
    if (!value || typeof value !== "object" || key === "ref" || key === "types") continue;
    const node = value as { message?: unknown };
    if (typeof node.message === "string") node.message = localizeMessage(node.message, locale);
    localizeTree(value as FieldErrors, locale);
  }
}

export function localizedZodResolver<I extends FieldValues, O>(
  schema: z.ZodType<O, I>,
  locale: TLocale,
): Resolver<I, unknown, O> {
  const base = zodResolver(schema as never, { error: zodErrorMap(locale) }) as unknown as Resolver<
    I,
    unknown,
    O
  >;
  return async (values, context, options) => {
    const result = await base(values, context, options);
    if (locale !== "en") localizeTree(result.errors as FieldErrors, locale);
    return result;
  };
}
