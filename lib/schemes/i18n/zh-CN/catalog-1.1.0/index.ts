import type { TCatalogEntries } from "../../dictionary";
import { extendDictionary } from "../../dictionary";
import { zhCN_1_0_0 } from "../catalog-1.0.0";

// Catalog 1.1.0 in Simplified Chinese: only what 1.1.0 adds or changes over 1.0.0 (lib/schemes/catalog-v1-1),
// in the terms of docs/glossary-zh.md. Requirement identifiers stay as in the English text.

const NO_EXIT = "EN 18031 没有为这项要求提供“不适用”出口：要么满足，要么不满足。";
const FCC = "FCC 对标签的规则要求（47 CFR Part 8）：没有“不适用”出口。";
const DEV = "NIST IR 8425 规定的开发者活动：每个产品都需要，因此不能为“不适用”。";
const GEC_1 = "EN 18031 GEC-1 始终适用：只能证明某个已知漏洞不影响本产品，而不能证明整项要求不适用。";
const ACM_2 = `${NO_EXIT}它适用于 ACM-1 认定具有访问控制机制的每项资产。`;
const SUM_2 = `${NO_EXIT}它适用于 SUM-1 要求的每种更新机制。`;
const SSM_2 = `${NO_EXIT}它适用于 SSM-1 保存在安全存储中的每项敏感资产。`;
const SSM_3 = `${NO_EXIT}它适用于 SSM-1 保存在安全存储中的每项机密资产。`;
const GEC_5 = `${NO_EXIT}物理外部接口仅限于预期功能所需。`;
const SCM_3_PART = `${NO_EXIT}（第 3 部分，不允许互操作性偏离）`;
const VEHICLE = "受型式认证规则管辖的车辆设备不适用第 3(3)(e) 条和 (f) 条。";
const AVIATION = "民用航空设备或道路收费设备不适用第 3(3)(e) 条和 (f) 条。";

const everyPart = (id: string, text: string) =>
  Object.fromEntries(["18031-1", "18031-2", "18031-3"].map((p) => [`criterion.${p}:${id}.naRefusal`, text]));
const fcc = (ids: string[], text: string) =>
  Object.fromEntries(ids.map((k) => [`criterion.${k}.naRefusal`, text]));

const meta: TCatalogEntries = {
  "catalog.title": "Cyberlabel 准则目录 第 1.1 版",
  "catalog.notes.3":
    "自 1.1.0 起，只有标准给出出口之处才可选择“不适用”；读取多项控制措施的准则，在每项控制措施均满足或有效地不适用时即为通过。",
  "catalog.notes.4": "官方公报限制条件按产品本身的性质生效；声称“不适用”不能使其失效。",
  "catalog.changelog.0":
    "凡研究笔记未记载出口之处，均不接受“不适用”，并在问题旁显示理由：所有部分中的 EN 18031 GEC-1、ACM-2、AUM-3、AUM-6、SUM-2、SSM-2、SSM-3 和 GEC-5；第 1 和第 3 部分中的 SUM-3；第 2 和第 3 部分中的 LGM-3、LGM-4；第 2 部分中的 DLM-1 和 UNM-2；中国的 CN-1.17、CN-3.01 和 CN-3.02。",
  "catalog.changelog.1":
    "一条准则读取多项控制措施：每项控制措施可以满足或有效地不适用（中国 1 星和 2 星准则、美国 IAC/DP 结果）。",
  "catalog.changelog.2":
    "官方公报限制条件 R1（可跳过的密码）、R2（玩具和儿童看护设备的家长控制）和 R3（第 3 部分的更新）按产品概况生效，声称“不适用”不能使其失效。",
  "catalog.changelog.3":
    "用户可以跳过的密码现在也使美国 IAC.1b 和中国 CN-1.01 不通过（同一事实，所有方案）。",
  "catalog.changelog.4": "中国三星：新增 CN-3.09，测试项目须由具备 CMA 资质的第三方实验室检测。",
  "catalog.changelog.5":
    "欧盟：2025 年 8 月 1 日之前投放市场的产品不在第 3(3)(d)/(e)/(f) 条范围内，结果中会说明原因。",
  "catalog.changelog.6": "欧盟 MDR/IVDR 问题与美国 FDA 问题分开提问（新增 p.fda_medical）。",
  "catalog.changelog.7": "不在范围内的结果会说明原因（欧盟按条款、美国、中国）。",
  "catalog.changelog.8":
    "后续问题只在其前提成立时才提出（玩具问题只问玩具，手动更新说明只在更新不是自动进行时才问，美国专属问题只问属于美国计划的产品）。",
  "catalog.changelog.9":
    "记录决策树链（ACM-1 → ACM-2、AUM-1 → AUM-3/4/6、SSM-1 → SSM-2/3、SCM-1 → SCM-2/3/4、SUM-1 → SUM-2/3、LGM-1 → LGM-2/3/4、UNM-1 → UNM-2）；上游声称“不适用”不能使下游要求失效。",
  "scoring.sharedFact.c.pw.no_skip": "用户可以跳过的密码在任何方案中都是薄弱的访问控制。",
  "scoring.sharedFact.c.upd.verified": "未经验证的更新不满足任何方案的更新要求。",
  "scoring.sharedFact.c.pw.factory_unique_or_forced": "通用默认密码不满足任何方案。",
};

const scopeReasons: TCatalogEntries = {
  "scheme.EU_RED.scopeReason.0": "不是无线电设备：欧盟无线电设备指令不涵盖本产品。",
  "scheme.EU_RED.scopeReason.1":
    "欧盟 MDR/IVDR 规定的医疗器械或体外诊断器械不适用第 3(3)(d)、(e) 和 (f) 条。",
  "scheme.EU_RED.scopeReason.2":
    "于 2025 年 8 月 1 日之前投放市场：第 3(3)(d)、(e) 和 (f) 条只适用于自该日起投放市场的设备。",
  "scheme.EU_RED.scopeReason.3": "不能接入互联网：第 3(3)(d) 条只涵盖可接入互联网的无线电设备。",
  "scheme.EU_RED.scopeReason.4": "不处理个人数据、流量数据或位置数据：第 3(3)(e) 条不适用。",
  "scheme.EU_RED.scopeReason.5":
    "既不能接入互联网，也不是儿童看护设备、玩具或可穿戴设备：第 3(3)(e) 条不适用。",
  "scheme.EU_RED.scopeReason.6": VEHICLE,
  "scheme.EU_RED.scopeReason.7": AVIATION,
  "scheme.EU_RED.scopeReason.8": "不能接入互联网：第 3(3)(f) 条只涵盖可接入互联网的无线电设备。",
  "scheme.EU_RED.scopeReason.9": "不转移资金、货币价值或虚拟货币：第 3(3)(f) 条不适用。",
  "scheme.EU_RED.scopeReason.10": VEHICLE,
  "scheme.EU_RED.scopeReason.11": AVIATION,
  "scheme.US_CTM.scopeReason.0": "不是消费类产品：美国计划只涵盖消费类物联网产品。",
  "scheme.US_CTM.scopeReason.1": "设备不是有意辐射体（不有意发射无线电信号）。",
  "scheme.US_CTM.scopeReason.2": "设备不能接入互联网。",
  "scheme.US_CTM.scopeReason.3": "设备没有传感器或执行器。",
  "scheme.US_CTM.scopeReason.4": "设备没有网络接口。",
  "scheme.US_CTM.scopeReason.5": "受 FDA 监管的医疗器械不在范围内（47 CFR 8.203）。",
  "scheme.US_CTM.scopeReason.6": "受 NHTSA 监管的机动车及车辆设备不在范围内（47 CFR 8.203）。",
  "scheme.CN_CCL.scopeReason.0": "没有联网功能：网络安全标识只涵盖联网产品。",
};

const questions: TCatalogEntries = {
  "question.p.market_date.help":
    "RED 3(3)(d)/(e)/(f) 适用于自 2025 年 8 月 1 日起投放市场的设备（此前投放的不适用）；自 2027 年 12 月 11 日起投放市场的产品预计改由《网络弹性法案》管辖。",
  "question.p.medical.label": "欧盟医疗器械或体外诊断器械",
  "question.p.medical.prompt":
    "本产品是否为欧盟 MDR（2017/745）或 IVDR（2017/746）规定的医疗器械或体外诊断器械？",
  "question.p.medical.help": "此类器械不适用欧盟 RED 第 3(3)(d)、(e) 和 (f) 条。美国 FDA 问题另行提问。",
  "question.p.fda_medical.label": "受 FDA 监管的医疗器械",
  "question.p.fda_medical.prompt": "本产品是否为受美国食品药品监督管理局（FDA）监管的医疗器械？",
  "question.p.fda_medical.help": "受 FDA 监管的医疗器械不在美国网络信任标志范围内（47 CFR 8.203）。",
  "evidence:FDA classification or clearance": "FDA 分类或许可文件",
  "question.c.child.guardian_control_effective.naRefusal":
    "对于玩具或儿童看护设备，家长或监护人控制由产品本身的性质决定（限制条件 R2）：请回答是、部分或否。",
  "question.c.pw.no_skip.naRefusal":
    "用户能否跳过密码是设计上的事实，欧盟（限制条件 R1）、美国和中国的结果都会读取：请回答是或否。",
  "question.c.test.report.naRefusal": "中国每个星级都需要测试报告。",
  "question.c.test.declaration.naRefusal": "中国每个星级都需要签署的符合性声明。",
  "question.c.test.pentest.naRefusal": "中国三星始终需要第三方渗透测试。",
  "question.c.test.third_party_lab.label": "测试项目由第三方实验室检测",
  "question.c.test.third_party_lab.prompt":
    "较低等级的测试项目是否由具备 CMA 资质的第三方实验室检测（而不仅是你们自己的实验室）？",
  "question.c.test.third_party_lab.help": "中国三星：除渗透测试外，测试项目还需由第三方实验室检测。",
  "question.c.test.third_party_lab.naRefusal": "中国三星始终需要由第三方检测测试项目。",
  "evidence:Third-party test report": "第三方测试报告",
};

const criteria: TCatalogEntries = {
  ...everyPart("GEC-1", GEC_1),
  ...everyPart("ACM-2", ACM_2),
  ...everyPart("AUM-3", NO_EXIT),
  ...everyPart("AUM-6", NO_EXIT),
  ...everyPart("SUM-2", SUM_2),
  ...everyPart("SSM-2", SSM_2),
  ...everyPart("SSM-3", SSM_3),
  ...everyPart("GEC-5", GEC_5),
  "criterion.18031-1:SUM-3.naRefusal": `${NO_EXIT}（第 1 部分）`,
  "criterion.18031-3:SUM-3.naRefusal": `${NO_EXIT}（第 3 部分）`,
  "criterion.18031-2:LGM-3.naRefusal": NO_EXIT,
  "criterion.18031-3:LGM-3.naRefusal": NO_EXIT,
  "criterion.18031-2:LGM-4.naRefusal": NO_EXIT,
  "criterion.18031-3:LGM-4.naRefusal": NO_EXIT,
  "criterion.18031-2:DLM-1.naRefusal": `${NO_EXIT}存储的个人数据和敏感安全参数必须可以删除。`,
  "criterion.18031-2:UNM-2.naRefusal": NO_EXIT,
  "criterion.18031-3:AUM-1-1.naRefusal": "EN 18031-3 在此没有豁免：通过网络接口访问金融资产必须经过认证。",
  "criterion.18031-3:AUM-1-2.naRefusal": "EN 18031-3 在此没有豁免：通过用户界面访问金融资产必须经过认证。",
  "criterion.18031-3:AUM-1-3.naRefusal": `${NO_EXIT}（机器接口，第 3 部分）`,
  "criterion.18031-3:AUM-2-2.naRefusal": "对于转移资金的功能，EN 18031-3 始终要求双因素认证。",
  "criterion.18031-3:SCM-1.naRefusal":
    "EN 18031-3 取消了第 1 和第 2 部分中的出口：金融资产和安全资产始终须安全传输。",
  "criterion.18031-3:SCM-2.naRefusal": SCM_3_PART,
  "criterion.18031-3:SCM-3.naRefusal": SCM_3_PART,
  "criterion.18031-3:GEC-8.naRefusal": `${NO_EXIT}支付设备须具备以硬件为信任根的启动完整性。`,
  ...fcc(
    [
      "US.FCC.SCOPE",
      "US.FCC.NATSEC",
      "US.FCC.DECL",
      "US.FCC.SUPPORT",
      "US.FCC.AGENT",
      "US.FCC.TEST",
      "US.FCC.REGISTRY",
      "US.FCC.RECORDS",
    ],
    FCC,
  ),
  ...fcc(["US.DOC.1", "US.IQR.1", "US.ID.1", "US.PEA.1"], DEV),
  "criterion.US.FCC.SCOPE.text":
    "消费类物联网产品，其设备有意发射无线电信号、可接入互联网、具有传感器或执行器以及网络接口，且既不是受 FDA 监管的医疗器械，也不是车辆设备。",
  "criterion.CN-1.17.naRefusal":
    "每个星级都需要测试报告和签署的声明（《网络安全标识管理办法》）：不能为“不适用”。",
  "criterion.CN-3.01.naRefusal": "三星需要第三方渗透测试（《网络安全标识管理办法》）：不能为“不适用”。",
  "criterion.CN-3.02.naRefusal":
    "第三方固件分析是三星证据的一部分；没有固件的产品由其概况豁免，而不是凭声称豁免。",
  "criterion.CN-3.09.title": "测试项目由有资质的第三方实验室检测",
  "criterion.CN-3.09.text":
    "三星要求 1 星和 2 星的测试项目由具备 CMA 资质的第三方实验室检测，而不仅由生产者自有实验室检测。",
  "criterion.CN-3.09.naRefusal": "三星证据规则要求由第三方检测测试项目（china-label.md §6.2）。",
  "evidence:Third-party test report naming the model and firmware version":
    "写明型号和固件版本的第三方测试报告",
};

/** Catalog 1.1.0 in Simplified Chinese: 1.0.0's dictionary with the texts 1.1.0 adds or changes (none removed). */
export const zhCN_1_1_0 = extendDictionary(zhCN_1_0_0, {
  version: "1.1.0",
  entries: { ...meta, ...scopeReasons, ...questions, ...criteria },
  removed: [],
});
