// Text of the "security information" notice on a label's public page, in the page's two languages.
import type { TLang } from "./public-label";

export const SECURITY_NOTICE_TEXT: Record<
  TLang,
  {
    title: string;
    intro: string;
    since: (d: string) => string;
    severity: Record<string, string>;
    advice: string;
  }
> = {
  en: {
    title: "Security information",
    intro:
      "The manufacturer or the lab has recorded an actively exploited vulnerability in the firmware this label covers, and no fixed version yet. The lab is reviewing the label.",
    since: (d) => `known since ${d}`,
    severity: {
      CRITICAL: "critical",
      HIGH: "high",
      MEDIUM: "medium",
      LOW: "low",
      NONE: "none",
      UNKNOWN: "severity not rated",
    },
    advice:
      "Install security updates as soon as the manufacturer publishes them, and follow the manufacturer's advice on reducing exposure until then.",
  },
  "zh-CN": {
    title: "安全信息",
    intro:
      "制造商或检测机构已登记本标签所涵盖固件中一个正被积极利用的漏洞，目前尚无修复版本。检测机构正在复核本标签。",
    since: (d) => `自 ${d} 起已知`,
    severity: { CRITICAL: "严重", HIGH: "高", MEDIUM: "中", LOW: "低", NONE: "无", UNKNOWN: "未评级" },
    advice: "制造商发布安全更新后请尽快安装；在此之前，请按照制造商的建议降低风险。",
  },
};
