import { choiceQ, control as c, textQ } from "../build";
import type { TQuestion } from "../types";

/** Control questions: US programme declarations and registry fields. */

const REGISTRY = "US programme and registry";

export const usControlQuestions: TQuestion[] = [
  c(
    "c.us.lab_report",
    REGISTRY,
    "recognised lab report",
    "Do you have a test report from a lab recognised under the US programme (ISO/IEC 17025), signed by the tester?",
    "The FCC has not yet adopted a test standard; record what the lab tested against.",
    ["Lab report"],
  ),
  c(
    "c.us.not_covered",
    REGISTRY,
    "no prohibited source",
    "Are the product and all its components free of entities on the FCC Covered List, the Commerce Entity List, the DoD 1260H list, or tied to debarred parties?",
    "Record the date the lists were checked.",
    ["Supplier origin list", "Signed declaration"],
  ),
  c(
    "c.us.declarations",
    REGISTRY,
    "sworn declarations",
    "Are you ready to sign the programme declarations (meets all requirements, securable, fixes until the support end date, no disclaimers)?",
    "Made under penalty of perjury.",
    ["Signed declaration"],
  ),
  c(
    "c.us.agent",
    REGISTRY,
    "US agent for service",
    "Have you named a US agent for service of process, with a signed attestation?",
    "Can be the applicant itself if based in the US.",
    ["Agent attestation"],
  ),
  c(
    "c.us.records",
    REGISTRY,
    "records kept",
    "Do you keep design, change, production-test and test-result records for 2 years after marketing ends?",
    "Until any investigation ends if later.",
    ["Record-keeping procedure"],
  ),
  textQ({
    id: "c.reg.default_password_info",
    topic: REGISTRY,
    label: "default password change instructions",
    prompt: "How does a user change the default password (or a statement that it cannot be changed)?",
    help: "Registry field 6. Text or URL.",
    evidence: ["User documentation"],
  }),
  textQ({
    id: "c.reg.secure_config_info",
    topic: REGISTRY,
    label: "secure configuration information",
    prompt: "Where is the information on configuring the device securely?",
    help: "Registry field 7. Text or URL.",
    evidence: ["User documentation"],
  }),
  choiceQ(
    {
      id: "c.reg.update_mode",
      topic: REGISTRY,
      label: "how updates are installed",
      prompt: "Do security updates install automatically?",
      help: "Registry field 8.",
      evidence: ["Update settings"],
    },
    "control",
    [
      { value: "automatic", label: "Automatically" },
      { value: "manual", label: "The user installs them" },
    ],
  ),
  textQ({
    id: "c.reg.manual_update_info",
    topic: REGISTRY,
    label: "manual update instructions",
    prompt: "If updates are not automatic: how does the user get and install them?",
    help: "Registry field 8. Text or URL.",
    evidence: ["User documentation"],
  }),
  choiceQ(
    {
      id: "c.reg.bom",
      topic: REGISTRY,
      label: "SBOM/HBOM maintained",
      prompt: "Do you maintain a software and/or hardware bill of materials?",
      help: "Registry field 10 (yes/no only, not the contents).",
      evidence: ["SBOM", "HBOM"],
    },
    "control",
    [
      { value: "both", label: "SBOM and HBOM" },
      { value: "sbom", label: "SBOM only" },
      { value: "hbom", label: "HBOM only" },
      { value: "none", label: "Neither" },
    ],
  ),
];
