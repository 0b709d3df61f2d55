// Drafts of the CRA Article 14(2) reports for one actively exploited vulnerability, to be completed and filed by
// the manufacturer through the single reporting platform (Art. 16). The app fills what it knows; what only the
// manufacturer can say is marked "[to complete]". Pure: the same input gives the same document.
import { CRA_STAGE_TEXT, type TCraClock, type TCraStage } from "./model";

export type TCraDraftInput = {
  identifier: string;
  aliases: string[];
  title: string | null;
  severity: string;
  cvssScore: number | null;
  fixedInVersion: string | null;
  awareAt: Date | null;
  correctiveMeasureAt: Date | null;
  clocks: TCraClock[];
  product: {
    modelName: string;
    modelNumber: string | null;
    firmwareVersion: string;
    hardwareVersion: string;
  };
  manufacturer: { name: string; country: string | null };
};

const TODO = "[to complete]";
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export function craDraft(v: TCraDraftInput, stage: TCraStage, generatedAt: Date) {
  const clock = v.clocks.find((c) => c.stage === stage) ?? null;
  const t = CRA_STAGE_TEXT[stage];
  const common = {
    report: `${t.title} (${t.article} Regulation (EU) 2024/2847)`,
    deadline: clock?.dueAt ? iso(clock.dueAt) : `not running: due ${t.rule}`,
    generatedAt: iso(generatedAt),
    manufacturer: { name: v.manufacturer.name, country: v.manufacturer.country ?? TODO },
    product: {
      name: v.product.modelName,
      modelNumber: v.product.modelNumber ?? TODO,
      firmwareVersion: v.product.firmwareVersion,
      hardwareVersion: v.product.hardwareVersion,
    },
    vulnerability: { identifier: v.identifier, aliases: v.aliases, title: v.title ?? TODO },
    awareOfActiveExploitationAt: iso(v.awareAt),
  };
  const json =
    stage === "EARLY_WARNING"
      ? { ...common, memberStatesWhereMadeAvailable: TODO }
      : stage === "NOTIFICATION"
        ? {
            ...common,
            generalNatureOfExploitAndVulnerability: v.title ?? TODO,
            severity: v.severity,
            cvssBaseScore: v.cvssScore,
            correctiveOrMitigatingMeasuresTaken: v.fixedInVersion
              ? `Fixed in firmware ${v.fixedInVersion}`
              : TODO,
            measuresUsersCanTake: v.fixedInVersion ? `Update to firmware ${v.fixedInVersion} or later` : TODO,
            sensitivityOfInformation: TODO,
          }
        : {
            ...common,
            descriptionSeverityAndImpact: `${v.title ?? TODO} — severity ${v.severity}${v.cvssScore !== null ? `, CVSS ${v.cvssScore}` : ""}`,
            maliciousActorIfKnown: TODO,
            securityUpdateOrOtherMeasure: v.fixedInVersion ? `Firmware ${v.fixedInVersion}` : TODO,
            correctiveMeasureAvailableAt: iso(v.correctiveMeasureAt),
          };
  const lines = [
    `${common.report}`,
    "",
    `Deadline: ${common.deadline}`,
    `Drafted: ${common.generatedAt}`,
    "",
  ];
  const walk = (obj: Record<string, unknown>, indent = "") => {
    for (const [k, val] of Object.entries(obj)) {
      if (k === "report" || k === "deadline" || k === "generatedAt") continue;
      const label = k.replace(/([A-Z])/g, " $1").replace(/^./, (c) => c.toUpperCase());
      if (val && typeof val === "object" && !Array.isArray(val)) {
        lines.push(`${indent}${label}:`);
        walk(val as Record<string, unknown>, `${indent}  `);
      } else
        lines.push(`${indent}${label}: ${Array.isArray(val) ? val.join(", ") || "none" : (val ?? TODO)}`);
    }
  };
  walk(json);
  lines.push(
    "",
    "File simultaneously with the coordinating CSIRT and ENISA through the single reporting platform, using the",
    "notification end-point of the CSIRT of the Member State of your main establishment (Article 14(1), (7)).",
    "",
  );
  return { json, text: lines.join("\n") };
}
