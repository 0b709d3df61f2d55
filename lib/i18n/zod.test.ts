import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { authorize, failure, parseInput } from "@/lib/auth/guarded";
import { ZSignUp } from "@/lib/auth/schemas";
import { ZProductInput } from "@/lib/products/schema";
import { localizeMessage, zodErrorMap } from "./zod";

const BAD_SIGN_UP = { name: "", email: "not-an-address", password: "short", organizationName: "A" };

function fieldErrorsOf(run: () => unknown): Record<string, string[]> {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).fieldErrors ?? {};
  }
  throw new Error("expected a validation error");
}

describe("zod messages in the reader's language", () => {
  it("English stays the schemas' own words", () => {
    const errors = fieldErrorsOf(() => parseInput(ZSignUp, BAD_SIGN_UP, "en"));
    expect(errors).toEqual({
      name: ["Enter your name."],
      email: ["Enter a valid e-mail address."],
      password: ["Use at least 12 characters."],
      organizationName: ["At least 2 characters."],
    });
  });

  it("a Chinese reader gets every field's message in Chinese, and the summary too", () => {
    const errors = fieldErrorsOf(() => parseInput(ZSignUp, BAD_SIGN_UP, "zh-CN"));
    expect(errors).toEqual({
      name: ["请输入您的姓名。"],
      email: ["请输入有效的电子邮件地址。"],
      password: ["密码至少 12 个字符。"],
      organizationName: ["至少 2 个字符。"],
    });
    const result = failure(
      (() => {
        try {
          parseInput(ZSignUp, BAD_SIGN_UP, "zh-CN");
        } catch (e) {
          return e;
        }
      })(),
      "zh-CN",
    );
    expect(result.message).toBe("请检查输入。name: 请输入您的姓名。");
  });

  it("messages with numbers (zText limits) and zod's own issues (enum, type) are translated", () => {
    const errors = fieldErrorsOf(() =>
      parseInput(
        ZProductInput,
        {
          modelName: "x".repeat(121),
          hardwareVersion: "1",
          firmwareVersion: "1",
          category: "spaceship",
          supportPeriodEnd: "soon",
          updatesAutomatic: "yes",
          privacyPolicyUrl: "http://example.com",
        },
        "zh-CN",
      ),
    );
    expect(errors.modelName).toEqual(["最多 120 个字符。"]);
    expect(errors.category).toEqual(["请选择类别。"]);
    expect(errors.supportPeriodEnd).toEqual(["请输入日期（YYYY-MM-DD）。"]);
    expect(errors.updatesAutomatic).toEqual(["该值缺失或类型不正确。"]);
    expect(errors.privacyPolicyUrl).toEqual(["请输入以 https:// 开头的安全网址（不接受 http:// 页面）。"]);
  });

  it("the error map covers issues a schema wrote no message for", () => {
    const r = z.object({ n: z.number().int().max(5), tags: z.array(z.string()).min(2) }).strict();
    const parsed = r.safeParse({ n: 9, tags: [], extra: 1 }, { error: zodErrorMap("zh-CN") });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message).sort()).toEqual(
      ["请至少选择 2 项。", "请删除此表单没有的字段：extra。", "请输入不大于 5 的数字。"].sort(),
    );
  });

  it("an unknown message is left as it is; a generic server error is translated", () => {
    expect(localizeMessage("Some other words.", "zh-CN")).toBe("Some other words.");
    expect(failure(new Error("boom"), "zh-CN").message).toBe("我们这边出了问题，请重试。");
    const refused = (() => {
      try {
        authorize(["ADMIN"], null);
      } catch (e) {
        return e;
      }
    })();
    expect(failure(refused, "zh-CN").message).toBe("请登录后继续。");
    expect(failure(refused, "en").message).toBe("Sign in to continue.");
  });
});
