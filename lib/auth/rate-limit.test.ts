import { describe, expect, it } from "vitest";
import { clientAddress } from "./rate-limit";

const xff = (v: string | string[]) => ({ "x-forwarded-for": v });

describe("clientAddress", () => {
  it("ignores X-Forwarded-For and X-Real-IP without trusted proxies", () => {
    expect(clientAddress(xff("203.0.113.7"), 0)).toBeNull();
    expect(clientAddress({ ...xff("1.1.1.1, 2.2.2.2"), "x-real-ip": "3.3.3.3" }, 0)).toBeNull();
    expect(clientAddress(undefined, 0)).toBeNull();
    expect(clientAddress({}, 0)).toBeNull();
  });

  it("takes the N-th address from the right with N trusted proxies", () => {
    // The client forged the first two entries; proxy 1 appended the client's real address, proxy 2 appended proxy 1.
    const h = xff("6.6.6.6, 7.7.7.7, 198.51.100.4, 10.0.0.2");
    expect(clientAddress(h, 1)).toBe("10.0.0.2");
    expect(clientAddress(h, 2)).toBe("198.51.100.4");
    expect(clientAddress(xff("198.51.100.4"), 1)).toBe("198.51.100.4");
  });

  it("a forged header cannot pick the address when one proxy is trusted", () => {
    expect(clientAddress(xff("victim-address, 192.0.2.1"), 1)).toBe("192.0.2.1");
    expect(clientAddress(xff("1.2.3.4,192.0.2.1"), 1)).toBe("192.0.2.1");
  });

  it("uses the left-most entry when there are fewer entries than trusted hops", () => {
    expect(clientAddress(xff("192.0.2.9"), 3)).toBe("192.0.2.9");
  });

  it("joins repeated headers in order", () => {
    expect(clientAddress(xff(["6.6.6.6", "192.0.2.1, 10.0.0.1"]), 2)).toBe("192.0.2.1");
  });

  it("strips ports and brackets and normalises IPv6 case", () => {
    expect(clientAddress(xff("192.0.2.1:4711"), 1)).toBe("192.0.2.1");
    expect(clientAddress(xff("[2001:DB8::1]:443"), 1)).toBe("2001:db8::1");
    expect(clientAddress(xff("2001:db8::2"), 1)).toBe("2001:db8::2");
  });

  it("falls back to the shared bucket for a missing, empty or malformed entry", () => {
    expect(clientAddress({}, 1)).toBeNull();
    expect(clientAddress(xff(""), 1)).toBeNull();
    expect(clientAddress(xff(" , "), 1)).toBeNull();
    expect(clientAddress(xff("1.2.3.4, not-an-ip"), 1)).toBeNull();
    expect(clientAddress(xff("1.2.3.4, unknown"), 1)).toBeNull();
  });
});
