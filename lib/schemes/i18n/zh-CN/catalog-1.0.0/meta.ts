import type { TCatalogEntries } from "../../dictionary";
import { ZH_LEGAL_BASIS } from "../legal-basis";

const basis = (english: string): string => {
  const zh = ZH_LEGAL_BASIS[english];
  if (zh === undefined) throw new Error(`No Chinese legal basis for "${english}"`);
  return zh;
};

/** Catalog 1.0.0 in Simplified Chinese: catalog and scheme metadata (docs/glossary-zh.md for the terms). */
export const meta: TCatalogEntries = {
  "catalog.title": "Cyberlabel 准则目录 第 1 版",
  "catalog.notes.0": "三个方案共用一套问题：概况问题决定适用性，控制措施问题决定是否满足。",
  "catalog.notes.1": "不同方案中读取同一控制措施问题的准则，天然形成对应关系。",
  "catalog.notes.2": "回答为“不适用”的控制措施需要说明理由；没有理由时，该准则保持未完成状态（UNANSWERED）。",
  "scheme.EU_RED.name": "欧盟无线电设备指令第 3(3)(d)/(e)/(f) 条（EN 18031-1/-2/-3）",
  "scheme.EU_RED.shortName": "欧盟 RED",
  "scheme.EU_RED.legalBasis.0": basis("Directive 2014/53/EU, Art. 3(3)(d), (e), (f) and Art. 17"),
  "scheme.EU_RED.legalBasis.1": basis(
    "Delegated Regulation (EU) 2022/30 (applies from 1 Aug 2025, Delegated Regulation (EU) 2023/2444)",
  ),
  "scheme.EU_RED.legalBasis.2": basis(
    "Implementing Decision (EU) 2025/138 citing EN 18031-1/-2/-3:2024 with restrictions",
  ),
  "scheme.EU_RED.sources.0": "指令 2014/53/EU",
  "scheme.EU_RED.sources.1": "授权条例 (EU) 2022/30",
  "scheme.EU_RED.sources.2": "实施决定 (EU) 2025/138",
  "scheme.EU_RED.sources.3": "Zealience EN 18031 文档模板与测试计划（CC BY-SA 4.0）",
  "scheme.EU_RED.sources.4": "ETSI EN 303 645 V2.1.1",
  "scheme.EU_RED.confidenceNotes.0":
    "未直接阅读 EN 18031 原文：标识符、标题和决策树出口取自该标准一位合著者以开放许可发布的模板。目录中的全部文字均为我们自己的表述。",
  "scheme.EU_RED.confidenceNotes.1":
    "EN 18031 按资产和逐项适用；本目录每种机制只问一个问题，并以有理由的“不适用”承载按资产的出口（简化处理）。",
  "scheme.EU_RED.confidenceNotes.2":
    "官方公报中的限制条件 R1–R3 来自一致的公开摘要；R2 的子条款编号以及 R3 的适用宽度尚不确定。",
  "scheme.EU_RED.confidenceNotes.3":
    "EN 18031-2 中 ACM-3…ACM-6 的标题未经确认；ACM-4 是否也涵盖儿童看护设备尚不确定。",
  "scheme.EU_RED.confidenceNotes.4":
    "自 2027 年 12 月 11 日起投放市场的设备改由《网络弹性法案》管辖，这是规划上的假设（有报道称 2022/30 将被废止，未阅读官方公报）。",
  "scheme.EU_RED.confidenceNotes.5":
    "与 ETSI EN 303 645 和 NIST IR 8425 的对应列是我们按主题所作的分析，并非官方对照表。",
  "scheme.EU_RED.scope.d": "第 3(3)(d) 条 网络保护：可接入互联网的无线电设备",
  "scheme.EU_RED.scope.e":
    "第 3(3)(e) 条 个人数据与隐私：处理个人数据的联网、儿童看护、玩具或可穿戴无线电设备",
  "scheme.EU_RED.scope.f": "第 3(3)(f) 条 防欺诈：可接入互联网并转移资金或货币价值的无线电设备",
  "scheme.EU_RED.restriction.R1":
    "设计允许用户跳过设置或使用密码：对此条款，EN 18031 不提供符合性推定（第 6.2.5.1/6.2.5.2 条）。",
  "scheme.EU_RED.restriction.R2":
    "玩具或儿童看护设备的访问控制条款未能真正确保家长或监护人控制：对 3(3)(e) 不提供符合性推定。",
  "scheme.EU_RED.restriction.R3":
    "EN 18031-3 的安全更新评估准则（第 6.3.2.4 条）对 3(3)(f) 不提供符合性推定：具备更新机制的产品须有公告机构参与。",
  "scheme.EU_RED.regimeSwitch":
    "自 2027 年 12 月 11 日起投放市场：预计由《网络弹性法案》（条例 (EU) 2024/2847）取代 RED 3(3)(d)/(e)/(f)；EN 18031 的证据仍是有用的输入。",
  "scheme.US_CTM.name": "美国网络信任标志（FCC 物联网标签计划，NIST IR 8425）",
  "scheme.US_CTM.shortName": "美国网络信任标志",
  "scheme.US_CTM.legalBasis.0": basis("47 CFR Part 8, Subpart B (8.201–8.222)"),
  "scheme.US_CTM.legalBasis.1": basis("FCC 24-26 Report and Order"),
  "scheme.US_CTM.legalBasis.2": basis("NIST IR 8425 (Sept 2022)"),
  "scheme.US_CTM.sources.0": "FCC 24-26",
  "scheme.US_CTM.sources.1": "47 CFR Part 8 B 子部分",
  "scheme.US_CTM.sources.2": "NIST IR 8425",
  "scheme.US_CTM.confidenceNotes.0":
    "这是对照 NIST IR 8425 和 FCC 规则层面要求的自我评估，绝不是 FCC 授权；截至 2026 年初，尚无 FCC 认可的测试标准。",
  "scheme.US_CTM.confidenceNotes.1": "US.* 键是本目录自己的键，不是 NIST 或 FCC 的官方标识符。",
  "scheme.US_CTM.confidenceNotes.2":
    "接口访问控制 1a–1c 和 2、软件更新、网络安全状态感知以及开发者结果的子结果表述，未对照 NIST PDF 重新核读（不确定）。",
  "scheme.US_CTM.confidenceNotes.3":
    "实验室将如何判断“不适用”声明尚未确定；在本目录中，开发者结果和 FCC 要求项不能声明为不适用（我们的规则）。",
  "scheme.US_CTM.confidenceNotes.4": "准备度百分比只是我们的辅助工具：该计划的结果只有通过与不通过。",
  "scheme.US_CTM.scope.us": "消费类物联网产品（范围由 US.FCC.SCOPE 决定）",
  "scheme.US_CTM.registryField.6": "如何修改默认密码",
  "scheme.US_CTM.registryField.7": "安全配置信息",
  "scheme.US_CTM.registryField.8": "更新是否自动进行，以及如何获取更新",
  "scheme.US_CTM.registryField.9": "支持结束日期",
  "scheme.US_CTM.registryField.10": "是否维护 SBOM/HBOM",
  "scheme.CN_CCL.name": "中国网络安全标识（1–3 星）：准备度评级",
  "scheme.CN_CCL.shortName": "中国网络安全标识准备度",
  "scheme.CN_CCL.legalBasis.0": basis(
    "Measures for the Administration of Cybersecurity Labels (CAC, MIIT, MPS; effective 1 Jul 2026)",
  ),
  "scheme.CN_CCL.legalBasis.1": basis(
    "Personal Information Protection Law; Cybersecurity Law (amended, in force 1 Jan 2026)",
  ),
  "scheme.CN_CCL.sources.0": "SESEC 对最终版管理办法的分析（2026 年 5 月）",
  "scheme.CN_CCL.sources.1": "《中华人民共和国个人信息保护法》（全国人大文本）",
  "scheme.CN_CCL.sources.2": "ETSI EN 303 645 V2.1.1",
  "scheme.CN_CCL.confidenceNotes.0":
    "暂定：官方的分星级实施规则尚未公开；每条准则和星级门槛都是我们依据已公布的等级定义、《个人信息保护法》义务、ETSI EN 303 645 以及分级方案（新加坡 CLS）提出的建议。",
  "scheme.CN_CCL.confidenceNotes.1": "这是准备度评级，不是官方标识：只有向指定机构备案后才有权使用该标识。",
  "scheme.CN_CCL.confidenceNotes.2": "（草案）首批目录中只有消费类联网摄像头；其他产品类型只得到准备度结果。",
  "scheme.CN_CCL.confidenceNotes.3": "《网络安全法》条文编号沿用 2016 年文本，2026 年重新编号后须再次核对。",
  "scheme.CN_CCL.confidenceNotes.4":
    "证据代码（D、E、T、PT、BA）按准则记录；核查证据是否齐全是实验室审核员的任务。",
  "scheme.CN_CCL.scope.cn": "具有联网功能的产品",
  "scheme.CN_CCL.catalogueEligibility":
    "（草案）首批目录中只有消费类联网摄像头：其他产品类型只得到准备度结果。",
};
