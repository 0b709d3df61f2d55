// invoke answers in the language of the request the form was posted from: a signed-in user with no saved language
// reads the page in the language of their cookie or browser, and must read its errors in that language too.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { guardedAction } from "@/lib/auth/action";
import type { SessionUser } from "@/lib/db/accounts";

const request = vi.hoisted(() => ({
  cookie: undefined as string | undefined,
  acceptLanguage: null as string | null,
  user: null as Partial<SessionUser> | null,
}));

// The request, as Next hands it to a server action: its cookies and headers, and the session it carries.
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => (request.cookie ? { value: request.cookie } : undefined) }),
  headers: async () =>
    new Headers(request.acceptLanguage ? { "accept-language": request.acceptLanguage } : {}),
}));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => request.user }));

const { invoke } = await import("@/lib/auth/invoke");

const adminOnly = guardedAction({ roles: ["ADMIN"], input: z.object({ n: z.number() }) }, async () => "done");
const maker = { id: "u1", role: "MANUFACTURER_MEMBER", organizationId: "o1", locale: null } as const;

describe("invoke", () => {
  beforeEach(() => {
    request.cookie = undefined;
    request.acceptLanguage = null;
    request.user = null;
  });

  it("answers a user without a saved language in the cookie's language", async () => {
    request.user = { ...maker };
    request.cookie = "zh-CN";
    const r = await invoke(adminOnly, { n: 1 });
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN", message: "您的角色无权执行此操作。" });
  });

  it("answers in the browser's language when there is no cookie, and validation errors too", async () => {
    request.user = { ...maker, role: "ADMIN" };
    request.acceptLanguage = "zh-CN,zh;q=0.9,en;q=0.5";
    const r = await invoke(adminOnly, { n: "one" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("VALIDATION");
    expect(r.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("keeps the user's saved language over the cookie, and English for an English request", async () => {
    request.user = { ...maker, locale: "en" };
    request.cookie = "zh-CN";
    expect(await invoke(adminOnly, { n: 1 })).toMatchObject({
      message: "Your role does not allow this.",
    });
    request.user = { ...maker };
    request.cookie = undefined;
    request.acceptLanguage = "en-GB";
    expect(await invoke(adminOnly, { n: 1 })).toMatchObject({
      message: "Your role does not allow this.",
    });
  });

  it("tells an anonymous caller to sign in in their language", async () => {
    request.cookie = "zh-CN";
    expect(await invoke(adminOnly, { n: 1 })).toMatchObject({
      code: "UNAUTHENTICATED",
      message: "请登录后继续。",
    });
  });
});
