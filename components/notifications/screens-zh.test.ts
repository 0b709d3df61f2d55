// The admin and notification components in both languages, rendered with react-dom/server inside next-intl's
// provider (the messages the site layout gives them): Chinese words, dates and plurals for a Chinese reader, and no
// English word of the messages left in the page — only what is data (addresses, subjects, hashes, commands).
import { createElement, type ComponentProps, type ReactElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { IntegrityStatus } from "@/components/admin/integrity-status";
import { NotificationList } from "@/components/notifications/notification-list";
import { OutboxList } from "@/components/notifications/outbox-table";
import { Pagination } from "@/components/notifications/pagination";
import type { TIntegrityStatus } from "@/lib/db/integrity-status";
import { FORMATS, TIME_ZONE } from "@/lib/i18n/formats";
import type { TLocale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/messages";

// children as createElement's third argument (the provider's props type wants them among the props).
const Provider = NextIntlClientProvider as (
  props: Omit<ComponentProps<typeof NextIntlClientProvider>, "children">,
) => ReactNode;
const render = (locale: TLocale, el: ReactElement) =>
  renderToStaticMarkup(
    createElement(
      Provider,
      { locale, messages: MESSAGES[locale], formats: FORMATS, timeZone: TIME_ZONE },
      el,
    ),
  );
/** The page's words: markup, and the given data, taken out. */
const words = (html: string, data: string[]) => {
  let text = html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;|&#x27;|&amp;/g, " ");
  for (const d of data) text = text.split(d).join(" ");
  return text;
};
const ENGLISH_WORD = /\b(?!UTC\b|SMTP\b)[A-Za-z]{2,}\b/g;

const AT = new Date("2026-11-03T09:05:07Z");
const STATUS: TIntegrityStatus = {
  audit: {
    ok: true,
    events: 1234,
    legacy: 2,
    head: { seq: 1234, hash: "ab".repeat(32), createdAt: AT },
    firstBreak: null,
  },
  checkedAt: AT,
  log: {
    size: 7,
    treeHead: {
      treeSize: 5,
      timestamp: AT.getTime(),
      rootHash: "cd".repeat(32),
      keyId: "0".repeat(16),
      signature: "s",
    },
  },
};
const COMMANDS = ["npm run audit:verify -- --expect <seq>:<hash>", "npm run log:monitor --"];

const mail = (over: Partial<Parameters<typeof OutboxList>[0]["mails"][number]>) => ({
  id: "m1",
  toAddress: "maker@example.test",
  subject: "Label CL-ABCD of Lumo Cam revoked",
  text: "Hello",
  status: "PENDING" as const,
  attempts: 0,
  nextAttemptAt: AT,
  lastError: null,
  sentAt: null,
  createdAt: AT,
  ...over,
});
const MAILS = [
  mail({ id: "m1", status: "SENT", sentAt: AT }),
  mail({ id: "m2", status: "FAILED", attempts: 3, lastError: "550 mailbox unavailable" }),
  mail({ id: "m3", attempts: 2 }),
  mail({ id: "m4" }),
];
const MAIL_DATA = [
  "maker@example.test",
  "Label CL-ABCD of Lumo Cam revoked",
  "Hello",
  "550 mailbox unavailable",
];

describe("integrity status", () => {
  it("says the chain's verdict, counts, head and log in Chinese, times in UTC to the second", () => {
    const zh = render("zh-CN", createElement(IntegrityStatus, { status: STATUS }));
    for (const said of [
      "审计记录",
      "哈希链校验通过",
      "1,234 个事件，其中 2 个早于哈希链（已封存）",
      "2026年11月3日 09:05:07 UTC",
      "7 个条目；最新签名树头：大小 5",
      "（2 个条目等待下次签名）",
      '<code>npm run log:monitor -- <var style="font-family:var(--font)">&lt;公开网址&gt;</var></code>',
    ])
      expect(zh).toContain(said);
    const left = words(zh, [...COMMANDS, "ab".repeat(32), "cd".repeat(32)]).match(ENGLISH_WORD);
    expect(left).toBeNull();
  });

  it("keeps its English sentences, with ICU plurals", () => {
    const en = render("en", createElement(IntegrityStatus, { status: STATUS }));
    expect(en).toContain(
      "1,234 events, 2 from before the chain (sealed); checked Nov 3, 2026, 09:05:07 UTC.",
    );
    expect(en).toContain("7 entries; latest signed tree head: size 5 at");
    expect(en).toContain("(2 waiting for the next signing).");
    const one = render(
      "en",
      createElement(IntegrityStatus, { status: { ...STATUS, log: { size: 1, treeHead: null } } }),
    );
    expect(one).toContain("1 entry; no tree head signed yet (1 waiting for the next signing).");
  });
});

describe("mail outbox", () => {
  it("words every delivery state in Chinese and shows each mail as written", () => {
    const zh = render("zh-CN", createElement(OutboxList, { mails: MAILS, smtp: true }));
    for (const said of [
      "已发送 2026年11月3日 09:05 UTC",
      "尝试 3 次后发送失败",
      "正在重试（第 3 次尝试，2026年11月3日 09:05 UTC）",
      "等待发送",
      "重新发送",
      "Label CL-ABCD of Lumo Cam revoked",
    ])
      expect(zh).toContain(said);
    expect(words(zh, MAIL_DATA).match(ENGLISH_WORD)).toBeNull();
    expect(render("zh-CN", createElement(OutboxList, { mails: [mail({})], smtp: false }))).toContain(
      "已保存：未配置 SMTP 服务器",
    );
  });

  it("in English, one attempt is singular", () => {
    const en = render(
      "en",
      createElement(OutboxList, { mails: [mail({ status: "FAILED", attempts: 1 })], smtp: true }),
    );
    expect(en).toContain("Failed after 1 attempt<");
  });
});

describe("notifications", () => {
  const items = [
    {
      id: "n1",
      event: "LABEL_ISSUED" as const,
      title: "标签已签发",
      body: "正文",
      readAt: null,
      createdAt: AT,
    },
    {
      id: "n2",
      event: "CHANGES_REQUESTED" as const,
      title: "需要修改",
      body: "正文",
      readAt: AT,
      createdAt: AT,
    },
  ];
  it("names the events in Chinese, marks the unread one, dates in Chinese", () => {
    const zh = render("zh-CN", createElement(NotificationList, { items }));
    expect(zh).toContain("标签已签发");
    expect(zh).toContain("要求修改");
    expect(zh.match(/>新</g)).toHaveLength(1);
    expect(zh).toContain("2026年11月3日 09:05 UTC");
    expect(words(zh, []).match(ENGLISH_WORD)).toBeNull();
  });

  it("pages: nothing for one page, Chinese links otherwise", () => {
    const href = (p: number) => `/notifications?page=${p}`;
    expect(render("zh-CN", createElement(Pagination, { page: 1, pages: 1, href }))).toBe("");
    const zh = render("zh-CN", createElement(Pagination, { page: 2, pages: 3, href }));
    expect(zh).toContain("第 2 页，共 3 页");
    expect(zh).toContain('href="/notifications?page=1"');
    expect(zh).toContain("较早");
  });
});
