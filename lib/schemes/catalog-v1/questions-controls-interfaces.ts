import { control as c } from "../build";
import type { TQuestion } from "../types";

/** Control questions: resilience, network equipment and exposed interfaces. */

const IFACE = "Interfaces and services";

export const interfaceControlQuestions: TQuestion[] = [
  c(
    "c.res.dos",
    IFACE,
    "denial-of-service resilience",
    "Does each network interface dampen denial-of-service attacks and return to a defined state afterwards?",
    "N/A only for interfaces that talk to the local network only and are protected by other devices there.",
    ["Resilience design", "Load test result"],
  ),
  c(
    "c.res.outage_recovery",
    IFACE,
    "outage recovery",
    "Does the device keep local function without network, recover cleanly after power loss and reconnect in an orderly way?",
    "Random back-off on reconnection avoids overloading services.",
    ["Test result"],
  ),
  c(
    "c.net.monitoring",
    IFACE,
    "traffic monitoring (network equipment)",
    "Does the equipment watch the traffic it forwards for signs of denial-of-service attacks and limit them?",
    "IP packet filtering against floods, GTP filtering or another method.",
    ["Filtering configuration"],
  ),
  c(
    "c.net.traffic_control",
    IFACE,
    "traffic control (network equipment)",
    "Does the equipment drop anomalous, malicious or wrongly addressed traffic, or separate network domains?",
    "Datagram rules or network-domain separation.",
    ["Firewall rules"],
  ),
  c(
    "c.if.minimal_exposure",
    IFACE,
    "minimal exposed services",
    "In the factory-default state, are only the network interfaces and services needed for set-up and basic operation exposed, with no undisclosed accounts or hidden access paths?",
    "Also minimal unauthenticated disclosure of security-relevant information.",
    ["Port scan of a factory-reset unit", "Service list"],
  ),
  c(
    "c.if.optional_configurable",
    IFACE,
    "optional services can be switched off",
    "Can authorised users switch optional services and their interfaces on and off?",
    "At least on/off, by authorised users only.",
    ["Settings screenshots"],
  ),
  c(
    "c.if.documented",
    IFACE,
    "exposed services documented",
    "Are the interfaces and services exposed in the factory-default state described in the user documentation?",
    "List ports, protocols and services as shipped.",
    ["User documentation"],
  ),
  c(
    "c.if.physical_minimal",
    IFACE,
    "no unnecessary physical interfaces",
    "Are physical external interfaces (ports, buttons, antennas) limited to what the intended function needs?",
    "Unused connectors should not be exposed.",
    ["Hardware photos"],
  ),
  c(
    "c.if.debug_closed",
    IFACE,
    "debug interfaces closed",
    "Are physically reachable debug interfaces disabled in production software or protected by authentication?",
    "UART, JTAG, SWD, test points.",
    ["Test result on a production unit"],
  ),
  c(
    "c.if.sensing_documented",
    IFACE,
    "sensing capabilities documented",
    "Does the user documentation describe every external sensing capability that may affect privacy (camera, microphone, location, biometric sensors)?",
    "Say where each sensor is described and when it is active.",
    ["User documentation"],
  ),
  c(
    "c.if.input_validation",
    IFACE,
    "input validation",
    "Do all interfaces that accept input (UI, APIs, local network, cloud) validate it syntactically and semantically?",
    "Reject malformed and out-of-range input.",
    ["Design notes", "Test result"],
  ),
  c(
    "c.if.fuzz_tested",
    IFACE,
    "fuzz testing",
    "Have the device's interfaces been fuzz-tested?",
    "Name the interfaces and tools.",
    ["Fuzzing report"],
  ),
  c(
    "c.if.onboarding_secure",
    IFACE,
    "secure onboarding and reconnection",
    "Does access control stay intact during onboarding and when components reconnect after a power or network loss?",
    "Covers provisioning and reconnection after outages.",
    ["Onboarding flow", "Test result"],
  ),
];
