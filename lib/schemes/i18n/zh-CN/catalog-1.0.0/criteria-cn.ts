import type { TCatalogEntries } from "../../dictionary";

// Names used in the "China basis" notes (docs/glossary-zh.md): the Measures = 《网络安全标识管理办法》, PIPL =
// 《个人信息保护法》, CSL = 《网络安全法》, DSL = 《数据安全法》, vulnerability provisions 2021 =
// 《网络产品安全漏洞管理规定》, MLPS = 网络安全等级保护制度, TC260 = 全国网络安全标准化技术委员会.

/** Catalog 1.0.0 in Simplified Chinese: the China label readiness criteria (our proposal, 1–3 stars). */
export const criteriaCn: TCatalogEntries = {
  "criterion.CN-1.01.title": "没有弱密码或通用默认密码",
  "criterion.CN-1.01.text":
    "使用中的每个密码都每台设备唯一，或由用户在首次使用前设定；唯一的默认密码随机生成，不由 MAC、序列号或 SSID 推导；用户密码至少 8 个字符，且至少包含 2 类字符。",
  "criterion.CN-1.01.notes": "中国依据：《网络安全标识管理办法》基础级；GB/T 41387；GB/T 41789",
  "criterion.CN-1.02.title": "访问须经认证，凭据可以更换",
  "criterion.CN-1.02.text":
    "通过网络可访问的设备功能和安全设置须经认证（基础网络协议除外）；用户可以简便地更换凭据；认证采用最佳实践的密码技术。",
  "criterion.CN-1.02.notes": "中国依据：GB/T 41387；《网络安全法》第 22 条",
  "criterion.CN-1.03.title": "暴力破解防护",
  "criterion.CN-1.03.text": "通过网络接口的登录失败次数受到限制或被减缓，同时不会轻易造成拒绝服务。",
  "criterion.CN-1.03.notes": "中国依据：GB/T 41387（登录处理，条款不确定）",
  "criterion.CN-1.04.title": "漏洞管理机制",
  "criterion.CN-1.04.text":
    "有公开的漏洞政策（含联系渠道和响应时限），有验证、定级、修复和通知漏洞的内部流程，并按 2021 年规定向工业和信息化部平台报送。",
  "criterion.CN-1.04.notes":
    "中国依据：《网络安全标识管理办法》基础级；《网络产品安全漏洞管理规定》（2021 年）；《网络安全法》第 22 条；《数据安全法》第 29 条",
  "criterion.CN-1.05.title": "备案时没有已知的可利用漏洞",
  "criterion.CN-1.05.text":
    "测试前对照公开漏洞库核查固件和随附组件；不存在未关闭的严重或高危已知可利用问题。",
  "criterion.CN-1.05.notes": "中国依据：《网络安全标识管理办法》（动态修复）；《网络安全法》第 22 条",
  "criterion.CN-1.06.title": "安全的软件更新",
  "criterion.CN-1.06.text":
    "设备可以更新；每次更新都以最佳实践的密码技术校验完整性和真实性；更新操作简单，安全修复及时发布。",
  "criterion.CN-1.06.notes": "中国依据：《网络安全标识管理办法》基础级；《网络安全法》第 22 条",
  "criterion.CN-1.06a.title": "不可更新的设备：理由与替换",
  "criterion.CN-1.06a.text": "无法更新的设备须公开说明原因、支持期限以及如何替换，并且可以被隔离。",
  "criterion.CN-1.06a.notes": "中国依据：CN-1.06 条件中列明的替代方式",
  "criterion.CN-1.07.title": "公布支持期和型号标识",
  "criterion.CN-1.07.text": "安全支持期在购买前清楚公布，且型号标识在设备上或通过某个界面可见。",
  "criterion.CN-1.07.notes": "中国依据：《网络安全法》第 22 条（在约定期限内提供维护）",
  "criterion.CN-1.08.title": "传输中的凭据和敏感数据受到保护",
  "criterion.CN-1.08.text":
    "关键安全参数和敏感个人信息（视频、音频、生物识别、位置）只通过加密且有完整性保护的通道传输；不以明文传输任何内容。",
  "criterion.CN-1.08.notes": "中国依据：《个人信息保护法》第 51 条第 (3) 项；TC260 摄像头安全指引",
  "criterion.CN-1.09.title": "安全存储，没有硬编码的秘密",
  "criterion.CN-1.09.text":
    "密钥、密码和令牌受保护地存储；没有硬编码的关键秘密；更新和后台密钥每台设备唯一。",
  "criterion.CN-1.09.notes": "中国依据：GB/T 41387；《个人信息保护法》第 51 条",
  "criterion.CN-1.10.title": "尽量小的暴露攻击面",
  "criterion.CN-1.10.text":
    "未使用的接口和服务处于关闭状态；没有未公开的账号或绕过认证的隐藏途径；开放的端口和服务有文档说明。",
  "criterion.CN-1.10.notes": "中国依据：GB/T 41789；TC260 摄像头安全指引",
  "criterion.CN-1.11.title": "调试接口已关闭",
  "criterion.CN-1.11.text": "物理上可接触的调试接口已在量产软件中禁用，或受认证保护。",
  "criterion.CN-1.11.notes": "中国依据：TC260 摄像头安全指引（物理与硬件部分）",
  "criterion.CN-1.12.title": "公开个人信息处理规则",
  "criterion.CN-1.12.text":
    "设备、应用和云端有清晰、公开的处理规则：处理者、目的、方式、数据种类、保存期限、第三方和 SDK、用户权利、传感器和遥测。",
  "criterion.CN-1.12.notes":
    "中国依据：《个人信息保护法》第 7 条、第 17 条；《网络安全法》第 41 条；工业和信息化部 2025 年通知",
  "criterion.CN-1.13.title": "最小必要收集",
  "criterion.CN-1.13.text":
    "只收集某项功能直接需要的个人信息，只在使用时收集，在使用时申请，且保存时间不超过必要期限。",
  "criterion.CN-1.13.notes":
    "中国依据：《个人信息保护法》第 5 条、第 6 条、第 19 条；工业和信息化部 2025 年通知",
  "criterion.CN-1.14.title": "上传云端和对外提供前取得同意",
  "criterion.CN-1.14.text":
    "个人信息只在取得知情同意后才发送至云端或提供给第三方；敏感信息、对外提供和向境外提供须取得单独同意；不满十四周岁的须取得监护人同意；同意可以撤回。",
  "criterion.CN-1.14.notes":
    "中国依据：《个人信息保护法》第 13–16 条、第 23 条、第 29 条、第 31 条；工业和信息化部 2025 年通知",
  "criterion.CN-1.15.title": "便捷删除用户数据",
  "criterion.CN-1.15.text":
    "恢复出厂设置会清除设备上的用户数据和凭据；用户可以在应用或云端删除自己的数据和账号；删除完成后予以确认。",
  "criterion.CN-1.15.notes": "中国依据：《个人信息保护法》第 47 条",
  "criterion.CN-1.16.title": "个人信息出境和本地化核查",
  "criterion.CN-1.16.text":
    "在境外存储或被境外访问的中国境内用户个人信息，具有文档化的合法途径、单独同意并告知了接收方；法律要求的，进行本地化存储。",
  "criterion.CN-1.16.notes": "中国依据：《个人信息保护法》第 38–40 条；《网络安全法》第 37 条",
  "criterion.CN-1.17.title": "测试报告、声明和标识信息",
  "criterion.CN-1.17.text":
    "由生产者自有实验室或有资质的第三方实验室按声明等级出具的测试报告、签署的符合性声明，以及对每条标为不适用的准则的理由说明。",
  "criterion.CN-1.17.notes": "中国依据：《网络安全标识管理办法》（检测、标识内容、备案）",
  "criterion.CN-2.01.title": "安全开发生命周期",
  "criterion.CN-2.01.text":
    "有文档化的安全开发流程：安全需求、代码审查、加固的编译选项、静态和动态分析、发布审批。",
  "criterion.CN-2.01.notes": "中国依据：TC260 摄像头安全指引（较高等级：SDL）",
  "criterion.CN-2.02.title": "威胁模型和风险评估",
  "criterion.CN-2.02.text":
    "书面的威胁模型涵盖设备、应用、云端和本地网络，风险可追溯到控制措施，并在每个主要版本时复核。",
  "criterion.CN-2.02.notes": "中国依据：TC260 摄像头安全指引（较高等级：威胁建模）",
  "criterion.CN-2.03.title": "SBOM 和持续漏洞监测",
  "criterion.CN-2.03.text":
    "维护 SBOM，并在支持期内监测其中的组件，按严重程度设定修复目标（我们的默认值：严重 30 天，高危 90 天）。",
  "criterion.CN-2.03.notes":
    "中国依据：《网络安全标识管理办法》（动态修复）；《网络产品安全漏洞管理规定》（2021 年）",
  "criterion.CN-2.04.title": "更新的用户体验与安全",
  "criterion.CN-2.04.text":
    "自动或定期检查更新，默认开启且可配置；需要安全更新时以及更新会中断设备时告知用户；阻止回滚。",
  "criterion.CN-2.04.notes": "中国依据：《网络安全标识管理办法》基础级（扩展）",
  "criterion.CN-2.05.title": "软件完整性",
  "criterion.CN-2.05.text":
    "安全启动校验固件；检测到未经授权的修改时，向用户或管理员发出警报并限制网络连接。",
  "criterion.CN-2.05.notes": "中国依据：TC260 摄像头安全指引（安全启动、固件校验）；GB/T 41789",
  "criterion.CN-2.06.title": "全面的通信安全",
  "criterion.CN-2.06.text":
    "设备–云端–应用之间的所有流量都经过加密并有完整性保护，具备服务器认证（可行时双向认证）、证书校验、防重放保护，使用经过审查的库且算法可替换。",
  "criterion.CN-2.06.notes": "中国依据：《个人信息保护法》第 51 条；TC260 摄像头安全指引",
  "criterion.CN-2.07.title": "密钥管理流程",
  "criterion.CN-2.07.text": "关键安全参数有文档化的生命周期：生成、工厂注入、轮换和吊销。",
  "criterion.CN-2.07.notes": "中国依据：TC260 摄像头安全指引（关键安全参数）",
  "criterion.CN-2.08.title": "最小权限与加固",
  "criterion.CN-2.08.text": "只运行所需的服务，代码精简，进程尽可能不以 root 身份运行，内存保护已开启。",
  "criterion.CN-2.08.notes": "中国依据：GB/T 41789；GB/T 41387",
  "criterion.CN-2.09.title": "硬件保护",
  "criterion.CN-2.09.text":
    "不暴露不需要的物理端口；在风险需要时，每台设备的身份和密钥保存在防篡改的存储中。",
  "criterion.CN-2.09.notes": "中国依据：TC260 摄像头安全指引（物理与硬件安全）",
  "criterion.CN-2.10.title": "输入验证与健壮性",
  "criterion.CN-2.10.text": "来自界面、API、本地网络和云端的所有输入都经过验证，接口经过模糊测试。",
  "criterion.CN-2.10.notes": "中国依据：GB/T 41387（接口安全，条款不确定）",
  "criterion.CN-2.11.title": "安全审计日志",
  "criterion.CN-2.11.text":
    "登录、失败、配置修改、更新和异常重启均记录时间和账号，日志不能被非管理员访问，日志存储写满时能安全处理。",
  "criterion.CN-2.11.notes": "中国依据：GB/T 41387；TC260 摄像头安全指引（审计日志）",
  "criterion.CN-2.12.title": "个人信息保护影响评估与隐私默认设置",
  "criterion.CN-2.12.text":
    "对敏感个人信息、上传云端、对外提供和向境外提供进行有文档记录的个人信息保护影响评估，采用有利于隐私保护的默认设置，记录至少保存 3 年。",
  "criterion.CN-2.12.notes": "中国依据：《个人信息保护法》第 28 条、第 55 条、第 56 条",
  "criterion.CN-2.13.title": "韧性",
  "criterion.CN-2.13.text":
    "断网时本地功能仍可使用，断电后设备顺利恢复、有序重连，并能抵御简单的拒绝服务攻击。",
  "criterion.CN-2.13.notes": "中国依据：无具体依据",
  "criterion.CN-2.14.title": "安全的初始设置与用户指引",
  "criterion.CN-2.14.text":
    "初始设置采用安全的默认值，并指导用户进行设置和检查安全；当变化影响个人信息保护时告知用户。",
  "criterion.CN-2.14.notes": "中国依据：《个人信息保护法》第 17 条（告知变更）",
  "criterion.CN-3.01.title": "第三方渗透测试",
  "criterion.CN-3.01.text":
    "由有资质的第三方实验室对设备、本地和无线接口、应用及云端 API 进行渗透测试；没有未关闭的严重或高危问题；有复测报告。",
  "criterion.CN-3.01.notes": "中国依据：《网络安全标识管理办法》：三星级要求（有明文规定）",
  "criterion.CN-3.02.title": "第三方固件/二进制分析",
  "criterion.CN-3.02.text": "对固件镜像进行独立分析：SBOM 核对、已知漏洞、硬编码秘密、不安全函数和调试残留。",
  "criterion.CN-3.02.notes": "中国依据：参照新加坡 CLS 第 3 级（并非中国的要求）",
  "criterion.CN-3.03.title": "以硬件为根的信任",
  "criterion.CN-3.03.text":
    "安全启动锚定于硬件信任根，固件经签名并有防回滚保护，密钥保存在安全芯片或 TEE 中。",
  "criterion.CN-3.03.notes": "中国依据：TC260 摄像头安全指引（安全启动；等级划分不确定）",
  "criterion.CN-3.04.title": "成熟的协调披露",
  "criterion.CN-3.04.text": "发布安全公告，且过去 12 个月内兑现了承诺的修复时限。",
  "criterion.CN-3.04.notes": "中国依据：《网络产品安全漏洞管理规定》（2021 年）",
  "criterion.CN-3.05.title": "监测与事件响应",
  "criterion.CN-3.05.text":
    "后台监测遥测数据中的安全异常，事件响应预案涵盖在个人信息泄露时通知用户和主管部门。",
  "criterion.CN-3.05.notes":
    "中国依据：《个人信息保护法》第 51 条第 (5) 项、第 57 条；《数据安全法》第 29 条",
  "criterion.CN-3.06.title": "关联服务经过评估",
  "criterion.CN-3.06.text":
    "移动应用和云端 API 经过安全测试，生产者的云平台已按网络安全等级保护制度完成定级和备案（GB/T 22239-2019）。",
  "criterion.CN-3.06.notes": "中国依据：《网络安全法》第 21 条（等级保护）",
  "criterion.CN-3.07.title": "隐私设计（领先）",
  "criterion.CN-3.07.text":
    "在可行时，生物特征和分析在设备上处理，视频和音频端到端加密至用户自己的客户端，云端默认保存期限最短。",
  "criterion.CN-3.07.notes": "中国依据：《个人信息保护法》第 6 条、第 28 条、第 51 条",
  "criterion.CN-3.08.title": "长期支持与密码敏捷性",
  "criterion.CN-3.08.text": "自投放市场起声明至少 5 年的安全支持（我们的默认值），并能在现场替换密码算法。",
  "criterion.CN-3.08.notes": "中国依据：《网络安全法》第 22 条",
};
