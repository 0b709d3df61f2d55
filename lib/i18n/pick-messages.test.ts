import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/messages";
import { clientMessages, pickMessages } from "./pick-messages";

const M = { a: { x: "1", b: { y: "2", z: "3" } }, c: { w: "4" }, d: { v: "5" } };

describe("pickMessages", () => {
  it("keeps only the named namespaces, nested ones under their parents' keys", () => {
    expect(pickMessages(M, ["a.b", "c"])).toEqual({ a: { b: { y: "2", z: "3" } }, c: { w: "4" } });
  });

  it("takes a namespace inside one already picked once, whatever the order, and never writes to the source", () => {
    const before = JSON.stringify(M);
    expect(pickMessages(M, ["a.b", "a", "a.b"])).toEqual({ a: M.a });
    expect(pickMessages(M, ["a.b", "d", "a"])).toEqual({ a: M.a, d: M.d });
    expect(JSON.stringify(M)).toBe(before);
  });

  it("refuses an unknown namespace and a message where a namespace was named", () => {
    expect(() => pickMessages(M, ["a.q"])).toThrow(/no message namespace "a.q"/);
    expect(() => pickMessages(M, ["a.x"])).toThrow(/no message namespace "a.x"/);
  });

  it("gives the product's messages per language, much smaller than the whole", () => {
    const en = clientMessages("en", ["questionnaire", "errors.questionnaire"]);
    const zh = clientMessages("zh-CN", ["questionnaire", "errors.questionnaire"]);
    expect(en.questionnaire).toBe(MESSAGES.en.questionnaire);
    expect(zh.questionnaire).toBe(MESSAGES["zh-CN"].questionnaire);
    expect(Object.keys(en)).toEqual(["questionnaire", "errors"]);
    expect(Object.keys(en.errors as object)).toEqual(["questionnaire"]);
    expect(clientMessages("en", ["questionnaire", "errors.questionnaire"])).toBe(en);
    expect(JSON.stringify(en).length * 5).toBeLessThan(JSON.stringify(MESSAGES.en).length);
  });
});
