import { describe, expect, it } from "vitest";
import { describeSmtp, mailFrom, parseEnv } from "./env";
import { generateSigningKey } from "./labels/signing";

const a = generateSigningKey();
const b = generateSigningKey();

describe("parseEnv", () => {
  it("defaults: no retired keys, no demo flag, no trusted proxy", () => {
    const e = parseEnv({});
    expect(e.LABEL_SIGNING_RETIRED_KEYS).toEqual([]);
    expect(e.DEMO_DATA).toBeUndefined();
    expect(e.TRUST_PROXY).toBe(0);
    expect(parseEnv({ LABEL_SIGNING_RETIRED_KEYS: " \n", TRUST_PROXY: "", DEMO_DATA: "" })).toMatchObject({
      LABEL_SIGNING_RETIRED_KEYS: [],
      TRUST_PROXY: 0,
      DEMO_DATA: undefined,
    });
  });

  it("reads DEMO_DATA and TRUST_PROXY", () => {
    expect(parseEnv({ DEMO_DATA: "1" }).DEMO_DATA).toBe(true);
    expect(parseEnv({ DEMO_DATA: "true" }).DEMO_DATA).toBe(true);
    expect(parseEnv({ DEMO_DATA: "0" }).DEMO_DATA).toBe(false);
    expect(() => parseEnv({ DEMO_DATA: "maybe" })).toThrow(/DEMO_DATA: must be 1 or 0/);
    expect(parseEnv({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(() => parseEnv({ TRUST_PROXY: "-1" })).toThrow(/TRUST_PROXY/);
    expect(() => parseEnv({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY/);
  });

  it("parses concatenated retired public keys", () => {
    const e = parseEnv({ LABEL_SIGNING_RETIRED_KEYS: `${a.publicKeyPem}\n${b.publicKeyPem}` });
    expect(e.LABEL_SIGNING_RETIRED_KEYS).toEqual([a.publicKeyPem, b.publicKeyPem]);
  });

  it("refuses damaged or wrong retired keys with a clear message", () => {
    expect(() => parseEnv({ LABEL_SIGNING_RETIRED_KEYS: "not a key" })).toThrow(
      /LABEL_SIGNING_RETIRED_KEYS: expected only PEM blocks/,
    );
    expect(() => parseEnv({ LABEL_SIGNING_RETIRED_KEYS: a.privateKeyPem })).toThrow(
      /LABEL_SIGNING_RETIRED_KEYS: key 1 is a "PRIVATE KEY" block/,
    );
  });

  it("checks LABEL_SIGNING_KEY is an Ed25519 private key", () => {
    expect(parseEnv({ LABEL_SIGNING_KEY: a.privateKeyPem }).LABEL_SIGNING_KEY).toBe(a.privateKeyPem);
    expect(parseEnv({ LABEL_SIGNING_KEY: "" }).LABEL_SIGNING_KEY).toBeUndefined();
    expect(() => parseEnv({ LABEL_SIGNING_KEY: a.publicKeyPem })).toThrow(
      /LABEL_SIGNING_KEY: must be an Ed25519/,
    );
  });

  it("reads label validity months per scheme and stops on a bad value", () => {
    expect(parseEnv({}).LABEL_VALIDITY_MONTHS.US_CTM.months).toBe(12);
    expect(parseEnv({ LABEL_VALIDITY_MONTHS: "US_CTM=24" }).LABEL_VALIDITY_MONTHS.US_CTM.months).toBe(24);
    expect(() => parseEnv({ LABEL_VALIDITY_MONTHS: "US_CTM=0" })).toThrow(
      /LABEL_VALIDITY_MONTHS: .*between 1/,
    );
  });

  it("reads the mail settings: SMTP_URL, MAIL_FROM (default from PUBLIC_BASE_URL), NOTIFY_SCHEDULER", () => {
    const none = parseEnv({});
    expect(none.SMTP_URL).toBeUndefined();
    expect(mailFrom(none)).toBe("Cyberlabel <no-reply@localhost>");
    expect(describeSmtp(none)).toBeNull();
    const e = parseEnv({
      SMTP_URL: "smtp://user:s3cret@mail.example.com:587",
      MAIL_FROM: "Labels <labels@example.com>",
      NOTIFY_SCHEDULER: "0",
    });
    expect(describeSmtp(e)).toBe("smtp://mail.example.com:587"); // never the password
    expect(mailFrom(e)).toBe("Labels <labels@example.com>");
    expect(e.NOTIFY_SCHEDULER).toBe(false);
    expect(parseEnv({ MAIL_FROM: "labels@example.com" }).MAIL_FROM).toBe("labels@example.com");
    expect(() => parseEnv({ SMTP_URL: "http://mail.example.com" })).toThrow(
      /SMTP_URL: must start with smtp:/,
    );
    expect(() => parseEnv({ SMTP_URL: "not a url" })).toThrow(/SMTP_URL: must be a URL/);
    expect(() => parseEnv({ MAIL_FROM: "nobody" })).toThrow(/MAIL_FROM: must be an address/);
    expect(() => parseEnv({ MAIL_FROM: "A <a@b.example>\r\nBcc: x@y.example" })).toThrow(/MAIL_FROM/);
  });
});
