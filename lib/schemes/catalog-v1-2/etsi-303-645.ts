import { all, any, is, isNot, unlessOr, yes } from "../build";
import type { TCondition } from "../conditions";
import type { TCatalogEntries } from "../i18n/dictionary";
import type { TCriterion, TQuestion, TSchemeMeta } from "../types";
import type { TSchemeAddition } from "./compose";

/**
 * ETSI EN 303 645 V2.1.1 (2020-06), every provision (china-label.md §3; eu-red.md and uk-psti.md cross-reference it)
 * with its status: M (shall), R (should), and conditional M C / R C whose condition is the criterion's applicability
 * over profile facts. Reuses the questions that already ask each fact; adds only what none asks. Texts are our own
 * paraphrase; the provision identifiers are the standard's.
 */

const ID = "ETSI_303645" as const;
const SCOPE = all(is("p.consumer"), any(is("p.internet"), is("p.network_interface")), isNot("p.medical"));

type TStatus = "M" | "R" | "M C" | "R C";
type TRow = {
  id: string;
  status: TStatus;
  title: [string, string];
  text: [string, string];
  when?: TCondition;
  /** In plain words, the condition of a conditional provision (M C / R C), English and Chinese. */
  condition?: [string, string];
  sat: TCondition;
  evidence: string;
};

const SECTION: Record<string, [string, string]> = {
  "4": ["4 Reporting implementation", "4 实施情况报告"],
  "5.1": ["5.1 No universal default passwords", "5.1 不使用通用默认密码"],
  "5.2": ["5.2 Managing vulnerability reports", "5.2 漏洞报告管理"],
  "5.3": ["5.3 Keeping software updated", "5.3 保持软件更新"],
  "5.4": ["5.4 Storing security parameters securely", "5.4 安全存储敏感安全参数"],
  "5.5": ["5.5 Communicating securely", "5.5 安全通信"],
  "5.6": ["5.6 Minimising the attack surface", "5.6 尽量减少暴露的攻击面"],
  "5.7": ["5.7 Software integrity", "5.7 确保软件完整性"],
  "5.8": ["5.8 Securing personal data", "5.8 确保个人数据安全"],
  "5.9": ["5.9 Resilience to outages", "5.9 对中断的韧性"],
  "5.10": ["5.10 Examining telemetry", "5.10 检查系统遥测数据"],
  "5.11": ["5.11 Deleting user data", "5.11 便于用户删除数据"],
  "5.12": ["5.12 Easy installation and maintenance", "5.12 便于安装和维护"],
  "5.13": ["5.13 Validating input", "5.13 验证输入数据"],
  "6": ["6 Data protection", "6 数据保护"],
};
const sectionOf = (id: string) => (id.startsWith("5.") ? id.split("-")[0]! : id.split("-")[0]!);

// Conditions of the conditional provisions, over profile facts.
const PASSWORDS = is("p.password_auth");
const NOT_CONSTRAINED = isNot("p.constrained");
const UPDATABLE = is("p.updatable");
const NON_UPDATABLE_CONSTRAINED = all(is("p.constrained"), isNot("p.updatable"));
const TELEMETRY = is("p.telemetry");
const CONSENT = is("p.consent_basis");

const C_PASSWORDS: [string, string] = ["where passwords are used", "使用密码时"];
const C_UPDATES: [string, string] = ["where the device has an update mechanism", "设备具有更新机制时"];
const C_TELEMETRY: [string, string] = ["where telemetry is collected", "收集遥测数据时"];
const C_CONSENT: [string, string] = [
  "where personal data is processed on the basis of consent",
  "基于同意处理个人数据时",
];

const ROWS: TRow[] = [
  {
    id: "4-1",
    status: "M",
    title: ["Justification for provisions not met", "未满足条款的理由"],
    text: [
      "For every recommendation considered not applicable or not met, the manufacturer records a justification.",
      "对于每项被认为不适用或未满足的建议，制造商都记录理由。",
    ],
    sat: yes("c.doc.justifications"),
    evidence: "Implementation conformance statement with justifications",
  },
  {
    id: "5.1-1",
    status: "M C",
    title: ["Unique or user-defined passwords", "密码每台设备唯一或由用户设定"],
    text: [
      "Outside the factory default state, every device password is unique per device or defined by the user.",
      "在出厂默认状态之外，每个设备密码都是每台设备唯一的，或由用户设定。",
    ],
    when: PASSWORDS,
    condition: C_PASSWORDS,
    sat: all(
      unlessOr("p.factory_password", yes("c.pw.factory_unique_or_forced")),
      unlessOr("p.user_password", yes("c.pw.user_set_first_use")),
    ),
    evidence: "Password policy",
  },
  {
    id: "5.1-2",
    status: "M C",
    title: ["Pre-installed passwords not guessable for a class", "预装密码不能针对整类设备被推算"],
    text: [
      "Unique pre-installed passwords are generated so that an automated attack cannot work against a whole class or type of device (not derived from MAC addresses, serial numbers or similar public data).",
      "预装的唯一密码的生成方式使自动化攻击无法针对整类或整型设备奏效（不从 MAC 地址、序列号等公开数据推导）。",
    ],
    when: is("p.factory_password"),
    condition: ["where pre-installed passwords are used", "使用预装密码时"],
    sat: yes("c.pw.not_derived"),
    evidence: "Password policy",
  },
  {
    id: "5.1-3",
    status: "M",
    title: ["Best-practice cryptography for user authentication", "用户认证采用最佳实践密码技术"],
    text: [
      "Mechanisms that authenticate users against the device use best-practice cryptography suited to the technology, risk and use.",
      "用于向设备认证用户的机制采用与技术、风险和用途相适应的最佳实践密码技术。",
    ],
    sat: all(yes("c.auth.validation"), yes("c.crypto.best_practice")),
    evidence: "Authentication design description",
  },
  {
    id: "5.1-4",
    status: "M C",
    title: ["Simple way to change the authentication value", "提供更改认证值的简单方法"],
    text: [
      "Where a user can authenticate against the device, the user or an administrator has a simple way to change the authentication value.",
      "用户可以向设备认证时，为用户或管理员提供更改认证值的简单方法。",
    ],
    when: PASSWORDS,
    condition: C_PASSWORDS,
    sat: yes("c.auth.change"),
    evidence: "User manual section on changing the password",
  },
  {
    id: "5.1-5",
    status: "M C",
    title: ["Brute force over the network made impracticable", "使通过网络的暴力破解不可行"],
    text: [
      "A device that is not constrained has a mechanism that makes brute-force attacks on authentication over network interfaces impracticable.",
      "非受限设备具有使通过网络接口对认证机制的暴力破解不可行的机制。",
    ],
    when: all(NOT_CONSTRAINED, PASSWORDS),
    condition: ["for a device that is not constrained and uses passwords", "设备非受限且使用密码时"],
    sat: yes("c.auth.bruteforce"),
    evidence: "Password policy",
  },
  {
    id: "5.2-1",
    status: "M",
    title: ["Public vulnerability disclosure policy", "公开的漏洞披露政策"],
    text: [
      "The manufacturer publishes a vulnerability disclosure policy with a contact point and timelines for acknowledging reports and giving status updates.",
      "制造商公开漏洞披露政策，其中包括联系方式以及确认报告和提供状态更新的时间表。",
    ],
    sat: yes("c.vuln.policy"),
    evidence: "Published vulnerability disclosure policy (URL)",
  },
  {
    id: "5.2-2",
    status: "R",
    title: ["Disclosed vulnerabilities acted on in time", "及时处理已披露的漏洞"],
    text: ["Disclosed vulnerabilities are acted on in a timely manner.", "及时处理已披露的漏洞。"],
    sat: yes("c.vuln.process"),
    evidence: "Vulnerability handling procedure",
  },
  {
    id: "5.2-3",
    status: "R",
    title: ["Vulnerabilities monitored through the support period", "在支持期内持续监测漏洞"],
    text: [
      "Throughout the defined support period, the manufacturer continually monitors, identifies and fixes vulnerabilities in the products and services it sells, produces or operates.",
      "在规定的支持期内，制造商持续监测、识别并修复其销售、生产或运营的产品和服务中的漏洞。",
    ],
    sat: yes("c.vuln.monitoring"),
    evidence: "Vulnerability handling procedure",
  },
  {
    id: "5.3-1",
    status: "R",
    title: ["All software components updatable", "所有软件组件均可安全更新"],
    text: [
      "Every software component of the device can be updated securely.",
      "设备的每个软件组件都可以安全更新。",
    ],
    sat: yes("c.upd.all_parts"),
    evidence: "Update mechanism description",
  },
  {
    id: "5.3-2",
    status: "M C",
    title: ["Secure update mechanism", "安全的更新安装机制"],
    text: [
      "A device that is not constrained has an update mechanism that installs updates securely.",
      "非受限设备具有安全安装更新的更新机制。",
    ],
    when: NOT_CONSTRAINED,
    condition: ["for a device that is not constrained", "设备非受限时"],
    sat: yes("c.upd.verified"),
    evidence: "Update mechanism description",
  },
  {
    id: "5.3-3",
    status: "M C",
    title: ["Updates simple to apply", "更新便于用户应用"],
    text: ["Updates are simple for the user to apply.", "更新便于用户应用。"],
    when: UPDATABLE,
    condition: C_UPDATES,
    sat: yes("c.upd.simple"),
    evidence: "Update mechanism description",
  },
  {
    id: "5.3-4",
    status: "R C",
    title: ["Automatic updates", "自动更新机制"],
    text: ["Software updates are applied through automatic mechanisms.", "通过自动机制应用软件更新。"],
    when: UPDATABLE,
    condition: C_UPDATES,
    sat: yes("c.upd.automatic"),
    evidence: "Update mechanism description",
  },
  {
    id: "5.3-5",
    status: "R C",
    title: ["Checks for updates after set-up and periodically", "初始化后及定期检查安全更新"],
    text: [
      "The device checks whether security updates are available after initialisation and then periodically.",
      "设备在初始化后检查是否有可用的安全更新，之后定期检查。",
    ],
    when: UPDATABLE,
    condition: C_UPDATES,
    sat: yes("c.upd.defaults_on"),
    evidence: "Update mechanism description",
  },
  {
    id: "5.3-6",
    status: "R C",
    title: ["Automatic updates on by default", "自动更新和通知默认开启"],
    text: [
      "Where the device supports automatic updates or update notifications, they are on by default and the user can turn them on, off or postpone them.",
      "设备支持自动更新或更新通知时，默认开启，且用户可以开启、关闭或推迟。",
    ],
    when: UPDATABLE,
    condition: C_UPDATES,
    sat: yes("c.upd.defaults_on"),
    evidence: "Update mechanism description",
  },
  {
    id: "5.3-7",
    status: "M C",
    title: ["Best-practice cryptography for updates", "更新机制采用最佳实践密码技术"],
    text: [
      "The device uses best-practice cryptography to make the update mechanism secure.",
      "设备采用最佳实践密码技术确保更新机制的安全。",
    ],
    when: UPDATABLE,
    condition: C_UPDATES,
    sat: all(yes("c.upd.verified"), yes("c.crypto.best_practice")),
    evidence: "Update mechanism description",
  },
  {
    id: "5.3-8",
    status: "M C",
    title: ["Timely security updates", "及时提供安全更新"],
    text: ["Security updates are timely.", "安全更新及时提供。"],
    when: UPDATABLE,
    condition: C_UPDATES,
    sat: yes("c.upd.timely"),
    evidence: "Vulnerability handling procedure",
  },
  {
    id: "5.3-9",
    status: "R C",
    title: ["Device verifies updates", "设备验证更新的真实性和完整性"],
    text: [
      "The device verifies the authenticity and integrity of software updates.",
      "设备验证软件更新的真实性和完整性。",
    ],
    when: UPDATABLE,
    condition: C_UPDATES,
    sat: yes("c.upd.verified"),
    evidence: "Update mechanism description",
  },
  {
    id: "5.3-10",
    status: "M C",
    title: ["Network updates through a trust relationship", "通过网络接口的更新经信任关系验证"],
    text: [
      "Where updates arrive over a network interface, the device verifies their authenticity and integrity through a trust relationship.",
      "更新通过网络接口传送时，设备通过信任关系验证其真实性和完整性。",
    ],
    when: all(UPDATABLE, is("p.network_interface")),
    condition: ["where updates are delivered over a network interface", "更新通过网络接口传送时"],
    sat: yes("c.upd.verified"),
    evidence: "Update mechanism description",
  },
  {
    id: "5.3-11",
    status: "R C",
    title: ["User told an update is needed and why", "告知用户需要更新及其原因"],
    text: [
      "The manufacturer tells the user, in a recognisable and apparent way, that a security update is needed, with what risks it mitigates.",
      "制造商以易识别、明显的方式告知用户需要安全更新，并说明其缓解的风险。",
    ],
    when: UPDATABLE,
    condition: C_UPDATES,
    sat: yes("c.upd.notify"),
    evidence: "Update mechanism description",
  },
  {
    id: "5.3-12",
    status: "R C",
    title: ["Warning before an update interrupts functions", "更新中断基本功能前发出提示"],
    text: [
      "The device tells the user when applying an update will interrupt its basic functioning.",
      "应用更新会中断设备基本功能时，设备告知用户。",
    ],
    when: UPDATABLE,
    condition: C_UPDATES,
    sat: yes("c.upd.interrupt_warning"),
    evidence: "Update mechanism description",
  },
  {
    id: "5.3-13",
    status: "M",
    title: ["Support period published", "公布规定的支持期"],
    text: [
      "The manufacturer publishes, accessibly and clearly for the user, the defined support period.",
      "制造商以用户易获取、清晰的方式公布规定的支持期。",
    ],
    sat: yes("c.support.published"),
    evidence: "Support policy",
  },
  {
    id: "5.3-14",
    status: "R C",
    title: ["Non-updatable device: rationale and replacement published", "不可更新设备：公布理由和更换支持"],
    text: [
      "For a constrained device that cannot be updated, the manufacturer publishes why, the period and method of hardware replacement support, and the defined support period.",
      "对于无法更新软件的受限设备，制造商公布原因、硬件更换支持的期限和方式，以及规定的支持期。",
    ],
    when: NON_UPDATABLE_CONSTRAINED,
    condition: ["for a constrained device that cannot be updated", "受限且不可更新的设备"],
    sat: yes("c.upd.non_updatable_plan"),
    evidence: "Support policy",
  },
  {
    id: "5.3-15",
    status: "R C",
    title: ["Non-updatable device: isolable and replaceable", "不可更新设备：可隔离、硬件可更换"],
    text: [
      "A constrained device that cannot be updated can be isolated and its hardware replaced.",
      "无法更新软件的受限设备可以被隔离，其硬件可以更换。",
    ],
    when: NON_UPDATABLE_CONSTRAINED,
    condition: ["for a constrained device that cannot be updated", "受限且不可更新的设备"],
    sat: yes("c.upd.non_updatable_plan"),
    evidence: "Support policy",
  },
  {
    id: "5.3-16",
    status: "M",
    title: ["Model designation recognisable", "型号标识清晰可辨"],
    text: [
      "The model designation of the device is clearly recognisable, by a label on the device or through a physical interface.",
      "设备的型号标识清晰可辨，可通过设备上的标签或物理接口识别。",
    ],
    sat: yes("c.id.model_visible"),
    evidence: "Product photo showing the model designation",
  },
  {
    id: "5.4-1",
    status: "M",
    title: ["Sensitive security parameters stored securely", "持久存储中的敏感安全参数安全存储"],
    text: [
      "Sensitive security parameters in persistent storage are stored securely by the device.",
      "设备安全地存储持久存储中的敏感安全参数。",
    ],
    sat: unlessOr("p.persistent_storage", yes("c.sto.secure_storage")),
    evidence: "Secure storage description",
  },
  {
    id: "5.4-2",
    status: "M C",
    title: ["Hard-coded device identity resists tampering", "硬编码的设备身份抗篡改"],
    text: [
      "Where a hard-coded unique identity is used for security, it resists tampering by physical, electrical or software means.",
      "将硬编码的唯一设备身份用于安全目的时，该身份能抵御物理、电气或软件手段的篡改。",
    ],
    when: is("p.device_identity"),
    condition: [
      "where a hard-coded unique device identity is used for security",
      "将硬编码的唯一设备身份用于安全目的时",
    ],
    sat: yes("c.hw.secure_element"),
    evidence: "Secure storage description",
  },
  {
    id: "5.4-3",
    status: "M",
    title: ["No hard-coded critical security parameters", "源代码中无硬编码的关键安全参数"],
    text: [
      "Device software source code contains no hard-coded critical security parameters.",
      "设备软件源代码中不含硬编码的关键安全参数。",
    ],
    sat: yes("c.key.no_hardcoded"),
    evidence: "Firmware analysis report",
  },
  {
    id: "5.4-4",
    status: "M",
    title: ["Per-device keys for updates and back-end", "用于更新和后端通信的关键参数每台设备唯一"],
    text: [
      "Critical security parameters used for integrity and authenticity checks of updates and for protecting communication with associated services are unique per device and made to resist class-wide attacks.",
      "用于更新完整性和真实性检查以及保护与关联服务通信的关键安全参数每台设备唯一，且其生成方式能抵御针对整类设备的攻击。",
    ],
    sat: yes("c.key.no_hardcoded"),
    evidence: "Key management description",
  },
  {
    id: "5.5-1",
    status: "M",
    title: ["Best-practice cryptography for communication", "通信采用最佳实践密码技术"],
    text: [
      "The device communicates securely, using best-practice cryptography.",
      "设备采用最佳实践密码技术进行安全通信。",
    ],
    sat: all(yes("c.com.secure_channel"), yes("c.crypto.best_practice")),
    evidence: "Communication security description",
  },
  {
    id: "5.5-2",
    status: "R",
    title: ["Reviewed implementations", "使用经审查或评估的实现"],
    text: [
      "Network and security functions use reviewed or evaluated implementations.",
      "网络和安全功能使用经过审查或评估的实现。",
    ],
    sat: yes("c.com.crypto_agility"),
    evidence: "Communication security description",
  },
  {
    id: "5.5-3",
    status: "R",
    title: ["Cryptography can be updated", "密码算法和原语可更新"],
    text: ["Cryptographic algorithms and primitives can be updated.", "密码算法和原语可以更新。"],
    sat: yes("c.com.crypto_agility"),
    evidence: "Communication security description",
  },
  {
    id: "5.5-4",
    status: "R",
    title: ["Network access to functions after authentication", "仅在认证后通过网络访问设备功能"],
    text: [
      "Device functions are reachable over a network interface in the initialised state only after authentication.",
      "在已初始化状态下，只有经过认证才能通过网络接口访问设备功能。",
    ],
    sat: yes("c.auth.network"),
    evidence: "Authentication design description",
  },
  {
    id: "5.5-5",
    status: "M",
    title: ["Security configuration over the network after authentication", "通过网络更改安全配置需先认证"],
    text: [
      "Functions that change security-relevant configuration over a network interface are reachable only after authentication (basic network service protocols the device relies on excepted).",
      "通过网络接口更改安全相关配置的功能，只有经过认证才能访问（设备所依赖的基本网络服务协议除外）。",
    ],
    sat: yes("c.ac.config_auth"),
    evidence: "Authentication design description",
  },
  {
    id: "5.5-6",
    status: "R",
    title: ["Critical parameters encrypted in transit", "传输中的关键安全参数加密"],
    text: [
      "Critical security parameters are encrypted in transit, with cryptography suited to the technology, risk and use.",
      "传输中的关键安全参数采用与技术、风险和用途相适应的密码技术加密。",
    ],
    sat: yes("c.com.confidentiality"),
    evidence: "Communication security description",
  },
  {
    id: "5.5-7",
    status: "M",
    title: ["Critical parameters confidential over remote interfaces", "通过远程接口通信的关键参数保密"],
    text: [
      "The device protects the confidentiality of critical security parameters communicated over remotely accessible network interfaces.",
      "设备保护通过可远程访问的网络接口传输的关键安全参数的机密性。",
    ],
    sat: all(yes("c.com.secure_channel"), yes("c.com.confidentiality")),
    evidence: "Communication security description",
  },
  {
    id: "5.5-8",
    status: "M",
    title: ["Secure management of security parameters", "关键安全参数的安全管理流程"],
    text: [
      "The manufacturer follows secure management processes for the critical security parameters of the device.",
      "制造商对设备的关键安全参数遵循安全的管理流程。",
    ],
    sat: yes("c.key.management"),
    evidence: "Key management description",
  },
  {
    id: "5.6-1",
    status: "M",
    title: ["Unused interfaces disabled", "禁用未使用的网络和逻辑接口"],
    text: ["All unused network and logical interfaces are disabled.", "所有未使用的网络和逻辑接口均已禁用。"],
    sat: yes("c.if.minimal_exposure"),
    evidence: "List of exposed interfaces and services",
  },
  {
    id: "5.6-2",
    status: "M",
    title: ["Minimal disclosure without authentication", "未经认证时尽量少披露安全相关信息"],
    text: [
      "In the initialised state, the network interfaces disclose as little security-relevant information as possible without authentication.",
      "在已初始化状态下，网络接口在未经认证时尽可能少地披露安全相关信息。",
    ],
    sat: yes("c.if.unauth_disclosure"),
    evidence: "List of exposed interfaces and services",
  },
  {
    id: "5.6-3",
    status: "R",
    title: ["Physical interfaces not exposed needlessly", "不必要地暴露物理接口"],
    text: [
      "The device's physical interfaces are not exposed to attack needlessly.",
      "设备的物理接口不会不必要地暴露于攻击。",
    ],
    sat: yes("c.if.physical_minimal"),
    evidence: "List of exposed interfaces and services",
  },
  {
    id: "5.6-4",
    status: "M C",
    title: ["Physical debug interfaces disabled", "在软件中禁用可物理访问的调试接口"],
    text: [
      "Where a debug interface is physically accessible, it is disabled in software.",
      "调试接口可被物理访问时，在软件中禁用。",
    ],
    when: is("p.debug_interface"),
    condition: ["where a debug interface is physically accessible", "调试接口可被物理访问时"],
    sat: yes("c.if.debug_closed"),
    evidence: "List of exposed interfaces and services",
  },
  {
    id: "5.6-5",
    status: "R",
    title: ["Only needed services enabled", "仅启用所需的软件服务"],
    text: [
      "Only software services needed for the intended use or operation of the device are enabled.",
      "仅启用设备预期用途或运行所需的软件服务。",
    ],
    sat: yes("c.if.minimal_exposure"),
    evidence: "List of exposed interfaces and services",
  },
  {
    id: "5.6-6",
    status: "R",
    title: ["Code minimised", "代码精简"],
    text: [
      "Code is minimised to what the service or device needs to work.",
      "代码精简到服务或设备运行所需的程度。",
    ],
    sat: yes("c.dev.hardening"),
    evidence: "Secure development process description",
  },
  {
    id: "5.6-7",
    status: "R",
    title: ["Least privilege", "最小权限"],
    text: [
      "Software runs with the least privilege needed, for security and function.",
      "软件以兼顾安全和功能所需的最小权限运行。",
    ],
    sat: yes("c.ac.least_privilege"),
    evidence: "Secure development process description",
  },
  {
    id: "5.6-8",
    status: "R",
    title: ["Hardware memory access control", "硬件级内存访问控制"],
    text: ["The device uses hardware-level access control for memory.", "设备对内存采用硬件级访问控制机制。"],
    sat: yes("c.dev.hardening"),
    evidence: "Secure development process description",
  },
  {
    id: "5.6-9",
    status: "R",
    title: ["Secure development process", "安全开发流程"],
    text: [
      "The manufacturer follows secure development processes for the software deployed on the device.",
      "制造商对部署在设备上的软件遵循安全开发流程。",
    ],
    sat: yes("c.dev.sdl"),
    evidence: "Secure development process description",
  },
  {
    id: "5.7-1",
    status: "R",
    title: ["Secure boot", "安全启动"],
    text: [
      "The device verifies its software with secure boot mechanisms.",
      "设备通过安全启动机制验证其软件。",
    ],
    sat: yes("c.boot.secure_boot"),
    evidence: "Secure boot description",
  },
  {
    id: "5.7-2",
    status: "R C",
    title: ["Response to an unauthorised software change", "检测到未授权软件更改时的响应"],
    text: [
      "When an unauthorised change to the software is detected, the device alerts the user or administrator and connects no further than needed to do so.",
      "检测到软件被未经授权更改时，设备提醒用户或管理员，且网络连接不超出发出提醒所需的范围。",
    ],
    when: is("p.firmware"),
    condition: ["for a device that runs software", "设备运行软件时"],
    sat: yes("c.boot.tamper_response"),
    evidence: "Secure boot description",
  },
  {
    id: "5.8-1",
    status: "R",
    title: ["Personal data protected in transit", "传输中的个人数据受保护"],
    text: [
      "Personal data travelling between the device and services, especially associated services, is protected for confidentiality with best-practice cryptography.",
      "在设备与服务（特别是关联服务）之间传输的个人数据，采用最佳实践密码技术保护其机密性。",
    ],
    sat: unlessOr("p.personal_data", yes("c.com.confidentiality")),
    evidence: "Communication security description",
  },
  {
    id: "5.8-2",
    status: "M C",
    title: ["Sensitive personal data kept confidential", "敏感个人数据保密"],
    text: [
      "Sensitive personal data communicated between the device and associated services is kept confidential, with cryptography suited to the technology and use.",
      "设备与关联服务之间传输的敏感个人数据，采用与技术和用途相适应的密码技术保密。",
    ],
    when: is("p.sensitive_pi"),
    condition: ["where the device handles sensitive personal data", "设备处理敏感个人数据时"],
    sat: yes("c.com.confidentiality"),
    evidence: "Communication security description",
  },
  {
    id: "5.8-3",
    status: "M C",
    title: ["External sensing documented", "记录外部感知能力"],
    text: [
      "All external sensing capabilities of the device are documented in a way that is clear and transparent for the user.",
      "设备的所有外部感知能力都以对用户清晰透明的方式记录在文档中。",
    ],
    when: is("p.sensing"),
    condition: ["where the device has external sensing capabilities", "设备具有外部感知能力时"],
    sat: yes("c.if.sensing_documented"),
    evidence: "User manual",
  },
  {
    id: "5.9-1",
    status: "R",
    title: ["Resilience to network and power outages", "对网络和电源中断的韧性"],
    text: [
      "Resilience is built into the device and services, taking into account possible outages of data networks and power.",
      "设备和服务在设计上考虑数据网络和电源可能中断的情况，具有韧性。",
    ],
    sat: yes("c.res.outage_recovery"),
    evidence: "Resilience test results",
  },
  {
    id: "5.9-2",
    status: "R",
    title: ["Local function without network; clean recovery", "断网时保持本地功能，断电后恢复正常"],
    text: [
      "The device stays as functional as possible locally when it loses network access, and recovers cleanly after a loss of power.",
      "设备断网时尽可能保持本地功能，断电后能正常恢复。",
    ],
    sat: yes("c.res.outage_recovery"),
    evidence: "Resilience test results",
  },
  {
    id: "5.9-3",
    status: "R",
    title: ["Orderly network reconnection", "有序、稳定地（重新）连接网络"],
    text: [
      "The device connects to networks in an expected, operational and stable state and in an orderly way, taking the capacity of the infrastructure into account.",
      "设备以预期、可运行且稳定的状态有序地连接网络，并考虑基础设施的承载能力。",
    ],
    sat: yes("c.res.outage_recovery"),
    evidence: "Resilience test results",
  },
  {
    id: "5.10-1",
    status: "R C",
    title: ["Telemetry examined for security anomalies", "检查遥测数据中的安全异常"],
    text: [
      "If telemetry is collected from devices and services, it is examined for security anomalies.",
      "如从设备和服务收集遥测数据，则检查其中的安全异常。",
    ],
    when: TELEMETRY,
    condition: C_TELEMETRY,
    sat: yes("c.mon.backend"),
    evidence: "Security monitoring description",
  },
  {
    id: "5.11-1",
    status: "M",
    title: ["Simple erasure of user data", "简便地删除设备上的用户数据"],
    text: [
      "The user has functionality to erase user data from the device simply.",
      "为用户提供简便地从设备上删除用户数据的功能。",
    ],
    sat: yes("c.del.device_erase"),
    evidence: "User manual section on deleting data",
  },
  {
    id: "5.11-2",
    status: "R",
    title: ["Personal data removable from associated services", "可删除关联服务中的个人数据"],
    text: [
      "The user has a simple way to remove personal data from associated services.",
      "为用户提供简便地删除关联服务中个人数据的方法。",
    ],
    sat: unlessOr("p.cloud", yes("c.del.cloud")),
    evidence: "User manual section on deleting data",
  },
  {
    id: "5.11-3",
    status: "R",
    title: ["Clear deletion instructions", "清晰的数据删除说明"],
    text: [
      "Users get clear instructions on how to delete their personal data.",
      "向用户提供如何删除其个人数据的清晰说明。",
    ],
    sat: yes("c.del.confirmation"),
    evidence: "User manual section on deleting data",
  },
  {
    id: "5.11-4",
    status: "R",
    title: ["Deletion confirmed", "确认数据已删除"],
    text: [
      "Users get clear confirmation that personal data has been deleted from services, devices and applications.",
      "向用户明确确认其个人数据已从服务、设备和应用中删除。",
    ],
    sat: yes("c.del.confirmation"),
    evidence: "User manual section on deleting data",
  },
  {
    id: "5.12-1",
    status: "R",
    title: ["Simple installation and maintenance", "安装和维护简便"],
    text: [
      "Installing and maintaining the device needs few steps and follows best practice on usability.",
      "安装和维护设备所需步骤少，并遵循可用性最佳实践。",
    ],
    sat: yes("c.edu.secure_setup"),
    evidence: "User manual",
  },
  {
    id: "5.12-2",
    status: "R",
    title: ["Guidance on secure set-up", "安全设置指导"],
    text: [
      "The manufacturer gives users guidance on how to set the device up securely.",
      "制造商向用户提供如何安全设置设备的指导。",
    ],
    sat: yes("c.edu.guidance"),
    evidence: "User manual",
  },
  {
    id: "5.12-3",
    status: "R",
    title: ["Guidance to check the set-up is secure", "检查设置是否安全的指导"],
    text: [
      "The manufacturer gives users guidance on how to check that their device is set up securely.",
      "制造商向用户提供如何检查设备设置是否安全的指导。",
    ],
    sat: yes("c.edu.secure_setup"),
    evidence: "User manual",
  },
  {
    id: "5.13-1",
    status: "M",
    title: ["Input validated", "验证输入数据"],
    text: [
      "Software validates data entered through user interfaces, passed through application programming interfaces or between networks in services and devices.",
      "软件验证通过用户界面输入、通过应用程序接口传递，或在服务和设备的网络之间传递的数据。",
    ],
    sat: yes("c.if.input_validation"),
    evidence: "Input validation and fuzz test report",
  },
  {
    id: "6-1",
    status: "M",
    title: ["Clear information on personal data processing", "清晰说明个人数据的处理"],
    text: [
      "The manufacturer tells consumers clearly which personal data is processed, how, by whom (including third parties such as advertisers) and for what purposes, for each device and service.",
      "制造商针对每台设备和每项服务，向消费者清晰说明处理哪些个人数据、如何处理、由谁处理（包括广告商等第三方）以及处理目的。",
    ],
    sat: unlessOr("p.personal_data", yes("c.pi.rules_published")),
    evidence: "Privacy notice",
  },
  {
    id: "6-2",
    status: "M C",
    title: ["Valid consent", "获得有效同意"],
    text: [
      "Where personal data is processed on the basis of consent, the consent is obtained in a valid way.",
      "基于消费者同意处理个人数据时，以有效方式获得同意。",
    ],
    when: CONSENT,
    condition: C_CONSENT,
    sat: yes("c.pi.consent_upload"),
    evidence: "Privacy notice",
  },
  {
    id: "6-3",
    status: "M C",
    title: ["Consent can be withdrawn", "可随时撤回同意"],
    text: ["Consumers who gave consent can withdraw it at any time.", "已给予同意的消费者可以随时撤回同意。"],
    when: CONSENT,
    condition: C_CONSENT,
    sat: yes("c.pi.withdraw"),
    evidence: "Privacy notice",
  },
  {
    id: "6-4",
    status: "R C",
    title: ["Telemetry: minimal personal data", "遥测：个人数据最少化"],
    text: [
      "If telemetry is collected, processing of personal data in it is kept to the minimum needed for the intended function.",
      "如收集遥测数据，其中的个人数据处理保持在预期功能所需的最低限度。",
    ],
    when: TELEMETRY,
    condition: C_TELEMETRY,
    sat: yes("c.pi.minimal"),
    evidence: "Privacy notice",
  },
  {
    id: "6-5",
    status: "M C",
    title: ["Telemetry: consumers informed", "遥测：告知消费者"],
    text: [
      "If telemetry is collected, consumers are told which telemetry is collected, how it is used, by whom and for what purposes.",
      "如收集遥测数据，告知消费者收集哪些遥测数据、如何使用、由谁使用以及用于何种目的。",
    ],
    when: TELEMETRY,
    condition: C_TELEMETRY,
    sat: yes("c.pi.rules_published"),
    evidence: "Privacy notice",
  },
];

const MANDATORY_REFUSAL: [string, string] = [
  "EN 303 645 makes this provision mandatory: it is met or it is not, never not applicable.",
  "EN 303 645 将此条款规定为强制性条款：要么满足，要么不满足，不能为“不适用”。",
];
const CONDITIONAL_REFUSAL: [string, string] = [
  "EN 303 645 makes this provision mandatory wherever its condition holds; whether it holds is decided by the product profile, not by a claim.",
  "只要条件成立，EN 303 645 即将此条款规定为强制性条款；条件是否成立由产品概况决定，不能自行声称。",
];

const criteria: TCriterion[] = ROWS.map((r) => {
  const mandatory = r.status.startsWith("M");
  const refusal = mandatory ? (r.when ? CONDITIONAL_REFUSAL : MANDATORY_REFUSAL) : null;
  return {
    key: `ETSI:${r.id}`,
    scheme: ID,
    id: r.id,
    title: r.title[0],
    text: r.text[0],
    mechanism: SECTION[sectionOf(r.id)]![0],
    scope: "etsi",
    obligation: mandatory ? "mandatory" : "recommended",
    ...(r.when ? { applicability: r.when } : {}),
    satisfaction: r.sat,
    allowNotApplicable: !mandatory,
    ...(refusal ? { naRefusal: refusal[0] } : {}),
    evidence: [r.evidence],
    references: { etsi: [r.id], related: [] },
    confidence: "confirmed",
    notes: `Status ${r.status}${r.condition ? `: ${r.condition[0]}` : ""}.`,
  };
});

// --- Questions no existing one asks ------------------------------------------------------------------------
const DEVICE_IDENTITY: TQuestion = {
  id: "p.device_identity",
  kind: "profile",
  type: "boolean",
  topic: "Software, keys and storage",
  label: "hard-coded device identity",
  prompt:
    "Does the device use a unique identity fixed at the factory (a device certificate, key or ID in hardware or firmware) for security purposes?",
  help: "EN 303 645 5.4-2: such an identity has to resist physical, electrical and software tampering.",
  evidence: ["Product description"],
};
const TELEMETRY_Q: TQuestion = {
  id: "p.telemetry",
  kind: "profile",
  type: "boolean",
  topic: "Personal data",
  label: "telemetry collected",
  prompt: "Does the device or its services send you usage, measurement or diagnostic data (telemetry)?",
  help: "EN 303 645 5.10-1, 6-4 and 6-5 apply to products that collect telemetry.",
  evidence: ["Product description"],
};
const CONSENT_Q: TQuestion = {
  id: "p.consent_basis",
  kind: "profile",
  type: "boolean",
  topic: "Personal data",
  label: "processing based on consent",
  prompt: "Is any of the personal data processed on the basis of the user's consent?",
  help: "EN 303 645 6-2 and 6-3 apply where consent is the legal basis of processing.",
  evidence: ["Privacy notice"],
  visibleWhen: is("p.personal_data"),
  hiddenValue: false,
};
const UNAUTH_DISCLOSURE: TQuestion = {
  id: "c.if.unauth_disclosure",
  kind: "control",
  type: "control",
  topic: "Interfaces and services",
  label: "minimal unauthenticated disclosure",
  prompt:
    "Once set up, do the device's network interfaces reveal as little security-relevant information as possible (software versions, configuration, account names) to anyone not authenticated?",
  help: "EN 303 645 5.6-2: banners, discovery protocols and error pages should not give attackers a head start.",
  evidence: ["List of exposed interfaces and services"],
  naRefusal: "EN 303 645 5.6-2 is mandatory for every consumer IoT device: answer yes, partly or no.",
};

// 4-1: c.doc.outcomes asks a like fact but only inside the US programme (visibleWhen), and US.DOC.1 reads it
// whatever the scope: asking it more widely would change US results, so EN 303 645 asks its own.
const JUSTIFICATIONS: TQuestion = {
  id: "c.doc.justifications",
  kind: "control",
  type: "control",
  topic: "Identification, documentation and support",
  label: "justifications for provisions not met",
  prompt:
    "For every EN 303 645 recommendation the product does not meet or treats as not applicable, is the justification recorded (for example in an implementation conformance statement)?",
  help: "EN 303 645 4-1: a recommendation may be left out only with a recorded justification.",
  evidence: ["Implementation conformance statement with justifications"],
  naRefusal: "EN 303 645 4-1 is mandatory: answer yes, partly or no.",
};

const meta: TSchemeMeta = {
  id: ID,
  name: "ETSI EN 303 645 V2.1.1 — Cyber security for consumer IoT: baseline requirements",
  shortName: "ETSI EN 303 645",
  legalBasis: ["ETSI EN 303 645 V2.1.1 (2020-06)"],
  sources: [
    {
      label: "ETSI EN 303 645 V2.1.1",
      url: "https://www.etsi.org/deliver/etsi_en/303600_303699/303645/02.01.01_60/en_303645v020101p.pdf",
    },
  ],
  confidenceNotes: [
    "Statuses (M, R, M C, R C) follow the wording of each provision (shall / should, and its own condition); the standard's Table B.1 was not reproduced.",
    "Provision texts are our paraphrase; several provisions are answered by one question where the questionnaire already asks the fact.",
    "A standard, not a law: meeting it is a lab assessment result, never a certificate or a legal authorisation.",
  ],
  provisional: false,
  scopes: [{ id: "etsi", label: "consumer IoT devices connected to a network", condition: SCOPE }],
  scopeReasons: [
    { when: isNot("p.consumer"), reason: "Not a consumer product: EN 303 645 covers consumer IoT devices." },
    {
      when: all(isNot("p.internet"), isNot("p.network_interface")),
      reason: "The device connects to no network: EN 303 645 covers network-connected devices.",
    },
    {
      when: is("p.medical"),
      reason: "A medical device: EN 303 645 leaves devices primarily meant for health care out of its scope.",
    },
  ],
};

const zhRows: Record<string, string> = {};
for (const r of ROWS) {
  const k = `criterion.ETSI:${r.id}`;
  zhRows[`${k}.title`] = r.title[1];
  zhRows[`${k}.text`] = r.text[1];
  zhRows[`${k}.notes`] = `状态 ${r.status}${r.condition ? `：${r.condition[1]}` : ""}。`;
  if (r.status.startsWith("M"))
    zhRows[`${k}.naRefusal`] = (r.when ? CONDITIONAL_REFUSAL : MANDATORY_REFUSAL)[1];
}

const EVIDENCE_ZH: Record<string, string> = {
  "Implementation conformance statement with justifications": "附有理由的实施符合性声明",
  "Authentication design description": "认证设计说明",
  "User manual section on changing the password": "用户手册中关于更改密码的章节",
  "Published vulnerability disclosure policy (URL)": "已公开的漏洞披露政策（网址）",
  "Vulnerability handling procedure": "漏洞处理程序",
  "Update mechanism description": "更新机制说明",
  "Product photo showing the model designation": "显示型号标识的产品照片",
  "Secure storage description": "安全存储说明",
  "Firmware analysis report": "固件分析报告",
  "Key management description": "密钥管理说明",
  "Communication security description": "通信安全说明",
  "List of exposed interfaces and services": "暴露的接口和服务清单",
  "Secure development process description": "安全开发流程说明",
  "Secure boot description": "安全启动说明",
  "Resilience test results": "韧性测试结果",
  "Security monitoring description": "安全监测说明",
  "User manual section on deleting data": "用户手册中关于删除数据的章节",
  "Input validation and fuzz test report": "输入验证和模糊测试报告",
  "User manual": "用户手册",
};

const zhCN: TCatalogEntries = {
  [`scheme.${ID}.name`]: "ETSI EN 303 645 V2.1.1——消费类物联网网络安全：基线要求",
  [`scheme.${ID}.shortName`]: "ETSI EN 303 645",
  [`scheme.${ID}.legalBasis.0`]: "ETSI EN 303 645 V2.1.1（2020-06）",
  [`scheme.${ID}.sources.0`]: "ETSI EN 303 645 V2.1.1",
  [`scheme.${ID}.confidenceNotes.0`]:
    "状态（M、R、M C、R C）依据各条款的措辞（“应”/“宜”及其自身条件）确定；未转载该标准的表 B.1。",
  [`scheme.${ID}.confidenceNotes.1`]: "条款文本为我们的释义；问卷已询问的事实，由同一个问题回答多项条款。",
  [`scheme.${ID}.confidenceNotes.2`]: "这是标准而非法律：符合该标准是实验室评估结果，绝非证书或法定授权。",
  [`scheme.${ID}.scope.etsi`]: "连接网络的消费类物联网设备",
  [`scheme.${ID}.scopeReason.0`]: "不是消费类产品：EN 303 645 涵盖消费类物联网设备。",
  [`scheme.${ID}.scopeReason.1`]: "设备不连接任何网络：EN 303 645 涵盖联网设备。",
  [`scheme.${ID}.scopeReason.2`]: "医疗器械：EN 303 645 不涵盖主要用于医疗保健的设备。",
  ...zhRows,
  "question.p.device_identity.label": "硬编码的设备身份",
  "question.p.device_identity.prompt":
    "设备是否将出厂时固定的唯一身份（硬件或固件中的设备证书、密钥或标识）用于安全目的？",
  "question.p.device_identity.help": "EN 303 645 5.4-2：这种身份必须能抵御物理、电气和软件篡改。",
  "question.p.telemetry.label": "收集遥测数据",
  "question.p.telemetry.prompt": "设备或其服务是否向您发送使用、测量或诊断数据（遥测数据）？",
  "question.p.telemetry.help": "EN 303 645 5.10-1、6-4 和 6-5 适用于收集遥测数据的产品。",
  "question.p.consent_basis.label": "基于同意的处理",
  "question.p.consent_basis.prompt": "是否有个人数据是基于用户同意而处理的？",
  "question.p.consent_basis.help": "EN 303 645 6-2 和 6-3 适用于以同意作为处理法律依据的情形。",
  "question.c.if.unauth_disclosure.label": "未经认证时尽量少披露信息",
  "question.c.if.unauth_disclosure.prompt":
    "设备设置完成后，其网络接口是否向未经认证者尽可能少地透露安全相关信息（软件版本、配置、账户名）？",
  "question.c.if.unauth_disclosure.help":
    "EN 303 645 5.6-2：横幅信息、发现协议和错误页面不应为攻击者提供便利。",
  "question.c.if.unauth_disclosure.naRefusal":
    "EN 303 645 5.6-2 对每台消费类物联网设备都是强制性的：请回答是、部分或否。",
  "question.c.doc.justifications.label": "未满足条款的理由",
  "question.c.doc.justifications.prompt":
    "对于产品未满足或视为不适用的每项 EN 303 645 建议，是否记录了理由（例如在实施符合性声明中）？",
  "question.c.doc.justifications.help": "EN 303 645 4-1：只有记录了理由，才可以不执行某项建议。",
  "question.c.doc.justifications.naRefusal": "EN 303 645 4-1 是强制性条款：请回答是、部分或否。",
  ...Object.fromEntries(Object.entries(EVIDENCE_ZH).map(([en, zh]) => [`evidence:${en}`, zh])),
};

export const etsi303645: TSchemeAddition = {
  meta,
  questions: [
    { after: "p.preinstalled_keys", question: DEVICE_IDENTITY },
    { after: "p.cross_border_pi", question: TELEMETRY_Q },
    { after: "p.telemetry", question: CONSENT_Q },
    { after: "c.if.documented", question: UNAUTH_DISCLOSURE },
    { after: "c.doc.maintenance", question: JUSTIFICATIONS },
  ],
  criteria,
  changelog: [
    {
      en: "New scheme ETSI EN 303 645 V2.1.1: all 68 provisions with their status (mandatory, recommended, conditional with the condition decided by the profile); result: every applicable mandatory provision met or not, and the share of recommended ones met.",
      zhCN: "新增方案 ETSI EN 303 645 V2.1.1：全部 68 项条款及其状态（强制、建议、有条件——条件由产品概况决定）；结果：是否满足所有适用的强制性条款，以及满足的建议性条款所占比例。",
    },
    {
      en: "New questions only for facts no existing question asks: p.device_identity, p.telemetry, p.consent_basis, c.if.unauth_disclosure and c.doc.justifications; every other provision reads the existing questions.",
      zhCN: "仅针对现有问题未询问的事实新增问题：p.device_identity、p.telemetry、p.consent_basis、c.if.unauth_disclosure 和 c.doc.justifications；其余条款均读取现有问题。",
    },
  ],
  zhCN,
};

/** Section titles (mechanisms) in both languages, for the module's detail. */
export const ETSI_SECTIONS = SECTION;
