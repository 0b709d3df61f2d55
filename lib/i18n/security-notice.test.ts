import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SecurityNotice } from "@/app/r/[code]/_components/security-notice";
import { LANGS } from "./public-label";
import { SECURITY_NOTICE_TEXT } from "./security-notice";

describe("the public page's security notice", () => {
  it("renders nothing without an open notice, so those pages are unchanged", () => {
    for (const lang of LANGS)
      expect(renderToStaticMarkup(createElement(SecurityNotice, { notices: [], lang }))).toBe("");
  });

  it("names each vulnerability in the page's language", () => {
    const notices = [
      { identifier: "CVE-2026-41234", severity: "CRITICAL", title: "RTSP injection", since: "2026-12-01" },
    ];
    const en = renderToStaticMarkup(createElement(SecurityNotice, { notices, lang: "en" }));
    expect(en).toContain("Security information");
    expect(en).toContain("CVE-2026-41234");
    expect(en).toContain("critical, known since 2026-12-01");
    const zh = renderToStaticMarkup(createElement(SecurityNotice, { notices, lang: "zh-CN" }));
    expect(zh).toContain("安全信息");
    expect(zh).toContain("严重");
    expect(Object.keys(SECURITY_NOTICE_TEXT).sort()).toEqual([...LANGS].sort());
  });
});
