import type { TCatalogEntries } from "../i18n/dictionary";

// Catalog 1.2.0 in Simplified Chinese: the EU Cyber Resilience Act texts (lib/schemes/catalog-v1-2/eu-cra.ts).
// Requirement identifiers and legal references stay as in the English text.

export const zhCN_euCra: TCatalogEntries = {
  "scheme.EU_CRA.name": "欧盟《网络弹性法案》（法规 (EU) 2024/2847）",
  "scheme.EU_CRA.shortName": "欧盟 CRA",
  "scheme.EU_CRA.legalBasis.0":
    "法规 (EU) 2024/2847（《网络弹性法案》）第 6、7、8、13、14、28、32 条及附件 I、II、III、IV、V、VIII",
  "scheme.EU_CRA.legalBasis.1": "实施条例 (EU) 2025/2392（重要和关键产品类别的技术描述）",
  "scheme.EU_CRA.sources.0": "法规 (EU) 2024/2847，欧盟官方公报 L 辑，2024 年 11 月 20 日",
  "scheme.EU_CRA.sources.1": "实施条例 (EU) 2025/2392",
  "scheme.EU_CRA.sources.2": "欧盟委员会 CRA 常见问题（ORC WG 转载）",
  "scheme.EU_CRA.confidenceNotes.0":
    "2027 年 12 月 11 日之前，结果为准备情况评估：附件 I 和符合性评估程序尚未适用。",
  "scheme.EU_CRA.confidenceNotes.1":
    "截至 2026 年 12 月 1 日，欧盟官方公报尚未引用任何 CRA 协调标准，因此 I 类重要产品暂不能按模块 A 规划。",
  "scheme.EU_CRA.confidenceNotes.2":
    "准则编号（CRA-I.2a…）由本目录设定；每项旁边显示其法律依据。证据清单为我们的建议。",
  "scheme.EU_CRA.scope.cra": "在欧盟市场提供、具有数据连接的带数字元素产品（第 2(1) 条）",
  "scheme.EU_CRA.scopeReason.0":
    "与设备或网络之间没有数据连接（无无线电、有线网络或互联网连接）：CRA 仅涵盖具有此类连接的产品（第 2(1) 条）。",
  "scheme.EU_CRA.scopeReason.1":
    "适用法规 (EU) 2017/745 或 2017/746 的医疗器械或体外诊断器械不在范围内（第 2(2) 条）。",
  "scheme.EU_CRA.scopeReason.2": "适用型式认证法规 (EU) 2019/2144 的车辆设备不在范围内（第 2(2) 条）。",
  "scheme.EU_CRA.scopeReason.3": "依民用航空法规 (EU) 2018/1139 获得认证的产品不在范围内（第 2(3) 条）。",
  "scheme.EU_CRA.scopeReason.4": "属于指令 2014/90/EU 的船用设备不在范围内（第 2(4) 条）。",
  "scheme.EU_CRA.scopeReason.5":
    "专为国家安全或国防开发、或专门用于处理涉密信息的产品不在范围内（第 2(7) 条）。",
  "scheme.EU_CRA.scopeReason.6": "按相同规格制造的同型备件不在范围内（第 2(6) 条）。",
  "scheme.EU_CRA.scopeReason.7": "在商业活动之外提供的自由开源软件不属于“在市场上提供”（序言第 17–21 段）。",
  "question.p.cra.aviation_certified.label": "依欧盟民用航空规则认证",
  "question.p.cra.aviation_certified.prompt": "产品是否依欧盟民用航空法规 (EU) 2018/1139 获得认证？",
  "question.p.cra.aviation_certified.help":
    "依法规 (EU) 2018/1139 认证的产品不受《网络弹性法案》管辖（第 2(3) 条）；道路收费设备则仍受管辖。",
  "question.p.cra.marine.label": "船用设备",
  "question.p.cra.marine.prompt": "产品是否属于船用设备指令 2014/90/EU 范围内的船用设备？",
  "question.p.cra.marine.help": "指令 2014/90/EU 范围内的船用设备不受《网络弹性法案》管辖（第 2(4) 条）。",
  "question.p.cra.defence.label": "专为国家安全或国防制造",
  "question.p.cra.defence.prompt": "产品是否专为国家安全或国防开发或改装，或专门设计用于处理涉密信息？",
  "question.p.cra.defence.help": "此类产品不受《网络弹性法案》管辖（第 2(7) 条）。",
  "question.p.cra.spare_part.label": "同型备件",
  "question.p.cra.spare_part.prompt": "产品是否为按与被替换部件相同规格制造的备件？",
  "question.p.cra.spare_part.help": "同型备件不受《网络弹性法案》管辖（第 2(6) 条）。",
  "question.p.cra.noncommercial.label": "在商业活动之外提供",
  "question.p.cra.noncommercial.prompt": "产品是否为在任何商业活动之外提供的自由开源软件？",
  "question.p.cra.noncommercial.help":
    "未变现、且不在商业活动中提供的自由开源软件不受管辖（序言第 17–21 段）。您销售的产品属于商业活动。",
  "question.p.cra.core_function.label": "核心功能（CRA 附件 III / IV）",
  "question.p.cra.core_function.prompt": "以下哪一项描述了产品的核心功能？",
  "question.p.cra.core_function.help":
    "《网络弹性法案》的类别取决于核心功能而非附加功能（第 7(1) 条，实施条例 (EU) 2025/2392）：带摄像头的智能插座并不是安防摄像头。",
  "question.p.cra.core_function.option.none": "不属于以下任何类别（默认类）",
  "question.p.cra.core_function.option.router":
    "路由器、互联网调制解调器或网络交换机（附件 III，I 类，第 12 点）",
  "question.p.cra.core_function.option.assistant": "智能家居通用虚拟助手（附件 III，I 类，第 16 点）",
  "question.p.cra.core_function.option.home_security":
    "具有安全功能的智能家居产品：门锁、安防摄像头、婴儿监视器、报警器（附件 III，I 类，第 17 点）",
  "question.p.cra.core_function.option.toy_interactive":
    "具有社交互动功能（说话、拍摄）或位置跟踪功能的联网玩具（附件 III，I 类，第 18 点）",
  "question.p.cra.core_function.option.wearable_health":
    "用于健康监测（不属于 MDR/IVDR）的个人可穿戴设备，或儿童可穿戴设备（附件 III，I 类，第 19 点）",
  "question.p.cra.core_function.option.identity":
    "身份管理或特权访问管理，包括生物识别读取器（附件 III，I 类，第 1 点）",
  "question.p.cra.core_function.option.other_class1":
    "附件 III 的其他 I 类类别：浏览器、密码管理器、反恶意软件、VPN、网络管理、SIEM、启动管理器、PKI、网络接口、操作系统、具有安全功能的微处理器或微控制器（第 2–11、13–15 点）",
  "question.p.cra.core_function.option.firewall":
    "防火墙、入侵检测或入侵防御系统（附件 III，II 类，第 2 点）",
  "question.p.cra.core_function.option.other_class2":
    "虚拟机管理程序或容器运行时、防篡改微处理器或微控制器（附件 III，II 类，第 1、3、4 点）",
  "question.p.cra.core_function.option.security_box": "带安全盒的硬件设备（附件 IV，第 1 点）",
  "question.p.cra.core_function.option.smart_meter_gateway":
    "智能电表网关，或其他用于高级安全目的（包括安全密码处理）的设备（附件 IV，第 2 点）",
  "question.p.cra.core_function.option.smartcard": "智能卡或类似设备，包括安全元件（附件 IV，第 3 点）",
  "question.p.cra.standards_in_full.label": "完整采用 CRA 协调标准",
  "question.p.cra.standards_in_full.prompt":
    "对于每一项要求，您是否完整采用《网络弹性法案》的协调标准或共同规范，或持有保证级别“实质”或更高的欧洲网络安全证书？",
  "question.p.cra.standards_in_full.help":
    "对于 I 类重要产品，只有在这种情况下才允许内部控制（模块 A）（第 32(2) 条）；否则须由公告机构评估。只有欧盟官方公报引用的标准才算数。",
  "evidence:List of standards applied": "所采用标准清单",
  "evidence:Certificate": "证书",
  "question.p.cra.component.label": "用于集成到其他产品",
  "question.p.cra.component.prompt": "产品是否用于集成到其他产品中（模块或组件）？",
  "question.p.cra.component.help":
    "组件必须向集成商提供满足附件 I 和附件 VII 所需的信息（附件 II 第 8(f) 点）。",
  "question.c.cra.ra_annex1.label": "风险评估涵盖附件 I 每项要求",
  "question.c.cra.ra_annex1.prompt":
    "您的网络安全风险评估是否针对附件 I 第 I 部分第 (2) 点的每项要求说明其是否适用及如何实施，并对不适用的要求给出理由？",
  "question.c.cra.ra_annex1.help":
    "第 13(3)–(4) 条：第 I 部分第 (2) 点的要求只有在技术文档所含风险评估中给出明确理由时，才可视为不适用。",
  "evidence:Risk assessment": "风险评估",
  "evidence:Technical documentation": "技术文档",
  "question.c.cra.update_opt_out.label": "自动更新可关闭并可推迟",
  "question.c.cra.update_opt_out.prompt":
    "在安全更新自动安装的情况下，用户能否通过清晰简便的设置将其关闭，并可暂时推迟某次更新？",
  "question.c.cra.update_opt_out.help":
    "附件 I 第 I 部分 (2)(c)：自动安全更新默认开启，并提供退出选项、可用更新通知以及暂时推迟的选项。",
  "question.c.cra.access_reporting.label": "报告可能的未授权访问",
  "question.c.cra.access_reporting.prompt":
    "产品是否记录或报告可能的未授权访问（登录失败或未知登录），使用户或您能够察觉？",
  "question.c.cra.access_reporting.help": "附件 I 第 I 部分 (2)(d)：防止未授权访问包括报告可能的未授权访问。",
  "evidence:Security-event list": "安全事件清单",
  "evidence:User alert screenshots": "用户提醒截图",
  "question.c.cra.log_opt_out.label": "用户可选择退出安全日志记录",
  "question.c.cra.log_opt_out.prompt": "用户能否选择退出对内部活动的记录和监测？",
  "question.c.cra.log_opt_out.help":
    "附件 I 第 I 部分 (2)(l)：与安全相关的记录和监测，并为用户提供退出机制。",
  "question.c.cra.data_transfer.label": "用户数据的安全传输",
  "question.c.cra.data_transfer.prompt": "在数据可传输到其他产品或系统的情况下，该传输是否受到保护？",
  "question.c.cra.data_transfer.help":
    "附件 I 第 I 部分 (2)(m)：在数据可传输的情况下，传输须安全。若不存在数据传输，请声明不适用（并说明理由）。",
  "evidence:Export format and protection": "导出格式及保护",
  "question.c.cra.sbom.label": "每个版本的机器可读 SBOM",
  "question.c.cra.sbom.prompt":
    "您是否为每个版本生成采用常用机器可读格式（SPDX、CycloneDX）、至少涵盖顶层依赖项的软件物料清单？",
  "question.c.cra.sbom.help":
    "附件 I 第 II 部分第 (1) 点。可将其保存在技术文档中；是否与用户共享可自行选择。",
  "evidence:SBOM (SPDX or CycloneDX)": "SBOM（SPDX 或 CycloneDX）",
  "question.c.cra.separate_security_updates.label": "安全更新单独发布",
  "question.c.cra.separate_security_updates.prompt": "在技术可行的情况下，安全更新是否与功能更新分开发布？",
  "question.c.cra.separate_security_updates.help": "附件 I 第 II 部分第 (2) 点。",
  "question.c.cra.updates_free.label": "安全更新免费并附带提示信息",
  "question.c.cra.updates_free.prompt": "安全更新是否及时、免费分发，并附带告知用户应采取何种措施的信息？",
  "question.c.cra.updates_free.help": "附件 I 第 II 部分第 (8) 点。",
  "evidence:Release notes": "版本说明",
  "evidence:Advisories": "安全公告",
  "question.c.cra.upstream_reporting.label": "向组件维护者报告漏洞",
  "question.c.cra.upstream_reporting.prompt":
    "当您在第三方或开源组件中发现漏洞时，是否向该组件的维护者报告？",
  "question.c.cra.upstream_reporting.help": "附件 I 第 II 部分第 (6) 点及第 13(6) 条。",
  "evidence:Upstream reports": "向上游提交的报告",
  "question.c.cra.art14_process.label": "第 14 条报告流程",
  "question.c.cra.art14_process.prompt":
    "您能否通过单一报告平台，向协调 CSIRT 和 ENISA 通报被积极利用的漏洞或严重事件（24 小时内预警、72 小时内通报、14 天或一个月内提交最终报告），并告知受影响的用户？",
  "question.c.cra.art14_process.help":
    "第 14 条自 2026 年 9 月 11 日起适用于欧盟市场上所有带数字元素的产品，包括 2027 年 12 月 11 日之前投放的产品。",
  "evidence:Reporting procedure": "报告程序",
  "evidence:Member State of main establishment (coordinating CSIRT)": "主要营业地所在成员国（协调 CSIRT）",
  "question.c.cra.info_manufacturer.label": "用户信息中的制造商联系方式",
  "question.c.cra.info_manufacturer.prompt":
    "用户信息是否给出您的名称、注册商号或商标、邮政地址、电子邮件或其他数字联系方式以及网站？",
  "question.c.cra.info_manufacturer.help": "附件 II 第 (1) 点。",
  "evidence:User information": "用户信息",
  "question.c.cra.info_purpose.label": "描述预期用途和安全特性",
  "question.c.cra.info_purpose.prompt": "用户信息是否描述预期用途、您提供的安全环境、基本功能和安全特性？",
  "question.c.cra.info_purpose.help": "附件 II 第 (4) 点。",
  "question.c.cra.info_risks.label": "描述可能导致风险的情形",
  "question.c.cra.info_risks.prompt":
    "用户信息是否描述可能导致重大网络安全风险的已知或可预见情形（预期使用或可合理预见的误用）？",
  "question.c.cra.info_risks.help": "附件 II 第 (5) 点。",
  "question.c.cra.info_doc_url.label": "欧盟符合性声明的网址",
  "question.c.cra.info_doc_url.prompt": "用户信息是否给出可查阅欧盟符合性声明的网址？",
  "question.c.cra.info_doc_url.help":
    "附件 II 第 (6) 点，视情况适用：若完整声明随产品提供，请声明不适用（并说明理由）。",
  "question.c.cra.info_changes.label": "说明变更如何影响数据安全",
  "question.c.cra.info_changes.prompt": "用户信息是否说明对产品的变更会如何影响数据安全？",
  "question.c.cra.info_changes.help": "附件 II 第 (8)(b) 点。",
  "question.c.cra.info_auto_update_off.label": "说明如何关闭自动更新",
  "question.c.cra.info_auto_update_off.prompt": "用户信息是否说明如何关闭默认的安全更新自动安装？",
  "question.c.cra.info_auto_update_off.help":
    "附件 II 第 (8)(e) 点，适用于存在自动更新的情况：若不存在，请声明不适用（并说明理由）。",
  "question.c.cra.info_integrator.label": "提供集成商信息",
  "question.c.cra.info_integrator.prompt":
    "您是否向集成商提供他们在使用您的组件时满足附件 I 和附件 VII 所需的信息？",
  "question.c.cra.info_integrator.help": "附件 II 第 (8)(f) 点，适用于用于集成到其他产品中的产品。",
  "evidence:Integration guide": "集成指南",
  "question.c.cra.info_sbom.label": "用户可获取 SBOM 的位置",
  "question.c.cra.info_sbom.prompt": "如果您与用户共享 SBOM，用户信息是否说明可在何处获取？",
  "question.c.cra.info_sbom.help":
    "附件 II 第 (9) 点为可选项：若不与用户共享 SBOM，请声明不适用（并说明理由）。",
  "criterion.CRA-I.1.title": "网络安全与风险相适应",
  "criterion.CRA-I.1.text":
    "产品的设计、开发和生产使其网络安全与其风险相适应，依据是一份书面风险评估，其中说明第 (2) 点每项要求是否适用以及如何适用。",
  "criterion.CRA-I.1.naRefusal":
    "附件 I 第 I 部分第 (1) 点始终适用：产品的网络安全必须与其风险相适应，因此不能为“不适用”。",
  "evidence:Treatment decision per risk and residual-risk acceptance": "每项风险的处置决定及剩余风险接受",
  "criterion.CRA-I.2a.title": "发布时无已知可利用漏洞",
  "criterion.CRA-I.2a.text": "产品投放市场时不存在已知的可利用漏洞。",
  "criterion.CRA-I.2a.notes":
    "仅当风险评估给出明确理由时才可不适用（第 13(4) 条）；只有在 CRA-I.1（风险评估）通过时，“不适用”才计入。",
  "evidence:Vulnerability scan of the SBOM at release": "发布时基于 SBOM 的漏洞扫描",
  "evidence:Triage record": "分级处理记录",
  "criterion.CRA-I.2b.title": "默认安全，并可恢复到原始状态",
  "criterion.CRA-I.2b.text": "产品以安全的默认配置交付，没有通用默认密码，并可恢复到其原始状态。",
  "criterion.CRA-I.2b.notes":
    "仅当风险评估给出明确理由时才可不适用（第 13(4) 条）；只有在 CRA-I.1（风险评估）通过时，“不适用”才计入。",
  "evidence:Default-configuration inventory": "默认配置清单",
  "evidence:Factory-reset procedure and test": "恢复出厂设置的程序及测试",
  "criterion.CRA-I.2c.title": "通过安全更新修复漏洞",
  "criterion.CRA-I.2c.text":
    "漏洞可以通过安全更新处理；在适用情况下，自动安全更新默认开启，并提供清晰的退出选项、可用更新通知以及推迟更新的选项。",
  "criterion.CRA-I.2c.notes":
    "仅当风险评估给出明确理由时才可不适用（第 13(4) 条）；只有在 CRA-I.1（风险评估）通过时，“不适用”才计入。对于可更新的软件，“不适用”需要充分的理由。",
  "evidence:Update architecture per component": "各组件的更新架构",
  "evidence:Opt-out and postpone settings": "退出及推迟设置",
  "criterion.CRA-I.2d.title": "防止未授权访问",
  "criterion.CRA-I.2d.text":
    "适当的控制机制（身份验证、身份或访问管理）保护产品免受未授权访问，并报告可能的未授权访问。",
  "criterion.CRA-I.2d.notes":
    "仅当风险评估给出明确理由时才可不适用（第 13(4) 条）；只有在 CRA-I.1（风险评估）通过时，“不适用”才计入。",
  "evidence:Interface and access matrix": "接口与访问矩阵",
  "evidence:Security-event log or user alert": "安全事件日志或用户提醒",
  "criterion.CRA-I.2e.title": "数据机密性",
  "criterion.CRA-I.2e.text":
    "存储、传输或以其他方式处理的数据（个人数据或其他数据）保持机密，例如采用最先进的静态和传输加密。",
  "criterion.CRA-I.2e.notes":
    "仅当风险评估给出明确理由时才可不适用（第 13(4) 条）；只有在 CRA-I.1（风险评估）通过时，“不适用”才计入。",
  "evidence:Data-flow map": "数据流图",
  "evidence:Protocol and cipher list per link": "每条链路的协议与密码套件清单",
  "evidence:Storage encryption and key management": "存储加密与密钥管理",
  "criterion.CRA-I.2f.title": "数据、命令、程序和配置的完整性",
  "criterion.CRA-I.2f.text": "数据、命令、程序和配置受到保护，免遭未授权篡改，并报告损坏情况。",
  "criterion.CRA-I.2f.notes":
    "仅当风险评估给出明确理由时才可不适用（第 13(4) 条）；只有在 CRA-I.1（风险评估）通过时，“不适用”才计入。",
  "evidence:Signed firmware and updates": "签名的固件和更新",
  "evidence:Integrity checks and what happens when one fails": "完整性检查及检查失败时的处理",
  "criterion.CRA-I.2g.title": "数据最小化",
  "criterion.CRA-I.2g.text": "仅处理与预期用途相适应、相关且限于其所需的数据。",
  "criterion.CRA-I.2g.notes":
    "仅当风险评估给出明确理由时才可不适用（第 13(4) 条）；只有在 CRA-I.1（风险评估）通过时，“不适用”才计入。",
  "evidence:Data inventory with the purpose of each item": "列明每项用途的数据清单",
  "evidence:Telemetry list": "遥测数据清单",
  "criterion.CRA-I.2h.title": "基本功能的可用性",
  "criterion.CRA-I.2h.text": "基本功能保持可用（包括在事件发生后），具备抵御和缓解拒绝服务攻击的能力。",
  "criterion.CRA-I.2h.notes":
    "仅当风险评估给出明确理由时才可不适用（第 13(4) 条）；只有在 CRA-I.1（风险评估）通过时，“不适用”才计入。",
  "evidence:List of essential functions": "基本功能清单",
  "evidence:Denial-of-service test results": "拒绝服务测试结果",
  "evidence:Recovery procedure": "恢复程序",
  "criterion.CRA-I.2i.title": "对其他设备和网络的影响有限",
  "criterion.CRA-I.2i.text": "产品将自身及所连接设备对其他设备或网络服务可用性的负面影响降到最低。",
  "criterion.CRA-I.2i.notes":
    "仅当风险评估给出明确理由时才可不适用（第 13(4) 条）；只有在 CRA-I.1（风险评估）通过时，“不适用”才计入。",
  "evidence:Rate limits and reconnection behaviour": "速率限制与重连行为",
  "evidence:Botnet-abuse analysis": "僵尸网络滥用分析",
  "criterion.CRA-I.2j.title": "有限的攻击面",
  "criterion.CRA-I.2j.text": "攻击面（包括外部接口）受到限制。",
  "criterion.CRA-I.2j.notes":
    "仅当风险评估给出明确理由时才可不适用（第 13(4) 条）；只有在 CRA-I.1（风险评估）通过时，“不适用”才计入。",
  "evidence:Enabled services with their need": "已启用服务及其必要性",
  "evidence:Debug interfaces closed": "调试接口已关闭",
  "criterion.CRA-I.2k.title": "漏洞利用缓解",
  "criterion.CRA-I.2k.text": "适当的漏洞利用缓解机制和技术可降低事件的影响。",
  "criterion.CRA-I.2k.notes":
    "仅当风险评估给出明确理由时才可不适用（第 13(4) 条）；只有在 CRA-I.1（风险评估）通过时，“不适用”才计入。",
  "evidence:Compiler and OS hardening": "编译器和操作系统加固",
  "evidence:Privilege separation and sandboxing": "权限分离与沙箱",
  "criterion.CRA-I.2l.title": "带用户退出选项的安全日志记录",
  "criterion.CRA-I.2l.text":
    "记录和监测相关的内部活动（对数据、服务或功能的访问或更改），并为用户提供退出选项。",
  "criterion.CRA-I.2l.notes":
    "仅当风险评估给出明确理由时才可不适用（第 13(4) 条）；只有在 CRA-I.1（风险评估）通过时，“不适用”才计入。",
  "evidence:Security-event list, storage and retention": "安全事件清单、存储与保留期限",
  "evidence:Opt-out setting": "退出设置",
  "criterion.CRA-I.2m.title": "数据的安全删除和传输",
  "criterion.CRA-I.2m.text":
    "用户可以安全、简便、永久地删除所有数据和设置；在数据可传输到其他产品或系统的情况下，传输是安全的。",
  "criterion.CRA-I.2m.notes":
    "仅当风险评估给出明确理由时才可不适用（第 13(4) 条）；只有在 CRA-I.1（风险评估）通过时，“不适用”才计入。",
  "evidence:Factory reset and account deletion across device, app and cloud":
    "覆盖设备、应用和云端的恢复出厂设置与账户删除",
  "evidence:Export protection": "导出保护",
  "criterion.CRA-II.1.title": "识别组件和漏洞，并提供 SBOM",
  "criterion.CRA-II.1.text": "识别并记录漏洞和组件，包括至少涵盖顶层依赖项的机器可读软件物料清单。",
  "criterion.CRA-II.1.naRefusal":
    "附件 I 第 II 部分（漏洞处理）在整个支持期内适用于每个制造商：CRA 没有为其提供“不适用”出口。",
  "evidence:SBOM per release (SPDX or CycloneDX)": "每个版本的 SBOM（SPDX 或 CycloneDX）",
  "evidence:Vulnerability register": "漏洞登记册",
  "criterion.CRA-II.2.title": "及时修复漏洞",
  "criterion.CRA-II.2.text":
    "根据风险及时处理漏洞，包括通过安全更新处理；在可行时，安全更新与功能更新分开发布。",
  "criterion.CRA-II.2.naRefusal":
    "附件 I 第 II 部分（漏洞处理）在整个支持期内适用于每个制造商：CRA 没有为其提供“不适用”出口。",
  "evidence:Remediation times by severity": "按严重程度划分的修复时限",
  "evidence:Release history with separate security releases": "包含单独安全版本的发布历史",
  "criterion.CRA-II.3.title": "定期安全测试和审查",
  "criterion.CRA-II.3.text": "对产品实施有效且定期的安全测试和审查。",
  "criterion.CRA-II.3.naRefusal":
    "附件 I 第 II 部分（漏洞处理）在整个支持期内适用于每个制造商：CRA 没有为其提供“不适用”出口。",
  "evidence:Test plan and cadence": "测试计划与频率",
  "evidence:Test results": "测试结果",
  "criterion.CRA-II.4.title": "披露已修复的漏洞",
  "criterion.CRA-II.4.text":
    "修复可用后，公开披露已修复的漏洞，包括描述、受影响产品、影响、严重程度和修复帮助。",
  "criterion.CRA-II.4.naRefusal":
    "附件 I 第 II 部分（漏洞处理）在整个支持期内适用于每个制造商：CRA 没有为其提供“不适用”出口。",
  "evidence:Security advisories page": "安全公告页面",
  "criterion.CRA-II.5.title": "协调漏洞披露政策",
  "criterion.CRA-II.5.text": "制定并执行协调漏洞披露政策。",
  "criterion.CRA-II.5.naRefusal":
    "附件 I 第 II 部分（漏洞处理）在整个支持期内适用于每个制造商：CRA 没有为其提供“不适用”出口。",
  "evidence:Published disclosure policy": "已公布的披露政策",
  "evidence:Internal procedure": "内部程序",
  "criterion.CRA-II.6.title": "共享漏洞信息并提供联系地址",
  "criterion.CRA-II.6.text": "便于共享产品及其第三方组件中潜在漏洞的信息，包括提供报告联系地址。",
  "criterion.CRA-II.6.naRefusal":
    "附件 I 第 II 部分（漏洞处理）在整个支持期内适用于每个制造商：CRA 没有为其提供“不适用”出口。",
  "evidence:Security contact (security.txt or security page)": "安全联系方式（security.txt 或安全页面）",
  "criterion.CRA-II.7.title": "安全分发更新",
  "criterion.CRA-II.7.text": "通过安全机制分发更新（在适用时自动分发安全更新），以便及时修复漏洞。",
  "criterion.CRA-II.7.naRefusal":
    "附件 I 第 II 部分（漏洞处理）在整个支持期内适用于每个制造商：CRA 没有为其提供“不适用”出口。",
  "evidence:Signed update pipeline": "签名的更新流水线",
  "evidence:Delivery channel security": "分发渠道安全",
  "criterion.CRA-II.8.title": "安全更新免费且及时",
  "criterion.CRA-II.8.text": "及时、免费地分发可用的安全更新，并附带告知用户应采取何种措施的提示信息。",
  "criterion.CRA-II.8.naRefusal":
    "附件 I 第 II 部分（漏洞处理）在整个支持期内适用于每个制造商：CRA 没有为其提供“不适用”出口。",
  "evidence:Release notes and advisories": "版本说明与安全公告",
  "evidence:Proof of free distribution": "免费分发的证明",
  "criterion.CRA-AII.1.title": "制造商身份和联系方式",
  "criterion.CRA-AII.1.text": "用户信息给出制造商的名称、商号或商标、邮政地址、数字联系方式和网站。",
  "criterion.CRA-AII.1.naRefusal": "附件 II 为每个产品列出了这项信息：不能为“不适用”。",
  "criterion.CRA-AII.2.title": "漏洞单一联系点",
  "criterion.CRA-AII.2.text": "用户信息给出报告漏洞的单一联系点以及披露政策的查阅位置。",
  "criterion.CRA-AII.2.naRefusal": "附件 II 为每个产品列出了这项信息：不能为“不适用”。",
  "criterion.CRA-AII.3.title": "唯一的产品标识",
  "criterion.CRA-AII.3.text": "用户信息给出能唯一识别产品的名称、类型和其他信息。",
  "criterion.CRA-AII.3.naRefusal": "附件 II 为每个产品列出了这项信息：不能为“不适用”。",
  "evidence:Type plate": "铭牌",
  "criterion.CRA-AII.4.title": "预期用途和安全特性",
  "criterion.CRA-AII.4.text": "用户信息描述预期用途、所提供的安全环境、基本功能和安全特性。",
  "criterion.CRA-AII.4.naRefusal": "附件 II 为每个产品列出了这项信息：不能为“不适用”。",
  "criterion.CRA-AII.5.title": "可能导致风险的情形",
  "criterion.CRA-AII.5.text": "用户信息描述可能导致重大网络安全风险的已知或可预见情形。",
  "criterion.CRA-AII.5.naRefusal": "附件 II 为每个产品列出了这项信息：不能为“不适用”。",
  "criterion.CRA-AII.6.title": "符合性声明的查阅位置",
  "criterion.CRA-AII.6.text": "在适用时，用户信息给出欧盟符合性声明的网址。",
  "criterion.CRA-AII.7.title": "支持类型和支持期结束日期",
  "criterion.CRA-AII.7.text": "用户信息说明技术安全支持的类型以及支持期的结束日期。",
  "criterion.CRA-AII.7.naRefusal": "附件 II 为每个产品列出了这项信息：不能为“不适用”。",
  "evidence:Support-period statement": "支持期声明",
  "criterion.CRA-AII.8a.title": "安全的首次调试和使用",
  "criterion.CRA-AII.8a.text": "用户信息给出首次调试时及整个使用寿命期间安全使用所需的措施。",
  "criterion.CRA-AII.8a.naRefusal": "附件 II 为每个产品列出了这项信息：不能为“不适用”。",
  "criterion.CRA-AII.8b.title": "变更如何影响数据安全",
  "criterion.CRA-AII.8b.text": "用户信息说明对产品的变更会如何影响数据安全。",
  "criterion.CRA-AII.8b.naRefusal": "附件 II 为每个产品列出了这项信息：不能为“不适用”。",
  "criterion.CRA-AII.8c.title": "如何安装安全更新",
  "criterion.CRA-AII.8c.text": "用户信息说明如何安装与安全相关的更新。",
  "criterion.CRA-AII.8c.naRefusal": "附件 II 为每个产品列出了这项信息：不能为“不适用”。",
  "criterion.CRA-AII.8d.title": "安全停用和数据删除",
  "criterion.CRA-AII.8d.text": "用户信息说明如何安全停用产品以及如何删除用户数据。",
  "criterion.CRA-AII.8d.naRefusal": "附件 II 为每个产品列出了这项信息：不能为“不适用”。",
  "criterion.CRA-AII.8e.title": "如何关闭自动更新",
  "criterion.CRA-AII.8e.text": "在安全更新默认自动安装的情况下，用户信息说明如何将其关闭。",
  "criterion.CRA-AII.8f.title": "集成商信息",
  "criterion.CRA-AII.8f.text": "用于集成到其他产品中的产品附带集成商满足附件 I 和附件 VII 所需的信息。",
  "criterion.CRA-AII.9.title": "用户可获取 SBOM 的位置",
  "criterion.CRA-AII.9.text": "如果制造商与用户共享 SBOM，用户信息说明可在何处获取。",
  "criterion.CRA-A13.5.title": "至少五年的支持期",
  "criterion.CRA-A13.5.text":
    "在反映预期使用时间、且至少为五年的支持期内处理漏洞，除非产品的预期使用时间更短。",
  "criterion.CRA-A13.5.notes": "只有当产品的预期使用时间更短时，较短的支持期才有效：由审核员附理由推翻判定。",
  "criterion.CRA-A13.5.naRefusal":
    "第 13(8) 条规定支持期至少五年，除非产品的预期使用时间更短：这是一个数字，而不是“不适用”声明。",
  "evidence:Support-period rationale in the technical documentation": "技术文档中的支持期依据",
  "criterion.CRA-A14.title": "报告被利用的漏洞和严重事件",
  "criterion.CRA-A14.text":
    "通过单一报告平台向协调 CSIRT 和 ENISA 通报被积极利用的漏洞和严重事件（24 小时、72 小时，然后 14 天或一个月），并告知用户。",
  "criterion.CRA-A14.naRefusal":
    "自 2026 年 9 月 11 日起，第 14 条报告义务适用于欧盟市场上的每个产品：不能为“不适用”。",
  "evidence:Coordinating CSIRT identified": "已确定协调 CSIRT",
  "scheme.EU_CRA.fact.core_none": "核心功能：不属于以下任何类别（默认类）",
  "scheme.EU_CRA.fact.core_router":
    "核心功能：路由器、互联网调制解调器或网络交换机（附件 III，I 类，第 12 点）",
  "scheme.EU_CRA.fact.core_assistant": "核心功能：智能家居通用虚拟助手（附件 III，I 类，第 16 点）",
  "scheme.EU_CRA.fact.core_home_security":
    "核心功能：具有安全功能的智能家居产品：门锁、安防摄像头、婴儿监视器、报警器（附件 III，I 类，第 17 点）",
  "scheme.EU_CRA.fact.core_toy_interactive":
    "核心功能：具有社交互动功能（说话、拍摄）或位置跟踪功能的联网玩具（附件 III，I 类，第 18 点）",
  "scheme.EU_CRA.fact.core_wearable_health":
    "核心功能：用于健康监测（不属于 MDR/IVDR）的个人可穿戴设备，或儿童可穿戴设备（附件 III，I 类，第 19 点）",
  "scheme.EU_CRA.fact.core_identity":
    "核心功能：身份管理或特权访问管理，包括生物识别读取器（附件 III，I 类，第 1 点）",
  "scheme.EU_CRA.fact.core_other_class1":
    "核心功能：附件 III 的其他 I 类类别：浏览器、密码管理器、反恶意软件、VPN、网络管理、SIEM、启动管理器、PKI、网络接口、操作系统、具有安全功能的微处理器或微控制器（第 2–11、13–15 点）",
  "scheme.EU_CRA.fact.core_firewall": "核心功能：防火墙、入侵检测或入侵防御系统（附件 III，II 类，第 2 点）",
  "scheme.EU_CRA.fact.core_other_class2":
    "核心功能：虚拟机管理程序或容器运行时、防篡改微处理器或微控制器（附件 III，II 类，第 1、3、4 点）",
  "scheme.EU_CRA.fact.core_security_box": "核心功能：带安全盒的硬件设备（附件 IV，第 1 点）",
  "scheme.EU_CRA.fact.core_smart_meter_gateway":
    "核心功能：智能电表网关，或其他用于高级安全目的（包括安全密码处理）的设备（附件 IV，第 2 点）",
  "scheme.EU_CRA.fact.core_smartcard": "核心功能：智能卡或类似设备，包括安全元件（附件 IV，第 3 点）",
  "scheme.EU_CRA.fact.standards_in_full": "完整采用协调标准、共同规范或欧洲证书",
  "scheme.EU_CRA.fact.category_router": "产品类别：路由器或网关",
  "scheme.EU_CRA.fact.category_lock": "产品类别：智能锁或报警器",
  "scheme.EU_CRA.fact.category_camera": "产品类别：联网摄像头",
  "scheme.EU_CRA.fact.category_speaker": "产品类别：智能音箱或显示屏",
  "scheme.EU_CRA.fact.category_toy": "产品类别：联网玩具",
  "scheme.EU_CRA.fact.category_wearable": "产品类别：可穿戴设备",
  "question.c.cra.reset_original.label": "恢复到安全的原始状态",
  "question.c.cra.reset_original.prompt":
    "用户能否将产品恢复到其原始状态，且该状态保持安全默认设置（没有通用默认密码，只开启设置所需的服务）？",
  "question.c.cra.reset_original.help":
    "附件 I 第 I 部分 (2)(b)：安全的默认配置，包括将产品恢复到原始状态的可能性。",
  "question.c.cra.info_product_id.label": "用户信息中的唯一产品标识",
  "question.c.cra.info_product_id.prompt":
    "用户信息是否给出产品的名称、类型以及能唯一识别产品的信息（型号、硬件和软件版本）？",
  "question.c.cra.info_product_id.help": "附件 II 第 (3) 点。",
};
