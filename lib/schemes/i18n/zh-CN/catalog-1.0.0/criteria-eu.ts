// Catalog 1.0.0's EN 18031 criteria in Simplified Chinese. The three parts share most titles and texts (each
// text ends with the part's asset sentence), so this file translates each distinct English phrase once and
// derives the entries per criterion key from the frozen catalog data; an English phrase without a translation
// throws here, which fails catalog validation and its test.
import { catalogV1 } from "../../../catalog-v1";
import type { TCatalogEntries } from "../../dictionary";

const TITLE: Readonly<Record<string, string>> = {
  "Applicability of access control mechanisms": "访问控制机制的适用性",
  "Appropriate access control mechanisms": "适当的访问控制机制",
  "Requirement network interface": "网络接口要求",
  "Requirement user interface": "用户界面要求",
  "Appropriate authentication mechanisms": "适当的认证机制",
  "Authenticator validation": "认证凭据校验",
  "Changing authenticators": "更换认证凭据",
  "Requirement for factory default passwords": "出厂默认密码要求",
  "Requirement for non-factory default passwords": "非出厂默认密码要求",
  "Brute force protection": "暴力破解防护",
  "Applicability of update mechanisms": "更新机制的适用性",
  "Secure updates": "安全更新",
  "Automated updates": "自动更新",
  "Applicability of secure storage mechanisms": "安全存储机制的适用性",
  "Appropriate integrity protection for secure storage mechanisms": "安全存储机制适当的完整性保护",
  "Appropriate confidentiality protection for secure storage mechanisms": "安全存储机制适当的机密性保护",
  "Applicability of secure communication mechanisms": "安全通信机制的适用性",
  "Appropriate integrity and authenticity protection for secure communication mechanisms":
    "安全通信机制适当的完整性和真实性保护",
  "Appropriate confidentiality protection for secure communication mechanisms":
    "安全通信机制适当的机密性保护",
  "Appropriate replay protection for secure communication mechanisms": "安全通信机制适当的防重放保护",
  "Applicability and appropriateness of resilience mechanisms": "韧性机制的适用性与适当性",
  "Applicability and appropriateness of network monitoring mechanisms": "网络监测机制的适用性与适当性",
  "Applicability of and appropriate traffic control mechanisms": "流量控制机制的适用性与适当性",
  "Appropriate CCKs": "适当的机密密码密钥（CCK）",
  "CCK generation mechanisms": "CCK 生成机制",
  "Preventing static default values for preinstalled CCKs": "防止预置 CCK 使用静态默认值",
  "Up-to-date software and hardware with no publicly known exploitable vulnerabilities":
    "软硬件保持最新，且没有公开已知的可利用漏洞",
  "Limit exposure of services via related network interfaces": "限制通过相关网络接口暴露的服务",
  "Configuration of optional services and the related exposed network interfaces":
    "可选服务及相关暴露网络接口的配置",
  "Documentation of exposed network interfaces and exposed services via network interfaces":
    "暴露的网络接口及经网络接口暴露的服务的文档说明",
  "No unnecessary external interfaces": "没有不必要的外部接口",
  "Input validation": "输入验证",
  "Best practice cryptography": "最佳实践的密码技术",
  "Children's access to external content (subject)": "儿童访问外部内容（主题）",
  "Third-party access to a child's data (subject)": "第三方访问儿童数据（主题）",
  "Guardian-configurable restriction of the child's access (subject)": "监护人可配置的儿童访问限制（主题）",
  "Guardian-configurable restriction of third-party access (subject)": "监护人可配置的第三方访问限制（主题）",
  "Requirement two factor authentication": "双因素认证要求",
  "Applicability of logging mechanisms": "日志机制的适用性",
  "Persistent storage of log data": "日志数据的持久存储",
  "Minimum number of persistently stored events": "持久存储事件的最少数量",
  "Time-related information of persistently stored log data": "持久存储日志数据的时间信息",
  "Applicability of deletion mechanisms": "删除机制的适用性",
  "Applicability of user notification mechanisms": "用户通知机制的适用性",
  "Appropriate user notification content": "适当的用户通知内容",
  "Documentation of external sensing capabilities": "外部感知能力的文档说明",
  "Requirement machine interface": "机器接口要求",
  "Equipment integrity": "设备完整性",
};

const TEXT: Readonly<Record<string, string>> = {
  "Every protected asset that a user, device or service can read, change or use sits behind an access-control mechanism; the file says who reaches each asset and how.":
    "用户、设备或服务可以读取、修改或使用的每一项受保护资产，都处于访问控制机制之后；技术文件说明谁能访问每项资产以及如何访问。",
  "The access control really limits access to authorised entities: least privilege through roles, identities or clearances, and only authorised users can change privileges.":
    "访问控制确实把访问限制在经授权的实体：通过角色、身份或许可级别实现最小权限，且只有经授权的用户才能修改权限。",
  "Access to protected assets over a network interface is authenticated before it is granted, unless the asset must be reachable without it or the network is closed to unauthorised entities.":
    "通过网络接口访问受保护资产时，须先经认证才予准许，除非该资产必须无需认证即可访问，或该网络不对未经授权的实体开放。",
  "Access to protected assets through a local user interface is authenticated, unless the operating environment already makes the person trustworthy or the data must be readable by anyone.":
    "通过本地用户界面访问受保护资产时须经认证，除非运行环境已能确保人员可信，或数据必须人人可读。",
  "Each authentication the device requires checks at least one factor: something the user knows, holds or is.":
    "设备要求的每一次认证都至少验证一个因素：用户所知、所有或所是。",
  "Authentication checks every relevant property of the presented authenticator and refuses wrong or partial passwords, other users' credentials, untrusted certificates and replays.":
    "认证会检查所出示凭据的每一项相关属性，并拒绝错误或不完整的密码、他人的凭据、不受信任的证书和重放。",
  "An authorised user can replace the authenticator; afterwards the new one works on every path and the old one on none.":
    "经授权的用户可以更换认证凭据；更换后，新凭据在所有途径上有效，旧凭据在任何途径上都失效。",
  "A password set in the factory is either unique per unit with best-practice strength, or the user must replace it before or at first use. Letting the user skip passwords triggers OJ restriction R1.":
    "出厂设定的密码要么每台设备唯一且强度达到最佳实践，要么必须由用户在首次使用前或首次使用时替换。允许用户跳过密码会触发官方公报限制条件 R1。",
  "Passwords not set in the factory are chosen by the user before first use and before joining a network, set by an authorised entity in a closed network, or generated strong by the device and shown only to an authorised entity. R1 applies as for AUM-5-1.":
    "非出厂设定的密码由用户在首次使用前、接入网络前选定，或在封闭网络中由经授权的实体设定，或由设备生成强密码并只向经授权的实体显示。与 AUM-5-1 一样适用 R1。",
  "Guessing authenticators is made impractical by delays, attempt limits, complexity rules or another justified method.":
    "通过延时、尝试次数限制、复杂度规则或其他有理由的方法，使猜测认证凭据难以实施。",
  "Every software part that affects protected assets can be updated by at least one update mechanism, unless safety forbids it or the software is immutable and otherwise protected for life.":
    "影响受保护资产的每个软件部分都至少可由一种更新机制更新，除非安全原因禁止更新，或该软件不可更改且在整个寿命期内另有保护。",
  "An update is installed only if its integrity and authenticity check out at installation (signature, secure channel, access control with hash check, or another justified way).":
    "只有在安装时通过完整性和真实性校验（签名、安全通道、结合哈希校验的访问控制，或其他有理由的方式），更新才会被安装。",
  "Updates can be installed without human action at the device, or on a schedule or trigger that a person approves.":
    "更新可以无需在设备上人工操作即可安装，或按人员批准的计划或触发条件安装。",
  "Protected assets kept in persistent storage go through a secure storage mechanism unless the environment already protects them.":
    "保存在持久存储中的受保护资产须经过安全存储机制，除非运行环境已对其提供保护。",
  "Secure storage makes unnoticed changes to stored sensitive assets impossible.":
    "安全存储使存储的敏感资产不可能被悄然篡改。",
  "Secure storage keeps confidential assets secret, e.g. encryption with a key that cannot be extracted.":
    "安全存储保守机密资产的秘密，例如使用无法导出的密钥加密。",
  "Assets sent over a network interface that need integrity, authenticity, confidentiality or replay protection travel over a secure communication mechanism.":
    "通过网络接口发送、需要完整性、真实性、机密性或防重放保护的资产，经由安全通信机制传输。",
  "Communication uses best practice so altered or foreign messages and man-in-the-middle attempts fail; a deviation is only tolerated when interoperability forces it, with a justification.":
    "通信采用最佳实践，使被篡改或来源不明的消息以及中间人攻击无法得逞；只有在互操作性迫使时才容许偏离，并须说明理由。",
  "Messages or the channel are encrypted with best practice and keys that cannot be intercepted.":
    "以最佳实践和无法被截获的密钥对消息或通道加密。",
  "Copies of already accepted messages are refused (sequence numbers, timestamps, one-time keys or similar).":
    "已接受消息的副本会被拒绝（序列号、时间戳、一次性密钥或类似方法）。",
  "Each network interface dampens denial-of-service attacks and the device returns to a defined state afterwards.":
    "每个网络接口都能减轻拒绝服务攻击，且设备在攻击后恢复到确定的状态。",
  "Network equipment watches the traffic it carries between networks for denial-of-service patterns and limits them.":
    "网络设备监测其在网络之间承载的流量中的拒绝服务特征，并加以限制。",
  "Network equipment controls what it forwards: it drops anomalous, malicious or misaddressed traffic or separates network domains.":
    "网络设备控制其转发的内容：丢弃异常、恶意或地址错误的流量，或对网络域进行隔离。",
  "Confidential cryptographic keys give at least 112 bits of security strength.":
    "机密密码密钥提供至少 112 位的安全强度。",
  "Keys generated on the device come from a best-practice random source and generator.":
    "在设备上生成的密钥来自符合最佳实践的随机源和生成器。",
  "Keys installed before delivery are practically unique per unit; sharing is tolerated only for controlled initial trust or when inherent to the function.":
    "交付前预置的密钥实际上每台设备唯一；只有为建立受控的初始信任，或共享为功能所固有时，才容许共享。",
  "When placed on the market, the software and hardware carry no publicly known exploitable vulnerability that is not shown harmless, unexploitable, mitigated or accepted on a documented risk basis; a component inventory with versions backs this.":
    "投放市场时，软件和硬件不含公开已知的可利用漏洞，除非已证明其无害、不可利用、已缓解，或已基于有文档记录的风险予以接受；并有含版本信息的组件清单作为支撑。",
  "Out of the box, only the network interfaces and services needed for set-up and basic operation are exposed.":
    "开箱即用状态下，只暴露初始设置和基本运行所需的网络接口和服务。",
  "Optional services exposed by default can be switched on and off, by authorised users only.":
    "默认暴露的可选服务可以开启和关闭，且只能由经授权的用户操作。",
  "The user documentation describes the interfaces and services exposed in the factory-default state.":
    "用户文档说明了出厂默认状态下暴露的接口和服务。",
  "Physical external interfaces are limited to what the intended function needs.":
    "外部物理接口仅限于预期功能所需。",
  "Interfaces that take input validate what could affect assets and withstand input-based attacks.":
    "接受输入的接口会验证可能影响资产的输入，并能抵御基于输入的攻击。",
  "Cryptography that protects assets is best practice for its use, unless it belongs to a mechanism with a justified deviation.":
    "保护资产的密码技术符合其用途的最佳实践，除非它属于某个有理由偏离的机制。",
  "Every protected asset that a user, device or service can read, change or use sits behind an access-control mechanism; for toys the entities are the child, the parents or guardians, and third parties.":
    "用户、设备或服务可以读取、修改或使用的每一项受保护资产，都处于访问控制机制之后；对玩具而言，相关实体是儿童、家长或监护人以及第三方。",
  "When a toy lets a child reach external content, access control restricts it by default to sources a parent or guardian authorised. OJ restriction R2 applies.":
    "当玩具让儿童访问外部内容时，访问控制默认将其限制在家长或监护人授权的来源。适用官方公报限制条件 R2。",
  "By default only the child and the parents or guardians can reach the child's privacy functions and the personal data the device holds about the child. OJ restriction R2 applies.":
    "默认情况下，只有儿童本人及其家长或监护人才能访问儿童的隐私功能以及设备中保存的关于该儿童的个人数据。适用官方公报限制条件 R2。",
  "A parent or guardian can configure access control to limit what the child may reach on the toy. OJ restriction R2 applies.":
    "家长或监护人可以配置访问控制，限制儿童在玩具上可访问的内容。适用官方公报限制条件 R2。",
  "A parent or guardian can configure access control to limit third parties' access to the child's privacy assets. OJ restriction R2 applies.":
    "家长或监护人可以配置访问控制，限制第三方对儿童隐私资产的访问。适用官方公报限制条件 R2。",
  "When the device's primary function is processing special-category personal data (e.g. health), reaching those data through user interfaces over the network requires two factors from different categories.":
    "当设备的主要功能是处理特殊类别的个人数据（例如健康数据）时，通过网络经用户界面访问这些数据需要两个不同类别的因素。",
  "Events that matter for protecting the part's assets are recorded by a logging mechanism, unless the law forbids logging them.":
    "对保护本部分资产有意义的事件由日志机制记录，除非法律禁止记录。",
  "The log data of those events is kept persistently, on the device or outside it.":
    "这些事件的日志数据在设备上或设备外持久保存。",
  "On-device log storage always keeps at least a documented minimum number of the most recent events, the latest included.":
    "设备上的日志存储始终至少保留有文档说明的最少数量的最近事件，其中包括最新的事件。",
  "Stored log entries carry a timestamp when a real-time source exists, otherwise data that orders them in time.":
    "有实时时间源时，存储的日志条目带有时间戳；否则带有可排定其时间顺序的数据。",
  "Personal data and user-related security parameters stored on the device can be deleted, so the device can be disposed of or passed on safely.":
    "设备上存储的个人数据和与用户相关的安全参数可以删除，以便设备能被安全地处置或转让。",
  "For each use case where a change could affect the protection of stored personal information, a mechanism tells the user.":
    "在每一个变化可能影响所存储个人信息保护的使用场景中，都有机制告知用户。",
  "Each notification says what changed and how the change affects the protection and privacy of personal information.":
    "每条通知都说明了变化的内容，以及该变化如何影响个人信息的保护和隐私。",
  "The user documentation describes sensing capabilities that may affect privacy (camera, microphone, location, biometrics).":
    "用户文档说明了可能影响隐私的感知能力（摄像头、麦克风、定位、生物特征）。",
  "Access to security or financial assets over a network interface is always authenticated; part 3 has no exemptions.":
    "通过网络接口访问安全或财务资产时始终须经认证；第 3 部分没有豁免。",
  "Access to security or financial assets through a user interface is always authenticated; part 3 has no exemptions.":
    "通过用户界面访问安全或财务资产时始终须经认证；第 3 部分没有豁免。",
  "Access to security or financial assets over a machine interface is authenticated, without exceptions.":
    "通过机器接口访问安全或财务资产时须经认证，没有例外。",
  "Reaching, through user interfaces over the network, financial functions that move money or virtual currency requires two factors from different categories.":
    "通过网络经用户界面访问转移资金或虚拟货币的财务功能，需要两个不同类别的因素。",
  "An update is installed only if its integrity and authenticity check out at installation. For article (f) the OJ gives these assessment criteria no presumption of conformity (restriction R3).":
    "只有在安装时通过完整性和真实性校验，更新才会被安装。对于第 (f) 条，官方公报不对这些评估准则提供符合性推定（限制条件 R3）。",
  "Every financial or security asset sent over a network interface uses secure communication; integrity, authenticity and replay protection are always required.":
    "通过网络接口发送的每一项财务或安全资产都使用安全通信；始终要求完整性、真实性和防重放保护。",
  "Communication protects integrity and authenticity with best practice; no interoperability deviation is allowed.":
    "通信以最佳实践保护完整性和真实性；不允许因互操作性而偏离。",
  "Communication is encrypted with best practice where confidentiality is needed; no interoperability deviation is allowed.":
    "在需要机密性时，通信以最佳实践加密；不允许因互操作性而偏离。",
  "Copies of accepted messages are refused with best-practice replay protection; only a justified 'no replay threat' exit remains.":
    "以最佳实践的防重放保护拒绝已接受消息的副本；只保留有理由的“不存在重放威胁”这一出口。",
  "Software that handles security or financial assets is verified cryptographically at boot, anchored in a hardware root of trust that cannot be changed without authenticated authorisation.":
    "处理安全或财务资产的软件在启动时经过密码学校验，校验锚定于未经认证授权无法更改的硬件信任根。",
};

const NOTES: Readonly<Record<string, string>> = {
  "How the immutable-software and alternative-measures exits combine is unclear in our sources.":
    "我们的资料未说明“软件不可更改”与“替代措施”两个出口如何组合。",
  "Whether the tolerated paths end in PASS or N/A is unclear.":
    "可容许的路径最终判为通过（PASS）还是不适用（N/A），尚不明确。",
  "Official title not confirmed in our sources; the subject is given instead.":
    "我们的资料未能确认官方标题，此处给出的是主题。",
  "Official title not confirmed in our sources; the subject is given instead. Our source says toys or childcare equipment; the published tree is reported to route its second node wrongly.":
    "我们的资料未能确认官方标题，此处给出的是主题。我们的资料称适用于玩具或儿童看护设备；据报道，已公布的决策树第二个节点的走向有误。",
  "Not applicable to childcare, toy or wearable equipment without internet connectivity (as interpreted by our source).":
    "不适用于不联网的儿童看护、玩具或可穿戴设备（按我们资料的解读）。",
  "Whether storing logs outside the device scores PASS or N/A is unclear in our sources.":
    "我们的资料未说明在设备外存储日志判为通过（PASS）还是不适用（N/A）。",
  "The published tree is reported to be inconsistent; we follow the rule as stated.":
    "据报道，已公布的决策树前后不一致；我们按规则的文字执行。",
  "One reading limits the security parameters to user-related ones (passwords), not e.g. the update-verification key.":
    "有一种解读将安全参数限于与用户相关的参数（密码），而不包括例如更新校验密钥。",
  "Whether 'other means of informing the user' ends in N/A is unclear.":
    "“以其他方式告知用户”是否判为不适用，尚不明确。",
};

const ASSETS: Readonly<Record<string, string>> = {
  " Assets in this part: security and network assets.": "本部分涉及的资产：安全资产和网络资产。",
  " Assets in this part: security and privacy assets (personal data, privacy functions and their configuration).":
    "本部分涉及的资产：安全资产和隐私资产（个人数据、隐私功能及其配置）。",
  " Assets in this part: security and financial assets.": "本部分涉及的资产：安全资产和财务资产。",
};

function need(table: Readonly<Record<string, string>>, english: string, what: string): string {
  const zh = table[english];
  if (zh === undefined)
    throw new Error(`zh-CN catalog 1.0.0: no translation of the EN 18031 ${what} "${english}"`);
  return zh;
}

function text(english: string): string {
  const at = english.indexOf(" Assets in this part: ");
  if (at < 0) return need(TEXT, english, "text");
  return `${need(TEXT, english.slice(0, at), "text")}${need(ASSETS, english.slice(at), "asset sentence")}`;
}

export const criteriaEu: TCatalogEntries = Object.fromEntries(
  catalogV1.criteria
    .filter((c) => c.scheme === "EU_RED")
    .flatMap((c) => [
      [`criterion.${c.key}.title`, need(TITLE, c.title, "title")],
      [`criterion.${c.key}.text`, text(c.text)],
      ...(c.notes === undefined ? [] : [[`criterion.${c.key}.notes`, need(NOTES, c.notes, "note")]]),
    ]),
);
