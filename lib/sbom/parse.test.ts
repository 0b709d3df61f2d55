import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FileFormatError } from "./errors";
import { SBOM_LIMITS } from "./limits";
import { parseSbom } from "./parse";

const sample = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url));
const enc = (s: string) => new TextEncoder().encode(s);

async function refusal(bytes: Uint8Array): Promise<FileFormatError> {
  const err = await parseSbom(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FileFormatError);
  return err as FileFormatError;
}

describe("parseSbom", () => {
  it("reads a CycloneDX 1.5 JSON firmware SBOM, nested components included", async () => {
    const sbom = await parseSbom(sample("cyclonedx-firmware-1.5.json"));
    expect(sbom).toMatchObject({ format: "CycloneDX", encoding: "json", specVersion: "1.5" });
    expect(sbom.subject).toEqual({ name: "SmartPlug Pro firmware", version: "2.4.1" });
    expect(sbom.components.map((c) => c.name)).toEqual([
      "linux",
      "openssl",
      "busybox",
      "zlib",
      "acme/wifi-sdk",
    ]);
    expect(sbom.components[1]).toEqual({
      name: "openssl",
      version: "3.0.13",
      purl: "pkg:generic/openssl@3.0.13",
      licence: "Apache-2.0",
      type: "library",
      supplier: null,
    });
    expect(sbom.components[2]?.licence).toBe("GPL-2.0-only");
    expect(sbom.components[4]).toMatchObject({
      licence: "Acme proprietary licence",
      supplier: "Acme Silicon",
    });
  });

  it("reads the same SBOM as CycloneDX 1.5 XML, validated against the XSD", async () => {
    const sbom = await parseSbom(sample("cyclonedx-firmware-1.5.xml"));
    expect(sbom).toMatchObject({ format: "CycloneDX", encoding: "xml", specVersion: "1.5" });
    expect(sbom.subject).toEqual({ name: "SmartPlug Pro firmware", version: "2.4.1" });
    expect(sbom.components.map((c) => [c.name, c.version, c.purl, c.licence])).toEqual([
      ["openssl", "3.0.13", "pkg:generic/openssl@3.0.13", "Apache-2.0"],
      ["busybox", "1.36.1", "pkg:generic/busybox@1.36.1", "GPL-2.0-only"],
      ["zlib", "1.3.1", "pkg:generic/zlib@1.3.1", null],
    ]);
  });

  it("reads the SPDX project's published SPDX 2.3 JSON example", async () => {
    const sbom = await parseSbom(sample("SPDXJSONExample-v2.3.spdx.json"));
    expect(sbom).toMatchObject({ format: "SPDX", encoding: "json", specVersion: "2.3" });
    expect(sbom.subject?.name).toBe("glibc");
    const glibc = sbom.components.find((c) => c.name === "glibc");
    expect(glibc).toMatchObject({ version: "2.11.1", purl: null });
    const jena = sbom.components.find((c) => c.name === "Jena");
    expect(jena?.purl).toBe("pkg:maven/org.apache.jena/apache-jena@3.12.0");
    expect(sbom.components.length).toBeGreaterThanOrEqual(4);
  });

  it("accepts an SBOM at the component limit", async () => {
    const components = Array.from({ length: SBOM_LIMITS.maxComponents }, (_, i) => ({
      type: "library",
      name: `c${i}`,
      version: "1.0",
    }));
    const sbom = await parseSbom(
      enc(JSON.stringify({ bomFormat: "CycloneDX", specVersion: "1.6", components })),
    );
    expect(sbom.components).toHaveLength(SBOM_LIMITS.maxComponents);
  });

  it("refuses a CycloneDX JSON file that breaks the schema, naming where", async () => {
    const doc = JSON.parse(sample("cyclonedx-firmware-1.5.json").toString("utf8")) as {
      components: { type: string }[];
    };
    doc.components[0]!.type = "toaster";
    const err = await refusal(enc(JSON.stringify(doc)));
    expect(err.message).toContain("CycloneDX 1.5 JSON schema");
    expect(err.details.join(" ")).toContain("/components/0/type");
    expect(err.status).toBe(400);
  });

  it("refuses an XML BOM that breaks the XSD, with the line", async () => {
    const xml = sample("cyclonedx-firmware-1.5.xml")
      .toString("utf8")
      .replace('type="library" bom-ref="pkg:generic/openssl@3.0.13"', 'type="toaster"');
    const err = await refusal(enc(xml));
    expect(err.message).toContain("CycloneDX 1.5 XML schema");
    expect(err.details[0]).toMatch(/^line \d+: /);
  });

  it("refuses an SPDX document without its required fields", async () => {
    const doc = JSON.parse(sample("SPDXJSONExample-v2.3.spdx.json").toString("utf8")) as Record<
      string,
      unknown
    >;
    delete doc.creationInfo;
    const err = await refusal(enc(JSON.stringify(doc)));
    expect(err.message).toContain("SPDX 2.3 JSON schema");
    expect(err.details.join(" ")).toContain("creationInfo");
  });

  it("refuses malformed JSON, unknown JSON, unsupported versions, DOCTYPEs, non-UTF-8, empty and other files", async () => {
    expect((await refusal(enc('{"bomFormat": "CycloneDX", '))).message).toMatch(/not valid JSON/);
    expect((await refusal(enc('{"hello": 1}'))).message).toMatch(/neither CycloneDX.*nor SPDX/);
    expect((await refusal(enc('{"bomFormat":"CycloneDX","specVersion":"1.1"}'))).message).toMatch(
      /1\.1.*not supported/,
    );
    expect((await refusal(enc('{"spdxVersion":"SPDX-3.0"}'))).message).toMatch(/not supported/);
    expect(
      (
        await refusal(
          enc('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><bom/>'),
        )
      ).message,
    ).toMatch(/DOCTYPE/);
    expect((await refusal(enc("<html><body>hi</body></html>"))).message).toMatch(/not a CycloneDX BOM/);
    expect((await refusal(new Uint8Array([0xff, 0xfe, 0x00, 0x7b]))).message).toMatch(/not UTF-8/);
    expect((await refusal(new Uint8Array())).message).toMatch(/empty/);
    expect((await refusal(enc("SPDXVersion: SPDX-2.3\n"))).message).toMatch(/not an SBOM we can read/);
  });

  it("refuses a file over the size limit before parsing it", async () => {
    const big = new Uint8Array(SBOM_LIMITS.maxFileBytes + 1).fill(0x20);
    const err = await refusal(big);
    expect(err.status).toBe(413);
    expect(err.message).toMatch(/larger than 10 MB/);
  });

  it("refuses an SBOM with more components than the limit", async () => {
    const components = Array.from({ length: SBOM_LIMITS.maxComponents + 1 }, (_, i) => ({
      type: "library",
      name: `c${i}`,
    }));
    const err = await refusal(
      enc(JSON.stringify({ bomFormat: "CycloneDX", specVersion: "1.5", components })),
    );
    expect(err.status).toBe(413);
    const nested = [{ type: "library", name: "root", components }];
    expect(
      (await refusal(enc(JSON.stringify({ bomFormat: "CycloneDX", specVersion: "1.5", components: nested }))))
        .status,
    ).toBe(413);
    expect(err.message).toMatch(/more than 5,000 components/);
  });
});
