// Components and pages whose user-facing words are still English literals, so react/jsx-no-literals (eslint.config.mjs)
// skips them for now. Convert a file to next-intl messages, then delete its line: this list must only shrink.
// Not yet converted: 1 file (docs/i18n.md).
// Glob patterns: [ ] ( ) of route folders are escaped.
export const NOT_YET_TRANSLATED = ["app/\\(site\\)/\\(reviewer\\)/review/\\[id\\]/page.tsx"];
