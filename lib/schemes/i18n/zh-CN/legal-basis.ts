// Chinese renderings of the catalog's legal-basis lines (lib/schemes/catalog-v1/meta.ts), keyed by the English line
// frozen in each label, so a stored label's lines are found whatever catalog version issued it. Official Chinese
// titles where they exist (《网络安全法》, 《个人信息保护法》, 《网络安全标识管理办法》); identifiers (2014/53/EU,
// 47 CFR Part 8, FCC 24-26, NIST IR 8425, EN 18031) unchanged.
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
  // EU Cyber Resilience Act (catalog 1.2.0, lib/schemes/catalog-v1-2/eu-cra.ts)
  "Regulation (EU) 2024/2847 (Cyber Resilience Act), Art. 6, 7, 8, 13, 14, 28, 32 and Annexes I, II, III, IV, V, VIII":
    "法规 (EU) 2024/2847（《网络弹性法案》）第 6、7、8、13、14、28、32 条及附件 I、II、III、IV、V、VIII",
  "Implementing Regulation (EU) 2025/2392 (technical description of important and critical product categories)":
    "实施条例 (EU) 2025/2392（重要和关键产品类别的技术描述）",
};
