// negotiator ships no types; only the part lib/i18n/locales.ts uses.
declare module "negotiator" {
  export default class Negotiator {
    constructor(request: { headers: Record<string, string | undefined> });
    languages(available?: string[]): string[];
  }
}
