import type { TCatalogEntries } from "../../dictionary";

/** Catalog 1.0.0 in Simplified Chinese: US Cyber Trust Mark criteria (NIST IR 8425 outcomes and FCC rule items). */
export const criteriaUs: TCatalogEntries = {
  "criterion.US.AI.1.title": "产品可被唯一识别",
  "criterion.US.AI.1.text":
    "客户和其他经授权方能够准确分辨所持有的是哪款产品、哪一台设备。（NIST IR 8425 资产识别 1）",
  "criterion.US.AI.2.title": "组件已识别并列入清单",
  "criterion.US.AI.2.text":
    "产品了解自身的每个组件，并维护一份最新的已连接设备清单。（NIST IR 8425 资产识别 2）",
  "criterion.US.PC.1.title": "经授权的配置修改",
  "criterion.US.PC.1.text":
    "客户和经授权的服务可以修改产品的设置；其他任何人都不能。（NIST IR 8425 产品配置 1）",
  "criterion.US.PC.2.title": "恢复为安全的默认状态",
  "criterion.US.PC.2.text":
    "经授权方可以将产品恢复为安全的、未初始化的默认状态，且不含通用默认凭据。（NIST IR 8425 产品配置 2）",
  "criterion.US.PC.3.title": "设置在各组件上生效",
  "criterion.US.PC.3.text": "配置选择确实在其涉及的每个组件上得到执行。（NIST IR 8425 产品配置 3）",
  "criterion.US.DP.1.title": "静态数据受到保护",
  "criterion.US.DP.1.text": "每个组件都保护其存储的秘密、密钥和个人数据。（NIST IR 8425 数据保护 1）",
  "criterion.US.DP.2.title": "客户数据可以删除",
  "criterion.US.DP.2.text":
    "产品能够清除或使之不可读取设备上和云端存储的有关客户及其家庭的数据。（NIST IR 8425 数据保护 2）",
  "criterion.US.DP.3.title": "传输中的数据受到保护",
  "criterion.US.DP.3.text": "在组件之间或向产品外部发送的数据在传输中受到保护。（NIST IR 8425 数据保护 3）",
  "criterion.US.IAC.1.title": "所有接口的访问均受控",
  "criterion.US.IAC.1.text":
    "每个组件都将对其所有接口（本地和网络）的访问限制在经授权的实体。（NIST IR 8425 接口访问控制 1）",
  "criterion.US.IAC.1a.title": "只保留必要的接口",
  "criterion.US.IAC.1a.text":
    "只存在或启用运行所需的接口；调试端口和其他通道已移除或锁定。（NIST IR 8425 接口访问控制 1a）",
  "criterion.US.IAC.1b.title": "必要接口上的访问控制",
  "criterion.US.IAC.1b.text":
    "每个必要接口都有访问控制：唯一或由用户设定的凭据、无通用默认密码、暴力破解限制、配对连接。（NIST IR 8425 接口访问控制 1b）",
  "criterion.US.IAC.1c.title": "最小权限",
  "criterion.US.IAC.1c.text": "通过接口使用和修改事物的权限仅限于所需。（NIST IR 8425 接口访问控制 1c）",
  "criterion.US.IAC.2.title": "产品保持访问控制有效",
  "criterion.US.IAC.2.text":
    "部分组件为整个产品保护访问控制，例如检查交换的数据，并在入网配置和重连期间保持控制完好。（NIST IR 8425 接口访问控制 2）",
  "criterion.US.SU.1.title": "每个组件都有经校验的更新",
  "criterion.US.SU.1.text":
    "每个组件的软件只能由经授权方更新，且更新只在真实性和完整性校验通过后才会应用。（NIST IR 8425 软件更新 1）",
  "criterion.US.SU.2.title": "软件保持最新",
  "criterion.US.SU.2.text":
    "通过自动安装，或始终如一地告知客户有可用更新，使组件软件保持最新。（NIST IR 8425 软件更新 2）",
  "criterion.US.CSA.1.title": "记录与安全相关的状态",
  "criterion.US.CSA.1.text":
    "某个组件采集并保存可揭示安全事件的组件状态信息。（NIST IR 8425 网络安全状态感知 1）",
  "criterion.US.DOC.1.title": "生命周期安全文档",
  "criterion.US.DOC.1.text":
    "在销售前及整个产品寿命期内，开发者保存：(a) 开发假设和风险评估，(b) 全部组件，(c) 每项结果如何达成或为何未达成，(d) 设计和支持实践，(e) 维护要求。（NIST IR 8425 文档 1 (a)–(e)）",
  "criterion.US.IQR.1.title": "接收安全信息并答复询问",
  "criterion.US.IQR.1.text":
    "开发者能够接收客户、研究人员和其他人提交的漏洞报告和安全问题，并予以答复。（NIST IR 8425 信息与询问接收 1）",
  "criterion.US.ID.1.title": "发布和分发安全信息",
  "criterion.US.ID.1.text":
    "开发者发布并发送安全信息：支持期变更、停止支持、必要的维护、新漏洞和安全事件及其缓解措施。（NIST IR 8425 信息发布 1）",
  "criterion.US.PEA.1.title": "教育客户",
  "criterion.US.PEA.1.text":
    "客户了解产品的安全功能及其使用方法、如何保持更新、自身的责任、寿命结束时的数据删除以及如何报告问题。（NIST IR 8425 产品教育与意识 1）",
  "criterion.US.FCC.SCOPE.title": "产品在范围内",
  "criterion.US.FCC.SCOPE.text":
    "消费类物联网产品，其设备有意发射无线电信号、可接入互联网、具有传感器或执行器以及网络接口，且既不是受监管的医疗器械，也不是车辆设备。（47 CFR 8.203）",
  "criterion.US.FCC.NATSEC.title": "不来自受禁止的来源",
  "criterion.US.FCC.NATSEC.text":
    "产品及其任何组件均不来自 FCC 受管控清单（Covered List）、实体清单或 1260H 清单上的实体，也与被禁止参与方无关联。（47 CFR 8.204、8.208(c)(2)–(5)）",
  "criterion.US.FCC.DECL.title": "宣誓声明",
  "criterion.US.FCC.DECL.text":
    "申请人声明产品满足该计划的全部要求、可安全配置，并将在支持结束日期前获得严重漏洞的修复，且不在其他地方附加免责条款。（47 CFR 8.208(c)(1)、(6)–(8)）",
  "criterion.US.FCC.SUPPORT.title": "公开支持期",
  "criterion.US.FCC.SUPPORT.text": "声明并公布带有结束日期的最短支持期。（47 CFR 8.208(f)、8.222(b)(9)）",
  "criterion.US.FCC.AGENT.title": "美国法律文书送达代理人",
  "criterion.US.FCC.AGENT.text":
    "指定一名美国代理人并附签署的证明，在规定期限内保持有效。（47 CFR 8.208(i)）",
  "criterion.US.FCC.TEST.title": "认可实验室的测试报告",
  "criterion.US.FCC.TEST.text":
    "由经认可、获承认的实验室出具的符合性报告，并由执行或监督测试的人员签署。（47 CFR 8.208(j)）",
  "criterion.US.FCC.REGISTRY.title": "公布登记信息",
  "criterion.US.FCC.REGISTRY.text":
    "二维码背后的登记信息项均可获取：修改默认密码、安全配置、更新方式、支持结束日期、SBOM/HBOM。（47 CFR 8.222）",
  "criterion.US.FCC.RECORDS.title": "记录保存",
  "criterion.US.FCC.RECORDS.text": "设计和变更记录、生产测试程序和测试结果在规定期限内保存。（47 CFR 8.215）",
};
