// UI strings of the public label page (/r/<code>) in English and Simplified Chinese. Product data stays as the
// manufacturer entered it; only our own wording is translated. Typed so a missing translation fails to compile.
import type { TLabelStatus } from "@/lib/labels/validity";
import type { TSchemeId } from "@/lib/schemes";
import { perScheme } from "@/lib/schemes/registry";
import type { TEuRoute, TEuStatus, TUsStatus } from "@/lib/scoring/types";

export const LANGS = ["en", "zh-CN"] as const;
export type TLang = (typeof LANGS)[number];
export const DEFAULT_LANG: TLang = "en";

export function isLang(value: string): value is TLang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * Picks the page language from an Accept-Language header (RFC 9110 §12.5.4): the highest-weighted tag that is
 * English or any Chinese variant wins. Traditional-script tags (zh-TW, zh-HK, zh-Hant) still get Simplified
 * Chinese, which is closer for those readers than English. Bounded so a huge header costs nothing.
 */
export function negotiateLang(acceptLanguage: string | null | undefined): TLang {
  if (!acceptLanguage) return DEFAULT_LANG;
  let best: { lang: TLang; q: number } | null = null;
  for (const part of acceptLanguage.slice(0, 512).split(",").slice(0, 20)) {
    const [tagRaw, ...params] = part.trim().split(";");
    const tag = (tagRaw ?? "").trim().toLowerCase();
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    const lang: TLang | null =
      tag === "zh" || tag.startsWith("zh-") ? "zh-CN" : tag.startsWith("en") ? "en" : null;
    if (lang && (best === null || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? DEFAULT_LANG;
}

export type TPublicLabelDict = {
  htmlTitle: (product: string) => string;
  languageName: string;
  switchTo: string;
  skipToContent: string;
  brand: string;
  labelCode: string;
  /** ": " in English, the full-width "：" in Chinese. */
  colon: string;
  status: Record<TLabelStatus, string>;
  statusDetail: {
    valid: (until: string) => string;
    expired: (on: string) => string;
    revoked: (on: string) => string;
    suspended: (on: string) => string;
    superseded: (on: string) => string;
    integrity_failed: string;
  };
  /** The line pointing to the label's entries in the public transparency log. */
  log: {
    recorded: (positions: string) => string;
    event: Record<"ISSUED" | "SUSPENDED" | "REINSTATED" | "SUPERSEDED" | "EXPIRED" | "REVOKED", string>;
    proof: string;
  };
  /** The status tile on the first screen: the word, then this short line. */
  statusShort: {
    valid: (until: string) => string;
    expired: (on: string) => string;
    revoked: (on: string) => string;
    suspended: (on: string) => string;
    superseded: (on: string) => string;
    integrity_failed: string;
  };
  /** Results of a label that is not valid (any other state) are shown greyed out, with this marker and explanation. */
  notCurrent: {
    badge: string;
    revoked: (on: string) => string;
    expired: (on: string) => string;
    suspended: (on: string) => string;
    superseded: (on: string) => string;
    integrity_failed: string;
  };
  revocationReason: string;
  notice: string;
  sections: {
    product: string;
    results: string;
    security: string;
    lab: string;
    downloads: string;
    verify: string;
    usRegistry: string;
    cnItems: string;
  };
  product: {
    name: string;
    modelNumber: string;
    versions: string;
    versionsValue: (hw: string, fw: string) => string;
    category: string;
    description: string;
    manufacturer: string;
  };
  security: {
    supportEnd: string;
    supportEnded: string;
    supportEndedShort: string;
    updates: string;
    updatesAutomatic: string;
    updatesManual: string;
    manualUpdateInfo: string;
    defaultCredentials: string;
    secureConfig: string;
    vulnDisclosure: string;
    privacyPolicy: string;
    bom: string;
    bomValue: Record<"both" | "sbom" | "hbom" | "none", string>;
    notGiven: string;
  };
  lab: {
    lab: string;
    reviewer: string;
    submitted: string;
    approved: string;
    validUntil: string;
    catalog: string;
    certifier: string;
    certifierNone: string;
    accreditation: string;
    accreditationNone: string;
  };
  schemeTitle: Record<TSchemeId, string>;
  basis: string;
  /**
   * A legal-basis line of the catalog (English, frozen in the label) in this language. Identifiers such as
   * "2014/53/EU" or "47 CFR Part 8" stay as they are; an unknown line (a later catalog) is shown in English.
   */
  basisText: (english: string) => string;
  provisional: string;
  eu: {
    article: Record<"d" | "e" | "f", string>;
    status: Record<TEuStatus, string>;
    route: Record<TEuRoute, string>;
    routeLabel: string;
    notInScope: string;
  };
  us: { status: Record<TUsStatus, string> };
  cn: {
    stars: (n: number) => string;
    outOfScope: string;
    notListed: string;
    provisional: string;
    filingCode: string;
    filingCodeNone: string;
    standards: string;
  };
  downloads: {
    report: string;
    snapshot: string;
    artworkSvg: (scheme: string) => string;
    artworkPng: (scheme: string) => string;
    publicKey: string;
    howTo: string;
    api: string;
  };
  verify: {
    intro: string;
    uploadLabel: string;
    uploadHint: string;
    uploadButton: string;
    digestLabel: string;
    digestHint: string;
    digestButton: string;
    digestOfLabel: string;
    keyId: string;
    resultTitle: string;
    back: string;
    match: Record<"pdf_sha256" | "snapshot_digest", string>;
    noMatch: string;
    /** The label's signed data or log entries do not hold: no report can be confirmed against it. */
    integrityFailed: string;
    /** Said with a check's result when the label is no longer valid: a genuine report of a revoked label. */
    labelState: {
      revoked: (on: string, reason: string | null) => string;
      expired: (on: string) => string;
      suspended: (on: string) => string;
      superseded: (on: string) => string;
    };
    error: Record<"not_pdf" | "too_large" | "empty" | "malformed_digest" | "bad_request", string>;
  };
  notFound: { title: string; body: string };
};

/** A reason as a sentence: ends with its own punctuation, or gets `stop`. */
const sentence = (text: string, stop: string) =>
  /[.!?。！？]$/.test(text.trim()) ? text.trim() : `${text.trim()}${stop}`;

const en: TPublicLabelDict = {
  htmlTitle: (product) => `${product}: cybersecurity label`,
  languageName: "English",
  switchTo: "Language",
  skipToContent: "Skip to content",
  brand: "Cyberlabel public record",
  labelCode: "Label code",
  colon: ": ",
  status: {
    valid: "Valid",
    expired: "Expired",
    revoked: "Revoked",
    suspended: "Suspended",
    superseded: "Superseded",
    integrity_failed: "Integrity check failed",
  },
  statusDetail: {
    valid: (until) => `This label is valid until ${until}.`,
    expired: (on) => `This label expired on ${on}.`,
    revoked: (on) => `This label was revoked on ${on}.`,
    suspended: (on) => `This label was suspended on ${on}.`,
    superseded: (on) => `This label was replaced by a newer label on ${on}.`,
    integrity_failed:
      "The stored label does not match its signature or the public log: do not rely on this page. Check the signed data offline, or ask the lab.",
  },
  log: {
    recorded: (positions) => `Recorded in the public log at position ${positions}.`,
    event: {
      ISSUED: "issued",
      SUSPENDED: "suspended",
      REINSTATED: "reinstated",
      SUPERSEDED: "superseded",
      EXPIRED: "expired",
      REVOKED: "revoked",
    },
    proof: "Inclusion proof",
  },
  statusShort: {
    valid: (until) => `until ${until}`,
    expired: (on) => `since ${on}`,
    revoked: (on) => `on ${on}`,
    suspended: (on) => `since ${on}`,
    superseded: (on) => `replaced on ${on}`,
    integrity_failed: "do not rely on this page",
  },
  notCurrent: {
    badge: "Not current",
    revoked: (on) =>
      `This label was revoked on ${on}: the results below are kept for the record and no longer count.`,
    expired: (on) =>
      `This label expired on ${on}: the results below describe the product as assessed then and no longer count.`,
    suspended: (on) =>
      `This label was suspended on ${on}: the results below do not count while the suspension lasts.`,
    superseded: (on) =>
      `This label was replaced by a newer label on ${on}: the results below describe the product as assessed then and no longer count.`,
    integrity_failed:
      "The stored label does not match its signature or the public log: the results below cannot be trusted.",
  },
  revocationReason: "Reason",
  notice:
    "This page shows an independent lab's assessment against published criteria. It is not an official authorisation: not a CE marking, not an FCC authorization or the U.S. Cyber Trust Mark, and not the official China Cybersecurity Label.",
  sections: {
    product: "Product",
    results: "Results per scheme",
    security: "Security information",
    lab: "Lab and dates",
    downloads: "Downloads",
    verify: "Check a report",
    usRegistry: "US registry fields",
    cnItems: "China label items",
  },
  product: {
    name: "Product",
    modelNumber: "Model number",
    versions: "Hardware / firmware",
    versionsValue: (hw, fw) => `${hw} / ${fw}`,
    category: "Category",
    description: "Description",
    manufacturer: "Manufacturer",
  },
  security: {
    supportEnd: "Security updates until",
    supportEnded: "Security support has ended: do not expect further security updates.",
    supportEndedShort: "Support has ended",
    updates: "Security updates",
    updatesAutomatic: "Installed automatically",
    updatesManual: "Installed by the user",
    manualUpdateInfo: "How to get updates",
    defaultCredentials: "Changing the default password",
    secureConfig: "Secure setup",
    vulnDisclosure: "Report a vulnerability",
    privacyPolicy: "Privacy policy",
    bom: "Software / hardware bill of materials",
    bomValue: {
      both: "SBOM and HBOM maintained",
      sbom: "SBOM maintained",
      hbom: "HBOM maintained",
      none: "Neither maintained",
    },
    notGiven: "Not given",
  },
  lab: {
    lab: "Testing lab",
    reviewer: "Reviewer",
    submitted: "Submitted",
    approved: "Approved and issued",
    validUntil: "Valid until",
    catalog: "Criteria catalog",
    certifier: "Certification body (CLA)",
    certifierNone: "None: this is a lab assessment, not an FCC authorization",
    accreditation: "Lab accreditation",
    accreditationNone: "Not recorded for this label",
  },
  schemeTitle: perScheme((m) => m.publicTitle.en),
  basis: "Basis",
  basisText: (english) => english,
  provisional: "Provisional",
  eu: {
    article: {
      d: "3(3)(d) network protection",
      e: "3(3)(e) personal data and privacy",
      f: "3(3)(f) protection from fraud",
    },
    status: {
      not_required: "Not required for this product",
      incomplete: "Incomplete: answers missing",
      no_presumption: "Does not conform as assessed",
      notified_body_required: "Conforms, but a notified body must be involved",
      presumption: "Conforms: self-assessment (Module A) allowed",
    },
    route: {
      none: "No conformity route needed",
      undetermined: "Conformity route undetermined",
      notified_body: "Notified body (EU type examination, Module B+C or H)",
      module_a: "Module A: internal production control",
    },
    routeLabel: "Conformity route",
    notInScope: "Does not apply to this product",
  },
  us: {
    status: {
      out_of_scope: "Not in the programme's scope",
      incomplete: "Incomplete: answers missing",
      not_eligible: "Does not meet the baseline yet",
      eligible: "Meets the baseline: eligible for the label",
    },
  },
  cn: {
    stars: (n) => (n === 0 ? "No star reached" : `${n} of 3 stars`),
    outOfScope: "Not in scope",
    notListed: "Readiness only: this product type is not in a published catalogue.",
    provisional: "Provisional: the implementation rules are still in draft.",
    filingCode: "Filing code",
    filingCodeNone: "None: readiness rating, not filed with the filing agency",
    standards: "Standards and documents",
  },
  downloads: {
    report: "Lab report (PDF)",
    snapshot: "Signed label data (JSON)",
    artworkSvg: (s) => `Label artwork, ${s} (SVG)`,
    artworkPng: (s) => `Label artwork, ${s} (PNG, 300 dpi)`,
    publicKey: "Public signing key",
    howTo: "How to verify offline",
    api: "This record as JSON",
  },
  verify: {
    intro:
      "Upload a PDF report, or paste a digest, to check whether it is the genuine report of this label. Files are checked and discarded, never stored.",
    uploadLabel: "PDF report",
    uploadHint: "PDF, up to 20 MB.",
    uploadButton: "Check the PDF",
    digestLabel: "Digest (SHA-256, 64 hex characters)",
    digestHint: "The snapshot digest printed in the report, or the SHA-256 of the PDF file.",
    digestButton: "Check the digest",
    digestOfLabel: "Digest of this label",
    keyId: "Signing key id",
    resultTitle: "Verification result",
    back: "Back to the label",
    match: {
      pdf_sha256:
        "Genuine: this is exactly the report issued for this label (SHA-256 of the PDF file matches).",
      snapshot_digest:
        "Genuine: the digest matches this label's signed data (SHA-256 of the canonical snapshot).",
    },
    noMatch:
      "No match: this is not the report of this label, or it was changed. Download the report from this page.",
    integrityFailed:
      "Cannot confirm: the stored label does not match its signature or the public log, so no report can be confirmed as genuine here.",
    labelState: {
      revoked: (on, reason) =>
        reason
          ? `But the label itself was revoked on ${on} because: ${sentence(reason, ".")} It is no longer valid.`
          : `But the label itself was revoked on ${on}. It is no longer valid.`,
      expired: (on) => `But the label itself expired on ${on}. It is no longer valid.`,
      suspended: (on) => `But the label itself was suspended on ${on}. It is not valid while suspended.`,
      superseded: (on) =>
        `But the label itself was replaced by a newer label on ${on}. It is no longer valid.`,
    },
    error: {
      not_pdf: "That file is not a PDF. Upload the PDF report.",
      too_large: "That file is larger than 20 MB, which no label report is.",
      empty: "Choose a PDF file or paste a digest first.",
      malformed_digest: "A digest is 64 hexadecimal characters (0–9, a–f).",
      bad_request: "The form could not be read. Please try again.",
    },
  },
  notFound: {
    title: "No label with this code",
    body: "Check the code printed next to the QR code. Codes look like CL-7KQ2-M9XD-3HRT-0BWE.",
  },
};

/**
 * Chinese renderings of the catalog's legal-basis lines (lib/schemes/catalog-v1/meta.ts), keyed by the English line
 * frozen in each label. Official Chinese titles where they exist (《网络安全法》, 《个人信息保护法》,
 * 《网络安全标识管理办法》); identifiers (2014/53/EU, 47 CFR Part 8, FCC 24-26, NIST IR 8425, EN 18031) unchanged.
 */
export const ZH_LEGAL_BASIS: Readonly<Record<string, string>> = {
  "Directive 2014/53/EU, Art. 3(3)(d), (e), (f) and Art. 17":
    "欧盟无线电设备指令 2014/53/EU 第 3(3)(d)、(e)、(f) 条及第 17 条",
  "Delegated Regulation (EU) 2022/30 (applies from 1 Aug 2025, Delegated Regulation (EU) 2023/2444)":
    "欧盟授权条例 (EU) 2022/30（自 2025 年 8 月 1 日起适用，见授权条例 (EU) 2023/2444）",
  "Implementing Decision (EU) 2025/138 citing EN 18031-1/-2/-3:2024 with restrictions":
    "欧盟实施决定 (EU) 2025/138（引用 EN 18031-1/-2/-3:2024，附限制条件）",
  "47 CFR Part 8, Subpart B (8.201–8.222)": "美国联邦法规 47 CFR Part 8 B 子部分（8.201–8.222）",
  "FCC 24-26 Report and Order": "美国联邦通信委员会 FCC 24-26 号报告与命令",
  "NIST IR 8425 (Sept 2022)": "美国国家标准与技术研究院 NIST IR 8425（2022 年 9 月）",
  "Measures for the Administration of Cybersecurity Labels (CAC, MIIT, MPS; effective 1 Jul 2026)":
    "《网络安全标识管理办法》（国家互联网信息办公室、工业和信息化部、公安部；2026 年 7 月 1 日起施行）",
  "Personal Information Protection Law; Cybersecurity Law (amended, in force 1 Jan 2026)":
    "《中华人民共和国个人信息保护法》；《中华人民共和国网络安全法》（修正后自 2026 年 1 月 1 日起施行）",
};

const zhCN: TPublicLabelDict = {
  htmlTitle: (product) => `${product}：网络安全标签`,
  languageName: "简体中文",
  switchTo: "语言",
  skipToContent: "跳到正文",
  brand: "Cyberlabel 公开记录",
  labelCode: "标签编号",
  colon: "：",
  status: {
    valid: "有效",
    expired: "已过期",
    revoked: "已撤销",
    suspended: "已暂停",
    superseded: "已被取代",
    integrity_failed: "完整性校验失败",
  },
  statusDetail: {
    valid: (until) => `本标签有效期至 ${until}。`,
    expired: (on) => `本标签已于 ${on} 过期。`,
    revoked: (on) => `本标签已于 ${on} 被撤销。`,
    suspended: (on) => `本标签已于 ${on} 被暂停。`,
    superseded: (on) => `本标签已于 ${on} 被新标签取代。`,
    integrity_failed:
      "存储的标签与其签名或公开日志不一致：请勿信赖本页面。请离线核验已签名的数据，或联系实验室。",
  },
  log: {
    recorded: (positions) => `已记录在公开日志中，位置 ${positions}。`,
    event: {
      ISSUED: "签发",
      SUSPENDED: "暂停",
      REINSTATED: "恢复",
      SUPERSEDED: "取代",
      EXPIRED: "过期",
      REVOKED: "撤销",
    },
    proof: "包含证明",
  },
  statusShort: {
    valid: (until) => `有效期至 ${until}`,
    expired: (on) => `已于 ${on} 过期`,
    revoked: (on) => `已于 ${on} 撤销`,
    suspended: (on) => `已于 ${on} 暂停`,
    superseded: (on) => `已于 ${on} 被取代`,
    integrity_failed: "请勿信赖本页面",
  },
  notCurrent: {
    badge: "已失效",
    revoked: (on) => `本标签已于 ${on} 被撤销：以下结果仅作记录保留，已不再有效。`,
    expired: (on) => `本标签已于 ${on} 过期：以下结果描述的是产品当时的评估情况，已不再有效。`,
    suspended: (on) => `本标签已于 ${on} 被暂停：暂停期间，以下结果不再有效。`,
    superseded: (on) => `本标签已于 ${on} 被新标签取代：以下结果描述的是产品当时的评估情况，已不再有效。`,
    integrity_failed: "存储的标签与其签名或公开日志不一致：以下结果不可信赖。",
  },
  revocationReason: "原因",
  notice:
    "本页显示的是独立实验室依据公开准则所作的评估，并非官方认证：不是 CE 标志，不是美国 FCC 授权或 U.S. Cyber Trust Mark，也不是官方的中国网络安全标识。",
  sections: {
    product: "产品",
    results: "各方案结果",
    security: "安全信息",
    lab: "实验室与日期",
    downloads: "下载",
    verify: "核验报告",
    usRegistry: "美国登记信息",
    cnItems: "中国标识信息项",
  },
  product: {
    name: "产品",
    modelNumber: "型号",
    versions: "硬件 / 固件版本",
    versionsValue: (hw, fw) => `${hw} / ${fw}`,
    category: "类别",
    description: "说明",
    manufacturer: "生产者",
  },
  security: {
    supportEnd: "安全更新支持至",
    supportEnded: "安全支持期已结束：不应再期待安全更新。",
    supportEndedShort: "支持期已结束",
    updates: "安全更新",
    updatesAutomatic: "自动安装",
    updatesManual: "由用户安装",
    manualUpdateInfo: "获取更新的方法",
    defaultCredentials: "修改默认密码",
    secureConfig: "安全配置",
    vulnDisclosure: "报告漏洞",
    privacyPolicy: "隐私政策",
    bom: "软件 / 硬件物料清单",
    bomValue: {
      both: "维护 SBOM 和 HBOM",
      sbom: "维护 SBOM",
      hbom: "维护 HBOM",
      none: "均未维护",
    },
    notGiven: "未提供",
  },
  lab: {
    lab: "检测实验室",
    reviewer: "审核人",
    submitted: "提交日期",
    approved: "批准并签发",
    validUntil: "有效期至",
    catalog: "准则目录",
    certifier: "认证机构（CLA）",
    certifierNone: "无：本结果为实验室评估，不是 FCC 授权",
    accreditation: "实验室认可资质",
    accreditationNone: "本标签未记录",
  },
  schemeTitle: perScheme((m) => m.publicTitle["zh-CN"]),
  basis: "依据",
  basisText: (english) => ZH_LEGAL_BASIS[english] ?? english,
  provisional: "暂定",
  eu: {
    article: {
      d: "3(3)(d) 网络保护",
      e: "3(3)(e) 个人数据与隐私",
      f: "3(3)(f) 防欺诈",
    },
    status: {
      not_required: "本产品不适用",
      incomplete: "不完整：缺少答复",
      no_presumption: "经评估不符合",
      notified_body_required: "符合，但须有公告机构参与",
      presumption: "符合：可自我评估（模块 A）",
    },
    route: {
      none: "无需合格评定程序",
      undetermined: "合格评定程序未确定",
      notified_body: "公告机构（欧盟型式检验，模块 B+C 或 H）",
      module_a: "模块 A：内部生产控制",
    },
    routeLabel: "合格评定程序",
    notInScope: "不适用于本产品",
  },
  us: {
    status: {
      out_of_scope: "不在该计划范围内",
      incomplete: "不完整：缺少答复",
      not_eligible: "尚未达到基线",
      eligible: "达到基线：具备标签资格",
    },
  },
  cn: {
    stars: (n) => (n === 0 ? "未达到一星" : `${n} 星（满分 3 星）`),
    outOfScope: "不在范围内",
    notListed: "仅为准备度评估：该产品类型不在已公布的目录中。",
    provisional: "暂定：实施规则仍为草案。",
    filingCode: "备案信息码",
    filingCodeNone: "无：本结果为准备度评级，未向备案机构备案",
    standards: "所依据的标准和文件",
  },
  downloads: {
    report: "实验室报告（PDF）",
    snapshot: "已签名的标签数据（JSON）",
    artworkSvg: (s) => `标签图样，${s}（SVG）`,
    artworkPng: (s) => `标签图样，${s}（PNG，300 dpi）`,
    publicKey: "签名公钥",
    howTo: "如何离线核验",
    api: "本记录的 JSON",
  },
  verify: {
    intro: "上传 PDF 报告或粘贴摘要，即可核验它是否为本标签的真实报告。文件仅用于核验，不会被保存。",
    uploadLabel: "PDF 报告",
    uploadHint: "PDF 文件，最大 20 MB。",
    uploadButton: "核验 PDF",
    digestLabel: "摘要（SHA-256，64 个十六进制字符）",
    digestHint: "报告中印有的快照摘要，或 PDF 文件的 SHA-256。",
    digestButton: "核验摘要",
    digestOfLabel: "本标签的摘要",
    keyId: "签名密钥编号",
    resultTitle: "核验结果",
    back: "返回标签页面",
    match: {
      pdf_sha256: "真实：这正是为本标签签发的报告（PDF 文件的 SHA-256 一致）。",
      snapshot_digest: "真实：摘要与本标签的签名数据一致（规范化快照的 SHA-256）。",
    },
    noMatch: "不一致：这不是本标签的报告，或已被修改。请从本页下载报告。",
    integrityFailed: "无法确认：存储的标签与其签名或公开日志不一致，因此此处无法确认任何报告为真实报告。",
    labelState: {
      revoked: (on, reason) =>
        reason
          ? `但本标签已于 ${on} 被撤销，原因：${sentence(reason, "。")}该标签已失效。`
          : `但本标签已于 ${on} 被撤销，该标签已失效。`,
      expired: (on) => `但本标签已于 ${on} 过期，该标签已失效。`,
      suspended: (on) => `但本标签已于 ${on} 被暂停，暂停期间该标签无效。`,
      superseded: (on) => `但本标签已于 ${on} 被新标签取代，该标签已失效。`,
    },
    error: {
      not_pdf: "该文件不是 PDF，请上传 PDF 报告。",
      too_large: "该文件超过 20 MB，标签报告不会这么大。",
      empty: "请先选择 PDF 文件或粘贴摘要。",
      malformed_digest: "摘要为 64 个十六进制字符（0–9、a–f）。",
      bad_request: "无法读取表单，请重试。",
    },
  },
  notFound: {
    title: "没有此编号的标签",
    body: "请核对二维码旁印有的编号，格式如 CL-7KQ2-M9XD-3HRT-0BWE。",
  },
};

export const PUBLIC_LABEL_DICT: Readonly<Record<TLang, TPublicLabelDict>> = { en, "zh-CN": zhCN };

export function dict(lang: TLang): TPublicLabelDict {
  return PUBLIC_LABEL_DICT[lang];
}
