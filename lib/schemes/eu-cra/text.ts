import type { TLocalizedText } from "../module";
import type { TCraClass, TCraOutcome } from "./rule";

/** The wording of the CRA outcomes in every supported language. Before 11 Dec 2027 only "readiness" words apply. */
export const CRA_OUTCOME_TEXT: Readonly<Record<TCraOutcome, TLocalizedText>> = {
  not_conforming: { en: "Not conforming", "zh-CN": "不符合" },
  gaps: { en: "CRA readiness: gaps to close", "zh-CN": "CRA 准备情况：存在待弥补的差距" },
  incomplete: { en: "Incomplete", "zh-CN": "尚未完成" },
  notified_body_required: { en: "Notified body required", "zh-CN": "需要公告机构" },
  ready_notified_body: {
    en: "CRA readiness: ready for a notified body",
    "zh-CN": "CRA 准备情况：可交由公告机构评估",
  },
  module_a: { en: "Module A conditions met", "zh-CN": "满足模块 A（内部控制）条件" },
  ready_module_a: {
    en: "CRA readiness: ready for self-assessment (module A)",
    "zh-CN": "CRA 准备情况：可进行自我评估（模块 A）",
  },
  not_in_scope: { en: "Not in scope of the CRA", "zh-CN": "不在 CRA 范围内" },
};

export const CRA_CLASS_TEXT: Readonly<Record<TCraClass, TLocalizedText>> = {
  default: { en: "Default class", "zh-CN": "默认类" },
  important_i: { en: "Important, class I", "zh-CN": "重要产品 I 类" },
  important_ii: { en: "Important, class II", "zh-CN": "重要产品 II 类" },
  critical: { en: "Critical", "zh-CN": "关键产品" },
};
