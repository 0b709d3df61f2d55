/** Limits for SBOM and vulnerability files: refused before anything is parsed or stored. */
export const SBOM_LIMITS = {
  /** One SBOM file (CycloneDX JSON/XML, SPDX JSON). A firmware image with a few thousand packages is ~2–5 MB. */
  maxFileBytes: 10 * 1024 * 1024,
  /**
   * Components in one SBOM (nested ones included). Firmware SBOMs list hundreds to a few thousand; the schemas'
   * uniqueItems checks cost the square of the count, so the limit also bounds validation time (~1 s at the limit).
   */
  maxComponents: 5_000,
  /** One advisory file (CSAF 2.0, OSV, CycloneDX VEX). */
  maxAdvisoryBytes: 5 * 1024 * 1024,
  /** Vulnerabilities imported from one advisory file. */
  maxVulnerabilities: 2_000,
} as const;
